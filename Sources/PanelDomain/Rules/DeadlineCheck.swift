/// One rule judged against one case on a day: met, missed, due, overdue or not applicable.
public struct DeadlineCheck: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case met, missed, due, overdue
        case notApplicable = "not-applicable"
    }

    public let rule: DeadlineRule
    /// The agenda item, adopter, child or household the rule was judged on.
    public let subject: String
    public let anchorDay: Day?
    public let dueDay: Day?
    public let eventDay: Day?
    public let status: Status
    /// Late (missed), left (due) or overdue by, in days, or working days for a rule counted in
    /// them; nil otherwise.
    public let amount: Int?
    /// Why the rule does not apply, when it does not.
    public let reason: String

    public init(rule: DeadlineRule, subject: String, anchorDay: Day?, dueDay: Day?, eventDay: Day?, status: Status, amount: Int?, reason: String) {
        self.rule = rule
        self.subject = subject
        self.anchorDay = anchorDay
        self.dueDay = dueDay
        self.eventDay = eventDay
        self.status = status
        self.amount = amount
        self.reason = reason
    }

    /// "1 day late", "3 working days overdue", "5 days left (due within 1 week)", "the item
    /// was withdrawn": exact days, and the rule's own unit beside them when it is weeks or
    /// months, rather than a lateness rounded up to a whole week or month.
    public var detail: String {
        guard let amount else { return reason }
        let working = rule.unit == .workingDays
        let size = "\(amount) \(working ? "working " : "")\(amount == 1 ? "day" : "days")"
        let within: String
        switch rule.unit {
        case .weeks, .calendarMonths:
            let unit = rule.amount == 1 ? String(rule.unit.label.dropLast()) : rule.unit.label
            within = " (due \(rule.direction == .after ? "within" : "at least") \(rule.amount) \(unit)\(rule.direction == .after ? "" : " before"))"
        default: within = ""
        }
        switch status {
        case .missed: return "\(size) late" + within
        case .due: return amount == 0 ? "due today" + within : "\(size) left" + within
        case .overdue: return "\(size) overdue" + within
        default: return reason
        }
    }

    /// Judges `rule` for a case whose anchor and due events happened on the days given
    /// (nil when not yet), as known on `today`. `paused` days (an adopter's breaks, for a
    /// rule that excludes them) push the due day back.
    public static func judge(_ rule: DeadlineRule, subject: String, anchor: Day?, event: Day?, today: Day, calendar: WorkingCalendar, paused: Int = 0) -> DeadlineCheck {
        guard let anchor else {
            return DeadlineCheck(rule: rule, subject: subject, anchorDay: nil, dueDay: nil, eventDay: event, status: .notApplicable, amount: nil,
                                 reason: "waiting for \(rule.anchor.label)")
        }
        let due = rule.dueDay(anchoredOn: anchor, calendar: calendar).adding(days: paused)
        let status: Status
        let amount: Int
        if let event {
            status = event <= due ? .met : .missed
            // After the due day is at least one unit late, even when only closed days passed
            // (papers sent on Easter Monday for a Maundy Thursday deadline).
            amount = status == .met ? 0 : max(1, distance(from: due, to: event, unit: rule.unit, calendar: calendar))
        } else if due >= today {
            status = .due
            amount = distance(from: today, to: due, unit: rule.unit, calendar: calendar)
        } else {
            status = .overdue
            amount = max(1, distance(from: due, to: today, unit: rule.unit, calendar: calendar))
        }
        return DeadlineCheck(rule: rule, subject: subject, anchorDay: anchor, dueDay: due, eventDay: event, status: status,
                             amount: status == .met ? nil : amount, reason: "")
    }

    public static func notApplicable(_ rule: DeadlineRule, subject: String, reason: String) -> DeadlineCheck {
        DeadlineCheck(rule: rule, subject: subject, anchorDay: nil, dueDay: nil, eventDay: nil, status: .notApplicable, amount: nil, reason: reason)
    }

    /// How far `to` is after `from`: working days for a rule counted in them, else days.
    static func distance(from: Day, to: Day, unit: DeadlineRule.Unit, calendar: WorkingCalendar) -> Int {
        unit == .workingDays ? calendar.workingDays(from: from, to: to) : from.days(to: to)
    }
}
