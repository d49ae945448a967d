/// A prospective adopter household's journey (DOMAIN.md section 5): enquiry, registration of
/// interest, Stage 1, breaks, Stage 2, panel and the ADM's decision, or withdrawal.
public struct Adopter: Equatable, Identifiable, Sendable {
    public enum ROIOutcome: String, CaseIterable, Sendable {
        case accepted, declined
    }

    public enum WithdrawalReason: String, CaseIterable, Sendable {
        case selfWithdrew = "self-withdrew"
        case counselledOut = "counselled-out"
        case otherAgency = "other-agency"
        case medical
        case circumstances
        case other

        public var label: String {
            switch self {
            case .selfWithdrew: "Withdrew themselves"
            case .counselledOut: "Counselled out"
            case .otherAgency: "Went to another agency"
            case .medical: "Medical"
            case .circumstances: "Change of circumstances"
            case .other: "Other"
            }
        }
    }

    /// A pause in the assessment. The days from start to end, both counted, are left out of
    /// the six-month measure (D12) and kept in the elapsed days.
    public struct Break: Equatable, Sendable {
        public var start: Day
        public var end: Day?
        public var reason: String

        public init(start: Day, end: Day? = nil, reason: String = "") {
            self.start = start
            self.end = end
            self.reason = reason
        }

        /// The days of the break within `from...until`, both ends counted.
        func days(from: Day, until: Day) -> Int {
            let first = max(start, from)
            let last = min(end ?? until, until)
            return first <= last ? first.days(to: last) + 1 : 0
        }
    }

    /// Where a household is on a day, in journey order.
    public enum Stage: String, CaseIterable, Sendable {
        case enquiry
        case registration
        case roiDeclined = "roi-declined"
        case stage1 = "stage-1"
        case onBreak = "break"
        case stage2 = "stage-2"
        case awaitingDecision = "awaiting-decision"
        case approved
        case notApproved = "not-approved"
        case withdrawn

        public var label: String {
            switch self {
            case .enquiry: "Enquiry"
            case .registration: "Registration of interest"
            case .roiDeclined: "Registration declined"
            case .stage1: "Stage 1"
            case .onBreak: "Break"
            case .stage2: "Stage 2"
            case .awaitingDecision: "Panel and decision"
            case .approved: "Approved"
            case .notApproved: "Not approved"
            case .withdrawn: "Withdrawn"
            }
        }
    }

    public var id: String
    public var name = ""
    /// Where a decision letter goes: lines separated by ';' or line breaks.
    public var address = ""
    public var enquiryOn: Day?
    public var initialVisitOn: Day?
    public var roiOn: Day?
    public var roiDecidedOn: Day?
    public var roiOutcome: ROIOutcome?
    public var stage1StartOn: Day?
    public var stage1EndOn: Day?
    public var breaks: [Break] = []
    public var stage2StartOn: Day?
    public var stage2EndOn: Day?
    /// Second-time adopters and foster carers go straight to Stage 2.
    public var fastTrack = false
    /// The agenda item that took the household to panel, when it is recorded.
    public var item: String?
    public var panelOn: Day?
    public var admDecidedOn: Day?
    public var approvedOn: Day?
    public var withdrawnOn: Day?
    public var withdrawalReason: WithdrawalReason?
    /// Annual reviews of the approval while no child is placed (reg 30D AAR 2005).
    public var reviews: [Day] = []
    /// The first match decision with a child, taken from the children's records when a
    /// deadline or measure needs it; not a field of the adopter's own record.
    public var matchedOn: Day?

    public init(id: String) { self.id = id }

