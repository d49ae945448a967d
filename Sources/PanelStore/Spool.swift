import CSQLite
import PanelDomain

/// Rows set aside in a temporary table and read back sorted by their integer keys: SQLite
/// sorts them, spilling to a temporary file as it needs, so a listing of millions of rows
/// computed in Swift is ordered without being held in memory. Lives in the connection's
/// temporary database, which a read-only connection can write; dropped when done.
public final class Spool {
    let database: Database
    let name: String
    let keys: Int
    let values: Int
    let insert: Statement

    public init(_ database: Database, keys: Int, values: Int) throws(StorageError) {
        self.database = database
        self.keys = keys
        self.values = values
        name = "spool_\(UInt32.random(in: 0...UInt32.max))"
        // Scratch rows no one rolls back: without a journal the temporary database neither
        // writes one nor holds one in memory (up to the 16 MiB a statement's may take).
        _ = try database.scalar("PRAGMA temp.journal_mode = OFF")
        let columns = (0..<keys).map { "k\($0) INTEGER" } + (0..<values).map { "v\($0)" }
        try database.execute("CREATE TEMP TABLE \(name) (\(columns.joined(separator: ", ")))")
        insert = try Statement(database: database, sql: "INSERT INTO temp.\(name) VALUES (\(Array(repeating: "?", count: keys + values).joined(separator: ", ")))")
    }

    deinit { try? database.execute("DROP TABLE IF EXISTS temp.\(name)") }

    /// Sets a row aside: `keys` integers to sort by, then `values` to read back.
    public func append(keys: [Int], values: [SQLValue]) throws(StorageError) {
        // Its own statement, bound in place: this runs once a row, millions of times.
        for (index, key) in keys.enumerated() { sqlite3_bind_int64(insert.handle, Int32(index + 1), Int64(key)) }
        try insert.bind(values, from: Int32(keys.count + 1))
        _ = try insert.step()
        sqlite3_reset(insert.handle)
    }

    /// Every row in the order of its keys (first key first), ties in the order appended;
    /// the row's values are columns 0 to `values - 1`.
    public func forEachSorted(_ body: (Row) throws -> Void) throws {
        let order = ((0..<keys).map { "k\($0)" } + ["rowid"]).joined(separator: ", ")
        try database.forEach("SELECT \((0..<values).map { "v\($0)" }.joined(separator: ", ")) FROM temp.\(name) ORDER BY \(order)", table: "spool", body)
    }
}
