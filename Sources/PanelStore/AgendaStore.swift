import PanelDomain

/// Agenda items, their moves between meetings, and minute numbers.
public struct AgendaStore {
    public let database: Database

    public init(_ database: Database) { self.database = database }

    static let columns = [
        "id", "meeting_id", "type", "case_ref", "subject", "presenting_worker", "supervising_worker", "position", "slot",
        "applicants_attending", "confidential", "draft_report_on", "papers_sent_on", "draft_minutes_on", "final_minutes_on",
        "adm_received_on", "adm_decided_on", "oral_notified_on", "written_notified_on", "recommendation", "terms",
        "terms_children", "terms_age_range", "reasons", "minority_view", "report_quality", "adm_decision", "adm",
        "minute_number", "capacity_override",
    ]
    static let selectList = columns.map { "i." + $0 }.joined(separator: ", ")

    /// Items in agenda order: by meeting day, then position, then id. `meetings` and
    /// `panels` limit them to those meetings, or the meetings of those panels.
    public func items(meeting: String? = nil, meetings: [String]? = nil, panel: String? = nil, panels: [String]? = nil,
                      from: Day? = nil, through: Day? = nil) throws(StorageError) -> [AgendaItem] {
        var filter = Filter.only("i.meeting_id", meeting)
        filter.add("i.meeting_id", in: meetings)
        filter.add("m.panel_id = ?", SQLValue(panel))
        filter.add("m.panel_id", in: panels)
        filter.add("m.date >= ?", SQLValue(from))
        filter.add("m.date <= ?", SQLValue(through))
        return try inAgendaOrder(filter)
    }

    /// Items whose minutes are final but have no minute number yet, in agenda order.
    public func itemsAwaitingMinuteNumbers() throws(StorageError) -> [AgendaItem] {
        var filter = Filter()
        filter.add("i.final_minutes_on IS NOT NULL")
        filter.add("i.minute_number IS NULL")
        return try inAgendaOrder(filter)
    }

    private func inAgendaOrder(_ filter: Filter) throws(StorageError) -> [AgendaItem] {
        try database.query(
            """
            SELECT \(Self.selectList) FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id \(filter.clause)
            ORDER BY m.date, m.start_time, i.meeting_id, i.position IS NULL, i.position, i.slot, i.id
            """,
            filter.values, table: "agenda_items", decode)
    }

    /// Which of these ids are stored items.
    public func storedIDs(_ ids: [String]) throws(StorageError) -> Set<String> {
        var filter = Filter()
        filter.add("id", in: ids)
        return Set(try database.query("SELECT id FROM agenda_items \(filter.clause)", filter.values) { row throws(StorageError) in try row.string(0) })
    }

    public func item(_ id: String) throws(StorageError) -> AgendaItem? {
        try database.query("SELECT \(Self.selectList) FROM agenda_items i WHERE i.id = ?", [.text(id)], table: "agenda_items", decode).first
    }

    private func decode(_ row: Row) throws(StorageError) -> AgendaItem {
        var item = AgendaItem(id: try row.string(0), meeting: try row.string(1), type: try row.string(2), caseRef: try row.string(3))
        item.subject = try row.string(4)
        item.presentingWorker = try row.string(5)
        item.supervisingWorker = try row.string(6)
        item.order = row.int(7)
        item.slot = row.text(8).flatMap(TimeOfDay.init(parsing:))
        item.applicantsAttending = try row.integer(9) == 1
        item.confidential = try row.integer(10) == 1
        item.draftReportOn = try row.day(11)
        item.papersSentOn = try row.day(12)
        item.draftMinutesOn = try row.day(13)
        item.finalMinutesOn = try row.day(14)
        item.admReceivedOn = try row.day(15)
        item.admDecidedOn = try row.day(16)
        item.oralNotifiedOn = try row.day(17)
        item.writtenNotifiedOn = try row.day(18)
        item.recommendation = try row.choice(19, AgendaItem.Recommendation.self)
        item.terms = try row.string(20)
        item.termsChildren = row.int(21)
        item.termsAgeRange = try row.string(22)
        item.reasons = try row.string(23)
        item.minorityView = try row.string(24)
        item.reportQuality = try row.string(25)
        item.decision = try row.choice(26, AgendaItem.Decision.self)
        item.adm = try row.string(27)
        item.minuteNumber = row.int(28)
        item.capacityOverride = row.text(29)
        return item
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
        let values: [SQLValue] = [
            .text(item.id), .text(item.meeting), .text(item.type), .text(item.caseRef), .text(item.subject),
            .text(item.presentingWorker), .text(item.supervisingWorker), SQLValue(item.order), SQLValue(item.slot?.description),
            SQLValue(item.applicantsAttending), SQLValue(item.confidential), SQLValue(item.draftReportOn), SQLValue(item.papersSentOn),
            SQLValue(item.draftMinutesOn), SQLValue(item.finalMinutesOn), SQLValue(item.admReceivedOn), SQLValue(item.admDecidedOn),
            SQLValue(item.oralNotifiedOn), SQLValue(item.writtenNotifiedOn), SQLValue(item.recommendation?.rawValue), .text(item.terms),
            SQLValue(item.termsChildren), .text(item.termsAgeRange), .text(item.reasons), .text(item.minorityView),
            .text(item.reportQuality), SQLValue(item.decision?.rawValue), .text(item.adm), SQLValue(item.minuteNumber),
            SQLValue(item.capacityOverride),
        ]
        try database.upsert("agenda_items", columns: Self.columns, values: values)
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

    /// A move of an item from one meeting to another, kept as its history.
    public struct Move: Equatable, Sendable {
        public let from: String
        public let to: String
        public let on: Day
        public let reason: String

        public init(from: String, to: String, on: Day, reason: String) {
            self.from = from
            self.to = to
            self.on = on
            self.reason = reason
        }
    }

    public func moves(of item: String) throws(StorageError) -> [Move] {
        try database.query("SELECT from_meeting, to_meeting, moved_on, reason FROM item_moves WHERE item_id = ? ORDER BY sequence", [.text(item)], table: "item_moves") {
            row throws(StorageError) in Move(from: try row.string(0), to: try row.string(1), on: try row.day(2)!, reason: try row.string(3))
        }
    }

    public func recordMove(item: String, _ move: Move) throws(StorageError) {
        try database.run(
            "INSERT INTO item_moves (item_id, sequence, from_meeting, to_meeting, moved_on, reason) VALUES (?1, (SELECT count(*) + 1 FROM item_moves WHERE item_id = ?1), ?2, ?3, ?4, ?5)",
            [.text(item), .text(move.from), .text(move.to), SQLValue(move.on), .text(move.reason)])
    }
}
