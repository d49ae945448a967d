import Mustache
import PanelDomain

/// The agenda of a meeting (DOMAIN.md section 7): header, the standard opening items, the
/// numbered case items, any other business, the next panel, who is expected.
public enum AgendaDocument {
    /// The standard items that open every panel, numbered before the cases.
    static let openingItems = [
        "Apologies",
        "Declarations of interest and confidentiality",
        "Minutes of the previous meeting",
    ]

    /// `redact` leaves case references and initials only, for an agenda circulated widely;
    /// `adminNotes` adds what only the administrator needs (whether the papers went out).
    public static func data(_ papers: MeetingPapers, redact: Bool, adminNotes: Bool = false) -> DataValue {
        func name(_ text: String) -> String { redact ? text.initials : text }
        let expected = papers.attendance.filter(\.expected).compactMap { papers.person($0.member) }
        let members = expected.filter(\.category.isMember)
        let advisers = expected.filter { !$0.category.isMember }
        let sent = papers.items.compactMap(\.papersSentOn)
        let cases = papers.items.enumerated().map { offset, item -> DataValue in
            .object([
                ("number", .int(openingItems.count + offset + 1)),
                ("slot", .string(item.slot?.description ?? "")),
                ("label", .string(papers.label(of: item))),
                ("case_ref", .string(item.caseRef)),
                ("subject", .string(redact ? "" : item.subject)),
                ("presenting_worker", .string(name(item.presentingWorker))),
                ("applicants_attending", .bool(item.applicantsAttending)),
                ("confidential", .bool(item.confidential)),
            ])
        }
        return .object(papers.header + [
            ("title", .string("\(papers.panel.name): agenda, \(papers.meeting.date.long)")),
            ("redacted", .bool(redact)),
            ("chair", .string(papers.chair.map { name($0.name) } ?? "To be confirmed")),
            ("opening_items", .list(openingItems.enumerated().map { .object([("number", .int($0.offset + 1)), ("title", .string($0.element))]) })),
            ("items", .list(cases)),
            ("has_items", .bool(!cases.isEmpty)),
            ("other_business_number", .int(openingItems.count + cases.count + 1)),
            ("next_meeting", papers.nextMeeting.map { .object([("day", .string($0.date.long)), ("start_time", .string($0.startTime.description))]) } ?? .null),
            ("expected_members", .joined(members.map { [("name", .string(name($0.name))), ("role", .string(papers.role(of: $0)))] })),
            ("expected_advisers", .joined(advisers.map { [("name", .string(name($0.name))), ("role", .string(papers.role(of: $0)))] })),
            ("admin_notes", .bool(adminNotes)),
            ("papers_sent", .string(sent.count == papers.items.count && !sent.isEmpty ? sent.max()!.long : "Not yet sent")),
            ("previous_meeting", papers.previousMeeting.map { .string($0.date.long) } ?? .null),
            ("contact", papers.policy.contactName.isEmpty ? .null : .object([
                ("name", .string(papers.policy.contactName)), ("telephone", .string(papers.policy.contactTelephone)),
                ("email", .string(papers.policy.contactEmail)),
            ])),
            // The papers for the meeting: each case's report, by number and reference.
            ("papers", .joined(papers.items.enumerated().map { offset, item in
                [("number", .int(openingItems.count + offset + 1)), ("label", .string(papers.label(of: item))), ("case_ref", .string(item.caseRef))]
            })),
        ])
    }
}
