import PanelDomain

enum TimelinessUpcoming {
    static let command = Command(
        name: "upcoming",
        summary: "What falls due in the next N working days, for the administrator's week.",
        options: [
            Option(name: "days", value: "N", help: "How many working days ahead (default: 5)."),
            Option(name: "as-of", value: "DAY", help: "Count from this day (default: today)."),
            Option(name: "panel", value: "ID", help: "Only this panel's items."),
            Option(name: "kind", value: "LIST", help: "Only these kinds of case, comma-separated: \(TimelinessCommand.kinds.joined(separator: ", ")) (default: all)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            var days = 5
            if let text = invocation.option("days") {
                guard let number = Int(text), number >= 0 else { throw invocation.usageError("--days: '\(text)' is not a whole number of 0 or more") }
                days = number
            }
            let until = try context.serviceData().calendar.adding(workingDays: days, to: day)
            let rows = try TimelinessCommand.checks(invocation, context: context, on: day, statuses: [.due])
                .filter { $0.check.dueDay.map { $0 <= until } ?? false }
            context.print(TimelinessCommand.listing(rows), invocation)
        })
}
