import PanelDocuments
import PanelDomain
import PanelStore

/// What planning a year's meetings made, or would make on a dry run.
public struct MeetingPlan: Sendable {
    public let panel: Panel
    public let days: [Day]
    public let created: Int
    /// Days of the series the service is closed on, to rearrange by hand.
    public let skipped: [NamedDay]
}

/// A meeting with who was expected and who came, each with their record when they have one.
public struct MeetingDetails: Sendable {
    public let meeting: Meeting
    public let panel: Panel?
    public let attendance: [(row: Attendance, member: Member?)]
}

extension Workspace {
    public func addMeeting(_ id: String, _ changes: FieldChanges<Meeting>) throws -> Meeting {
        try write { database in
            let store = CentralListStore(database)
            if try store.meeting(id) != nil { throw ApplicationError.alreadyExists(kind: "meeting", id: id) }
            let meeting = try changes.adding(["id": id]).applied(to: nil, context: .init(panels: try store.panels())).get()
            try saveMeeting(meeting, over: nil, store: store)
            return meeting
        }
    }

    public func updateMeeting(_ id: String, _ changes: FieldChanges<Meeting>) throws -> SaveOutcome {
        try write { database in
            let store = CentralListStore(database)
            let stored = try loadMeeting(id, store)
            return try saveMeeting(try changes.applied(to: stored, context: .init(panels: try store.panels())).get(), over: stored, store: store)
        }
    }

    @discardableResult
    private func saveMeeting(_ meeting: Meeting, over stored: Meeting?, store: CentralListStore) throws -> SaveOutcome {
        let problems = meeting.statusProblems(today: today)
        guard problems.isEmpty else { throw Problems(problems, summary: "meeting \(meeting.id) was not saved") }
        return try store.save(meeting, over: stored)
    }

    /// Calls a meeting off, with the reason reported beside the year's cancelled panels;
    /// refused for a meeting held, or at which anything has been recorded.
    public func cancelMeeting(_ id: String, reason: String) throws -> Meeting {
        try write { database in
            let store = CentralListStore(database)
            let stored = try loadMeeting(id, store)
            let items = try AgendaStore(database).items(meeting: id)
            var recorded: [String] = []
            if try store.attendance(meeting: id).contains(where: { $0.attended != nil }) { recorded.append("attendance") }
            if items.contains(where: { $0.recommendation != nil && $0.recommendation != .withdrawn }) { recorded.append("recommendations") }
            if items.contains(where: { $0.draftMinutesOn != nil || $0.finalMinutesOn != nil }) { recorded.append("minutes") }
            if items.contains(where: { $0.decision != nil }) { recorded.append("ADM decisions") }
            if items.contains(where: { $0.writtenNotifiedOn != nil }) { recorded.append("letters") }
            let meeting = try stored.cancelled(reason: reason, recorded: recorded).get()
            try store.save(meeting)
            return meeting
        }
    }

    /// A meeting cancelled in error, planned again.
    public func reinstateMeeting(_ id: String) throws -> Meeting {
        try write { database in
            let store = CentralListStore(database)
            let meeting = try loadMeeting(id, store).reinstated().get()
            try store.save(meeting)
            return meeting
        }
    }

    /// Creates a reporting year's series of meetings of a panel from a rule such as "2nd
    /// and 4th Monday", skipping the days the service is closed. A meeting already there is
    /// left as it is.
    public func planMeetings(panel id: String, year: ReportingYear, series: MeetingSeries, startTime: TimeOfDay?, venue: String?, dryRun: Bool) throws -> MeetingPlan {
        let calendar = try serviceData().calendar
        return try write(dryRun: dryRun) { database in
            let store = CentralListStore(database)
            guard let panel = try store.panel(id) else { throw StorageError.notFound(kind: "panel", id: id) }
            // Meeting ids are the panel's id and the day; an id is at most 64 characters.
            guard panel.id.count <= 53 else {
                throw ApplicationError.refused("panel \(panel.id)'s id is \(panel.id.count) characters long, too long to make meeting ids of it and a day (at most 53); add the meetings with 'panel meeting add'")
            }
            let (days, skipped) = series.days(from: year.first, through: year.last, calendar: calendar)
            var created = 0
            for day in days {
                let meeting = Meeting(id: "\(panel.id)-\(day.iso)", panel: panel.id, date: day, startTime: startTime ?? panel.startTime, venue: venue ?? panel.venue)
                if try store.meeting(meeting.id) != nil { continue }
                try store.save(meeting, over: nil)
                created += 1
            }
            return MeetingPlan(panel: panel, days: days, created: created, skipped: skipped)
        }
    }

