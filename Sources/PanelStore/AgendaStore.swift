import PanelDomain

/// Agenda items, their moves between meetings, and minute numbers.
public struct AgendaStore {
    public let database: Database

    public init(_ database: Database) { self.database = database }

    static let table = RecordTable("agenda_items", AgendaItem.fields)
    static let moveTable = RecordTable("item_moves", ItemMoveRecord.fields)
    static let absenceTable = RecordTable("item_absences", ItemAbsence.fields)
    /// Items with only the fields their deadlines are judged on.
    static let deadlineTable = RecordTable("agenda_items", AgendaItem.fields, only: AgendaItem.deadlineFields)

    /// Items in agenda order: by meeting day, then position, then id. `meetings` and
    /// `panels` limit them to those meetings, or the meetings of those panels.
    /// `caseRef` and `subject` find items by case reference, or by text in the subject.
    public func items(meeting: String? = nil, meetings: [String]? = nil, panel: String? = nil, panels: [String]? = nil,
                      from: Day? = nil, through: Day? = nil) throws(StorageError) -> [AgendaItem] {
        try inAgendaOrder(Self.filter(meeting: meeting, meetings: meetings, panel: panel, panels: panels, from: from, through: through))
    }

    /// The same items handed to `body` one at a time, in agenda order, none of them held.
    public func forEachItem(meeting: String? = nil, panel: String? = nil, from: Day? = nil, through: Day? = nil,
                            caseRef: String? = nil, subject: String? = nil, _ body: (AgendaItem) throws -> Void) throws {
        let filter = Self.filter(meeting: meeting, panel: panel, from: from, through: through, caseRef: caseRef, subject: subject)
        try database.forEach(Self.agendaOrderSQL(filter), filter.values, table: "agenda_items") { row in try body(try Self.table.decode(row)) }
    }

    /// Items as their deadlines are judged: only `AgendaItem.deadlineFields` are read, the
    /// others left blank (the free text is most of an item, and reading it was a tenth of
    /// the D3 listing's time). Meeting by meeting (meetings by id, not day), each meeting's
    /// in agenda order: SQLite walks the index of items by meeting and sorts only within
    /// each meeting, where agenda order sorts all 290,000 items of 150 services' ten years
    /// whole (another tenth).
    public func forEachItemForDeadlines(meeting: String? = nil, panel: String? = nil, from: Day? = nil, through: Day? = nil,
                                        _ body: (AgendaItem) throws -> Void) throws {
        let filter = Self.filter(meeting: meeting, panel: panel, from: from, through: through)
        let sql = Self.itemsSQL(filter, table: Self.deadlineTable, order: "i.meeting_id, \(Self.withinMeeting)")
        try database.forEach(sql, filter.values, table: "agenda_items") { row in try body(try Self.deadlineTable.decode(row)) }
    }

    private static func filter(meeting: String? = nil, meetings: [String]? = nil, panel: String? = nil, panels: [String]? = nil,
                               from: Day? = nil, through: Day? = nil, caseRef: String? = nil, subject: String? = nil) -> Filter {
        var filter = Filter.only("i.meeting_id", meeting)
        filter.add("i.case_ref = ?", SQLValue(caseRef))
        filter.add("instr(lower(i.subject), lower(?)) > 0", SQLValue(subject))
        filter.add("i.meeting_id", in: meetings)
        filter.add("m.panel_id = ?", SQLValue(panel))
        filter.add("m.panel_id", in: panels)
        filter.add("m.date >= ?", SQLValue(from))
        filter.add("m.date <= ?", SQLValue(through))
        return filter
    }

    /// Items whose minutes are final but have no minute number yet, in agenda order.
    public func itemsAwaitingMinuteNumbers() throws(StorageError) -> [AgendaItem] {
        var filter = Filter()
        filter.add("i.final_minutes_on IS NOT NULL")
        filter.add("i.minute_number IS NULL")
        return try inAgendaOrder(filter)
    }

    private func inAgendaOrder(_ filter: Filter) throws(StorageError) -> [AgendaItem] {
        try database.query(Self.agendaOrderSQL(filter), filter.values, table: "agenda_items", Self.table.decode)
    }

    /// Agenda order within one meeting: numbered places first, then by time slot and id.
    private static let withinMeeting = "i.position IS NULL, i.position, i.slot, i.id"

    private static func agendaOrderSQL(_ filter: Filter) -> String {
        itemsSQL(filter, order: "m.date, m.start_time, i.meeting_id, \(withinMeeting)")
    }

    private static func itemsSQL(_ filter: Filter, table: RecordTable<AgendaItem> = table, order: String) -> String {
        "SELECT \(table.selectList("i")) FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id \(filter.clause) ORDER BY \(order)"
    }

    /// Which of these ids are stored items.
    public func storedIDs(_ ids: [String]) throws(StorageError) -> Set<String> {
        var filter = Filter()
        filter.add("id", in: ids)
        return Set(try database.query("SELECT id FROM agenda_items \(filter.clause)", filter.values) { row throws(StorageError) in try row.string(0) })
    }