    /// The stage on `day`, from the days recorded up to it.
    public func stage(on day: Day) -> Stage {
        func by(_ event: Day?) -> Bool { event.map { $0 <= day } ?? false }
        if by(withdrawnOn) { return .withdrawn }
        if by(approvedOn) { return .approved }
        if by(admDecidedOn) && approvedOn == nil { return .notApproved }
        if by(stage2EndOn) || by(panelOn) { return .awaitingDecision }
        if by(stage2StartOn) { return .stage2 }
        if by(stage1EndOn) || breaks.contains(where: { by($0.start) && !by($0.end) }) { return .onBreak }
        if by(stage1StartOn) { return .stage1 }
        if by(roiDecidedOn) && roiOutcome == .declined { return .roiDeclined }
        if by(roiOn) { return .registration }
        return .enquiry
    }

    /// The stage the household had reached when it withdrew.
    public var stageAtWithdrawal: Stage? {
        guard let withdrawnOn else { return nil }
        var before = self
        before.withdrawnOn = nil
        return before.stage(on: withdrawnOn)
    }

    /// Total break days between two days.
    public func breakDays(from: Day, until: Day) -> Int {
        breaks.reduce(0) { $0 + $1.days(from: from, until: until) }
    }

    /// Impossible orders of days, named by field: Stage 2 cannot end before it starts.
    public var orderProblems: [Problem] {
        var problems = DateOrder.problems([
            ("enquiry_on", enquiryOn, "initial_visit_on", initialVisitOn),
            ("enquiry_on", enquiryOn, "roi_on", roiOn),
            ("roi_on", roiOn, "roi_decided_on", roiDecidedOn),
            ("roi_on", roiOn, "stage1_start_on", stage1StartOn),
            ("roi_decided_on", roiDecidedOn, "stage1_start_on", stage1StartOn),
            ("stage1_start_on", stage1StartOn, "stage1_end_on", stage1EndOn),
            ("stage1_end_on", stage1EndOn, "stage2_start_on", stage2StartOn),
            ("roi_on", roiOn, "stage2_start_on", stage2StartOn),
            ("stage2_start_on", stage2StartOn, "stage2_end_on", stage2EndOn),
            ("stage2_start_on", stage2StartOn, "panel_on", panelOn),
            ("panel_on", panelOn, "adm_decided_on", admDecidedOn),
            ("adm_decided_on", admDecidedOn, "approved_on", approvedOn),
            ("stage2_start_on", stage2StartOn, "adm_decided_on", admDecidedOn),
            ("enquiry_on", enquiryOn, "withdrawn_on", withdrawnOn),
            ("roi_on", roiOn, "withdrawn_on", withdrawnOn),
        ])
        for (index, pause) in breaks.enumerated() {
            problems += DateOrder.problems([("break_start_on", pause.start, "break_end_on", pause.end),
                                            ("roi_on", roiOn, "break_start_on", pause.start)])
            if index > 0, let previousEnd = breaks[index - 1].end, pause.start <= previousEnd {
                problems.append(.init(field: "break_start_on", message: "break \(index + 1) starts on \(pause.start.iso), before break \(index) ends on \(previousEnd.iso); breaks cannot overlap"))
            }
        }
        problems += reviews.compactMap { review in
            approvedOn.flatMap { review < $0 ? Problem(field: "reviews_on", message: "\(review.iso) is before approved_on \($0.iso); a review follows approval") : nil }
        }
        if fastTrack && (stage1StartOn != nil || stage1EndOn != nil) {
            problems.append(.init(field: "fast_track", message: "a fast-track household goes straight to Stage 2, so it has no Stage 1 days"))
        }
        if roiOutcome == .declined && (stage1StartOn != nil || stage2StartOn != nil) {
            problems.append(.init(field: "roi_outcome", message: "the registration was declined, so no stage can start"))
        }
        if (roiOutcome == nil) != (roiDecidedOn == nil) {
            problems.append(.init(field: roiOutcome == nil ? "roi_outcome" : "roi_decided_on", message: "the registration's outcome and the day it was decided go together"))
        }
        if (withdrawalReason == nil) != (withdrawnOn == nil) {
            problems.append(.init(field: withdrawnOn == nil ? "withdrawn_on" : "withdrawal_reason", message: "a withdrawal needs both its day and its reason"))
        }
        return problems
    }
}

