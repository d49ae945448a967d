/// A kind of panel's business in a reporting year (DOMAIN.md section 6, tables 2 and 3):
/// panels convened and cancelled, items, items by type, recommendations and the ADM's
/// agreement with them.
public struct PanelBusiness: Sendable {
    public let kind: Panel.Kind
    public let year: ReportingYear
    /// Meetings held, or planned and already past on the day the report is made.
    public let convened: [Meeting]
    public let cancelled: [Meeting]
    /// Items at convened meetings, less those withdrawn before the panel considered them.
    public let items: [AgendaItem]
    /// Every type that may go to this kind of panel, with its count (zero included, as the
    /// reports print them).
    public let itemsByType: [(type: ItemType, count: Int)]
    public let recommendations: [(recommendation: AgendaItem.Recommendation, count: Int)]
    public let decisions: [(decision: AgendaItem.Decision, count: Int)]

    /// Items per convened panel, a whole number, halves up (189 at 24 panels is 8).
    public var averageItems: Int? { convened.isEmpty ? nil : Rounding.ratio(items.count, of: convened.count) }

    /// `meetings` are those of the panels of `kind`; of `items`, only those at these
    /// meetings count, so others may be passed along. `asOf` is the day the report is made,
    /// so that a planned meeting still to come is not counted as convened.
    public init(kind: Panel.Kind, meetings: [Meeting], items: [AgendaItem], itemTypes: [ItemType], year: ReportingYear, asOf: Day) {
        self.kind = kind
        self.year = year
        let inYear = meetings.filter { year.contains($0.date) }
        convened = inYear.filter { $0.status == .held || ($0.status == .planned && $0.date <= asOf) }
        cancelled = inYear.filter { $0.status == .cancelled }
        let convenedIDs = Set(convened.map(\.id))
        let considered = items.filter { convenedIDs.contains($0.meeting) && $0.recommendation != .withdrawn }
        self.items = considered
        var byType: [String: Int] = [:]
        var byRecommendation: [AgendaItem.Recommendation: Int] = [:]
        var byDecision: [AgendaItem.Decision: Int] = [:]
        for item in considered {
            byType[item.type, default: 0] += 1
            if let recommendation = item.recommendation { byRecommendation[recommendation, default: 0] += 1 }
            if let decision = item.decision { byDecision[decision, default: 0] += 1 }
        }
        var types = itemTypes.filter { $0.panelKinds.contains(kind) }.map { ($0, byType[$0.id] ?? 0) }
        // A type no longer in the item-types file still counts, under its id.
        for (id, count) in byType.sorted(by: { $0.key < $1.key }) where !types.contains(where: { $0.0.id == id }) {
            types.append((ItemType(id: id, label: id, panelKinds: [kind]), count))
        }
        itemsByType = types
        recommendations = AgendaItem.Recommendation.allCases.compactMap { recommendation in
            byRecommendation[recommendation].map { (recommendation, $0) }
        }
        decisions = AgendaItem.Decision.allCases.map { decision in (decision, byDecision[decision] ?? 0) }
    }
}

extension PanelBusiness {
    /// The deadline chain's rules for this kind of panel that are counted: those whose due
    /// event is recorded on items (representations are the applicant's to make).
    public static func chainRules(for kind: Panel.Kind, in book: RuleBook) -> [DeadlineRule] {
        AgendaItem.rules(for: kind, in: book).filter { AgendaItem.itemEvents.contains($0.dueEvent) }
    }

    /// How this kind of panel's items are judged for the year: its chain rules, the
    /// meetings convened and the item types the ADM does not decide.
    public struct Chain: Sendable {
        let rules: [DeadlineRule]
        let convened: [String: Meeting]
        let undecided: Set<String>
    }

    public func chain(rules book: RuleBook) -> Chain {
        Chain(rules: Self.chainRules(for: kind, in: book), convened: Dictionary(uniqueKeysWithValues: convened.map { ($0.id, $0) }),
              undecided: ItemType.undecided(itemsByType.map(\.type)))
    }

    /// Counts `item`'s checks on `asOf` into `counter` when it is one the year counts (at a
    /// meeting convened in it, not withdrawn), and says whether it was: for items handed
    /// over one at a time, none held (`timeliness summary`).
    @discardableResult
    public static func count(_ item: AgendaItem, _ chain: Chain, into counter: inout RuleTally.Counter, calendar: WorkingCalendar, asOf: Day) -> Bool {
        guard let meeting = chain.convened[item.meeting], item.recommendation != .withdrawn else { return false }
        counter.add(item.deadlineChecks(meeting: meeting, rules: chain.rules, calendar: calendar, today: asOf, admDecision: !chain.undecided.contains(item.type)))
        return true
    }

    /// Each item counted above judged against each of `chainRules` on `asOf`, counted into
    /// `counter` an item at a time, so a year's checks are never held at once.
    public func count(into counter: inout RuleTally.Counter, rules book: RuleBook, calendar: WorkingCalendar, asOf: Day) {
        let chain = chain(rules: book)
        for item in items { Self.count(item, chain, into: &counter, calendar: calendar, asOf: asOf) }
    }
}
