import PanelDomain

enum CalendarDue {
    static let explain = Option(name: "explain", value: nil, help: "Also say how the day was reached and which days were skipped.")

    static let command = Command(
        name: "due",
        summary: "The due day of a deadline rule, counted from its anchor day.",
        discussion: """
            The anchor is the rule's 'from' event for rules measured after it (D3: the day the
            ADM received the final minutes) and its 'to' event for rules measured before it
            (D1: the panel day). See 'panel rules list' for the rules in force.
              panel calendar due D3 2023-04-28   prints 2023-05-11
            """,
        arguments: [
            Argument(name: "RULE-ID", help: "A rule id from 'panel rules list', such as D3."),
            Argument(name: "DAY", help: "The anchor event's day."),
        ],
        options: [explain],
        run: { invocation, context in
            let id = invocation.argument("RULE-ID")
            let day = try invocation.dayArgument("DAY")
            let data = try context.serviceData()
            guard let rule = data.rules[id] else {
                let known = data.rules.rules.map(\.id).joined(separator: ", ")
                throw invocation.usageError("RULE-ID: no rule '\(id)'; the rules are \(known)")
            }
            let due = rule.dueDay(anchoredOn: day, calendar: data.calendar)
            context.print(due.iso)
            if invocation.flag("explain") {
                context.print("\(rule.id) \(rule.title): \(rule.summary).")
                context.print("\(rule.anchor.label.capitalizedFirst) on \(day.long); \(rule.dueEvent.label) due by \(due.long).")
                if !rule.enabled { context.print("This rule is turned off for the service (enabled = no).") }
                if rule.unit == .workingDays {
                    context.print(explanation(from: day, to: due, calendar: data.calendar))
                }
            }
            warnIfUncovered([day, due], calendar: data.calendar, context: context)
        })

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

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
