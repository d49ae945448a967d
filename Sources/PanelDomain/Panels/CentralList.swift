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
                    problems.append((index, Problem(field: "panels", message: "no panel \(FieldKind.id(seat.panel, or: "of the name given")); \(known)")))
                    continue
                }
                if seat.role == .chair && panel.independentChair && !member.independent {
                    problems.append((index, Problem(field: "independent", message: "\(member.id) chairs \(panel.name), whose chair must be independent; set independent to yes")))
                }
            }
        }
        let incomingIDs = Set(incoming.map(\.id))
        let merged = existing.filter { !incomingIDs.contains($0.id) } + incoming
        for panel in panels {
            guard let excess = viceChairExcess(merged, panel: panel.id, policy: policy),
                  let culprit = incoming.lastIndex(where: { member in excess.members.contains { $0.id == member.id } }) else { continue }
            let when = excess.day.map { " from \($0.iso)" } ?? ""
            problems.append((culprit, Problem(field: "role", message: "\(panel.name) would have \(excess.members.count) vice chairs\(when) (\(excess.members.map(\.id).joined(separator: ", "))); at most \(policy.maximumViceChairs) are allowed")))
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
            case noChair = "no-chair"
            case chairNotIndependent = "chair-not-independent"
            case noViceChair = "no-vice-chair"
            case noMedicalAdviser = "no-medical-adviser"
            case adoptionPanelNotMet = "adoption-panel-not-met"
            case noQualityFeedback = "no-quality-feedback"
        }

        public let kind: Kind
        /// A member id, or a panel id for the findings about a panel.
        public let subject: String
        public let message: String
    }

    /// What needs the administrator's attention on `day`: appraisals and DBS checks out of
    /// date, notice periods running or run out, panels without a chair, an independent chair
    /// where the law wants one, a vice chair, or (adoption) the medical adviser, and panels
    /// whose current list could not make a quorum even if everyone came.
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
            // The first appraisal falls due one interval after joining.
            let appraisalDue = member.appraisedOn == nil ? member.joinedOn.map { $0.adding(months: policy.appraisalMonths) } : nil
            if member.category.isMember, appraisalDue.map({ $0 < day }) ?? true {
                expired(.appraisalOverdue, member.appraisedOn, months: policy.appraisalMonths, "no appraisal recorded"
                        + (appraisalDue.map { " and the first was due \($0.iso)" } ?? "")) {
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
            findings += seatFindings(members.filter { $0.isCurrent(on: day) }, panel: panel, policy: policy)
            let seated = members.filter { $0.role(on: panel.id) != nil && $0.isCurrent(on: day) && noticeRunning($0, on: day, policy: policy) }
            let quorum = Quorum.evaluate(present: seated, panel: panel, on: day, policy: policy)
            if !quorum.isQuorate {
                findings.append(Finding(kind: .noQuorum, subject: panel.id, message: "\(panel.name) cannot make a quorum even with everyone on its list: \(quorum.shortfalls.joined(separator: "; "))"))
            }
        }
        return findings
    }

    /// A panel's chair and vice chairs against the law: a chair (independent of the service
    /// for an adoption panel, and for a fostering panel when appointed after 1 October 2011),
    /// one or two vice chairs, and on an adoption panel's list the medical adviser.
    static func seatFindings(_ current: [Member], panel: Panel, policy: PanelPolicy) -> [Finding] {
        var findings: [Finding] = []
        let chairs = current.filter { $0.role(on: panel.id) == .chair }
        if chairs.isEmpty {
            findings.append(Finding(kind: .noChair, subject: panel.id, message: "\(panel.name) has no chair on the central list"))
        }
        for chair in chairs where !chair.independent {
            // The law, whatever the panel's own setting; the day the chair joined the list
            // stands for the day of appointment, which is not recorded.
            let why: String? = switch panel.kind {
            case .adoption: "an adoption panel's chair must be independent (AAR 2005, reg 4(1)(a))"
            case .fostering where chair.joinedOn.map({ $0 >= policy.independentChairFrom }) ?? true:
                "a fostering panel's chair appointed after 1 October 2011 must be independent of the service (FSR 2011, reg 23(4)(i))"
            default: panel.independentChair ? "the panel's settings ask for an independent chair (independent_chair)" : nil
            }
            if let why {
                findings.append(Finding(kind: .chairNotIndependent, subject: chair.id, message: "\(chair.name) chairs \(panel.name) but is not independent: \(why)"))
            }
        }
        if !current.contains(where: { $0.role(on: panel.id) == .viceChair }) {
            findings.append(Finding(kind: .noViceChair, subject: panel.id, message: "\(panel.name) has no vice chair; it must have one or two"))
        }
        if panel.kind == .adoption, policy.adoptionMedicalAdviser, !current.contains(where: { $0.category == .medicalAdviser && $0.role(on: panel.id) != nil }) {
            findings.append(Finding(kind: .noMedicalAdviser, subject: panel.id, message: "\(panel.name)'s central list has no medical adviser (AAR 2005, reg 3(1)(b))"))
        }
        return findings
    }

    /// Adoption panels that did not meet in a month, or gave no feedback on reports in the
    /// policy's interval (Adoption National Minimum Standards, 17.3 and 17.2), over the year before `day` and
    /// from each panel's first meeting.
    public static func activity(panels: [Panel], meetings: [Meeting], items: [AgendaItem], on day: Day, policy: PanelPolicy) -> [Finding] {
        var findings: [Finding] = []
        for panel in panels where panel.kind == .adoption {
            let met = meetings.filter { $0.panel == panel.id && $0.status != .cancelled && $0.date <= day }
            guard let first = met.map(\.date).min() else { continue }
            let start = max(first, day.adding(months: -12))
            // Each whole calendar month from `start` to the month before `day`.
            var month = Day(year: start.year, month: start.month, day: 1)!
            if month < start { month = month.adding(months: 1) }
            while month.adding(months: policy.adoptionMeetingMonths) <= Day(year: day.year, month: day.month, day: 1)! {
                let end = month.adding(months: policy.adoptionMeetingMonths).adding(days: -1)
                if !met.contains(where: { $0.date >= month && $0.date <= end }) {
                    findings.append(Finding(kind: .adoptionPanelNotMet, subject: panel.id,
                                            message: "\(panel.name) did not meet in \(Day.monthNames[month.month - 1]) \(month.year) (Adoption National Minimum Standards, 17.3: at least once every \(policy.adoptionMeetingMonths == 1 ? "month" : "\(policy.adoptionMeetingMonths) months"))"))
                }
                month = month.adding(months: policy.adoptionMeetingMonths)
            }
            let metIDs = Set(met.map(\.id))
            let lastFeedback = items.filter { $0.type == policy.feedbackType && metIDs.contains($0.meeting) }
                .compactMap { item in met.first { $0.id == item.meeting }?.date }.max()
            let due = (lastFeedback ?? first).adding(months: policy.feedbackMonths)
            if due < day {
                findings.append(Finding(kind: .noQualityFeedback, subject: panel.id,
                                        message: "\(panel.name) has given no feedback on the quality of reports since \((lastFeedback ?? first).iso), due by \(due.iso) (Adoption National Minimum Standards, 17.2: every \(policy.feedbackMonths) months)"))
            }
        }
        return findings
    }

    /// A member whose notice has run out should not be relied on for a quorum.
    private static func noticeRunning(_ member: Member, on day: Day, policy: PanelPolicy) -> Bool {
        member.noticeOn.map { day <= $0.adding(months: policy.noticeMonths) } ?? true
    }
}
