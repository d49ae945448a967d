import PanelDomain
import PanelStore

enum ItemMove {
    static let command = Command(
        name: "move",
        summary: "Move an item to another meeting, keeping where it was.",
        discussion: "Use it when a meeting is cancelled or the panel defers an item to a later meeting.",
        arguments: [
            Argument(name: "ITEM", help: "The item's id."),
            Argument(name: "MEETING", help: "The meeting to move it to."),
        ],
        options: [Option(name: "reason", value: "TEXT", help: "Why it moved (default: the meeting was cancelled, or deferred).")],
        run: { invocation, context in
            let database = try context.openDatabase()
            let store = AgendaStore(database)
            var item = try ItemCommand.load(invocation.argument("ITEM"), from: store)
            let target = invocation.argument("MEETING")
            guard let from = try CentralListStore(database).meeting(item.meeting) else { throw StorageError.notFound(kind: "meeting", id: item.meeting) }
            if target == item.meeting { throw CLIError.data("item \(item.id) is already on \(target)") }
            if let recommendation = item.recommendation, recommendation != .deferred {
                throw CLIError.data("item \(item.id) already has the panel's recommendation (\(recommendation.rawValue)); book a new item instead of moving it")
            }
            let reason = invocation.option("reason")
                ?? (from.status == .cancelled ? "meeting \(from.id) cancelled: \(from.cancelReason ?? "")" : item.recommendation == .deferred ? "deferred at the panel on \(from.date.iso)" : "moved")
            // A deferred item comes to the next panel afresh: its recommendation and minutes go.
            item.meeting = target
            item.recommendation = nil
            item.draftMinutesOn = nil
            item.finalMinutesOn = nil
            item.minuteNumber = nil
            item.papersSentOn = nil
            let move = AgendaStore.Move(from: from.id, to: target, on: context.today, reason: reason)
            try ItemCommand.save(item, context: context, database: database, locate: { $0 == "meeting_id" ? "MEETING" : ItemCommand.optionLocation($0) }) {
                try $0.recordMove(item: item.id, move)
            }
            context.print("Moved \(item.id) from \(from.id) to \(target) (\(reason))")
        })
}
