import PanelApplication
import PanelDocuments
import PanelDomain

struct CalendarDue: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "due",
        summary: "The due day of a deadline rule, counted from its anchor day.",
        discussion: """
            The anchor is the rule's 'from' event for rules measured after it (D3: the day the
            ADM received the final minutes) and its 'to' event for rules measured before it
            (D1: the panel day). See 'panel rules list' for the rules in force.
              panel calendar due D3 2023-04-28   prints 2023-05-11
            """)

    @Argument("RULE-ID", help: "A rule id from 'panel rules list', such as D3.") var ruleID: String
    @Argument("DAY", help: "The anchor event's day.") var day: Day
    @Flag(help: "Also say how the day was reached and which days were skipped.") var explain: Bool
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let data = try context.workspace(store).serviceData()
        guard let rule = data.rules[ruleID] else {
            throw CLIError.usage("RULE-ID: no rule '\(ruleID)'; the rules are \(data.rules.rules.map(\.id).joined(separator: ", "))", command: "calendar due")
        }
        let due = rule.dueDay(anchoredOn: day, calendar: data.calendar)
        context.print(due.iso)
        if explain {
            context.print("\(rule.id) \(rule.title): \(rule.summary).")
            context.print("\(rule.anchor.label.capitalizedFirst) on \(day.long); \(rule.dueEvent.label) due by \(due.long).")
            if rule.counting == .beginningWith {
                context.print("The period begins with \(day.long)\(rule.unit == .workingDays && !data.calendar.isWorkingDay(day) ? ", not a working day, so the first working day after it is day 1" : ", day 1 of it").")
            }
            if !rule.enabled { context.print("This rule is turned off for the service (enabled = no).") }
            if rule.unit == .workingDays { context.print(CalendarCommand.explanation(from: day, to: due, calendar: data.calendar)) }
        }
        CalendarCommand.warnIfUncovered([day, due], calendar: data.calendar, context: context)
    }
}
