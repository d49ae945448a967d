enum CalendarWorkingDays {
    static let command = Command(
        name: "working-days",
        summary: "How many working days there are after FROM up to and including TO.",
        discussion: """
            The count is the N for which 'add-working-days FROM N' reaches TO (when TO is a
            working day); it is negative when TO is before FROM.
            """,
        arguments: [
            Argument(name: "FROM", help: "The first day (not counted)."),
            Argument(name: "TO", help: "The last day (counted if it is a working day)."),
        ],
        options: [CalendarDue.explain],
        run: { invocation, context in
            let from = try invocation.dayArgument("FROM")
            let to = try invocation.dayArgument("TO")
            let calendar = try context.serviceData().calendar
            context.print(String(calendar.workingDays(from: from, to: to)))
            if invocation.flag("explain") {
                context.print(CalendarDue.explanation(from: from, to: to, calendar: calendar))
            }
            CalendarDue.warnIfUncovered([from, to], calendar: calendar, context: context)
        })
}
