import Mustache
import PanelDomain

/// The minutes skeleton of a meeting: who was there, the quorum from actual attendance, and
/// for each item its minute number and the sections to fill, with what is already recorded.
public enum MinutesDocument {
    /// `redact` gives initials for people and leaves subjects out.
    public static func data(_ papers: MeetingPapers, redact: Bool = false) -> DataValue {
        func name(_ text: String) -> String { redact ? text.initials : text }
        func people(_ outcome: Attendance.Outcome, members: Bool) -> [Member] {
            papers.attendance.filter { $0.attended == outcome }.compactMap { papers.person($0.member) }
                .filter { $0.category.isMember == members }
        }
        let present = people(.present, members: true)
        let others = people(.present, members: false)
        let quorum = Quorum.evaluate(present: present + others, panel: papers.panel, on: papers.meeting.date, policy: papers.policy)
        let statement = quorum.isQuorate
            ? "The panel was quorate: \(quorum.counted.count) members present."
            : "The panel was not quorate: " + quorum.shortfalls.joined(separator: "; ") + "."
        let members = Dictionary(uniqueKeysWithValues: papers.members.map { ($0.id, $0) })
        let items = papers.items.map { item -> DataValue in
            // Quorum is judged for each item: those who took no part in it do not count.
            let away = papers.absences.filter { $0.item == item.id }
            let itemQuorum = Quorum.forItem(item.id, meeting: papers.meeting, panel: papers.panel, attendance: papers.attendance, absences: away,
                                            members: members, policy: papers.policy)
            return .object([
                ("minute_number", .string(item.minuteNumber.map { "Minute \($0)" } ?? "Minute number given when the minutes are final")),
                ("label", .string(papers.label(of: item))),
                ("case_ref", .string(item.caseRef)),
                ("subject", .string(redact ? "" : item.subject)),
                ("presenting_worker", .string(name(item.presentingWorker))),
                ("applicants_attending", .bool(item.applicantsAttending)),
                ("recommendation", .string(item.recommendation?.label ?? "")),
                ("reasons", .string(item.reasons)),
                ("terms", .string(termsText(item))),
                ("minority_view", .string(item.minorityView)),
                ("report_quality", .string(item.reportQuality)),
                ("decision", .string(item.decision?.label ?? "")),
                ("decision_day", .string(item.admDecidedOn?.long ?? "")),
                ("adm", .string(name(item.adm))),
                ("not_taking_part", .joined(away.compactMap { absence in
                    members[absence.member].map { [("name", .string(name($0.name))), ("reason", .string(absence.reason.words))] }
                })),
                ("item_quorum", .string(itemQuorum.isQuorate ? "quorate: \(itemQuorum.counted.count) members took part" : "not quorate: " + itemQuorum.shortfalls.joined(separator: "; "))),
            ])
        }
        return .object(papers.header + [
            ("title", .string("\(papers.panel.name): minutes, \(papers.meeting.date.long)")),
            ("chair", .string(papers.chair.map { name($0.name) } ?? "To be confirmed")),
            ("present", .joined(present.map { [("name", .string(name($0.name))), ("role", .string(papers.role(of: $0))), ("is_chair", .bool($0.role(on: papers.panel.id) == .chair))] })),
            ("advisers", .joined(others.filter { $0.category != .minuteTaker }.map { [("name", .string(name($0.name))), ("role", .string(papers.role(of: $0)))] })),
            ("minute_taker", .string(others.first { $0.category == .minuteTaker }.map { name($0.name) } ?? "")),
            ("apologies", .joined((people(.apologies, members: true) + people(.apologies, members: false)).map { [("name", .string(name($0.name)))] })),
            // Expected and neither present nor sending apologies: absent, named in the minutes.
            ("absent", .joined((people(.absent, members: true) + people(.absent, members: false)).map { [("name", .string(name($0.name)))] })),
            // The standing items every panel minutes before the cases (numbered as the agenda).
            ("standing_items", .list(AgendaDocument.openingItems.enumerated().map { offset, title in
                .object([("number", .int(offset + 1)), ("title", .string(title)), ("note", .string(standingNote(title, papers: papers, away: papers.absences, members: members, name: name)))])
            })),
            ("other_business_number", .int(AgendaDocument.openingItems.count + papers.items.count + 1)),
            ("quorate", .bool(quorum.isQuorate)),
            ("quorum_statement", .string(statement)),
            ("items", .list(items)),
        ])
    }

    /// What the skeleton already knows of a standing item: the apologies recorded, the
    /// declarations of interest recorded at items.
    static func standingNote(_ title: String, papers: MeetingPapers, away: [ItemAbsence], members: [String: Member], name: (String) -> String) -> String {
        switch title {
        case "Apologies":
            let names = papers.attendance.filter { $0.attended == .apologies }.compactMap { members[$0.member].map { name($0.name) } }
            return names.isEmpty ? "None." : "Received from " + names.joined(separator: ", ") + "."
        case "Declarations of interest and confidentiality":
            let declared = away.filter { $0.reason == .interest }.compactMap { absence in
                members[absence.member].map { member in "\(name(member.name)), in \(papers.items.first { $0.id == absence.item }?.caseRef ?? absence.item)" }
            }
            return declared.isEmpty ? "None declared." : "Declared: " + declared.joined(separator: "; ") + "."
        default:
            return "The minutes of the previous meeting were agreed as a true record / amended as follows: ..."
        }
    }

    /// "2 children, aged 0-10: siblings only", from what has been recorded.
    static func termsText(_ item: AgendaItem) -> String {
        var parts: [String] = []
        if let children = item.termsChildren { parts.append("\(children) \(children == 1 ? "child" : "children")") }
        if !item.termsAgeRange.isEmpty { parts.append("aged \(item.termsAgeRange)") }
        let summary = parts.joined(separator: ", ")
        return [summary, item.terms].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}
