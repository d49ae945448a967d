import CSQLite
import PanelDomain

/// Rows set aside in a temporary table and read back sorted by their integer keys: SQLite
/// sorts them, spilling to a temporary file as it needs, so a listing of millions of rows
/// computed in Swift is ordered without being held in memory. Lives in the connection's
/// temporary database, which a read-only connection can write; dropped when done.
///
/// A row's values go in one blob, written and read in order: binding and reading a dozen
/// columns a row was a fifth of the D3 listing's time.
public final class Spool {
    let database: Database
    let name: String
    let keys: Int
    let insert: Statement
    /// The blob of the row being appended, its storage kept from row to row.
    private var blob = SpoolBlob()

    public init(_ database: Database, keys: Int) throws(StorageError) {
        self.database = database
        self.keys = keys
        name = "spool_\(UInt32.random(in: 0...UInt32.max))"
        // Scratch rows no one rolls back: without a journal the temporary database neither
        // writes one nor holds one in memory (up to the 16 MiB a statement's may take).
        _ = try database.scalar("PRAGMA temp.journal_mode = OFF")
        let columns = (0..<keys).map { "k\($0) INTEGER" } + ["v BLOB"]
        try database.execute("CREATE TEMP TABLE \(name) (\(columns.joined(separator: ", ")))")
        insert = try Statement(database: database, sql: "INSERT INTO temp.\(name) VALUES (\(Array(repeating: "?", count: keys + 1).joined(separator: ", ")))")
    }

    deinit { try? database.execute("DROP TABLE IF EXISTS temp.\(name)") }

    /// Sets a row aside: `keys` integers to sort by, then the values `write` puts in the
    /// row's blob, to be read back in the same order.
    public func append(keys: [Int], _ write: (inout SpoolBlob) -> Void) throws(StorageError) {
        precondition(keys.count == self.keys, "a spool row has \(self.keys) keys")
        for (index, key) in keys.enumerated() { sqlite3_bind_int64(insert.handle, Int32(index + 1), Int64(key)) }
        blob.bytes.removeAll(keepingCapacity: true)
        write(&blob)
        // Bound without a copy (a nil destructor is SQLITE_STATIC): the bytes stay put until
        // the step below is done, and the statement is reset before they change.
        let code = blob.bytes.withUnsafeBytes { bytes in
            sqlite3_bind_blob(insert.handle, Int32(self.keys + 1), bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), nil)
                == SQLITE_OK ? sqlite3_step(insert.handle) : SQLITE_MISUSE
        }
        sqlite3_reset(insert.handle)
        guard code == SQLITE_DONE else { throw database.error(code: code, sql: insert.sql) }
    }

    /// Every row's values, in the order of its keys (first key first), ties in the order
    /// appended, each read with `SpoolReader` in the order it was written.
    public func forEachSorted(_ body: (inout SpoolReader) throws -> Void) throws {
        let order = ((0..<keys).map { "k\($0)" } + ["rowid"]).joined(separator: ", ")
        try database.forEach("SELECT v FROM temp.\(name) ORDER BY \(order)", table: "spool") { row in
            let count = Int(sqlite3_column_bytes(row.statement.handle, 0))
            var reader = SpoolReader(bytes: UnsafeRawBufferPointer(start: sqlite3_column_blob(row.statement.handle, 0), count: count))
            try body(&reader)
        }
    }
}

/// A spool row's values as bytes: each a tag, then an integer's 8 bytes or a text's length
/// (4 bytes) and UTF-8. Read back by `SpoolReader` in the order written.
public struct SpoolBlob {
    var bytes: [UInt8] = []

    public mutating func int(_ value: Int?) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func text(_ value: String) {
        bytes.append(2)
        withUnsafeBytes(of: UInt32(value.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        // From the bytes in place: appending the UTF8View goes a byte at a time.
        var value = value
        value.withUTF8 { bytes.append(contentsOf: $0) }
    }
}

/// Reads a spool row's values in the order `SpoolBlob` wrote them.
public struct SpoolReader {
    let bytes: UnsafeRawBufferPointer
    var at = 0

    public mutating func int() -> Int? {
        precondition(bytes[at] < 2, "a spool row read out of the order it was written")
        defer { at += bytes[at] == 1 ? 9 : 1 }
        guard bytes[at] == 1 else { return nil }
        return Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: at + 1, as: Int64.self)))
    }

    public mutating func text() -> String {
        precondition(bytes[at] == 2, "a spool row read out of the order it was written")
        let count = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at + 1, as: UInt32.self)))
        defer { at += 5 + count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(at + 5)..<(at + 5 + count)]), as: UTF8.self)
    }
}
