import PanelDomain

/// Panels, the central list, meetings and attendance in the database.
public struct CentralListStore {
    public let database: Database

    public init(_ database: Database) { self.database = database }

    static let panelTable = RecordTable("panels", Panel.fields)
    static let memberTable = RecordTable("members", Member.fields)
    static let meetingTable = RecordTable("meetings", Meeting.fields)
    static let attendanceTable = RecordTable("attendance", Attendance.fields)

    // MARK: Panels

    public func panels() throws(StorageError) -> [Panel] {
        try Self.panelTable.select(database, order: "t.id")
    }

    public func panel(_ id: String) throws(StorageError) -> Panel? {
        try Self.panelTable.select(database, .only("t.id", id), order: "t.id").first
    }

    @discardableResult
    public func save(_ panel: Panel) throws(StorageError) -> SaveOutcome {
        try save(panel, over: try self.panel(panel.id))
    }

    /// Saves `panel` over `existing`, as the caller already read it, or nil for a new one.
    @discardableResult
    public func save(_ panel: Panel, over existing: Panel?) throws(StorageError) -> SaveOutcome {
        if existing == panel { return .unchanged }
        try Self.panelTable.upsert(panel, in: database)
        return existing == nil ? .added : .updated
    }

    // MARK: Members

    /// Everyone on the central list, by id, or the one with `id`, with their seats.
    public func members(id: String? = nil) throws(StorageError) -> [Member] {
        var members = try Self.memberTable.select(database, .only("t.id", id), order: "t.id")
        let filter = Filter.only("member_id", id)
        let seats = try database.query("SELECT member_id, panel_id, role FROM memberships \(filter.clause) ORDER BY member_id, position", filter.values, table: "memberships") {
            row throws(StorageError) in (try row.string(0), Member.Membership(panel: try row.string(1), role: try row.choice(2, Member.Role.self)!))
        }
        let byMember = Dictionary(grouping: seats, by: \.0)
        for index in members.indices { members[index].memberships = byMember[members[index].id]?.map(\.1) ?? [] }
        return members
    }

    public func member(_ id: String) throws(StorageError) -> Member? { try members(id: id).first }

    @discardableResult
    public func save(_ member: Member) throws(StorageError) -> SaveOutcome {
        try save(member, over: try self.member(member.id))
    }

    /// Saves `member` over `existing`, as the caller already read it, or nil for a new one.
    @discardableResult
    public func save(_ member: Member, over existing: Member?) throws(StorageError) -> SaveOutcome {
        if existing == member { return .unchanged }
        try Self.memberTable.upsert(member, in: database)
        if existing?.memberships != member.memberships {
            try database.run("DELETE FROM memberships WHERE member_id = ?", [.text(member.id)])
            for (position, seat) in member.memberships.enumerated() {
                try database.run(
                    "INSERT INTO memberships (member_id, panel_id, role, position) VALUES (?, ?, ?, ?)",
                    [.text(member.id), .text(seat.panel), .text(seat.role.rawValue), SQLValue(position)])
            }
        }
        return existing == nil ? .added : .updated
    }

    /// Removes someone added in error; the caller has checked nothing refers to them.
    public func remove(member id: String) throws(StorageError) {
        try database.run("DELETE FROM attendance WHERE member_id = ? AND attended IS NULL", [.text(id)])
        try database.run("DELETE FROM memberships WHERE member_id = ?", [.text(id)])
        try database.run("DELETE FROM members WHERE id = ?", [.text(id)])
    }

    // MARK: Meetings

    /// Meetings in date order, optionally only those with these ids, of one panel or of
    /// these panels, and within a span of days.
    public func meetings(ids: [String]? = nil, panel: String? = nil, panels: [String]? = nil, from: Day? = nil, through: Day? = nil) throws(StorageError) -> [Meeting] {
        try Self.meetingTable.select(database, Self.meetingFilter(ids: ids, panel: panel, panels: panels, from: from, through: through), order: Self.meetingOrder)
    }

    private static func meetingFilter(ids: [String]?, panel: String?, panels: [String]? = nil, from: Day?, through: Day?) -> Filter {
        var filter = Filter.only("t.panel_id", panel)
        filter.add("t.id", in: ids)
        filter.add("t.panel_id", in: panels)
        filter.add("t.date >= ?", SQLValue(from))
        filter.add("t.date <= ?", SQLValue(through))
        return filter
    }

    /// The meetings `meetings(ids:panel:from:through:)` gives, to be read by id alongside
    /// something in the same order (items meeting by meeting): none is held but the one
    /// asked for.
    public func meetingsByID(ids: [String]? = nil, panel: String? = nil, from: Day? = nil, through: Day? = nil) throws(StorageError) -> MeetingsByID {
        let filter = Self.meetingFilter(ids: ids, panel: panel, from: from, through: through)
        return MeetingsByID(try database.cursor("SELECT \(Self.meetingTable.selectList("t")) FROM meetings t \(filter.clause) ORDER BY t.id", filter.values, table: "meetings"))
    }

    /// Every meeting handed to `body` one at a time, in date order.
    public func forEachMeeting(_ body: (Meeting) throws -> Void) throws {
        try Self.meetingTable.forEach(database, order: Self.meetingOrder, body)
    }

    static let meetingOrder = "t.date, t.start_time, t.id"

    public func meeting(_ id: String) throws(StorageError) -> Meeting? {
        try Self.meetingTable.select(database, .only("t.id", id), order: "t.id").first
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
        try Self.meetingTable.upsert(meeting, in: database)
        return existing == nil ? .added : .updated
    }

    // MARK: Attendance

    /// Attendance at one meeting, or at every meeting when `meeting` is nil, by meeting day.
    public func attendance(meeting: String? = nil) throws(StorageError) -> [Attendance] {
        let filter = Filter.only("t.meeting_id", meeting)
        return try database.query(
            """
            SELECT \(Self.attendanceTable.selectList("t")) FROM attendance t JOIN meetings m ON m.id = t.meeting_id
            \(filter.clause) ORDER BY m.date, t.meeting_id, t.member_id
            """,
            filter.values, table: "attendance", Self.attendanceTable.decode)
    }

    /// Whether the person's attendance has been recorded at any meeting (not just expected).
    public func hasRecordedAttendance(member id: String) throws(StorageError) -> Bool {
        try database.scalar("SELECT count(*) FROM attendance WHERE member_id = ? AND attended IS NOT NULL", [.text(id)]) != "0"
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
        try Self.attendanceTable.upsert(attendance, in: database)
        return existing == nil ? .added : .updated
    }
}

/// Meetings found by id, the ids asked in order (as SQLite orders text), each as often as
/// wanted: see `CentralListStore.meetingsByID`.
public final class MeetingsByID {
    private let cursor: Cursor
    private var found: Meeting?
    private static let idColumn = Int32(CentralListStore.meetingTable.columns.firstIndex(of: "id")!)

    init(_ cursor: Cursor) { self.cursor = cursor }

    /// Meeting `id`, or nil when it is not one of them.
    public func meeting(_ id: String) throws(StorageError) -> Meeting? {
        if let found, found.id == id { return found }
        found = nil
        try cursor.rows(of: id, column: Self.idColumn) { row throws(StorageError) in found = try CentralListStore.meetingTable.decode(row) }
        return found
    }
}
