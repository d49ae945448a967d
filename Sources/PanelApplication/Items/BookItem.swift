import PanelDomain
import PanelStore

extension Workspace {
    /// Books a new item onto its meeting. Refused when the id is taken (`updateItem`
    /// changes an item), when the type does not go to that kind of panel, when the meeting
    /// was cancelled, when the chain is out of order, and when the meeting would hold more
    /// limited assessments than the capacity rule allows without `override`, the reason
    /// kept with the item. Concurrent bookings take turns, so the limit holds between them.
    public func bookItem(_ id: String, _ changes: FieldChanges<AgendaItem>, override: String?) throws -> AgendaItem {
        try write { database in
            let store = AgendaStore(database)
            if try store.item(id) != nil { throw ApplicationError.alreadyExists(kind: "item", id: id) }
            var item = try changes.adding(["id": id]).applied(to: nil).get()
            if let override { item.capacityOverride = override }
            try save(item, over: nil, in: database)
            return item
        }
    }

    /// Changes an item's fields: those not given stay as they are, an empty one is cleared.
    public func updateItem(_ id: String, _ changes: FieldChanges<AgendaItem>) throws -> SaveOutcome {
        try changeItem(id) { item in item = try changes.applied(to: item).get() }.outcome
    }

    /// Records the panel's recommendation and what goes with it (terms, reasons, minority
    /// view, the report's quality), from the panel day on.
    public func recordRecommendation(_ id: String, _ changes: FieldChanges<AgendaItem>) throws -> AgendaItem {
        guard changes.texts["recommendation"].map({ !$0.isEmpty }) ?? false else {
            throw Problems([Problem(field: "recommendation", message: "is required")], summary: "item \(id) was not saved")
        }
        return try updateItem(id, changes: changes)
    }

    /// Records the agency decision maker's decision on `day` (today when nil): not before
    /// the final minutes reached the ADM (`receivedOn`, when not recorded yet), nor before
    /// the panel. A decision already recorded is replaced only as a `correction`, with why,
    /// and its notifications are cleared (`AgendaItem.deciding`).
    public func recordDecision(_ id: String, decision: AgendaItem.Decision, on day: Day?, adm: String?, receivedOn: Day?, correction: String? = nil,
                               outcome: AgendaItem.Recommendation? = nil, reasons: String? = nil) throws -> AgendaItem {
        try changeItem(id) { item in
            item = try item.deciding(decision, on: day, today: today, adm: adm, receivedOn: receivedOn, correction: correction, outcome: outcome, reasons: reasons).get()
        }.item
    }

    /// Takes an item off its meeting's business, booked in error or withdrawn, with why.
    public func withdrawItem(_ id: String, reason: String) throws -> AgendaItem {
        try changeItem(id) { item in item = try item.withdrawn(reason: reason).get() }.item
    }

    /// Records that a member present at the item's meeting took no part in the item (an
    /// interest declared, or out of the room), or with nil clears it.
    public func recordAbsence(item id: String, member: String, reason: ItemAbsence.Reason?) throws -> ItemAbsence? {
        try write { database in
            let item = try loadItem(id, database)
            let agenda = AgendaStore(database)
            guard let reason else {
                try agenda.removeAbsence(item: id, member: member)
                return nil
            }
            let present = try CentralListStore(database).attendance(meeting: item.meeting).contains { $0.member == member && $0.attended == .present }
            guard present else {
                throw Problems([Problem(field: "member_id", message: "\(member) is not recorded as present at \(item.meeting); record who came with 'panel meeting attendance' first")],
                               summary: "")
            }
            let absence = ItemAbsence(item: id, member: member, reason: reason)
            try agenda.save(absence)
            return absence
        }
    }

    /// Records when the applicant was told of the decision, orally and in writing.
    public func recordNotification(_ id: String, oral: Day?, written: Day?) throws -> AgendaItem {
        try changeItem(id) { item in
            if let oral { item.oralNotifiedOn = oral }
            if let written { item.writtenNotifiedOn = written }
        }.item
    }

    private func updateItem(_ id: String, changes: FieldChanges<AgendaItem>) throws -> AgendaItem {
        try changeItem(id) { item in item = try changes.applied(to: item).get() }.item
    }

