import PanelDocuments
import PanelDomain
import PanelStore
import Mustache

enum ItemShow {
    static let command = Command(
        name: "show",
        summary: "Show an item and every date of its chain, from booking to written notification.",
        arguments: [Argument(name: "ID", help: "The item's id.")],
        options: [RecordEditing.showFormat],
        run: { invocation, context in
            let database = try context.openDatabase()
            let store = AgendaStore(database)
            let item = try ItemCommand.load(invocation.argument("ID"), from: store)
            let meeting = try CentralListStore(database).meeting(item.meeting)
            let label = try context.serviceData().itemTypes.first { $0.id == item.type }?.label ?? item.type
            let values = Dictionary(uniqueKeysWithValues: zip(ItemRecord.kind.columns, ItemRecord.kind.encode(item)))
            var pairs: [(String, DataValue)] = [
                ("id", .string(item.id)), ("meeting_id", .string(item.meeting)),
                ("panel_day", DataValue(meeting?.date.long)), ("type", .string(item.type)), ("type_label", .string(label)),
            ]
            let chain = ["draft_report_on", "papers_sent_on", "draft_minutes_on", "final_minutes_on", "adm_received_on", "adm_decided_on", "oral_notified_on", "written_notified_on"]
            for column in ItemRecord.kind.columns.dropFirst(3) where !chain.contains(column) {
                pairs.append((column, values[column].flatMap { $0.isEmpty ? nil : DataValue.string($0) } ?? .null))
            }
            // The chain in the order it happens, the panel day among them.
            let steps: [(String, Day?)] = [
                ("draft_report_on", item.draftReportOn), ("papers_sent_on", item.papersSentOn), ("panel_on", meeting?.date),
                ("draft_minutes_on", item.draftMinutesOn), ("final_minutes_on", item.finalMinutesOn),
                ("adm_received_on", item.admReceivedOn), ("adm_decided_on", item.admDecidedOn),
                ("oral_notified_on", item.oralNotifiedOn), ("written_notified_on", item.writtenNotifiedOn),
            ]
            pairs += steps.map { ($0.0, DataValue($0.1?.iso)) }
            let moves = try store.moves(of: item.id)
            pairs.append(("moves", .list(moves.map { .string("\($0.on.iso): \($0.from) to \($0.to) (\($0.reason))") })))
            RecordEditing.show(pairs, format: invocation.format(Listing.Format.self, default: .table), context: context)
        })
}
