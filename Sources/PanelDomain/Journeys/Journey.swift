/// What adopters, children and fostering households have in common: events on days, judged
/// by the deadline rules of their scope, and a timeline of stages.
public protocol Journey {
    var id: String { get }
    static var scope: DeadlineRule.Scope { get }
    /// The day an event happened, or nil if it has not (yet).
    func day(of event: Event) -> Day?
    /// The days of an event that repeats (reviews), in order, with the day the first is
    /// counted from (approval); nil for events that happen once.
    func occurrences(of event: Event) -> (start: Day?, days: [Day])?
    /// Why a rule cannot apply to this case at all (fast track, declined), or nil.
    func notApplicable(_ rule: DeadlineRule) -> String?
    /// When the journey stopped short (withdrawn, left, plan changed) and why: a rule whose
    /// event had not happened by then no longer applies.
    var stopped: (day: Day, reason: String)? { get }
    /// Days paused between `anchor` and `until` that a rule excluding breaks does not count.
    func pausedDays(from anchor: Day, until: Day) -> Int
}

extension Journey {
    public func occurrences(of event: Event) -> (start: Day?, days: [Day])? { nil }
    public func notApplicable(_ rule: DeadlineRule) -> String? { nil }
    public func pausedDays(from anchor: Day, until: Day) -> Int { 0 }

    /// The enabled rules for this kind of journey.
    public static func rules(in book: RuleBook) -> [DeadlineRule] {
        book.enabledRules.filter { $0.appliesTo.contains(scope) }
    }

    /// `rules` (from `rules(in:)`) judged on `today`. A repeating rule (review to review) is
    /// judged once for each interval, the last one still open.
    public func deadlineChecks(rules: [DeadlineRule], calendar: WorkingCalendar, today: Day) -> [DeadlineCheck] {
        rules.flatMap { rule -> [DeadlineCheck] in
            if let reason = notApplicable(rule) { return [.notApplicable(rule, subject: id, reason: reason)] }
            if rule.from == rule.to, let series = occurrences(of: rule.from) {
                let anchors = (series.start.map { [$0] } ?? []) + series.days
                let events = Array(series.days.dropFirst(series.start == nil ? 1 : 0)).map(Optional.some) + [nil]
                if anchors.isEmpty { return [check(rule, anchor: nil, event: nil, calendar: calendar, today: today)] }
                return zip(anchors, events).map { check(rule, anchor: $0, event: $1, calendar: calendar, today: today) }
            }
            return [check(rule, anchor: day(of: rule.anchor), event: day(of: rule.dueEvent), calendar: calendar, today: today)]
        }
    }

    private func check(_ rule: DeadlineRule, anchor: Day?, event: Day?, calendar: WorkingCalendar, today: Day) -> DeadlineCheck {
        let paused = rule.excludesBreaks ? anchor.map { pausedDays(from: $0, until: event ?? today) } ?? 0 : 0
        if event == nil, let stopped, stopped.day <= today {
            // A deadline already passed when the journey stopped was missed; one still
            // ahead of it no longer applies.
            let atStop = DeadlineCheck.judge(rule, subject: id, anchor: anchor, event: nil, today: stopped.day, calendar: calendar, paused: paused)
            guard atStop.status == .overdue else { return .notApplicable(rule, subject: id, reason: stopped.reason) }
            return DeadlineCheck(rule: rule, subject: id, anchorDay: anchor, dueDay: atStop.dueDay, eventDay: nil, status: .missed, amount: nil,
                                 reason: "not done by the due day; \(stopped.reason)")
        }
        return DeadlineCheck.judge(rule, subject: id, anchor: anchor, event: event, today: today, calendar: calendar, paused: paused)
    }

    /// The stages of `plan` as they stand on `today`, each with the rule judging it (the
    /// rule measuring between the same two events), if any.
    public func timeline(_ plan: [(label: String, from: Event, to: Event)], checks: [DeadlineCheck], today: Day) -> [TimelineStage] {
        plan.map { stage in
            // A repeating stage (review to review) runs from the last occurrence, still open.
            let repeating = stage.from == stage.to ? occurrences(of: stage.from) : nil
            let start = repeating.map { $0.days.last ?? $0.start } ?? day(of: stage.from)
            let end = repeating == nil ? day(of: stage.to) : nil
            let check = checks.last { $0.rule.from == stage.from && $0.rule.to == stage.to }
            let until = end ?? min(stopped?.day ?? today, today)
            let paused = start.map { pausedDays(from: $0, until: until) } ?? 0
            return TimelineStage(label: stage.label, start: start, end: end, days: start.map { max(0, $0.days(to: until)) }, paused: paused, check: check)
        }
    }
}

/// One stage of a journey's timeline: its days so far (to today while still open), the
/// days of it spent in breaks (which only a rule excluding breaks leaves out), and its
/// deadline check.
public struct TimelineStage: Equatable, Sendable {
    public let label: String
    public let start: Day?
    public let end: Day?
    public let days: Int?
    public let paused: Int
    public let check: DeadlineCheck?

    public init(label: String, start: Day?, end: Day?, days: Int?, paused: Int = 0, check: DeadlineCheck? = nil) {
        self.label = label
        self.start = start
        self.end = end
        self.days = days
        self.paused = paused
        self.check = check
    }
}
