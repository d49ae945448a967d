import PanelDomain

/// Panels, the central list, meetings and attendance in the database.
public struct CentralListStore {
    public let database: Database

    public init(_ database: Database) { self.database = database }

    // MARK: Panels

    public func panels() throws(StorageError) -> [Panel] {
        try database.query("SELECT id, name, kind, start_time, venue, independent_chair FROM panels ORDER BY id", table: "panels") {
            row throws(StorageError) in
            guard let time = TimeOfDay(parsing: try row.string(3)) else {
                throw .decoding(table: "panels", column: "start_time", reason: "is not HH:MM")
            }
            return Panel(
                id: try row.string(0), name: try row.string(1), kind: try row.choice(2, Panel.Kind.self)!,
                startTime: time, venue: try row.string(4), independentChair: try row.integer(5) == 1)
        }
    }

    public func panel(_ id: String) throws(StorageError) -> Panel? { try panels().first { $0.id == id } }

    @discardableResult
    public func save(_ panel: Panel) throws(StorageError) -> SaveOutcome {
        let existing = try self.panel(panel.id)
        if existing == panel { return .unchanged }
        try database.run(
            """
            INSERT INTO panels (id, name, kind, start_time, venue, independent_chair) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, start_time = excluded.start_time,
                venue = excluded.venue, independent_chair = excluded.independent_chair
            """,
            [.text(panel.id), .text(panel.name), .text(panel.kind.rawValue), .text(panel.startTime.description),
             .text(panel.venue), SQLValue(panel.independentChair)])
        return existing == nil ? .added : .updated
    }

    // MARK: Members

    static let memberColumns = "id, name, category, independent, qualified_on, joined_on, left_on, notice_on, appraised_on, dbs_on"

    public func members() throws(StorageError) -> [Member] {
        var members = try database.query("SELECT \(Self.memberColumns) FROM members ORDER BY id", table: "members", decodeMember)
        let seats = try database.query("SELECT member_id, panel_id, role FROM memberships ORDER BY member_id, position", table: "memberships") {
            row throws(StorageError) in (try row.string(0), Member.Membership(panel: try row.string(1), role: try row.choice(2, Member.Role.self)!))
        }
        let byMember = Dictionary(grouping: seats, by: \.0)
        for index in members.indices { members[index].memberships = byMember[members[index].id]?.map(\.1) ?? [] }
        return members
    }

    public func member(_ id: String) throws(StorageError) -> Member? {
        guard var member = try database.query("SELECT \(Self.memberColumns) FROM members WHERE id = ?", [.text(id)], table: "members", decodeMember).first else {
            return nil
        }
        member.memberships = try database.query("SELECT panel_id, role FROM memberships WHERE member_id = ? ORDER BY position", [.text(id)], table: "memberships") {
            row throws(StorageError) in Member.Membership(panel: try row.string(0), role: try row.choice(1, Member.Role.self)!)
        }
        return member
    }

    private func decodeMember(_ row: Row) throws(StorageError) -> Member {
        Member(
            id: try row.string(0), name: try row.string(1), category: try row.choice(2, Member.Category.self)!,
            independent: try row.integer(3) == 1, qualifiedOn: try row.day(4), joinedOn: try row.day(5),
            leftOn: try row.day(6), noticeOn: try row.day(7), appraisedOn: try row.day(8), dbsOn: try row.day(9))
    }

    @discardableResult
    public func save(_ member: Member) throws(StorageError) -> SaveOutcome {
        let existing = try self.member(member.id)
        if existing == member { return .unchanged }
        try database.run(
            """
            INSERT INTO members (\(Self.memberColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, category = excluded.category,
                independent = excluded.independent, qualified_on = excluded.qualified_on, joined_on = excluded.joined_on,
                left_on = excluded.left_on, notice_on = excluded.notice_on, appraised_on = excluded.appraised_on,
                dbs_on = excluded.dbs_on
            """,
            [.text(member.id), .text(member.name), .text(member.category.rawValue), SQLValue(member.independent),
             SQLValue(member.qualifiedOn), SQLValue(member.joinedOn), SQLValue(member.leftOn), SQLValue(member.noticeOn),
             SQLValue(member.appraisedOn), SQLValue(member.dbsOn)])
        try database.run("DELETE FROM memberships WHERE member_id = ?", [.text(member.id)])
        for (position, seat) in member.memberships.enumerated() {
            try database.run(
                "INSERT INTO memberships (member_id, panel_id, role, position) VALUES (?, ?, ?, ?)",
                [.text(member.id), .text(seat.panel), .text(seat.role.rawValue), SQLValue(position)])
        }
        return existing == nil ? .added : .updated
    }

