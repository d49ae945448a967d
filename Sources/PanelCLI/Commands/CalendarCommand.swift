enum CalendarCommand {
    static let command = Command(
        name: "calendar",
        summary: "Working days and due days over the bank holidays of England and Wales.",
        discussion: """
            Working days are Monday to Friday less the bank holidays in Data/bank-holidays.txt
            and the service's own closure days in local/closures.txt.
            """,
        subcommands: [
            CalendarAddWorkingDays.command,
            CalendarWorkingDays.command,
            CalendarDue.command,
            CalendarHolidays.command,
        ])
}
