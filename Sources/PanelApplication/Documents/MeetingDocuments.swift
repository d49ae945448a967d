import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

extension Workspace {
    /// What the agenda template receives; `redact` leaves references and initials only.
    public func agenda(_ meeting: String, redact: Bool, adminNotes: Bool = false) throws -> DataValue {
        AgendaDocument.data(try papers(for: meeting), redact: redact, adminNotes: adminNotes)
    }

    /// What the minutes template receives.
    public func minutes(_ meeting: String, redact: Bool = false) throws -> DataValue {
        MinutesDocument.data(try papers(for: meeting), redact: redact)
    }

    /// What the decision letter template receives: the written notification of the ADM's
    /// decision. It is dated the day the written decision was sent (`written_notified_on`),
    /// or `date`, the day the administrator is sending it, which is then recorded as the
    /// written notice (D5), in the same transaction. The addressee is the item's own, else
    /// the adopter's or household's whose record names this item.
    public func letter(_ itemID: String, date: Day? = nil, redact: Bool = false) throws -> DataValue {
        let data = try serviceData()
        func gather(_ database: Database) throws -> (AgendaItem, MeetingPapers, DecisionLetter.Addressee) {
            var item = try loadItem(itemID, database)
            if let type = data.itemTypes.first(where: { $0.id == item.type }), !type.admDecision {
                throw ApplicationError.refused("item \(item.id) is of the type \(type.label), on which the agency decision maker decides nothing; it has no decision letter")
            }
            guard item.decision != nil else {
                throw DocumentError.notReady("item \(item.id) has no ADM decision yet; record it with 'panel item decide \(item.id)'")
            }
            switch (item.writtenNotifiedOn, date) {
            case (nil, nil):
                throw Problems([Problem(field: "written_notified_on", message: "a letter is dated the day it is sent: give --date DAY (today, say), which is recorded as the written notice, or record it with 'panel item notify \(item.id) --written DAY'")], summary: "")
            case (let sent?, let asked?) where sent != asked:
                throw Problems([Problem(field: "written_notified_on", message: "the written decision was recorded as sent on \(sent.iso); the letter keeps that date (correct it with 'panel item notify \(item.id) --written DAY')")], summary: "")
            case (nil, let asked?):
                let stored = item
                item.writtenNotifiedOn = asked
                try save(item, over: stored, in: database)
            default: break
            }
            return (item, try papers(for: item.meeting, in: database), try letterAddressee(for: item, in: database))
        }
        // A reprint only reads; giving the day the letter is sent records it, and writes.
        let (item, meetingPapers, addressee) = date == nil ? try read(gather) : try write(gather)
        // The challenge period is the panel's kind's: fostering 28 calendar days (D6), adoption
        // 40 working days (D6a), both from the letter's date.
        let scope = DeadlineRule.Scope(rawValue: meetingPapers.panel.kind.rawValue)!
        guard let rule = data.rules.enabledRules.first(where: { $0.to == .representations && $0.appliesTo.contains(scope) }) else {
            throw ApplicationError.refused("no enabled rule measures the time for representations on a \(meetingPapers.panel.kind.label.lowercased()); the letter needs its deadline (D6 or D6a in Data/rules.ini)")
        }
        return try DecisionLetter.data(meetingPapers, item: item, date: item.writtenNotifiedOn!, to: addressee, representationsRule: rule,
                                       calendar: data.calendar, redact: redact)
    }

    /// The letter's addressee: the name and address on the item, else on the adopter's or
    /// household's record of it. Refused, naming the field, when there is no address.
    func letterAddressee(for item: AgendaItem, in database: Database) throws -> DecisionLetter.Addressee {
        let record = try JourneyStore(database).addressee(item: item.id)
        let name = item.addressee.isEmpty ? record?.name ?? "" : item.addressee
        let address = item.address.isEmpty ? record?.address ?? "" : item.address
        var problems: [Problem] = []
        if name.isEmpty { problems.append(Problem(field: "addressee", message: "the letter has no one to go to: record the applicants' names with 'panel item update \(item.id) --addressee \"...\"' (or on the adopter's or household's record)")) }
        if address.isEmpty { problems.append(Problem(field: "address", message: "the letter has no address: record it with 'panel item update \(item.id) --address \"LINE; LINE; POSTCODE\"' (or on the adopter's or household's record)")) }
        guard problems.isEmpty else { throw Problems(problems, summary: "") }
        return DecisionLetter.Addressee(name: name, address: address)
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
        let previous = try central.meetings(panel: panel.id, through: meeting.date.adding(days: -1)).last { $0.status != .cancelled }
        return MeetingPapers(
            serviceName: try Store.serviceName(database), panel: panel, meeting: meeting,
            items: try AgendaStore(database).items(meeting: meeting.id), itemTypes: data.itemTypes,
            members: try central.members(), attendance: try central.attendance(meeting: meeting.id),
            nextMeeting: next, policy: data.policy, absences: try AgendaStore(database).absences(meeting: meeting.id), previousMeeting: previous)
    }
}
