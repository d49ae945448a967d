/// Checks over the whole central list: who sits where, the vice-chair limit and the list's
/// health.
public enum CentralList {
    /// The people on the list on `day` who sit on one of `panels`, with the role they sit
    /// in (their first seat among those panels).
    public static func seated(_ members: [Member], on panels: [String], day: Day) -> [(member: Member, role: Member.Role)] {
        members.filter { $0.isCurrent(on: day) }.compactMap { member in
            panels.lazy.compactMap { member.role(on: $0) }.first.map { (member, $0) }
        }
    }

    /// Problems with new or changed members (`incoming`) against the rest of the list: each
    /// seat's panel exists, an independent panel's chair is independent (reg 23(4) FSR
    /// 2011), and no panel has more vice chairs at once than the policy allows. Each problem
    /// comes with the position in `incoming` of the member it is about.
    public static func seatProblems(_ incoming: [Member], existing: [Member], panels: [Panel], policy: PanelPolicy) -> [(index: Int, problem: Problem)] {
        var problems: [(Int, Problem)] = []
        let panelIDs = Set(panels.map(\.id))
        for (index, member) in incoming.enumerated() {
            for seat in member.memberships {
                guard let panel = panels.first(where: { $0.id == seat.panel }) else {
                    let known = panelIDs.isEmpty ? "there are no panels yet; add one with 'panel panel add'" : "the panels are " + panelIDs.sorted().joined(separator: ", ")
                    problems.append((index, Problem(field: "panels", message: "no panel '\(seat.panel)'; \(known)")))
                    continue
                }
                if seat.role == .chair && panel.independentChair && !member.independent {
                    problems.append((index, Problem(field: "independent", message: "\(member.name) chairs \(panel.name), whose chair must be independent; set independent to yes")))
                }
            }
        }
        let incomingIDs = Set(incoming.map(\.id))
        let merged = existing.filter { !incomingIDs.contains($0.id) } + incoming
        for panel in panels {
            guard let excess = viceChairExcess(merged, panel: panel.id, policy: policy),
                  let culprit = incoming.lastIndex(where: { member in excess.members.contains { $0.id == member.id } }) else { continue }
            let when = excess.day.map { " from \($0.iso)" } ?? ""
            problems.append((culprit, Problem(field: "role", message: "\(panel.name) would have \(excess.members.count) vice chairs\(when) (\(excess.members.map(\.name).joined(separator: ", "))); at most \(policy.maximumViceChairs) are allowed")))
        }
        return problems
    }

    /// The first day on which a panel would have more vice chairs than the policy allows,
    /// with the vice chairs serving that day; nil when the limit holds throughout.
    public static func viceChairExcess(_ members: [Member], panel: String, policy: PanelPolicy) -> (day: Day?, members: [Member])? {
        let viceChairs = members.filter { $0.role(on: panel) == .viceChair }
        guard viceChairs.count > policy.maximumViceChairs else { return nil }
        // A tenure is [joined, left); an open end stretches to the edge of time. The tenure
        // starts are the only days on which the count can rise.
        func tenure(_ member: Member) -> (start: Int, end: Int) {
            (member.joinedOn?.ordinal ?? Int.min, member.leftOn?.ordinal ?? Int.max)
        }
        for start in Set(viceChairs.map { tenure($0).start }).sorted() {
            let serving = viceChairs.filter { tenure($0).start <= start && start < tenure($0).end }
            if serving.count > policy.maximumViceChairs {
                return (start == Int.min ? nil : Day(ordinal: start), serving)
            }
        }
        return nil
    }

    /// One finding of `panel members check`.
    public struct Finding: Equatable, Sendable {
        public enum Kind: String, Sendable {
            case appraisalOverdue = "appraisal-overdue"
            case dbsOutOfDate = "dbs-out-of-date"
            case noticeEnding = "notice-ending"
            case noticeEnded = "notice-ended"
            case noQuorum = "no-quorum"
        }

        public let kind: Kind
        /// A member id, or a panel id for `noQuorum`.
        public let subject: String
        public let message: String
    }

    /// What needs the administrator's attention on `day`: appraisals and DBS checks out of
    /// date, notice periods running or run out, and panels whose current list could not
    /// make a quorum even if everyone came.
    public static func health(members: [Member], panels: [Panel], on day: Day, policy: PanelPolicy) -> [Finding] {
        var findings: [Finding] = []
        for member in members where member.isCurrent(on: day) {
            // A check last done on `last` runs out `months` later; none recorded is out of date.
            func expired(_ kind: Finding.Kind, _ last: Day?, months: Int, _ missing: String, _ late: (Day, Day) -> String) {
                guard let last else {
                    return findings.append(Finding(kind: kind, subject: member.id, message: "\(member.name): \(missing)"))
                }
                let due = last.adding(months: months)
                if due < day { findings.append(Finding(kind: kind, subject: member.id, message: "\(member.name): \(late(last, due))")) }
            }
            if member.category.isMember {
                expired(.appraisalOverdue, member.appraisedOn, months: policy.appraisalMonths, "no appraisal recorded") {
                    "appraisal due \($1.iso), last appraised \($0.iso)"
                }
            }
            expired(.dbsOutOfDate, member.dbsOn, months: policy.dbsMonths, "no DBS check recorded") {
                "DBS check of \($0.iso) expired \($1.iso)"
            }
            if let notice = member.noticeOn {
                let ends = notice.adding(months: policy.noticeMonths)
                if ends < day {
                    findings.append(Finding(kind: .noticeEnded, subject: member.id, message: "\(member.name): notice given \(notice.iso) ended \(ends.iso); record the day they left"))
                } else {
                    findings.append(Finding(kind: .noticeEnding, subject: member.id, message: "\(member.name): notice given \(notice.iso) ends \(ends.iso)"))
                }
            }
        }
        for panel in panels {
            let seated = members.filter { $0.role(on: panel.id) != nil && $0.isCurrent(on: day) && noticeRunning($0, on: day, policy: policy) }
            let quorum = Quorum.evaluate(present: seated, panel: panel.id, on: day, policy: policy)
            if !quorum.isQuorate {
                findings.append(Finding(kind: .noQuorum, subject: panel.id, message: "\(panel.name) cannot make a quorum even with everyone on its list: \(quorum.shortfalls.joined(separator: "; "))"))
            }
        }
        return findings
    }

    /// A member whose notice has run out should not be relied on for a quorum.
    private static func noticeRunning(_ member: Member, on day: Day, policy: PanelPolicy) -> Bool {
        member.noticeOn.map { day <= $0.adding(months: policy.noticeMonths) } ?? true
    }
}