    // MARK: Meetings

    static let meetingColumns = "id, panel_id, date, start_time, venue, status, cancel_reason"

    /// Meetings in date order, optionally only those with these ids, of one panel or of
    /// these panels, and within a span of days.
    public func meetings(ids: [String]? = nil, panel: String? = nil, panels: [String]? = nil, from: Day? = nil, through: Day? = nil) throws(StorageError) -> [Meeting] {
        var filter = Filter.only("panel_id", panel)
        filter.add("id", in: ids)
        filter.add("panel_id", in: panels)
        filter.add("date >= ?", SQLValue(from))
        filter.add("date <= ?", SQLValue(through))
        return try database.query(
            "SELECT \(Self.meetingColumns) FROM meetings \(filter.clause) ORDER BY date, start_time, id",
            filter.values, table: "meetings", decodeMeeting)
    }

    public func meeting(_ id: String) throws(StorageError) -> Meeting? {
        try database.query("SELECT \(Self.meetingColumns) FROM meetings WHERE id = ?", [.text(id)], table: "meetings", decodeMeeting).first
    }

    private func decodeMeeting(_ row: Row) throws(StorageError) -> Meeting {
        guard let time = TimeOfDay(parsing: try row.string(3)) else {
            throw .decoding(table: "meetings", column: "start_time", reason: "is not HH:MM")
        }
        return Meeting(
            id: try row.string(0), panel: try row.string(1), date: try row.day(2)!, startTime: time,
            venue: try row.string(4), status: try row.choice(5, Meeting.Status.self)!, cancelReason: row.text(6))
    }

    @discardableResult
    public func save(_ meeting: Meeting) throws(StorageError) -> SaveOutcome {
        try save(meeting, over: try self.meeting(meeting.id))
    }

    /// Saves `meeting` over `existing`, the stored meeting with its id as the caller already
    /// read it (an import reads them all at once), or nil for a new one.
    @discardableResult
    public func save(_ meeting: Meeting, over existing: Meeting?) throws(StorageError) -> SaveOutcome {
        if existing == meeting { return .unchanged }
        try database.upsert(
            "meetings", columns: ["id", "panel_id", "date", "start_time", "venue", "status", "cancel_reason"],
            values: [.text(meeting.id), .text(meeting.panel), SQLValue(meeting.date), .text(meeting.startTime.description),
                     .text(meeting.venue), .text(meeting.status.rawValue), SQLValue(meeting.cancelReason)])
        return existing == nil ? .added : .updated
    }

    // MARK: Attendance

    /// Attendance at one meeting, or at every meeting when `meeting` is nil.
    public func attendance(meeting: String? = nil) throws(StorageError) -> [Attendance] {
        let filter = Filter.only("a.meeting_id", meeting)
        return try database.query(
            """
            SELECT a.meeting_id, a.member_id, a.expected, a.attended FROM attendance a JOIN meetings m ON m.id = a.meeting_id
            \(filter.clause) ORDER BY m.date, a.meeting_id, a.member_id
            """,
            filter.values, table: "attendance") { row throws(StorageError) in
            Attendance(meeting: try row.string(0), member: try row.string(1), expected: try row.integer(2) == 1, attended: try row.choice(3, Attendance.Outcome.self))
        }
    }

    @discardableResult
    public func save(_ attendance: Attendance) throws(StorageError) -> SaveOutcome {
        try save(attendance, over: try self.attendance(meeting: attendance.meeting).first { $0.member == attendance.member })
    }

    /// Saves `attendance` over what is stored for the same meeting and member, as the caller
    /// already read it, or nil for none.
    @discardableResult
    public func save(_ attendance: Attendance, over existing: Attendance?) throws(StorageError) -> SaveOutcome {
        if existing == attendance { return .unchanged }
        try database.upsert(
            "attendance", columns: ["meeting_id", "member_id", "expected", "attended"],
            values: [.text(attendance.meeting), .text(attendance.member), SQLValue(attendance.expected), SQLValue(attendance.attended?.rawValue)],
            key: ["meeting_id", "member_id"])
        return existing == nil ? .added : .updated
    }
}
