/// How many deadlines of one rule were met, missed, overdue, due and not applicable.
public struct RuleTally: Equatable, Sendable {
    public let rule: DeadlineRule
    public let counts: [DeadlineCheck.Status: Int]

    public func count(_ status: DeadlineCheck.Status) -> Int { counts[status] ?? 0 }

    /// Deadlines whose outcome is known or overdue: met + missed + overdue.
    public var judged: Int { count(.met) + count(.missed) + count(.overdue) }

    /// % met of those judged, whole, halves up; nil when none were judged.
    public var percentMet: Int? { judged == 0 ? nil : Rounding.percent(count(.met), of: judged) }

    /// One tally per rule of `rules` that has any checks, in the rules' order.
    public static func tally(_ checks: [DeadlineCheck], rules: [DeadlineRule]) -> [RuleTally] {
        var counter = Counter()
        counter.add(checks)
        return counter.tallies(rules: rules)
    }

    /// Counts checks a case at a time, so that a year's half a million need never be held
    /// at once.
    public struct Counter: Sendable {
        private var byRule: [String: [DeadlineCheck.Status: Int]] = [:]

        public init() {}

        public mutating func add(_ checks: [DeadlineCheck]) {
            for check in checks { byRule[check.rule.id, default: [:]][check.status, default: 0] += 1 }
        }

        /// One tally per rule of `rules` that has any checks, in the rules' order.
        public func tallies(rules: [DeadlineRule]) -> [RuleTally] {
            rules.compactMap { rule in byRule[rule.id].map { RuleTally(rule: rule, counts: $0) } }
        }
    }
}
