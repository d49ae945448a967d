import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemShow: ParsableCommand {
    static let configuration = CommandConfiguration(name: "show", summary: "Show an item and every date of its chain, from booking to written notification.")

    @Argument("ID", help: "The item's id.") var id: String
    @OptionGroup var show: ShowOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let details = try context.workspace(store).item(id)
        let item = details.item
        let table = AgendaItem.fields
        let values = Dictionary(uniqueKeysWithValues: zip(table.columns, table.text(of: item)))
        var pairs: [(String, DataValue)] = [
            ("id", .string(item.id)), ("meeting_id", .string(item.meeting)),
            ("panel_day", DataValue(details.meeting?.date.long)), ("type", .string(item.type)), ("type_label", .string(details.typeLabel)),
        ]
        let chain = ["draft_report_on", "papers_sent_on", "draft_minutes_on", "final_minutes_on", "adm_received_on", "adm_decided_on", "oral_notified_on", "written_notified_on"]
        for column in table.columns.dropFirst(3) where !chain.contains(column) {
            pairs.append((column, values[column].flatMap { $0.isEmpty ? nil : DataValue.string($0) } ?? .null))
        }
        // The chain in the order it happens, the panel day among them.
        let steps: [(String, Day?)] = [
            ("draft_report_on", item.draftReportOn), ("papers_sent_on", item.papersSentOn), ("panel_on", details.meeting?.date),
            ("draft_minutes_on", item.draftMinutesOn), ("final_minutes_on", item.finalMinutesOn),
            ("adm_received_on", item.admReceivedOn), ("adm_decided_on", item.admDecidedOn),
            ("oral_notified_on", item.oralNotifiedOn), ("written_notified_on", item.writtenNotifiedOn),
        ]
        pairs += steps.map { ($0.0, DataValue($0.1?.iso)) }
        pairs.append(("moves", .list(details.moves.map { .string("\($0.on.iso): \($0.from) to \($0.to) (\($0.reason))") })))
        RecordDisplay.show(pairs, show, context: context)
    }
}
