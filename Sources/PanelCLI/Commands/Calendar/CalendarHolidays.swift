import PanelApplication
import PanelDocuments
import PanelDomain

struct CalendarHolidays: ParsableCommand {
    static let configuration = CommandConfiguration(name: "holidays", summary: "List the bank holidays and local closure days.")

    @Option(name: "year", "YYYY", help: "Only this calendar year (default: this year).", in: 1900...2199) var year: Int?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let year = self.year ?? context.today.year
        let calendar = try context.workspace(store).serviceData().calendar
        let days = calendar.closedDays.filter { $0.key.year == year }.sorted { $0.key < $1.key }
        try context.print(Listing(columns: ["day", "weekday", "name"], rows: days.map { [.string($0.key.iso), .string($0.key.weekday.name), .string($0.value)] }), listing)
        if !calendar.covers(Day(year: year, month: 1, day: 1)!) {
            context.warn("warning: no bank holidays are listed for \(year); add them to Data/bank-holidays.txt")
        }
    }
}
