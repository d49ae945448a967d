/// A person on the service's central list (reg 23(1) Fostering Services Regulations 2011;
/// reg 3 Adoption Agencies Regulations 2005), or an adviser or minute taker who attends
/// panels without being a member.
public struct Member: Equatable, Identifiable, Sendable {
    public enum Category: String, CaseIterable, Sendable {
        case socialWorker = "social-worker"
        case independentMember = "independent-member"
        case electedMember = "elected-member"
        case health
        case education
        case careExperienced = "care-experienced"
        case fosterCarer = "foster-carer"
        case adopter
        case other
        case panelAdviser = "panel-adviser"
        case medicalAdviser = "medical-adviser"
        case legalAdviser = "legal-adviser"
        case minuteTaker = "minute-taker"

        /// Advisers and the minute taker attend but are not members: they never count
        /// towards a quorum.
        public var isMember: Bool {
            switch self {
            case .panelAdviser, .medicalAdviser, .legalAdviser, .minuteTaker: false
            default: true
            }
        }

        public var label: String {
            switch self {
            case .socialWorker: "Social worker"
            case .independentMember: "Independent member"
            case .electedMember: "Elected member"
            case .health: "Health"
            case .education: "Education"
            case .careExperienced: "Care-experienced adult"
            case .fosterCarer: "Foster carer (another service)"
            case .adopter: "Adopter"
            case .other: "Other"
            case .panelAdviser: "Panel adviser"
            case .medicalAdviser: "Medical adviser"
            case .legalAdviser: "Legal adviser"
            case .minuteTaker: "Minute taker"
            }
        }
    }

    public enum Role: String, CaseIterable, Sendable {
        case chair
        case viceChair = "vice-chair"
        case member

        public var label: String {
            switch self {
            case .chair: "Chair"
            case .viceChair: "Vice chair"
            case .member: "Member"
            }
        }
    }

    /// A seat on one panel.
    public struct Membership: Equatable, Sendable {
        public var panel: String
        public var role: Role

        public init(panel: String, role: Role) {
            self.panel = panel
            self.role = role
        }
    }

    public var id: String
    public var name: String
    public var category: Category
    public var memberships: [Membership]
    public var independent: Bool
    /// When the person qualified as a social worker, for the three years' post-qualifying
    /// experience test on a meeting day.
    public var qualifiedOn: Day?
    public var joinedOn: Day?
    public var leftOn: Day?
    /// When one month's written notice was given (reg 23(2)-(3)).
    public var noticeOn: Day?
    public var appraisedOn: Day?
    public var dbsOn: Day?

    public init(
        id: String, name: String, category: Category, memberships: [Membership] = [], independent: Bool = false,
        qualifiedOn: Day? = nil, joinedOn: Day? = nil, leftOn: Day? = nil, noticeOn: Day? = nil,
        appraisedOn: Day? = nil, dbsOn: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.memberships = memberships
        self.independent = independent
        self.qualifiedOn = qualifiedOn
        self.joinedOn = joinedOn
        self.leftOn = leftOn
        self.noticeOn = noticeOn
        self.appraisedOn = appraisedOn
        self.dbsOn = dbsOn
    }

    /// On the central list on that day: joined on or before it and not yet left.
    public func isCurrent(on day: Day) -> Bool {
        (joinedOn.map { $0 <= day } ?? true) && (leftOn.map { day < $0 } ?? true)
    }

    public func role(on panel: String) -> Role? { memberships.first { $0.panel == panel }?.role }
}

extension Member {
    /// What the person's own record cannot hold: leaving before joining, and an adviser or
    /// minute taker, who is not a member, in the chair.
    public var seatProblems: [Problem] {
        var problems: [Problem] = []
        if let joinedOn, let leftOn, leftOn < joinedOn {
            problems.append(Problem(field: "left_on", message: "\(leftOn.iso) is before joined_on \(joinedOn.iso)"))
        }
        if !category.isMember, memberships.contains(where: { $0.role != .member }) {
            problems.append(Problem(field: "role", message: "a \(category.label.lowercased()) is not a member and cannot be chair or vice chair"))
        }
        return problems
    }
}