    /// Records that someone is expected at a meeting, and whether they came. `attended`
    /// is nil to leave it as it is, `.some(nil)` to clear it.
    public func recordAttendance(meeting id: String, member: String, expected: Bool?, attended: Attendance.Outcome??) throws -> Attendance {
        try write { database in
            let store = CentralListStore(database)
            let meeting = try loadMeeting(id, store)
            var row = try store.attendance(meeting: meeting.id).first { $0.member == member } ?? Attendance(meeting: meeting.id, member: member, expected: true)
            if let expected { row.expected = expected }
            if let attended { row.attended = attended }
            let problems = row.problems(meeting: meeting, memberExists: try store.member(member) != nil, today: today)
            guard problems.isEmpty else { throw Problems(problems, summary: "attendance was not recorded") }
            try store.save(row)
            return row
        }
    }

    /// Marks everyone who sits on the meeting's panel on its day as expected, leaving those
    /// already listed as they are. Returns the people added.
    public func expectPanel(at id: String) throws -> [Member] {
        try write { database in
            let store = CentralListStore(database)
            let meeting = try loadMeeting(id, store)
            let listed = Set(try store.attendance(meeting: meeting.id).map(\.member))
            let seated = CentralList.seated(try store.members(), on: [meeting.panel], day: meeting.date).map(\.member).filter { !listed.contains($0.id) }
            for member in seated { try store.save(Attendance(meeting: meeting.id, member: member.id, expected: true), over: nil) }
            return seated
        }
    }

    /// Meetings in date order, within a span of days, of one panel and with one status.
    /// The meetings of a panel (or every panel) between two days as an iCalendar file, named
    /// for the service; `stamp` is the moment it is made, in UTC.
    public func meetingCalendar(panel: String?, from: Day?, through: Day?, stamp: String) throws -> String {
        try read { database in
            let central = CentralListStore(database)
            let panels = Dictionary(uniqueKeysWithValues: try central.panels().map { ($0.id, $0) })
            if let panel, panels[panel] == nil { throw StorageError.notFound(kind: "panel", id: panel) }
            let service = try Store.serviceName(database)
            let events = try central.meetings(panel: panel, from: from, through: through).map { meeting in
                ICalendar.Event(meeting: meeting, panelName: panels[meeting.panel]?.name ?? meeting.panel)
            }
            // UIDs are the meeting's id at a name made of the service's, so two services'
            // calendars never collide and one service's stays the same from export to export.
            let domain = service.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
                .split(separator: "-").joined(separator: "-") + ".panel"
            return ICalendar.file(events, calendarName: service + (panel.flatMap { panels[$0]?.name }.map { ": " + $0 } ?? ": panel meetings"),
                                  domain: domain, stamp: stamp)
        }
    }

    public func meetings(panel: String?, from: Day?, through: Day?, status: Meeting.Status?) throws -> [Meeting] {
        try read { database in
            try CentralListStore(database).meetings(panel: panel, from: from, through: through).filter { status == nil || $0.status == status }
        }
    }

    public func meeting(_ id: String) throws -> MeetingDetails {
        try read { database in
            let store = CentralListStore(database)
            let meeting = try loadMeeting(id, store)
            let members = Dictionary(uniqueKeysWithValues: try store.members().map { ($0.id, $0) })
            return MeetingDetails(meeting: meeting, panel: try store.panel(meeting.panel),
                                  attendance: try store.attendance(meeting: id).map { ($0, members[$0.member]) })
        }
    }

    func loadMeeting(_ id: String, _ store: CentralListStore) throws -> Meeting {
        guard let meeting = try store.meeting(id) else { throw StorageError.notFound(kind: "meeting", id: id) }
        return meeting
    }
}

/// Whether a meeting is quorate for those expected and for those who came.
public struct QuorumReport: Sendable {
    public let details: MeetingDetails
    /// The rule in words, from the policy in force.
    public let rule: String
    public let expected: (people: [Member], quorum: Quorum)
    /// Nil until attendance is recorded.
    public let present: (people: [Member], quorum: Quorum)?
}

extension Workspace {
    public func quorum(at id: String) throws -> QuorumReport {
        let policy = try serviceData().policy
        let details = try meeting(id)
        let panel = details.panel ?? Panel(id: details.meeting.panel, name: details.meeting.panel, kind: .fostering, startTime: details.meeting.startTime, venue: "", independentChair: true)
        func judged(_ people: [Member]) -> (people: [Member], quorum: Quorum) {
            (people, Quorum.evaluate(present: people, panel: panel, on: details.meeting.date, policy: policy))
        }
        let recorded = details.attendance.contains { $0.row.attended != nil }
        return QuorumReport(
            details: details, rule: policy.quorumDescription,
            expected: judged(details.attendance.filter(\.row.expected).compactMap(\.member)),
            present: recorded ? judged(details.attendance.filter { $0.row.attended == .present }.compactMap(\.member)) : nil)
    }
}
