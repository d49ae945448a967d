import PanelApplication
import PanelDocuments
import PanelDomain

struct CalendarWorkingDays: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "working-days",
        summary: "How many working days there are after FROM up to and including TO.",
        discussion: """
            The count is the N for which 'add-working-days FROM N' reaches TO (when TO is a
            working day); it is negative when TO is before FROM.
            """)

    @Argument("FROM", help: "The first day (not counted).") var from: Day
    @Argument("TO", help: "The last day (counted if it is a working day).") var to: Day
    @Flag(help: "Also say which days were skipped.") var explain: Bool
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let calendar = try context.workspace(store).serviceData().calendar
        context.print(String(calendar.workingDays(from: from, to: to)))
        if explain { context.print(CalendarCommand.explanation(from: from, to: to, calendar: calendar)) }
        CalendarCommand.warnIfUncovered([from, to], calendar: calendar, context: context)
    }
}
