import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct CarerFunnel: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "funnel", summary: "The year's recruitment funnel, approvals and leavers, and households at 1 April and 31 March.",
        discussion: """
            One row per figure, grouped by table. Households at 1 April + approvals − leavers
            should equal households at 31 March; when the records do not add up, the rows
            "stock-problems" name each household and by how much, and a warning says so.
            The conversion rate is approvals ÷ enquiries or ÷ information visits in the year,
            as --conversion-base says; its definition is printed with it.
            """)

    @Option(help: "The reporting year (default: the one today falls in).") var year: ReportingYear?
    @Option(name: "conversion-base", "BASE", help: "Divide approvals by: enquiries (default) or information-visits.") var conversionBase: FosteringYear.ConversionBase = .enquiries
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let year = self.year ?? ReportingYear(containing: context.today)
        let figures = try context.workspace(store).fosteringYear(year, conversionBase: conversionBase)
        try context.print(Self.listing(figures), listing)
        if !figures.stockBalances {
            context.warn("warning: the stock equation is out by \(figures.stockDifference): " + figures.stockProblems.map { "\($0.household) (\($0.reason))" }.joined(separator: ", "))
        }
    }

    static func listing(_ year: FosteringYear) -> Listing {
        var rows: [[DataValue]] = year.funnel.map { [.string("funnel"), .string($0.name), .string($0.text), .string($0.definition)] }
        func counts<Key: CaseIterable & Hashable>(_ table: String, _ tally: [Key: Int], label: (Key) -> String, definition: String) {
            for key in Key.allCases where tally[key] != nil {
                rows.append([.string(table), .string(label(key)), .string(String(tally[key]!)), .string(definition)])
            }
        }
        counts("approvals-by-type", year.approvalsByType, label: \.label, definition: "households approved in the year, by household type")
        counts("leavers-by-type", year.leaversByType, label: \.label, definition: "households that left in the year, by household type")
        counts("leavers-by-route", year.leaversByRoute, label: \.label, definition: "households that left in the year, by resignation or deregistration")
        counts("leavers-by-reason", year.leaversByReason, label: \.label, definition: "households that left in the year, by reason")
        for band in year.yearsFostering where band.count > 0 {
            rows.append([.string("years-fostering-at-leaving"), .string(band.band), .string(String(band.count)), .string("households that left in the year, by whole years from approval to leaving")])
        }
        rows += [
            ["Households at 1 April \(year.year.first.year)", String(year.householdsAtStart), "approved before \(year.year.first.iso) and not left before it"],
            ["Approvals", "+\(year.approvals)", "approved in the year"],
            ["Leavers", "-\(year.leavers)", "left in the year"],
            ["Households at 31 March \(year.year.last.year)", String(year.householdsAtEnd), "approved by \(year.year.last.iso) and not left by it, counted from the records"],
            ["Balances", year.stockBalances ? "yes" : "no", "whether households at 1 April + approvals − leavers = households at 31 March"],
        ].map { [.string("stock")] + $0.map(DataValue.string) }
        rows += year.stockProblems.map { [.string("stock-problems"), .string($0.household), .string(String($0.difference)), .string($0.reason)] }
        return Listing(columns: ["table", "row", "value", "definition"], rows: rows)
    }
}