extension Adopter: Journey {
    public static let scope = DeadlineRule.Scope.adopter

    public func day(of event: Event) -> Day? {
        switch event {
        case .enquiry: enquiryOn
        case .initialVisit: initialVisitOn
        case .roiReceived: roiOn
        case .roiDecision: roiDecidedOn
        case .stage1Start: stage1StartOn
        case .stage1End: stage1EndOn
        case .stage2Start: stage2StartOn
        case .stage2End: stage2EndOn
        case .panel: panelOn
        case .admDecision: admDecidedOn
        case .approval: approvedOn
        case .matchDecision: matchedOn
        case .adopterReview: reviews.last
        default: nil
        }
    }

    public func occurrences(of event: Event) -> (start: Day?, days: [Day])? {
        event == .adopterReview ? (approvedOn, reviews) : nil
    }

    public func notApplicable(_ rule: DeadlineRule) -> String? {
        let stage1 = [Event.stage1Start, .stage1End]
        if fastTrack && (stage1.contains(rule.from) || stage1.contains(rule.to)) {
            return "fast track: straight to Stage 2"
        }
        if roiOutcome == .declined && ![.enquiry, .initialVisit, .roiReceived, .roiDecision].contains(rule.dueEvent) {
            return "the registration of interest was declined"
        }
        if admDecidedOn != nil && approvedOn == nil && [.approval, .matchDecision, .adopterReview].contains(rule.dueEvent) {
            return "the ADM did not approve"
        }
        if rule.dueEvent == .adopterReview, let matchedOn {
            return "matched with a child on \(matchedOn.iso); the review of approval while waiting no longer applies"
        }
        return nil
    }

    public var stopped: (day: Day, reason: String)? {
        withdrawnOn.map { ($0, "withdrew on \($0.iso)" + (withdrawalReason.map { " (\($0.label.lowercased()))" } ?? "")) }
    }

    public func pausedDays(from anchor: Day, until: Day) -> Int { breakDays(from: anchor, until: until) }

    /// The stages an adopter's timeline shows, each measured between two events.
    public static let timelinePlan: [(label: String, from: Event, to: Event)] = [
        ("Enquiry to initial visit", .enquiry, .initialVisit),
        ("Registration of interest decided", .roiReceived, .roiDecision),
        ("Stage 1", .stage1Start, .stage1End),
        ("Between stages", .stage1End, .stage2Start),
        ("Stage 2", .stage2Start, .stage2End),
        ("Stage 2 to panel", .stage2End, .panel),
        ("Stage 2 to the agency's decision", .stage2Start, .admDecision),
        ("Panel to ADM decision", .panel, .admDecision),
        ("Registration of interest to ADM decision", .roiReceived, .admDecision),
        ("Approval to match (A12)", .approval, .matchDecision),
        ("Since approval or its last review", .adopterReview, .adopterReview),
    ]
}

extension Adopter {
    /// The adopters matched with a child by `day` (the ADM's match decision).
    public static func matched(_ children: [Child], by day: Day) -> Set<String> {
        Set(children.filter { child in child.matchedOn.map { $0 <= day } ?? false }.compactMap(\.adopter))
    }

    /// Approved on `day` and not yet matched with a child: a family waiting.
    public func isWaitingForMatch(on day: Day, matched: Set<String>) -> Bool {
        stage(on: day) == .approved && !matched.contains(id)
    }

    /// The day the household reached the stage it is at on `day`.
    public func stageStarted(on day: Day) -> Day? {
        switch stage(on: day) {
        case .approved: approvedOn
        case .withdrawn: withdrawnOn
        default: [stage2StartOn, stage1EndOn, stage1StartOn, roiOn, enquiryOn].compactMap { $0 }.first { $0 <= day }
        }
    }
}
