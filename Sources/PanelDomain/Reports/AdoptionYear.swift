/// The adoption service's figures for a reporting year (DOMAIN.md sections 5 and 6), each
/// computed from records with its definition.
public struct AdoptionYear: Sendable {
    public let year: ReportingYear
    /// Enquiries, registrations, approvals and adopter timeliness.
    public let adopterFigures: [Figure]
    /// Where this year's registrations of interest stood on the year's last day.
    public let registrationStatus: [(stage: Adopter.Stage, count: Int)]
    public let withdrawals: [(reason: Adopter.WithdrawalReason, count: Int)]
    /// Children's milestones in the year and the scorecard (A1, adjusted A1, A2).
    public let childFigures: [Figure]

    public init(adopters: [Adopter], children: [Child], year: ReportingYear, rules: RuleBook, calendar: WorkingCalendar) {
        self.year = year
        func count<T>(_ cases: [T], _ day: (T) -> Day?) -> Int { cases.count(where: { day($0).map(year.contains) ?? false }) }
        let halves = "one decimal place, halves up"

        var adopterFigures = [
            Figure("Enquiries", .count(count(adopters, \.enquiryOn)), "households whose first enquiry fell in the year"),
            Figure("Registrations of interest", .count(count(adopters, \.roiOn)), "registrations of interest received in the year"),
            Figure("Approvals", .count(count(adopters, \.approvedOn)), "households the ADM approved in the year"),
            Figure("Withdrawals", .count(count(adopters, \.withdrawnOn)), "households that withdrew or were counselled out in the year"),
        ]
        let decided = adopters.filter { $0.admDecidedOn.map(year.contains) ?? false }
        adopterFigures += Self.timeliness(
            decided, from: .roiReceived, to: .admDecision, rules: rules, on: year.last, calendar: calendar,
            average: ("Average days from registration of interest to ADM decision",
                      "mean days from the registration of interest to the ADM's decision, breaks included, over households decided in the year; \(halves)"),
            within: "Decided within the target, breaks excluded")
        adopterFigures += Self.timeliness(
            adopters.filter { $0.stage1EndOn.map(year.contains) ?? false }, from: .stage1Start, to: .stage1End, rules: rules, on: year.last, calendar: calendar,
            average: nil, within: "Stage 1 within the target")
        adopterFigures += Self.timeliness(
            adopters.filter { $0.admDecidedOn.map(year.contains) ?? false }, from: .stage2Start, to: .admDecision, rules: rules, on: year.last, calendar: calendar,
            average: nil, within: "Stage 2 to the agency's decision within the target")
        self.adopterFigures = adopterFigures

        let registered = adopters.filter { $0.roiOn.map(year.contains) ?? false }
        registrationStatus = Adopter.Stage.allCases.compactMap { stage in
            let count = registered.count(where: { $0.stage(on: year.last) == stage })
            return count == 0 ? nil : (stage, count)
        }
        withdrawals = Adopter.WithdrawalReason.allCases.compactMap { reason in
            let count = adopters.count(where: { $0.withdrawalReason == reason && $0.withdrawnOn.map(year.contains) ?? false })
            return count == 0 ? nil : (reason, count)
        }

        var childFigures = [
            Figure("Should-be-placed decisions", .count(count(children, \.shobpaOn)), "ADM decisions in the year that a child should be placed for adoption"),
            Figure("Placement orders", .count(count(children, \.placementOrderOn)), "placement orders granted in the year"),
            Figure("Matched", .count(count(children, \.matchedOn)), "children the ADM matched with adopters in the year"),
            Figure("Placed for adoption", .count(count(children, \.placedOn)), "children placed for adoption in the year"),
            Figure("Adopted", .count(count(children, \.adoptionOrderOn)), "adoption orders granted in the year"),
            Figure("Early permanence placements", .count(children.count(where: { $0.earlyPermanence && ($0.placedOn.map(year.contains) ?? false) })),
                   "children placed in the year who were early permanence placements"),
        ]
        let adopted = children.filter { $0.adoptionOrderOn.map(year.contains) ?? false }
        let over = "over the children adopted in the year"
        // A10 is the national headline since 2021/22; A1 beside it.
        childFigures += Self.timeliness(
            adopted, from: .enteredCare, to: .movedIn, rules: rules, on: year.last, calendar: calendar,
            average: ("A10: average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions",
                      "mean days from entering care to moving in with the adoptive family, counting for a child adopted by its own foster carers from the day it moved in with them; \(over); \(halves)"),
            within: "A10 within the threshold")
        childFigures += Self.timeliness(
            adopted, from: .enteredCare, to: .placedForAdoption, rules: rules, on: year.last, calendar: calendar,
            average: ("A1: average days from entering care to placement for adoption", "mean days from entering care to being placed for adoption, \(over); \(halves)"),
            within: "A1 within the threshold")
        childFigures += Self.timeliness(
            adopted, from: .placementOrder, to: .matchDecision, rules: rules, on: year.last, calendar: calendar,
            average: ("A2: average days from placement order to match decision",
                      "mean days from the placement (or freeing) order to the ADM's match decision, a match before the order counting 0, \(over); \(halves)"),
            within: "A2 within the threshold")
        childFigures += Self.timeliness(
            adopted, from: .shobpa, to: .adoptionOrder, rules: rules, on: year.last, calendar: calendar,
            average: nil, within: "Adopted within the target of the should-be-placed decision")
        // A12: of the families matched in the year, those who had waited three months or more.
        var matched = adopters
        let firstMatch = Dictionary(children.compactMap { child in child.adopter.flatMap { id in child.matchedOn.map { (id, $0) } } }, uniquingKeysWith: min)
        for index in matched.indices { matched[index].matchedOn = firstMatch[matched[index].id] }
        matched = matched.filter { ($0.matchedOn.map(year.contains) ?? false) && $0.approvedOn != nil }
        if let rule = Adopter.rules(in: rules).first(where: { $0.from == .approval && $0.to == .matchDecision })?.inForce(on: year.last) {
            // "Waited at least three months": a match on the day three months on counts.
            let waited = matched.count(where: { adopter in
                adopter.matchedOn! >= rule.dueDay(anchoredOn: adopter.approvedOn!, calendar: calendar)
            })
            childFigures.append(Figure("A12: families matched who waited \(rule.amount) \(rule.unit.label) or more from approval (rule \(rule.id))", .percent(part: waited, whole: matched.count),
                                       "adoptive families matched with a child in the year who had waited at least \(rule.amount) \(rule.unit.label) from approval to the match; whole per cent, halves up"))
        }
        self.childFigures = childFigures
    }

