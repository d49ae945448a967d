import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct CarerReviews: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "reviews", summary: "Reviews due and overdue for approved households, and first reviews not at panel in time.",
        discussion: """
            For each household approved on --as-of: the next annual review (rule D15), the first
            review at panel within a year of approval (D14) and the next review at panel (D15a,
            every two or three years as the service's rules say). A first review that went to
            panel late is listed as missed.
              panel carer reviews --within 28      (overdue, and due in the next 28 days)
            """)

    @OptionGroup var asOf: AsOfOption
    @Option(name: "within", "DAYS", help: "Only reviews overdue or due within this many calendar days (default: all).", in: 0...3650) var within: Int?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let rows = try context.workspace(store).carerReviews(on: asOf.day ?? context.today, within: within)
        try context.print(Listing(
            columns: ["due_on", "status", "detail", "rule", "title", "household", "name", "approved_on", "last_on"],
            rows: rows.map { check, carer in
                [.string(check.dueDay!.iso), .string(check.status.rawValue), .string(check.detail), .string(check.rule.id),
                 .string(check.rule.title), .string(carer.id), .string(carer.name), DataValue(carer.approvedOn?.iso), DataValue(check.anchorDay?.iso)]
            }), listing)
    }
}
