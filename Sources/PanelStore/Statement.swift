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

    /// The bytes of the texts bound now, kept here so that SQLite reads them in place
    /// (SQLITE_STATIC) rather than copying each into memory of its own: an import binds
    /// millions of texts. They stay as they are until the statement is next bound, reset
    /// and cleared first, or finalized.
    private var texts = UnsafeMutableRawBufferPointer(start: nil, count: 0)

    deinit {
        sqlite3_finalize(handle)
        texts.deallocate()
    }

    /// Done with for now: reset so it holds no read lock, and free for reuse.
    func finish() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        inUse = false
    }

    func bind(_ values: [SQLValue]) throws(StorageError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        var needed = 0, anyText = false
        for case .text(let text) in values {
            needed += text.utf8.count
            anyText = true
        }
        // A byte to spare, so that even an empty text has an address (a null one binds NULL).
        if anyText && needed >= texts.count {
            texts.deallocate()
            texts = .allocate(byteCount: max(needed + 1, 2 * texts.count), alignment: 1)
        }
        var used = 0
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(var text):
                let start = texts.baseAddress! + used
                let count = text.withUTF8 { bytes in
                    UnsafeMutableRawBufferPointer(rebasing: texts[used...]).copyMemory(from: UnsafeRawBufferPointer(bytes))
                    return bytes.count
                }
                used += count
                // nil is SQLITE_STATIC: the bytes are ours, and stay put while bound.
                code = count <= Int32.max ? sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(count), nil) : SQLITE_TOOBIG
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
