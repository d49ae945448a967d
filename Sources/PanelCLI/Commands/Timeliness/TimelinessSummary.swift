import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct TimelinessSummary: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "summary",
        summary: "Per rule, how many deadlines of a reporting year were met, missed and overdue, and the % met.",
        discussion: """
            Counts what the annual report's timeliness tables count (see 'Timeliness' in the
            README): the items at the panels convened in the year, less those withdrawn,
            against their panel's decision chain; and the journeys' deadlines met, missed or
            falling due in the year; all judged on --as-of (default: today). % met is
            met ÷ (met + missed + overdue), as a whole number, halves rounded up; deadlines
            still due and rules not applicable are not counted in it.
            """)
    static let fieldLocations = ["rule": "--rule"]

    @Option(help: "The reporting year (default: the one --as-of falls in).") var year: ReportingYear?
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var filters: DeadlineFilters
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let day = asOf.day ?? context.today
        let tallies = try context.workspace(store).timelinessSummary(year: year ?? max(ReportingYear(containing: day), ReportingYear(startYear: ReportingYear.accepted.lowerBound)), panel: filters.panel, kinds: filters.kinds, on: day)
            .filter { tally in filters.rule.map { $0 == tally.rule.id } ?? true }
        try context.print(Listing(
            columns: ["rule", "title", "met", "missed", "overdue", "due", "not_applicable", "percent_met"],
            rows: tallies.map { tally in
                [.string(tally.rule.id), .string(tally.rule.title), .int(tally.count(.met)), .int(tally.count(.missed)), .int(tally.count(.overdue)),
                 .int(tally.count(.due)), .int(tally.count(.notApplicable)), DataValue(tally.percentMet)]
            }), listing)
    }
}
