import CSQLite
import Foundation

/// One open SQLite database file: foreign keys on, write-ahead log, a busy timeout so that
/// two panel commands at once wait for each other instead of failing.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    /// Prepared statements by SQL text: a command saving thousands of records prepares each
    /// statement once, not once a record.
    private var statements: [String: Statement] = [:]
    /// The upsert of each table and number of rows, made once and found by the table's
    /// name rather than by hashing its long SQL once a saved record.
    private var upserts: [UpsertShape: Statement] = [:]
    /// Rows gathered while `batchingUpserts` runs, not yet written: a batch a table, kept
    /// in the order the tables were first written to while it runs.
    private var pending: [PendingUpserts] = []
    private var batching = false

    /// Marks the file as a panel database (`PANL`), so another SQLite file given by mistake
    /// is refused rather than migrated.
    static let applicationID: Int32 = 0x5041_4E4C
    static let busyTimeoutMilliseconds: Int32 = 5000

    /// SQLite's settings for the whole process, made once before the first database opens.
    /// A statement's journal stays in memory up to 16 MiB, not SQLite's 64 KiB: in the
    /// write-ahead log every page a statement changes is journalled, and an import's every
    /// upsert wrote its journal to a temporary file, 1.8 million writes for 97,000 items
    /// (strace; issue 21). SQLite sizes a temporary database's journal the same way, so
    /// `Spool` keeps none.
    private static let configured: Bool = panel_sqlite_statement_journal_in_memory(16 << 20) == SQLITE_OK

    /// Opens an existing database file; `create` makes a new, empty one readable by its owner
    /// only (0600), since it will hold details of children and families. Nothing in the file
    /// is written: `Store` first says what the file is, then sets it up.
    public init(path: String, create: Bool = false, readOnly: Bool = false) throws(StorageError) {
        let inMemory = path == ":memory:"
        if !inMemory {
            // Opened as a database, another database's journal would be lost with it.
            if let owner = FileTarget.journalOwner(of: path) { throw .journalName(path: path, owner: owner) }
            var status = stat()
            if stat(path, &status) == 0 {
                if (status.st_mode & S_IFMT) == S_IFDIR { throw .isFolder(path: path) }
                // A pipe or a device is no database, and opening one could wait for ever.
                if (status.st_mode & S_IFMT) != S_IFREG { throw .notSQLite(path: path) }
            } else {
                guard create else { throw .missingDatabase(path: path) }
                let folder = (path as NSString).deletingLastPathComponent
                var folderStatus = stat()
                guard stat(folder.isEmpty ? "." : folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
                    throw .missingFolder(path: path)
                }
                let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
                guard descriptor >= 0 else {
                    throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
                }
                close(descriptor)
            }
        }
        _ = Database.configured
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(code)"
            sqlite3_close_v2(handle)
            throw .cannotOpen(path: path, reason: reason)
        }
        self.handle = handle
        self.path = path
        sqlite3_busy_timeout(handle, Database.busyTimeoutMilliseconds)
        sqlite3_extended_result_codes(handle, 1)
    }

    /// What kind of file this is, read without writing anything to it.
    public enum Identity: Sendable {
        case panel, empty, otherSQLite, notSQLite
    }

    public func identity() throws(StorageError) -> Identity {
        do {
            let id = try scalar("PRAGMA application_id")
            if id == String(Database.applicationID) { return .panel }
            let tables = try scalar("SELECT count(*) FROM sqlite_schema")
            return id == "0" && tables == "0" ? .empty : .otherSQLite
        } catch .sqlite(let code, _, _) where code == SQLITE_NOTADB {
            return .notSQLite
        }
    }

    /// Sets the file up for work, once it is known to be a panel database (or to become
    /// one): foreign keys, and the write-ahead log, so readers never wait for a writer; on a
    /// network file system, where that log is not safe, the rollback journal.
    func prepare(networkFileSystem: Bool) throws(StorageError) {
        try execute("PRAGMA foreign_keys = ON")
        guard path != ":memory:" else { return }
        _ = try scalar(networkFileSystem ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL")
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// A prepared statement for `sql`, from the cache unless that one is still being stepped
    /// (a query run from inside another's row decoding).
    func statement(_ sql: String) throws(StorageError) -> Statement {
        try writePendingUpserts()
        if let cached = statements[sql], !cached.inUse { return cached }
        let statement = try Statement(database: self, sql: sql)
        if statements[sql] == nil { statements[sql] = statement }
        return statement
    }

    /// Runs one or more statements that bind nothing (schema, pragmas).
    public func execute(_ sql: String) throws(StorageError) {
        try writePendingUpserts()
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
    }

    /// Runs one statement with bound values; returns the number of rows it changed.
    @discardableResult
    public func run(_ sql: String, _ values: [SQLValue] = []) throws(StorageError) -> Int {
        try run(try statement(sql), values)
    }

    @discardableResult
    private func run(_ statement: Statement, _ values: [SQLValue]) throws(StorageError) -> Int {
        statement.inUse = true
        defer { statement.finish() }
        try statement.bind(values)
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Inserts a row, or replaces the non-key columns of the row with the same key. Inside
    /// `batchingUpserts` the row may wait to be written with others of its table.
    func upsert(_ table: String, columns: [String], values: [SQLValue], key: [String] = ["id"]) throws(StorageError) {
        try write(UpsertShape(table: table, columns: columns, key: key, rows: 1), values)
    }

    /// Inserts a row; inside `batchingUpserts` it may wait, as an upsert does, so that a
    /// record's rows in a table of their own (a household's review days) go in together
    /// with the others' rather than each alone between two records.
    public func insert(_ table: String, columns: [String], values: [SQLValue]) throws(StorageError) {
        try write(UpsertShape(table: table, columns: columns, key: nil, rows: 1), values)
    }

    private func write(_ shape: UpsertShape, _ values: [SQLValue]) throws(StorageError) {
        guard batching else {
            try run(try upsertStatement(shape), values)
            return
        }
        let index: Int
        if let found = pending.firstIndex(where: { $0.shape.table == shape.table && $0.shape.columns == shape.columns && $0.shape.key == shape.key }) {
            index = found
        } else {
            // As many rows as SQLite binds values for, up to 64: beyond that a longer
            // statement buys nothing measurable.
            pending.append(PendingUpserts(
                shape: UpsertShape(table: shape.table, columns: shape.columns, key: shape.key, rows: 0),
                capacity: min(64, max(1, Int(sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1)) / shape.columns.count))))
            index = pending.count - 1
        }
        pending[index].values += values
        pending[index].shape.rows += 1
        if pending[index].shape.rows >= pending[index].capacity { try writePendingUpserts() }
    }

    /// Runs `body` with the upserts and inserts it makes gathered into statements of many
    /// rows: each statement has its cursors, its journal and its triggers' frames to set up,
    /// and an import of 97,000 items went from 9.0 to 7.7 s (issue 21). Any other
    /// statement, a read or the commit, first writes what is waiting, so a read sees every
    /// write asked for before it; a row that breaks a constraint fails its statement inside
    /// the same transaction.
    public func batchingUpserts<T>(_ body: () throws -> T) throws -> T {
        batching = true
        defer {
            batching = false
            pending = []
        }
        let result = try body()
        try writePendingUpserts()
        return result
    }

    /// Writes every table's waiting rows, the tables in the order they were first written
    /// to since `batchingUpserts` began: a record is saved before the rows of its own that
    /// refer to it (a household before its review days), so its table comes first, and its
    /// rows are written before theirs, as foreign keys require.
    private func writePendingUpserts() throws(StorageError) {
        for index in pending.indices where pending[index].shape.rows > 0 {
            let batch = pending[index]
            pending[index].values.removeAll(keepingCapacity: true)
            pending[index].shape.rows = 0
            try run(try upsertStatement(batch.shape), batch.values)
        }
    }

    private func upsertStatement(_ shape: UpsertShape) throws(StorageError) -> Statement {
        if let made = upserts[shape], !made.inUse { return made }
        let row = "(\(Array(repeating: "?", count: shape.columns.count).joined(separator: ", ")))"
        var sql = "INSERT INTO \(shape.table) (\(shape.columns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: shape.rows).joined(separator: ", "))"
        if let key = shape.key {
            let updates = shape.columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
            // A row that is all key has nothing to change.
            sql += "\nON CONFLICT (\(key.joined(separator: ", "))) " + (updates.isEmpty ? "DO NOTHING" : "DO UPDATE SET \(updates.joined(separator: ", "))")
        }
        let statement = try Statement(database: self, sql: sql)
        if upserts[shape] == nil { upserts[shape] = statement }
        return statement
    }

    /// Reads every row of a query through `decode`. `table` names the source in decoding errors.
    public func query<T>(
        _ sql: String, _ values: [SQLValue] = [], table: String = "query",
        _ decode: (Row) throws(StorageError) -> T
    ) throws(StorageError) -> [T] {
        let statement = try statement(sql)
        statement.inUse = true
        defer { statement.finish() }
        try statement.bind(values)
        var results: [T] = []
        while try statement.step() { results.append(try decode(Row(statement: statement, table: table))) }
        return results
    }

    /// Hands each row of a query to `body` as it is stepped, holding none: a listing of
    /// millions of rows in constant memory.
    public func forEach(
        _ sql: String, _ values: [SQLValue] = [], table: String = "query",
        _ body: (Row) throws -> Void
    ) throws {
        let statement = try statement(sql)
        statement.inUse = true
        defer { statement.finish() }
        try statement.bind(values)
        while try statement.step() { try body(Row(statement: statement, table: table)) }
    }

    /// The first column of the first row, as text (nil when there is no row or it is NULL).
    public func scalar(_ sql: String, _ values: [SQLValue] = []) throws(StorageError) -> String? {
        try query(sql, values) { row in row.text(0) }.first ?? nil
    }

    /// Who is writing, with which command, and when: set by the program on a migrated
    /// database, and written to `audit_session` at the start of every transaction, where
    /// the audit triggers read it.
    public var audit: (actor: String, command: String, at: String)?

    /// Runs `body` in one transaction, taking the write lock at once so that a busy database
    /// is reported before any work is done. Rolls back and rethrows the first error.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            if let audit {
                try run("UPDATE audit_session SET actor = ?, command = ?, at = ? WHERE id = 1", [.text(audit.actor), .text(audit.command), .text(audit.at)])
            }
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body`'s reads against one snapshot of the database (a deferred transaction:
    /// in WAL mode writers go on meanwhile, and nothing is written or audited).
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN DEFERRED")
        defer { try? execute("COMMIT") }
        return try body()
    }

    func error(code: Int32, sql: String) -> StorageError {
        let primary = code & 0xFF
        if primary == SQLITE_BUSY || primary == SQLITE_LOCKED { return .busy(path: path) }
        if primary == SQLITE_CANTOPEN { return .cannotOpen(path: path, reason: String(cString: sqlite3_errmsg(handle))) }
        return .sqlite(code: primary, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

/// Which upsert statement: a table's columns, its key (nil for a plain insert), and how
/// many rows it writes.
private struct UpsertShape: Hashable {
    let table: String
    let columns: [String]
    let key: [String]?
    var rows: Int
}

private struct PendingUpserts {
    var shape: UpsertShape
    /// How many rows one statement takes.
    let capacity: Int
    var values: [SQLValue] = []
}
