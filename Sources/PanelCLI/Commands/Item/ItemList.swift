import PanelDocuments
import PanelDomain
import PanelStore
import Mustache

enum ItemList {
    static let command = Command(
        name: "list",
        summary: "List agenda items in agenda order.",
        options: [
            Option(name: "meeting", value: "ID", help: "Only this meeting's items."),
            Option(name: "panel", value: "ID", help: "Only this panel's items."),
            Option(name: "year", value: "YYYY/YY", help: "Only items at meetings in this reporting year."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let year = try invocation.reportingYearOption()
            let database = try context.openDatabase()
            let items = try AgendaStore(database).items(meeting: invocation.option("meeting"), panel: invocation.option("panel"), from: year?.first, through: year?.last)
            let meetings = Dictionary(uniqueKeysWithValues: try CentralListStore(database).meetings().map { ($0.id, $0) })
            let listing = Listing(
                columns: ["id", "meeting_id", "panel_on", "order", "slot", "type", "case_ref", "recommendation", "adm_decision", "minute_number"],
                rows: items.map { item in
                    [.string(item.id), .string(item.meeting), DataValue(meetings[item.meeting]?.date.iso), DataValue(item.order),
                     DataValue(item.slot?.description), .string(item.type), .string(item.caseRef),
                     DataValue(item.recommendation?.rawValue), DataValue(item.decision?.rawValue), DataValue(item.minuteNumber)]
                })
            context.print(listing, invocation)
        })
}
