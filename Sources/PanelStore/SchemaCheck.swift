import PanelDomain

/// Whether a database's schema is the one this version's migrations make: every table,
/// index, trigger and view by name and SQL, and the header values panel sets. A backup
/// crafted to drop an audit trigger, add one that deletes the log, or turn a table into a
/// view differs here, and is refused.
extension Schema {
    /// Each way `database` differs from a database made by the migrations it records as
    /// applied, in words; empty when it is as this version makes it.
    public static func differences(in database: Database) throws -> [String] {
        let applied = try Migrator.applied(in: database)
        let known = Set(migrations.map(\.name))
        var found = applied.filter { !known.contains($0) }.map { "migration \($0) is not one this version knows" }
        let reference = try Database(path: ":memory:")
        try reference.prepare(networkFileSystem: false)
        try reference.execute("PRAGMA application_id = \(Database.applicationID)")
        try Migrator.migrate(reference, migrations: migrations.filter { applied.contains($0.name) })

        func objects(_ database: Database) throws -> [String: (type: String, table: String, sql: String?)] {
            Dictionary(uniqueKeysWithValues: try database.query("SELECT type, name, tbl_name, sql FROM sqlite_schema", table: "sqlite_schema") {
                row throws(StorageError) in (try row.string(1), (try row.string(0), try row.string(2), row.text(3)))
            })
        }
        let expected = try objects(reference), actual = try objects(database)
        for name in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[name], actual[name]) {
            case let (want?, nil): found.append("\(want.type) \(name) is missing")
            case let (nil, have?): found.append("\(have.type) \(name) is not one this version makes")
            case let (want?, have?) where want.type != have.type || want.table != have.table || want.sql != have.sql:
                found.append("\(have.type) \(name) is not the \(want.type) this version makes")
            default: break
            }
        }
        for pragma in ["user_version", "application_id"] {
            let want = try reference.scalar("PRAGMA \(pragma)"), have = try database.scalar("PRAGMA \(pragma)")
            if want != have { found.append("\(pragma) is \(have ?? "missing"), not \(want ?? "")") }
        }
        return found
    }
}

extension Schema {
    /// Days stored outside the range panel accepts (`Day.accepted`), or not days at all, in
    /// every column that holds days (`date`, `*_on`, `;`-separated lists of them), as
    /// "table.column: 'value' (row id)". A file changed outside panel could hold them;
    /// nothing panel writes does. The values are days, never free text, so they are shown.
    public static func dayProblems(in database: Database) throws -> [String] {
        var found: [String] = []
        let tables = try database.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'migrations') ORDER BY name") { $0.text(0) ?? "" }
        for table in tables {
            let all = try database.query("SELECT name FROM pragma_table_info(?)", [.text(table)]) { $0.text(0) ?? "" }
            let key = all.contains("id") ? "id" : "rowid"
            for column in all where column == "date" || column.hasSuffix("_on") {
                let rows = try database.query("SELECT \(key), \"\(column)\" FROM \"\(table)\" WHERE \"\(column)\" IS NOT NULL AND \"\(column)\" <> ''") {
                    ($0.text(0) ?? "", $0.text(1) ?? "")
                }
                for (row, value) in rows {
                    for text in value.split(separator: ";").map(String.init) where !(Day(parsing: text).map(Day.accepted.contains) ?? false) {
                        found.append("\(table).\(column): '\(text.prefix(20))' \(Day(parsing: text) == nil ? "is not a day" : Day.outsideAccepted) (\(key) \(row))")
                    }
                }
            }
        }
        return found
    }
}

extension Schema {
    /// Refuses to write to a database whose audit triggers are not all there (dropped by
    /// another program): a change would go unrecorded. `panel check` says which.
    static func requireTriggers(_ database: Database) throws(StorageError) {
        let present = Set(try database.query("SELECT name FROM sqlite_schema WHERE type = 'trigger'") { $0.text(0) ?? "" })
        if let missing = Audit.triggerNames.subtracting(present).sorted().first {
            throw .unaudited(trigger: missing)
        }
    }
}
