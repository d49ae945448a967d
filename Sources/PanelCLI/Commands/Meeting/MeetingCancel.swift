import Foundation
import PanelStore

enum MeetingCancel {
    static let command = Command(
        name: "cancel",
        summary: "Cancel a meeting, with the reason (cancelled panels are reported separately).",
        discussion: "Example: panel meeting cancel fostering-2024-08-12 --reason \"insufficient panel business\"",
        arguments: [Argument(name: "ID", help: "The meeting's id.")],
        options: [Option(name: "reason", value: "TEXT", help: "Why it did not go ahead (required).")],
        run: { invocation, context in
            guard let reason = invocation.option("reason")?.trimmingCharacters(in: .whitespaces), !reason.isEmpty else {
                throw invocation.usageError("--reason is required: say why the meeting did not go ahead")
            }
            let database = try context.openDatabase()
            let store = CentralListStore(database)
            var meeting = try MeetingCommand.load(invocation.argument("ID"), from: store)
            if meeting.status == .held { throw CLIError.data("meeting \(meeting.id) was held; a held meeting cannot be cancelled") }
            meeting.status = .cancelled
            meeting.cancelReason = reason
            try database.transaction { try store.save(meeting) }
            context.print("Cancelled meeting \(meeting.id) on \(meeting.date.long): \(reason)")
        })
}
