import PanelApplication
import PanelDocuments
import PanelDomain

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "calendar",
        summary: "Working days and due days over the bank holidays of England and Wales.",
        discussion: """
            Working days are Monday to Friday less the bank holidays in Data/bank-holidays.txt
            and the service's own closure days in local/closures.txt.
            """,
        subcommands: [CalendarAddWorkingDays.self, CalendarWorkingDays.self, CalendarDue.self, CalendarHolidays.self])

    /// The non-working days between two days, one a line, or a line saying there were none.
    static func explanation(from: Day, to: Day, calendar: WorkingCalendar) -> String {
        let skipped = calendar.closures(after: from, through: to)
        guard !skipped.isEmpty else { return "No days skipped." }
        return "Skipped: " + skipped.map { "\($0.day.iso) (\($0.name))" }.joined(separator: ", ")
    }

    /// Outside the years the bank-holiday file covers every weekday counts as working, which
    /// would quietly give a wrong deadline.
    static func warnIfUncovered(_ days: [Day], calendar: WorkingCalendar, context: Context) {
        for day in days where !calendar.covers(day) {
            context.warn("warning: no bank holidays are listed for \(day.year); add them to Data/bank-holidays.txt")
            return
        }
    }
}
