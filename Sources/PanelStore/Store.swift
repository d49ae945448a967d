import Foundation

/// The panel database: opening, creating and upgrading the file.
public enum Store {
    /// Creates a new database (mode 0600) or brings an existing one up to date.
    /// Returns the database and the migrations it applied.
    public static func initialise(path: String, serviceName: String?, audit: (actor: String, command: String, at: String)? = nil) throws -> (Database, [String]) {
        let isNew = path == ":memory:" || !FileManager.default.fileExists(atPath: path)
        let database = try Database(path: path, create: true)
        if !isNew { try checkIdentity(database) }
        try database.execute("PRAGMA application_id = \(Database.applicationID)")
        let applied = try Migrator.migrate(database)
        database.audit = audit
        try database.transaction {
            if let serviceName {
                try database.run(
                    "INSERT INTO service (id, name) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE name <> excluded.name",
                    [.text(serviceName)])
            } else if try database.scalar("SELECT count(*) FROM service") == "0" {
                try database.run("INSERT INTO service (id, name) VALUES (1, 'Fostering and adoption service')")
            }
        }
        return (database, applied)
    }

    /// Opens an existing panel database, applying any migrations this version adds.
    public static func open(path: String) throws -> Database {
        let database = try Database(path: path)
        try checkIdentity(database)
        try Migrator.migrate(database)
        return database
    }

    /// Refuses a file that is some other program's SQLite database.
    static func checkIdentity(_ database: Database) throws(StorageError) {
        let id = try database.scalar("PRAGMA application_id")
        if id == String(Database.applicationID) { return }
        let tables = try database.scalar("SELECT count(*) FROM sqlite_schema")
        if id == "0" && tables == "0" { return }
        throw .notAPanelDatabase(path: database.path)
    }

    public static func serviceName(_ database: Database) throws(StorageError) -> String {
        try database.scalar("SELECT name FROM service WHERE id = 1") ?? "Fostering and adoption service"
    }
}
