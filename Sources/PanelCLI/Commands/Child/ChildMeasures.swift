import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ChildMeasures: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "measures", summary: "The year's children's figures and scorecard: A1, adjusted A1, A2, adopted within 12 months.",
        discussion: """
            Milestones count the events in the year. The scorecard averages over the children
            adopted in the year, with one decimal place; percentages within a threshold are
            whole numbers, halves up. Each figure is printed with its definition.
            """)

    @Option(help: "The reporting year (default: the one today falls in).") var year: ReportingYear?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let year = self.year ?? ReportingYear(containing: context.today)
        try context.print(FigureListing.listing(try context.workspace(store).adoptionYear(year).childFigures, year: year), listing)
    }
}