    /// Reads the item, changes it and saves it, in one transaction.
    func changeItem(_ id: String, _ change: (inout AgendaItem) throws -> Void) throws -> (item: AgendaItem, outcome: SaveOutcome) {
        try write { database in
            let stored = try loadItem(id, database)
            var item = stored
            try change(&item)
            return (item, try save(item, over: stored, in: database))
        }
    }

    func loadItem(_ id: String, _ database: Database) throws -> AgendaItem {
        guard let item = try AgendaStore(database).item(id) else { throw StorageError.notFound(kind: "agenda item", id: id) }
        return item
    }

    /// Checks an item against its meeting, type, capacity and chain, saves it over
    /// `stored`, and numbers any minutes just finalised; inside the caller's transaction.
    @discardableResult
    func save(_ item: AgendaItem, over stored: AgendaItem?, in database: Database) throws -> SaveOutcome {
        var problems = try bookingProblems([item], stored: stored.map { [item.id: $0] } ?? [:], in: database)
        if let recommendation = item.recommendation, recommendation != .withdrawn, recommendation != stored?.recommendation, problems.isEmpty,
           let quorum = try quorum(for: item, in: database), !quorum.isQuorate {
            // An inquorate panel conducts no business (reg 6 AAR 2005; reg 24 FSR 2011).
            problems.append((0, Problem(field: "recommendation", message: "the panel was not quorate for item \(item.id): \(quorum.shortfalls.joined(separator: "; ")); record who was present with 'panel meeting attendance'")))
        }
        guard problems.isEmpty else { throw Problems(problems.map(\.problem), summary: "item \(item.id) was not saved") }
        let store = AgendaStore(database)
        let outcome = try store.save(item, over: stored)
        var waiting = try store.itemsAwaitingMinuteNumbers()
        try number(&waiting, in: database)
        for numbered in waiting where numbered.minuteNumber != nil { try store.save(numbered) }
        return outcome
    }

    /// Whether the panel was quorate for `item`: those recorded present at its meeting, less
    /// those who took no part in it. Nil when its meeting or panel is not there.
    func quorum(for item: AgendaItem, in database: Database) throws -> Quorum? {
        let central = CentralListStore(database)
        guard let meeting = try central.meeting(item.meeting), let panel = try central.panel(meeting.panel) else { return nil }
        let members = Dictionary(uniqueKeysWithValues: try central.members().map { ($0.id, $0) })
        return Quorum.forItem(item.id, meeting: meeting, panel: panel, attendance: try central.attendance(meeting: meeting.id),
                              absences: try AgendaStore(database).absences(item: item.id), members: members, policy: try serviceData().policy)
    }

    /// The booking rules (`AgendaItem.bookingProblems`) for `items`, against only the
    /// meetings they are on and the items already there.
    func bookingProblems(_ items: [AgendaItem], stored: [String: AgendaItem], in database: Database) throws -> [(index: Int, problem: Problem)] {
        let central = CentralListStore(database)
        let data = try serviceData()
        let meetingIDs = Array(Set(items.map(\.meeting)))
        return AgendaItem.bookingProblems(
            items, stored: stored,
            meetings: Dictionary(uniqueKeysWithValues: try central.meetings(ids: meetingIDs).map { ($0.id, $0) }),
            panels: Dictionary(uniqueKeysWithValues: try central.panels().map { ($0.id, $0) }),
            onMeetings: try AgendaStore(database).items(meetings: meetingIDs), itemTypes: data.itemTypes, policy: data.policy, today: today)
    }

    /// Gives `items` minute numbers on from those the store has used in each panel's
    /// reporting year (`AgendaItem.numberMinutes`).
    func number(_ items: inout [AgendaItem], in database: Database) throws {
        let store = AgendaStore(database)
        let meetings = Dictionary(uniqueKeysWithValues: try CentralListStore(database).meetings(ids: Array(Set(items.map(\.meeting)))).map { ($0.id, $0) })
        try AgendaItem.numberMinutes(&items, meetings: meetings) { panel, year in
            try store.highestMinuteNumber(panel: panel, from: year.first, through: year.last)
        }
    }
}
