/// A fostering household from its first enquiry (DOMAIN.md section 5): visits, application,
/// assessment, panel, approval, reviews, and closure before approval or leaving after it.
public struct Carer: Equatable, Identifiable, Sendable {
    public enum Assessment: String, CaseIterable, Sendable {
        case skillsToFoster = "skills-to-foster"
        case familyAndFriends = "family-and-friends"
    }

    public enum HouseholdType: String, CaseIterable, Sendable {
        case mainstream
        case familyAndFriends = "family-and-friends"
        case shortBreaks = "short-breaks"
        case fosterPlus = "foster-plus"
        case earlyPermanence = "early-permanence"
        case supportedLodgings = "supported-lodgings"

        public var label: String {
            switch self {
            case .mainstream: "Mainstream"
            case .familyAndFriends: "Family and friends"
            case .shortBreaks: "Short breaks"
            case .fosterPlus: "Foster Plus"
            case .earlyPermanence: "Early permanence"
            case .supportedLodgings: "Supported lodgings"
            }
        }
    }

    public enum LeavingRoute: String, CaseIterable, Sendable {
        case resignation, deregistration

        public var label: String { self == .resignation ? "Resignation" : "Deregistration" }
    }

    public enum LeavingReason: String, CaseIterable, Sendable {
        case retirement
        case health
        case circumstances
        case specialGuardianship = "special-guardianship"
        case stayingPut = "staying-put"
        case childReturnedHome = "child-returned-home"
        case standardsOfCare = "standards-of-care"
        case inactive
        case otherAgency = "other-agency"
        case other

        public var label: String {
            switch self {
            case .retirement: "Retirement"
            case .health: "Health"
            case .circumstances: "Change of circumstances"
            case .specialGuardianship: "Special guardianship order"
            case .stayingPut: "Staying put"
            case .childReturnedHome: "Child returned home"
            case .standardsOfCare: "Safeguarding or standards of care"
            case .inactive: "Inactive"
            case .otherAgency: "Moved to another agency"
            case .other: "Other"
            }
        }
    }

    public var id: String
    public var name = ""
    /// Where a decision letter goes: lines separated by ';' or line breaks.
    public var address = ""
    public var enquiryOn: Day?
    public var enquirySource = ""
    public var informationVisitOn: Day?
    public var followupVisitOn: Day?
    public var applicationOn: Day?
    public var assessment: Assessment?
    public var stage1StartOn: Day?
    public var stage1EndOn: Day?
    public var stage2StartOn: Day?
    public var stage2EndOn: Day?
    /// Regulation 24 temporary approval of a connected person, and its extensions.
    public var reg24On: Day?
    public var reg24Extensions: [Day] = []
    public var item: String?
    public var panelOn: Day?
    public var approvedOn: Day?
    public var householdType: HouseholdType?
    public var termsChildren: Int?
    public var termsAgeRange = ""
    /// Closed before approval.
    public var closedOn: Day?
    public var closureReason = ""
    public var leftOn: Day?
    public var leavingRoute: LeavingRoute?
    public var leavingReason: LeavingReason?
    /// Annual reviews, and the reviews that went to panel (the first of them the first review).
    public var reviews: [Day] = []
    public var panelReviews: [Day] = []

    public init(id: String) { self.id = id }

    /// Approved and not yet left on `day`.
    public func isApproved(on day: Day) -> Bool {
        guard let approvedOn, approvedOn <= day else { return false }
        return leftOn.map { $0 > day } ?? true
    }

    /// Where a household stands on a day.
    public enum Status: String, CaseIterable, Sendable {
        case enquiry, applied, stage1 = "stage-1", stage2 = "stage-2", approved, closed, left
        case notKnown = "not yet known"
    }

    /// Where the household stands on `day`.
    public func status(on day: Day) -> Status {
        func by(_ event: Day?) -> Bool { event.map { $0 <= day } ?? false }
        if by(leftOn) { return .left }
        if by(closedOn) { return .closed }
        if by(approvedOn) { return .approved }
        if by(stage2StartOn) { return .stage2 }
        if by(stage1StartOn) { return .stage1 }
        if by(applicationOn) { return .applied }
        if by(enquiryOn) { return .enquiry }
        return .notKnown
    }

    /// The day the household reached where it stands on `day`.
    public func statusStarted(on day: Day) -> Day? {
        switch status(on: day) {
        case .approved: approvedOn
        case .left: leftOn
        case .closed: closedOn
        case .stage2: stage2StartOn
        case .stage1: stage1StartOn
        case .applied: applicationOn
        case .enquiry: enquiryOn
        case .notKnown: nil
        }
    }

    /// Whole years from approval to leaving.
    public var yearsFostering: Int? {
        guard let approvedOn, let leftOn else { return nil }
        var years = 0
        while approvedOn.adding(months: 12 * (years + 1)) <= leftOn { years += 1 }
        return years
    }

