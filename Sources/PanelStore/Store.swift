import CSQLite
import Foundation

/// The panel database: opening, creating and upgrading the file. A file is identified
/// before anything is written to it, so another program's database, an empty file or a
/// text file given by mistake is refused as it was found.
public enum Store {
    /// How a database may be opened.
    public struct Access: Sendable {
        /// Work on a network file system with a rollback journal instead of refusing.
        public var allowNetworkFileSystem: Bool

        public init(allowNetworkFileSystem: Bool = false) { self.allowNetworkFileSystem = allowNetworkFileSystem }
    }

    /// Creates a new database (mode 0600), or makes an empty file one, or brings an existing
    /// one up to date. Returns the database and the migrations it applied.
    public static func initialise(path: String, serviceName: String?, audit: (actor: String, command: String, at: String)? = nil,
                                  access: Access = Access()) throws -> (Database, [String]) {
        let network = try networkFileSystem(path, access)
        let database = try Database(path: path, create: true)
        switch try database.identity() {
        case .panel, .empty: break
        case .otherSQLite: throw StorageError.notAPanelDatabase(path: path)
        case .notSQLite: throw StorageError.notSQLite(path: path)
        }
        try database.prepare(networkFileSystem: network)
        try database.execute("PRAGMA application_id = \(Database.applicationID)")
        let applied = try Migrator.migrate(database)
        try Schema.requireTriggers(database)
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

    /// Opens an existing panel database to write, applying any migrations this version adds.
    public static func open(path: String, access: Access = Access()) throws -> Database {
        let network = try networkFileSystem(path, access)
        let database = try identified(path)
        try database.prepare(networkFileSystem: network)
        try Migrator.migrate(database)
        try Schema.requireTriggers(database)
        return database
    }

    /// Opens an existing panel database to read. Nothing in the file changes: a database an
    /// older version wrote is not upgraded but refused, saying how to upgrade it.
    public static func openForReading(path: String, access: Access = Access()) throws -> Database {
        _ = try networkFileSystem(path, access)
        let database = try identified(path)
        try database.execute("PRAGMA foreign_keys = ON")
        let pending = try Migrator.pending(in: database)
        if !pending.isEmpty {
            let unknown = Set(try Migrator.applied(in: database)).subtracting(Schema.migrations.map(\.name))
            if !unknown.isEmpty { throw StorageError.newerSchema(path: path, unknown: unknown.sorted()) }
            throw StorageError.needsUpgrade(path: path, pending: pending)
        }
        return database
    }

    /// An existing file that is a panel database, or the reason it is not one.
    static func identified(_ path: String) throws -> Database {
        let database = try Database(path: path)
        switch try database.identity() {
        case .panel: return database
        case .empty: throw StorageError.notInitialised(path: path)
        case .otherSQLite: throw StorageError.notAPanelDatabase(path: path)
        case .notSQLite: throw StorageError.notSQLite(path: path)
        }
    }

    /// Refuses a database on a network file system unless allowed, and says whether it is
    /// on one (then it is worked on with a rollback journal).
    static func networkFileSystem(_ path: String, _ access: Access) throws(StorageError) -> Bool {
        guard path != ":memory:", let kind = FileSystem.networkKind(of: path) else { return false }
        guard access.allowNetworkFileSystem else { throw .networkFileSystem(path: path, kind: kind) }
        return true
    }

    public static func serviceName(_ database: Database) throws(StorageError) -> String {
        try database.scalar("SELECT name FROM service WHERE id = 1") ?? "Fostering and adoption service"
    }

    /// Names the service, as its papers print it.
    @discardableResult
    public static func setServiceName(_ name: String, in database: Database) throws(StorageError) -> SaveOutcome {
        if try serviceName(database) == name { return .unchanged }
        try database.run("INSERT INTO service (id, name) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name", [.text(name)])
        return .updated
    }
}

/// What kind of file system a path is on.
public enum FileSystem {
    /// The network file systems SQLite's write-ahead log is not safe on, by the `f_type`
    /// that statfs(2) gives (linux/magic.h): NFS, SMB, CIFS, SMB2, and FUSE (sshfs and the like).
    static let networkTypes: [UInt: String] = [
        0x6969: "NFS", 0x517B: "SMB", 0xFF53_4D42: "CIFS", 0xFE53_4D42: "SMB2", 0x6573_5546: "FUSE",
    ]

    /// The network file system `path` (or, for a file not made yet, its folder) is on, or nil.
    public static func networkKind(of path: String) -> String? {
        let target = FileManager.default.fileExists(atPath: path) ? path : (path as NSString).deletingLastPathComponent
        let type = panel_filesystem_type(target.isEmpty ? "." : target)
        return type < 0 ? nil : networkKind(type: UInt(truncatingIfNeeded: type))
    }

    public static func networkKind(type: UInt) -> String? { networkTypes[type & 0xFFFF_FFFF] }
}
