enum CalendarAddWorkingDays {
    static let command = Command(
        name: "add-working-days",
        summary: "The day N working days after DAY (before it when N is negative).",
        discussion: """
            DAY itself is day 0, as "within N working days of DAY" is read:
              panel calendar add-working-days 2023-04-28 7   prints 2023-05-11
            """,
        arguments: [
            Argument(name: "DAY", help: "The day counted from."),
            Argument(name: "N", help: "How many working days to add; negative counts back."),
        ],
        options: [CalendarDue.explain],
        run: { invocation, context in
            let day = try invocation.dayArgument("DAY")
            let count = try invocation.integerArgument("N")
            let calendar = try context.serviceData().calendar
            let result = calendar.adding(workingDays: count, to: day)
            context.print(result.iso)
            if invocation.flag("explain") {
                context.print(CalendarDue.explanation(from: day, to: result, calendar: calendar))
            }
            CalendarDue.warnIfUncovered([day, result], calendar: calendar, context: context)
        })
}
