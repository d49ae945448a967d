/// Whether a set of people at a panel meeting makes a quorum, and if not, every reason why.
/// The defaults are the law's (reg 6 AAR 2005; reg 24 FSR 2011): five members (six for a
/// joint panel) including the chair or a vice chair and a social worker with three years'
/// post-qualifying experience, and an independent member when a vice chair who is not
/// independent chairs; a service's policy may ask for more.
public struct Quorum: Equatable, Sendable {
    public let isQuorate: Bool
    /// One sentence for each requirement not met, in the order the rule lists them.
    public let shortfalls: [String]
    /// The people who counted as members that day.
    public let counted: [Member]
    /// People present who did not count, each with the reason ("is an adviser").
    public let notCounted: [(Member, String)]

    public static func == (lhs: Quorum, rhs: Quorum) -> Bool {
        lhs.isQuorate == rhs.isQuorate && lhs.shortfalls == rhs.shortfalls && lhs.counted == rhs.counted
            && lhs.notCounted.map(\.0) == rhs.notCounted.map(\.0) && lhs.notCounted.map(\.1) == rhs.notCounted.map(\.1)
    }

    /// Judges the people `present` at a meeting of `panel` on `day` against the policy.
    /// `away` are those who did not take part in this item: they declared an interest in the
    /// case, or left for it, and do not count for it.
    public static func evaluate(present: [Member], panel: Panel, on day: Day, policy: PanelPolicy, away: [(Member, String)] = []) -> Quorum {
        var counted: [Member] = []
        var notCounted: [(Member, String)] = []
        for person in present {
            if let reason = away.first(where: { $0.0.id == person.id })?.1 {
                notCounted.append((person, reason))
            } else if !person.category.isMember {
                notCounted.append((person, "attends as \(person.category.label.lowercased()), not as a member"))
            } else if !person.isCurrent(on: day) {
                notCounted.append((person, "is not on the central list on \(day.iso)"))
            } else if person.role(on: panel.id) == nil {
                notCounted.append((person, "does not sit on this panel"))
            } else {
                counted.append(person)
            }
        }
        var shortfalls: [String] = []
        let members = panel.joint ? policy.jointPanelQuorumMembers : policy.quorumMembers
        if counted.count < members {
            shortfalls.append("\(counted.count) \(counted.count == 1 ? "member" : "members"); at least \(members) needed\(panel.joint ? " for a joint panel" : "")")
        }
        let chair = counted.first { $0.role(on: panel.id) == .chair }
        let viceChairs = counted.filter { $0.role(on: panel.id) == .viceChair }
        if policy.quorumNeedsChairOrViceChair && chair == nil && viceChairs.isEmpty {
            shortfalls.append("neither the chair nor a vice chair")
        }
        let qualified = counted.count(where: { isQualifiedSocialWorker($0, on: day, policy: policy) })
        if qualified < policy.quorumQualifiedSocialWorkers {
            shortfalls.append("\(qualified) social \(qualified == 1 ? "worker" : "workers") with \(policy.experienceYears) years' post-qualifying experience on \(day.iso); at least \(policy.quorumQualifiedSocialWorkers) needed")
        }
        let independent = counted.filter(\.independent).count
        if independent < policy.quorumIndependentMembers {
            shortfalls.append("\(independent) independent \(independent == 1 ? "member" : "members"); at least \(policy.quorumIndependentMembers) needed")
        }
        // With the chair away a vice chair chairs; an independent one may. If none is,
        // another member must be independent.
        if policy.independentWhenViceChairChairs, chair == nil, !viceChairs.isEmpty, !viceChairs.contains(where: \.independent),
           !counted.contains(where: { $0.independent && $0.role(on: panel.id) != .viceChair }) {
            shortfalls.append("the chair is absent and no vice chair is independent, so another member who is independent is needed")
        }
        return Quorum(isQuorate: shortfalls.isEmpty, shortfalls: shortfalls, counted: counted, notCounted: notCounted)
    }

    /// A social worker reaches N years' experience on the anniversary of qualifying: that day
    /// counts, the day before does not.
    public static func isQualifiedSocialWorker(_ member: Member, on day: Day, policy: PanelPolicy) -> Bool {
        guard member.category == .socialWorker, let qualified = member.qualifiedOn else { return false }
        return qualified.adding(months: 12 * policy.experienceYears) <= day
    }
}
