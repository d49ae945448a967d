import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct AdopterMeasures: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "measures", summary: "The year's adopter figures: registrations, approvals, timeliness, where this year's registrations stand.",
        discussion: """
            Each figure is printed with its definition. Averages have one decimal place and
            percentages are whole numbers, halves rounded up.
            """)

    @Option(help: "The reporting year (default: the one today falls in).") var year: ReportingYear?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let year = self.year ?? ReportingYear(containing: context.today)
        let measures = try context.workspace(store).adoptionYear(year)
        var figures = measures.adopterFigures
        figures += measures.registrationStatus.map { Figure("This year's registrations now \($0.stage.label.lowercased())", .count($0.count), "registrations of interest received in \(year.label), by where they stood on \(year.last.iso)") }
        figures += measures.withdrawals.map { Figure("Withdrawn: \($0.reason.label.lowercased())", .count($0.count), "households that withdrew in \(year.label) for this reason") }
        try context.print(FigureListing.listing(figures, year: year), listing)
    }
}