    /// The mean days between two events and the share within the rule measuring them, over
    /// the cases with both days recorded. With no such rule there is no share to give.
    /// `on` is the day whose rule values apply: the thresholds changed over the years, and a
    /// year is measured against its own. An end before the start (a match before the
    /// placement order) counts 0 days.
    static func timeliness<J: Journey>(
        _ cases: [J], from: Event, to: Event, rules: RuleBook, on day: Day, calendar: WorkingCalendar,
        average: (name: String, definition: String)?, within: String
    ) -> [Figure] {
        let measured = cases.compactMap { journey in journey.day(of: from).flatMap { start in journey.day(of: to).map { (journey, start, $0) } } }
        var figures: [Figure] = []
        if let average {
            figures.append(Figure(average.name, .average(tenths: Rounding.meanTenths(measured.map { max(0, $0.1.days(to: $0.2)) }), of: measured.count), average.definition))
        }
        if let rule = J.rules(in: rules).first(where: { $0.from == from && $0.to == to })?.inForce(on: day) {
            let met = measured.filter { journey, start, end in
                DeadlineCheck.judge(rule, subject: journey.id, anchor: start, event: end, today: end, calendar: calendar,
                                    paused: rule.excludesBreaks ? journey.pausedDays(from: start, until: end) : 0).status == .met
            }.count
            let breaks = rule.excludesBreaks ? ", breaks excluded" : ""
            figures.append(Figure("\(within) (\(rule.amount) \(rule.unit.label), rule \(rule.id))", .percent(part: met, whole: measured.count),
                                  "\(rule.summary)\(breaks), as a share of the cases with both days recorded; whole per cent, halves up"))
        }
        return figures
    }
}
