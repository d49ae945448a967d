import PanelDocuments
import PanelDomain

enum CalendarHolidays {
    static let command = Command(
        name: "holidays",
        summary: "List the bank holidays and local closure days.",
        options: [
            Option(name: "year", value: "YYYY", help: "Only this calendar year (default: this year)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            var year = context.today.year
            if let text = invocation.option("year") {
                guard let given = Int(text), (1...9999).contains(given) else {
                    throw invocation.usageError("--year: '\(text)' is not a year such as 2024")
                }
                year = given
            }
            let calendar = try context.serviceData().calendar
            let days = calendar.closedDays.filter { $0.key.year == year }.sorted { $0.key < $1.key }
            let listing = Listing(
                columns: ["day", "weekday", "name"],
                rows: days.map { [.string($0.key.iso), .string($0.key.weekday.name), .string($0.value)] })
            context.print(listing, invocation)
            if !calendar.covers(Day(year: year, month: 1, day: 1)!) {
                context.warn("warning: no bank holidays are listed for \(year); add them to Data/bank-holidays.txt")
            }
        })
}
