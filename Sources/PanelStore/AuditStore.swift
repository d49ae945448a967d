/// Reads the audit trail the triggers write.
public struct AuditStore {
    public struct Entry: Equatable, Sendable {
        public let sequence: Int
        public let at: String
        public let actor: String
        public let command: String
        public let kind: String
        public let id: String
        /// The table the row was in: the record's own, or one of its parts (`adopter_breaks`).
        public let part: String
        public let action: String
        /// The row as JSON before and after, nil when it was added or removed.
        public let before: String?
        public let after: String?
    }

    public let database: Database

    public init(_ database: Database) { self.database = database }

    /// Entries oldest first, for one record (`kind` and `id`) and from a moment on
    /// (`since`, compared as ISO text).
    /// The trail's entries (of one record, or since a moment), oldest first, each handed to
    /// `body` as it is read, none of them held.
    public func forEachEntry(kind: String? = nil, id: String? = nil, since: String? = nil, _ body: (Entry) throws -> Void) throws {
        var filter = Filter.only("record_kind", kind)
        filter.add("record_id = ?", SQLValue(id))
        filter.add("at >= ?", SQLValue(since))
        try database.forEach(
            """
            SELECT sequence, at, actor, command, record_kind, record_id, part, action, before, after FROM audit_log
            \(filter.clause) ORDER BY sequence
            """,
            filter.values, table: "audit_log"
        ) { row in
            try body(Entry(sequence: try row.integer(0), at: try row.string(1), actor: try row.string(2), command: try row.string(3), kind: try row.string(4),
                           id: try row.string(5), part: try row.string(6), action: try row.string(7), before: row.text(8), after: row.text(9)))
        }
    }
}
