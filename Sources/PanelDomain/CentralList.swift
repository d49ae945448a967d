/// Checks over the whole central list: the vice-chair limit and the list's health.
public enum CentralList {
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
