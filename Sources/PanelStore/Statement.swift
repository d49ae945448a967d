import CSQLite
import PanelDomain

/// A prepared statement, finalized when it goes out of use.
public final class Statement {
    let handle: OpaquePointer
    let sql: String
    unowned let database: Database
    /// Set while the statement is being stepped, so the cache does not hand it out twice.
    var inUse = false

    init(database: Database, sql: String) throws(StorageError) {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw database.error(code: code, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Done with for now: reset so it holds no read lock, and free for reuse.
    func finish() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        inUse = false
    }

    func bind(_ values: [SQLValue]) throws(StorageError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        try bind(values, from: 1)
    }

    /// Binds `values` to the parameters from `first` on, leaving the others as they are.
    func bind(_ values: [SQLValue], from first: Int32) throws(StorageError) {
        for (offset, value) in values.enumerated() {
            let index = first + Int32(offset)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(let text): code = sqlite3_bind_text(handle, index, text, -1, panel_sqlite_transient())
            }
            guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
        }
    }

    /// Steps once: true while there is a row to read.
    func step() throws(StorageError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(code: code, sql: sql)
        }
    }
}

/// One result row, read by column position. Reading errors name the table and column.
public struct Row {
    let statement: Statement
    let table: String

    public func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement.handle, column) == SQLITE_NULL
    }

    public func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement.handle, column) else { return nil }
        return String(cString: pointer)
    }

    public func int(_ column: Int32) -> Int? {
        isNull(column) ? nil : Int(sqlite3_column_int64(statement.handle, column))
    }

    public func string(_ column: Int32) throws(StorageError) -> String {
        guard let value = text(column) else { throw decoding(column, "is empty") }
        return value
    }

    public func integer(_ column: Int32) throws(StorageError) -> Int {
        guard let value = int(column) else { throw decoding(column, "is empty") }
        return value
    }

    /// Read from SQLite's bytes without making a String first: a large listing reads
    /// hundreds of thousands of days.
    public func day(_ column: Int32) throws(StorageError) -> Day? {
        guard let bytes = sqlite3_column_text(statement.handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement.handle, column))
        guard let day = Day(iso: UnsafeBufferPointer(start: bytes, count: count))
        else { throw decoding(column, "is not a YYYY-MM-DD day") }
        return day
    }

    public func choice<T: RawRepresentable>(_ column: Int32, _ type: T.Type) throws(StorageError) -> T? where T.RawValue == String {
        guard let value = text(column) else { return nil }
        guard let choice = T(rawValue: value) else { throw decoding(column, "holds a value this version does not know") }
        return choice
    }

    private func decoding(_ column: Int32, _ reason: String) -> StorageError {
        let name = sqlite3_column_name(statement.handle, column).map { String(cString: $0) } ?? "column \(column)"
        return .decoding(table: table, column: name, reason: reason)
    }
}
