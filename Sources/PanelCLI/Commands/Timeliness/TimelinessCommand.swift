import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct TimelinessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "timeliness",
        summary: "Every deadline of every agenda item, adopter, child and household: met, missed, due, overdue or not applicable.",
        discussion: """
            One row for each case and rule, sorted by due day: agenda items (the decision
            chain), adopters (D8 to D13), children (A1, A10, A2, A12) and fostering households
            (D7, D10, D11, D14, D15, D15a). Every rule comes from the rules
            files (panel rules list); the papers rule is checked both ways the sources use, 7
            calendar days (D1, local) and 5 working days (D1a, NMS floor).
              panel timeliness --status overdue,due --format csv
              panel timeliness --as-of 2023-05-12 --rule D3
              panel timeliness --fail-on overdue     (exit 1 when anything is overdue)
            """,
        subcommands: [TimelinessSummary.self, TimelinessUpcoming.self])
    static let runsOnItsOwn = true
    static let fieldLocations = ["rule": "--rule"]

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var filters: DeadlineFilters
    @Option(name: "meeting", "ID", help: "Only this meeting's items.") var meeting: String?
    @Option(help: "Only items at meetings on or after this day, and journeys' deadlines settled on or after it.") var from: Day?
    @Option(help: "Only items at meetings on or before this day, and journeys' deadlines settled on or before it.") var to: Day?
    @Option(help: "Only these statuses, comma-separated: met, missed, due, overdue, not-applicable.") var status: List<DeadlineCheck.Status>?
    @Option(name: "fail-on", "STATUS", help: "Exit 1 when any row has this status (such as overdue).") var failOn: DeadlineCheck.Status?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let selection = DeadlineSelection(rule: filters.rule, kinds: filters.kinds, statuses: status.map { Set($0.values) } ?? Set(DeadlineCheck.Status.allCases), from: from, through: to)
        let workspace = try context.workspace(store)
        let query = DeadlineQuery(selection: selection, panel: filters.panel, meeting: meeting)
        try workspace.timeliness(query, on: asOf.day ?? context.today) { rows in
            try context.print(Self.listing { body in try rows.forEach(body) }, listing)
            if let beyond = rows.firstUncoveredDue {
                context.warn("warning: some due days (such as \(beyond.iso)) fall in years with no bank holidays listed, where every weekday counts as working; add them to Data/bank-holidays.txt")
            }
            if let failOn, let count = rows.statusCounts[failOn], count > 0 {
                throw ProblemsFound(summary: "\(count) \(count == 1 ? "deadline is" : "deadlines are") \(failOn.rawValue)")
            }
        }
    }

    static func listing(_ rows: [DeadlineRow]) -> Listing {
        listing { body in for row in rows { try body(row) } }
    }

    static func listing(forEach: @escaping ((DeadlineRow) throws -> Void) throws -> Void) -> Listing {
        Listing(
            columns: ["due_on", "status", "detail", "rule", "title", "kind", "subject", "case_ref", "meeting", "panel_on", "anchor_on", "event_on"]) { body in
                try forEach { row in try body([DataValue(row.check.dueDay?.iso), .string(row.check.status.rawValue), .string(row.check.detail),
                        .string(row.check.rule.id), .string(row.check.rule.title), .string(row.kind.rawValue), .string(row.subject),
                        .string(row.caseRef), .string(row.meeting), DataValue(row.panelOn?.iso), DataValue(row.check.anchorDay?.iso), DataValue(row.check.eventDay?.iso)]) }
            }
    }
}
