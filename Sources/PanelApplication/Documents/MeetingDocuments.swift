import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

extension Workspace {
    /// What the agenda template receives; `redact` leaves references and initials only.
    public func agenda(_ meeting: String, redact: Bool) throws -> DataValue {
        AgendaDocument.data(try papers(for: meeting), redact: redact)
    }

    /// What the minutes template receives.
    public func minutes(_ meeting: String) throws -> DataValue {
        MinutesDocument.data(try papers(for: meeting))
    }

    /// What the decision letter template receives: the written notification of the ADM's
    /// decision, with the representations paragraph for a qualifying determination.
    public func letter(_ itemID: String) throws -> DataValue {
        let data = try serviceData()
        let (item, meetingPapers) = try read { database in
            let item = try loadItem(itemID, database)
            return (item, try papers(for: item.meeting, in: database))
        }
        if let type = data.itemTypes.first(where: { $0.id == item.type }), !type.admDecision {
            throw ApplicationError.refused("item \(item.id) is of the type \(type.label), on which the agency decision maker decides nothing; it has no decision letter")
        }
        // The challenge period is the panel's kind's: fostering 28 calendar days (D6), adoption
        // 40 working days (D6a), both from the letter's date.
        let scope = DeadlineRule.Scope(rawValue: meetingPapers.panel.kind.rawValue)!
        guard let rule = data.rules.enabledRules.first(where: { $0.to == .representations && $0.appliesTo.contains(scope) }) else {
            throw ApplicationError.refused("no enabled rule measures the time for representations on a \(meetingPapers.panel.kind.label.lowercased()); the letter needs its deadline (D6 or D6a in Data/rules.ini)")
        }
        return try DecisionLetter.data(meetingPapers, item: item, date: item.writtenNotifiedOn ?? today, representationsRule: rule, calendar: data.calendar)
    }

    func papers(for meetingID: String) throws -> MeetingPapers {
        try read { try papers(for: meetingID, in: $0) }
    }

    /// What the documents need to know about a meeting.
    func papers(for meetingID: String, in database: Database) throws -> MeetingPapers {
        let central = CentralListStore(database)
        let meeting = try loadMeeting(meetingID, central)
        guard let panel = try central.panel(meeting.panel) else { throw StorageError.notFound(kind: "panel", id: meeting.panel) }
        let data = try serviceData()
        let next = try central.meetings(panel: panel.id, from: meeting.date.adding(days: 1)).first { $0.status != .cancelled }
        return MeetingPapers(
            serviceName: try Store.serviceName(database), panel: panel, meeting: meeting,
            items: try AgendaStore(database).items(meeting: meeting.id), itemTypes: data.itemTypes,
            members: try central.members(), attendance: try central.attendance(meeting: meeting.id),
            nextMeeting: next, policy: data.policy, absences: try AgendaStore(database).absences(meeting: meeting.id))
    }
}
