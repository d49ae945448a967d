import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemList: ParsableCommand {
    static let configuration = CommandConfiguration(name: "list", summary: "List agenda items in agenda order.")

    @Option(name: "meeting", "ID", help: "Only this meeting's items.") var meeting: String?
    @Option(name: "panel", "ID", help: "Only this panel's items.") var panel: String?
    @Option(help: "Only items at meetings in this reporting year.") var year: ReportingYear?
    @Option(name: "case-ref", "REF", help: "Only the items of this case reference.") var caseRef: String?
    @Option(name: "subject", "TEXT", help: "Only items whose subject contains this text (any case).") var subject: String?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        let query = ItemQuery(meeting: meeting, panel: panel, year: year, caseRef: caseRef, subject: subject)
        try context.print(Listing(columns: ["id", "meeting_id", "panel_on", "order", "slot", "type", "case_ref", "recommendation", "adm_decision", "minute_number"]) { body in
            try workspace.forEachItem(query) { item, panelOn in
                try body([.string(item.id), .string(item.meeting), DataValue(panelOn?.iso), DataValue(item.order),
                          DataValue(item.slot?.description), .string(item.type), .string(item.caseRef),
                          DataValue(item.recommendation?.rawValue), DataValue(item.decision?.rawValue), DataValue(item.minuteNumber)])
            }
        }, listing)
    }
}
