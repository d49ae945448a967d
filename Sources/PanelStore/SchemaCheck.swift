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
