import PanelApplication
import PanelDocuments
import PanelDomain

struct CalendarAddWorkingDays: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "add-working-days",
        summary: "The day N working days after DAY (before it when N is negative).",
        discussion: """
            DAY itself is day 0, as "within N working days of DAY" is read:
              panel calendar add-working-days 2023-04-28 7   prints 2023-05-11
            """)

    @Argument("DAY", help: "The day counted from.") var day: Day
    @Argument("N", help: "How many working days to add; negative counts back.") var count: Int
    @Flag(help: "Also say how the day was reached and which days were skipped.") var explain: Bool
    @OptionGroup var store: StoreOptions

    /// Some 300 years of working days: more than any deadline, and within the days accepted.
    func validate() throws {
        guard (-80_000...80_000).contains(count) else {
            throw CLIError.usage("N: must be a whole number from -80000 to 80000", command: "calendar add-working-days")
        }
    }

    func run(_ context: Context) throws {
        let calendar = try context.workspace(store).serviceData().calendar
        let result = calendar.adding(workingDays: count, to: day)
        context.print(result.iso)
        if explain { context.print(CalendarCommand.explanation(from: day, to: result, calendar: calendar)) }
        CalendarCommand.warnIfUncovered([day, result], calendar: calendar, context: context)
    }
}
