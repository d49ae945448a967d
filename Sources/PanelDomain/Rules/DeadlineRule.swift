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

    /// Where the count starts. "Within 7 working days of X" leaves X out (X is day 0);
    /// "within 40 working days beginning with X" counts X as the first day (a working day
    /// only if it is one), as the Interpretation Act reading of "beginning with" has it.
    public enum Counting: String, CaseIterable, Sendable, Codable {
        case fromTheNextDay = "from-the-next-day"
        case beginningWith = "beginning-with"
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

    /// An amount in force from a day on (scorecard thresholds changed year by year).
    public struct DatedAmount: Equatable, Sendable, Codable {
        public let from: Day
        public let amount: Int
    }

    public var id: String
    public var title: String
    public var from: Event
    public var to: Event
    public var amount: Int
    /// Earlier and later amounts, each in force from its day, in order; `amount` before the first.
    public var amountsFrom: [DatedAmount] = []
    public var unit: Unit
    public var direction: Direction
    public var counting: Counting = .fromTheNextDay
    public var appliesTo: [Scope]
    /// Adopters' breaks between stages do not count towards the rule (D12: ROI to decision
    /// in 6 months, breaks excluded).
    public var excludesBreaks: Bool
    public var enabled: Bool
    public var source: String

    /// The rule with the amount in force on `day`.
    public func inForce(on day: Day) -> DeadlineRule {
        guard let dated = amountsFrom.last(where: { $0.from <= day }) else { return self }
        var rule = self
        rule.amount = dated.amount
        return rule
    }

    /// The event whose day the deadline is counted from.
    public var anchor: Event { direction == .after ? from : to }
    /// The event that must happen by the due day.
    public var dueEvent: Event { direction == .after ? to : from }

    /// The last day on which `dueEvent` meets the rule, given the anchor event's day.
    public func dueDay(anchoredOn day: Day, calendar: WorkingCalendar) -> Day {
        let sign = direction == .after ? 1 : -1
        if counting == .beginningWith, direction == .after, amount > 0 {
            // The anchor day is the first of the period, so the period ends a day sooner;
            // in working days only when the anchor day is itself a working day.
            switch unit {
            case .calendarDays: return day.adding(days: amount - 1)
            case .weeks: return day.adding(days: amount * 7 - 1)
            case .calendarMonths: return day.adding(months: amount).adding(days: -1)
            case .workingDays: return calendar.adding(workingDays: calendar.isWorkingDay(day) ? amount - 1 : amount, to: day)
            }
        }
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
        case .after where counting == .beginningWith: return "\(to.label) within \(size) beginning with \(from.label)"
        case .after: return "\(to.label) within \(size) of \(from.label)"
        case .before: return "\(from.label) at least \(size) before \(to.label)"
        }
    }
}
