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
    /// Late (missed), left (due) or overdue by, in the rule's own unit; nil otherwise.
    public let amount: Int?
    /// Why the rule does not apply, when it does not.
    public let reason: String

    /// "3 working days late", "2 calendar days left", "the item was withdrawn".
    public var detail: String {
        guard let amount else { return reason }
        let unit = amount == 1 ? String(rule.unit.label.dropLast()) : rule.unit.label
        switch status {
        case .missed: return "\(amount) \(unit) late"
        case .due: return amount == 0 ? "due today" : "\(amount) \(unit) left"
        case .overdue: return "\(amount) \(unit) overdue"
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

    /// How far `to` is after `from`, in a rule's unit: whole weeks and months rounded up, so
    /// one day late on a weekly rule is "1 week late" and never "0".
    static func distance(from: Day, to: Day, unit: DeadlineRule.Unit, calendar: WorkingCalendar) -> Int {
        let days = from.days(to: to)
        switch unit {
        case .calendarDays: return days
        case .workingDays: return calendar.workingDays(from: from, to: to)
        case .weeks: return (days + 6) / 7
        case .calendarMonths:
            var months = 0
            while from.adding(months: months) < to { months += 1 }
            return months
        }
    }
}
