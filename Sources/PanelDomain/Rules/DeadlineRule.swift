/// One deadline of DOMAIN.md section 4, loaded from `Data/rules.ini`.
///
/// Read `after` rules as "`to` within `amount` `unit` of `from`" (the anchor is `from`) and
/// `before` rules as "`from` at least `amount` `unit` before `to`" (the anchor is `to`).
public struct DeadlineRule: Equatable, Sendable, Codable {
    public enum Unit: String, CaseIterable, Sendable, Codable {
        case calendarDays = "calendar-days"
        case workingDays = "working-days"
        case weeks
        case calendarMonths = "calendar-months"

        /// Ten years in the unit: the longest any deadline may be.
        public var largestAmount: Int {
            switch self {
            case .calendarDays: 3653
            case .workingDays: 2610
            case .weeks: 522
            case .calendarMonths: 120
            }
        }

        public var label: String {
            switch self {
            case .calendarDays: "calendar days"
            case .workingDays: "working days"
            case .weeks: "weeks"
            case .calendarMonths: "calendar months"
            }
        }
    }

    public enum Direction: String, CaseIterable, Sendable, Codable {
        case before, after
    }

    /// What the rule is checked against: agenda items on a kind of panel, or a journey.
    public enum Scope: String, CaseIterable, Sendable, Codable {
        case fostering
        case adoption
        case longTermMatching = "long-term-matching"
        case adopter
        case fosterCarer = "foster-carer"
        case child
    }

    public var id: String
    public var title: String
    public var from: Event
    public var to: Event
    public var amount: Int
    public var unit: Unit
    public var direction: Direction
    public var appliesTo: [Scope]
    /// Adopters' breaks between stages do not count towards the rule (D12: ROI to decision
    /// in 6 months, breaks excluded).
    public var excludesBreaks: Bool
    public var enabled: Bool
    public var source: String

    /// The event whose day the deadline is counted from.
    public var anchor: Event { direction == .after ? from : to }
    /// The event that must happen by the due day.
    public var dueEvent: Event { direction == .after ? to : from }

    /// The last day on which `dueEvent` meets the rule, given the anchor event's day.
    public func dueDay(anchoredOn day: Day, calendar: WorkingCalendar) -> Day {
        let sign = direction == .after ? 1 : -1
        switch unit {
        case .calendarDays: return day.adding(days: sign * amount)
        case .weeks: return day.adding(days: sign * amount * 7)
        case .calendarMonths: return day.adding(months: sign * amount)
        case .workingDays: return calendar.adding(workingDays: sign * amount, to: day)
        }
    }

    /// The rule in words: "ADM decision within 7 working days of final minutes received by ADM".
    public var summary: String {
        let size = "\(amount) \(amount == 1 ? String(unit.label.dropLast()) : unit.label)"
        if from == to { return "next \(to.label) within \(size) of the last" }
        switch direction {
        case .after: return "\(to.label) within \(size) of \(from.label)"
        case .before: return "\(from.label) at least \(size) before \(to.label)"
        }
    }
}
