/// A named step of the schema. Shipped steps are never edited: a change is a new step.
public struct Migration: Sendable {
    public let name: String
    public let sql: String
}

/// Applies the schema's migrations in order, each in its own transaction together with the
/// row that records it, and refuses a database that has steps this version does not know.
public enum Migrator {
    static let bookkeeping = """
        CREATE TABLE IF NOT EXISTS panel_migrations (
            name TEXT PRIMARY KEY,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ) STRICT
        """

    public static func applied(in database: Database) throws(StorageError) -> [String] {
        let exists = try database.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'panel_migrations'")
        guard exists == "1" else { return [] }
        return try database.query("SELECT name FROM panel_migrations ORDER BY name", table: "panel_migrations") {
            row throws(StorageError) in try row.string(0)
        }
    }

    public static func pending(in database: Database, migrations: [Migration] = Schema.migrations) throws(StorageError) -> [String] {
        let done = Set(try applied(in: database))
        return migrations.map(\.name).filter { !done.contains($0) }
    }

    /// Brings the database up to date and returns the names of the steps it applied.
    @discardableResult
    public static func migrate(_ database: Database, migrations: [Migration] = Schema.migrations) throws -> [String] {
        let done = try applied(in: database)
        let known = Set(migrations.map(\.name))
        let unknown = done.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw StorageError.newerSchema(path: database.path, unknown: unknown) }
        var appliedNow: [String] = []
        for migration in migrations where !done.contains(migration.name) {
            try database.transaction {
                try database.execute(bookkeeping)
                try database.execute(migration.sql)
                try database.run("INSERT INTO panel_migrations (name) VALUES (?)", [.text(migration.name)])
            }
            appliedNow.append(migration.name)
        }
        return appliedNow
    }
}