    public var orderProblems: [Problem] {
        var pairs: [(String, Day?, String, Day?)] = [
            ("enquiry_on", enquiryOn, "information_visit_on", informationVisitOn),
            ("information_visit_on", informationVisitOn, "followup_visit_on", followupVisitOn),
            ("enquiry_on", enquiryOn, "application_on", applicationOn),
            ("application_on", applicationOn, "stage1_start_on", stage1StartOn),
            ("stage1_start_on", stage1StartOn, "stage1_end_on", stage1EndOn),
            ("stage1_end_on", stage1EndOn, "stage2_start_on", stage2StartOn),
            ("stage2_start_on", stage2StartOn, "stage2_end_on", stage2EndOn),
            ("application_on", applicationOn, "panel_on", panelOn),
            ("stage2_start_on", stage2StartOn, "panel_on", panelOn),
            ("panel_on", panelOn, "approved_on", approvedOn),
            ("enquiry_on", enquiryOn, "closed_on", closedOn),
            ("approved_on", approvedOn, "left_on", leftOn),
        ]
        pairs += reviews.map { ("approved_on", approvedOn, "reviews_on", $0) }
        pairs += panelReviews.map { ("approved_on", approvedOn, "panel_reviews_on", $0) }
        pairs += reg24Extensions.map { ("reg24_on", reg24On, "reg24_extended_on", $0) }
        var problems = DateOrder.problems(pairs)
        if closedOn != nil && approvedOn != nil {
            problems.append(.init(field: "closed_on", message: "is for a household closed before approval; an approved household that goes has left_on"))
        }
        if (closedOn == nil) != closureReason.isEmpty {
            problems.append(.init(field: closedOn == nil ? "closed_on" : "closure_reason", message: "a closure needs both its day and its reason"))
        }
        if leftOn != nil && (leavingRoute == nil || leavingReason == nil) {
            problems.append(.init(field: leavingRoute == nil ? "leaving_route" : "leaving_reason", message: "is required when left_on is given"))
        }
        if leftOn == nil && (leavingRoute != nil || leavingReason != nil) {
            problems.append(.init(field: "left_on", message: "is required when leaving_route or leaving_reason is given"))
        }
        if approvedOn != nil && householdType == nil {
            problems.append(.init(field: "household_type", message: "is required for an approved household"))
        }
        return problems
    }
}

extension Carer: Journey {
    public static let scope = DeadlineRule.Scope.fosterCarer

    public func day(of event: Event) -> Day? {
        switch event {
        case .enquiry: enquiryOn
        case .initialVisit: informationVisitOn
        case .application: applicationOn
        case .stage1Start: stage1StartOn
        case .stage1End: stage1EndOn
        case .stage2Start: stage2StartOn
        case .stage2End: stage2EndOn
        case .panel: panelOn
        case .approval: approvedOn
        case .firstReviewAtPanel: panelReviews.first
        case .review: reviews.last
        case .panelReview: panelReviews.last
        default: nil
        }
    }

    public func occurrences(of event: Event) -> (start: Day?, days: [Day])? {
        switch event {
        case .review: (approvedOn, reviews)
        case .panelReview: (nil, panelReviews)
        default: nil
        }
    }

    public func notApplicable(_ rule: DeadlineRule) -> String? {
        if assessment == .familyAndFriends && [Event.stage1Start, .stage1End].contains(rule.from) && stage1StartOn == nil {
            return "a family and friends assessment with no Stage 1 recorded"
        }
        return nil
    }

    public var stopped: (day: Day, reason: String)? {
        if let closedOn { return (closedOn, "closed on \(closedOn.iso): \(closureReason)") }
        if let leftOn { return (leftOn, "left on \(leftOn.iso)" + (leavingReason.map { " (\($0.label.lowercased()))" } ?? "")) }
        return nil
    }

    public static let timelinePlan: [(label: String, from: Event, to: Event)] = [
        ("Enquiry to information visit", .enquiry, .initialVisit),
        ("Stage 1", .stage1Start, .stage1End),
        ("Stage 2", .stage2Start, .stage2End),
        ("Application to panel", .application, .panel),
        ("Approval to first review at panel", .approval, .firstReviewAtPanel),
        ("Since the last annual review", .review, .review),
        ("Since the last review at panel", .panelReview, .panelReview),
    ]
}

extension Carer {
    /// The enabled rules for an approved household's reviews: the annual review (D15), the
    /// first review at panel (D14) and later reviews at panel (D15a).
    public static func reviewRules(in book: RuleBook) -> [DeadlineRule] {
        let reviewEvents: Set<Event> = [.review, .panelReview, .firstReviewAtPanel]
        return rules(in: book).filter { reviewEvents.contains($0.dueEvent) }
    }

    /// The reviews of a household approved on `day` that need the administrator: overdue,
    /// due on or before `until` (all that are due, when nil), and a first review that went
    /// to panel late.
    public func reviewsNeedingAttention(rules: [DeadlineRule], calendar: WorkingCalendar, on day: Day, until: Day?) -> [DeadlineCheck] {
        guard isApproved(on: day) else { return [] }
        return deadlineChecks(rules: rules, calendar: calendar, today: day).filter { check in
            let open = check.status == .overdue || (check.status == .due && until.map { check.dueDay! <= $0 } ?? true)
            // A first review that reached panel late is history to see in the full list, not
            // something to do in the next days.
            let lateFirst = until == nil && check.status == .missed && check.rule.dueEvent == .firstReviewAtPanel
            return open || lateFirst
        }
    }
}
