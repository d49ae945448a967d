import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct TimelinessUpcoming: ParsableCommand {
    static let configuration = CommandConfiguration(name: "upcoming", summary: "What falls due in the next N working days, for the administrator's week.")
    static let fieldLocations = ["rule": "--rule"]

    @Option(name: "days", help: "How many working days ahead (default: 5).", in: 0...260) var days: Int = 5
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var filters: DeadlineFilters
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let selection = DeadlineSelection(rule: filters.rule, kinds: filters.kinds)
        let rows = try context.workspace(store).upcoming(DeadlineQuery(selection: selection, panel: filters.panel), workingDays: days, on: asOf.day ?? context.today)
        try context.print(TimelinessCommand.listing(rows), listing)
    }
}