    public func item(_ id: String) throws(StorageError) -> AgendaItem? {
        try database.query("SELECT \(Self.table.selectList("i")) FROM agenda_items i WHERE i.id = ?", [.text(id)], table: "agenda_items", Self.table.decode).first
    }

    @discardableResult
    public func save(_ item: AgendaItem) throws(StorageError) -> SaveOutcome {
        try save(item, over: try self.item(item.id))
    }

    /// Saves `item` over `existing`, the stored item with its id as the caller already
    /// read it (an import reads them all at once), or nil for a new one.
    @discardableResult
    public func save(_ item: AgendaItem, over existing: AgendaItem?) throws(StorageError) -> SaveOutcome {
        if existing == item { return .unchanged }
        try Self.table.upsert(item, in: database)
        return existing == nil ? .added : .updated
    }

    /// The highest minute number a panel has used in a span of days (a reporting year).
    public func highestMinuteNumber(panel: String, from: Day, through: Day) throws(StorageError) -> Int {
        Int(try database.scalar(
            """
            SELECT coalesce(max(i.minute_number), 0) FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
            WHERE m.panel_id = ? AND m.date BETWEEN ? AND ?
            """,
            [.text(panel), SQLValue(from), SQLValue(through)]) ?? "0") ?? 0
    }

    // MARK: Who took no part in an item

    /// Those who took no part in `item`, or in any item of `meeting`.
    public func absences(item: String? = nil, meeting: String? = nil) throws(StorageError) -> [ItemAbsence] {
        var filter = Filter.only("a.item_id", item)
        filter.add("i.meeting_id = ?", SQLValue(meeting))
        return try database.query(
            "SELECT a.item_id, a.member_id, a.reason FROM item_absences a JOIN agenda_items i ON i.id = a.item_id \(filter.clause) ORDER BY a.item_id, a.member_id",
            filter.values, table: "item_absences") { row throws(StorageError) in
            ItemAbsence(item: try row.string(0), member: try row.string(1), reason: try row.choice(2, ItemAbsence.Reason.self)!)
        }
    }

    public func save(_ absence: ItemAbsence) throws(StorageError) {
        try database.run(
            "INSERT INTO item_absences (item_id, member_id, reason) VALUES (?, ?, ?) ON CONFLICT (item_id, member_id) DO UPDATE SET reason = excluded.reason WHERE reason <> excluded.reason",
            [.text(absence.item), .text(absence.member), .text(absence.reason.rawValue)])
    }

    public func removeAbsence(item: String, member: String) throws(StorageError) {
        try database.run("DELETE FROM item_absences WHERE item_id = ? AND member_id = ?", [.text(item), .text(member)])
    }

    /// Whether a member is named as having taken no part in any item.
    public func hasAbsences(member: String) throws(StorageError) -> Bool {
        try database.scalar("SELECT count(*) FROM item_absences WHERE member_id = ?", [.text(member)]) != "0"
    }

    public func moves(of item: String) throws(StorageError) -> [ItemMove] {
        try database.query("SELECT from_meeting, to_meeting, moved_on, reason FROM item_moves WHERE item_id = ? ORDER BY sequence", [.text(item)], table: "item_moves") {
            row throws(StorageError) in ItemMove(from: try row.string(0), to: try row.string(1), on: try row.day(2)!, reason: try row.string(3))
        }
    }

    public func recordMove(item: String, _ move: ItemMove) throws(StorageError) {
        try database.run(
            "INSERT INTO item_moves (item_id, sequence, from_meeting, to_meeting, moved_on, reason) VALUES (?1, (SELECT count(*) + 1 FROM item_moves WHERE item_id = ?1), ?2, ?3, ?4, ?5)",
            [.text(item), .text(move.from), .text(move.to), SQLValue(move.on), .text(move.reason)])
    }

    /// Each item's meeting, by item id: what a check of references needs, without reading
    /// whole items.
    public func meetingsOfItems() throws(StorageError) -> [String: String] {
        Dictionary(try database.query("SELECT id, meeting_id FROM agenda_items", table: "agenda_items") { row in (row.text(0) ?? "", row.text(1) ?? "") },
                   uniquingKeysWith: { first, _ in first })
    }

    /// Every item's moves, as rows, by item and in order.
    public func moveRecords() throws(StorageError) -> [ItemMoveRecord] {
        try Self.moveTable.select(database, order: "t.item_id, t.sequence")
    }

    @discardableResult
    public func save(_ move: ItemMoveRecord, over existing: ItemMoveRecord?) throws(StorageError) -> SaveOutcome {
        if existing == move { return .unchanged }
        try Self.moveTable.upsert(move, in: database)
        return existing == nil ? .added : .updated
    }

    @discardableResult
    public func save(_ absence: ItemAbsence, over existing: ItemAbsence?) throws(StorageError) -> SaveOutcome {
        if existing == absence { return .unchanged }
        try save(absence)
        return existing == nil ? .added : .updated
    }
}
