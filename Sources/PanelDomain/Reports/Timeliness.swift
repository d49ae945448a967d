/// The kinds of case whose deadlines are judged.
public enum CaseKind: String, CaseIterable, Sendable {
    case item, adopter, child, carer
}

/// Which deadlines a timeliness listing shows, and in what order.
public struct DeadlineSelection: Sendable {
    /// Only this rule, when given.
    public var rule: String?
    public var kinds: Set<CaseKind>
    public var statuses: Set<DeadlineCheck.Status>
    /// A span of days: items count in it by their meeting's day, journeys by the day a
    /// deadline settles (the day it was met or missed, or its due day while still open).
    public var from: Day?
    public var through: Day?

    public init(rule: String? = nil, kinds: Set<CaseKind> = Set(CaseKind.allCases), statuses: Set<DeadlineCheck.Status> = Set(DeadlineCheck.Status.allCases),
                from: Day? = nil, through: Day? = nil) {
        self.rule = rule
        self.kinds = kinds
        self.statuses = statuses
        self.from = from
        self.through = through
    }

    public func rules(_ rules: [DeadlineRule]) -> [DeadlineRule] { rules.filter { rule == nil || $0.id == rule } }

    /// Whether an item's check is listed (the item's meeting is already within the span).
    public func keeps(_ check: DeadlineCheck) -> Bool { statuses.contains(check.status) }

    /// Whether a journey's check is listed: of a wanted status and settling within the span.
    public func keepsJourney(_ check: DeadlineCheck) -> Bool {
        guard statuses.contains(check.status) else { return false }
        guard from != nil || through != nil else { return true }
        guard let settled = check.eventDay ?? check.dueDay else { return false }
        return (from.map { settled >= $0 } ?? true) && (through.map { settled <= $0 } ?? true)
    }

    /// Where a check comes in a listing: by due day (none last), then the panel day (none
    /// last), then the case in the order the cases were read, then the rule's place in the
    /// rules file.
    public struct Place: Comparable, Sendable {
        let due: Int
        let panel: Int
        let subject: Int
        let rule: Int

        public init(check: DeadlineCheck, panelOn: Day?, subject: Int, rulePosition: Int) {
            due = check.dueDay?.ordinal ?? .max
            panel = panelOn?.ordinal ?? .max
            self.subject = subject
            rule = rulePosition
        }

        public static func < (a: Place, b: Place) -> Bool { (a.due, a.panel, a.subject, a.rule) < (b.due, b.panel, b.subject, b.rule) }
    }
}

/// The deadlines counted in a reporting year's timeliness figures. One definition, used by
/// the annual report's timeliness table and by `timeliness summary` alike:
/// - agenda items at the panels convened in the year, less those withdrawn (as
///   `PanelBusiness` counts them), each judged against its kind of panel's chain rules
///   whose due event is recorded on items;
/// - adopters, children and fostering households: each deadline met or missed in the year,
///   or falling due in it while still open;
/// all judged on the day the figures are made. % met is met ÷ (met + missed + overdue).
public enum TimelinessYear {
    /// One tally per rule with any checks, in the rules file's order.
    public static func tallies(business: [PanelBusiness], journeyChecks: [DeadlineCheck], rules: RuleBook, calendar: WorkingCalendar, asOf: Day) -> [RuleTally] {
        var counter = RuleTally.Counter()
        for panels in business { panels.count(into: &counter, rules: rules, calendar: calendar, asOf: asOf) }
        counter.add(journeyChecks)
        return counter.tallies(rules: rules.enabledRules)
    }

    /// The journeys' checks that count in `year`.
    public static func journeyChecks<J: Journey>(_ journeys: [J], year: ReportingYear, rules: [DeadlineRule], calendar: WorkingCalendar, asOf: Day) -> [DeadlineCheck] {
        journeys.flatMap { journeyChecks($0, year: year, rules: rules, calendar: calendar, asOf: asOf) }
    }

    /// One journey's checks that count in `year`.
    public static func journeyChecks<J: Journey>(_ journey: J, year: ReportingYear, rules: [DeadlineRule], calendar: WorkingCalendar, asOf: Day) -> [DeadlineCheck] {
        let selection = DeadlineSelection(from: year.first, through: year.last)
        return journey.deadlineChecks(rules: rules, calendar: calendar, today: asOf).filter(selection.keepsJourney)
    }
}
