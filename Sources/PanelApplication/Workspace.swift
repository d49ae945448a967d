import Foundation
import PanelDomain
import PanelStore

/// What every use case runs against: the database file, the service's data files, the day
/// it is and who is acting. A front end (the `panel` command, a test, a scheduled job) makes
/// one and calls its use cases, each of which is one transaction: a writing one reads,
/// checks and writes inside the same `BEGIN IMMEDIATE`, so two at once cannot lose each
/// other's changes or break a limit between them.
public final class Workspace {
    /// Who is acting and with which command, for the audit trail; `now` gives the moment of
    /// each write, in UTC, as ISO 8601.
    public struct Actor: Sendable {
        public var name: String
        public var command: String
        public var now: @Sendable () -> String

        public init(name: String, command: String, now: @escaping @Sendable () -> String) {
            self.name = name
            self.command = command
            self.now = now
        }
    }

    public let databasePath: String
    /// The service's overrides of the shipped data files, and whether the user named the
    /// folder (then it must exist).
    public let local: (path: String, explicit: Bool)
    /// The shipped `Data/` folder.
    public let dataDirectory: String
    public let today: Day
    public let actor: Actor
    /// Whether a database on a network file system may be used (with a rollback journal).
    public let access: Store.Access
    /// The database opened to write (and brought up to date), or to read only.
    var opened: Database?
    private var openedForReading: Database?
    private var loadedData: ServiceData?

    public init(databasePath: String, local: (path: String, explicit: Bool)?, dataDirectory: String, today: Day, actor: Actor,
                access: Store.Access = Store.Access()) {
        self.databasePath = databasePath
        self.local = local ?? ((databasePath as NSString).deletingLastPathComponent + "/local", false)
        self.dataDirectory = dataDirectory
        self.today = today
        self.actor = actor
        self.access = access
    }

    /// The shipped data files with the service's overrides, read once.
    public func serviceData() throws -> ServiceData {
        if let loadedData { return loadedData }
        let data = try ServiceData.load(shipped: dataDirectory, local: local)
        loadedData = data
        return data
    }

    /// The database to write, opened (and brought up to date) on first use.
    func database() throws -> Database {
        if let opened { return opened }
        let database = try Store.open(path: databasePath, access: access)
        opened = database
        return database
    }

    /// The database to read: a command that only reads never creates or changes the file.
    func readingDatabase() throws -> Database {
        if let database = opened ?? openedForReading { return database }
        let database = try Store.openForReading(path: databasePath, access: access)
        openedForReading = database
        return database
    }

    /// Lets go of the database, so that the file can be replaced or moved.
    func close() {
        opened = nil
        openedForReading = nil
    }

    /// Runs `body` as one writing transaction, audited as the actor's command.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        let database = try database()
        database.audit = (actor.name, actor.command, actor.now())
        return try database.transaction { try body(database) }
    }

    /// Runs `body` as a writing transaction that is rolled back at the end when `dryRun`,
    /// so that a dry run checks everything a real one does.
    func write<T>(dryRun: Bool, _ body: (Database) throws -> T) throws -> T {
        guard dryRun else { return try write(body) }
        var result: T?
        do {
            try write { database in
                result = try body(database)
                throw RolledBack()
            }
        } catch is RolledBack {}
        return result!
    }

    /// Runs `body`'s reads against one snapshot of the database.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let database = try readingDatabase()
        return try database.snapshot { try body(database) }
    }
}

/// Thrown to roll a dry run back.
private struct RolledBack: Error {}

/// What a use case refuses, beyond the problems with a record's fields.
public enum ApplicationError: Error, Equatable, LocalizedError {
    /// `add` of an id that is already there: it is never overwritten.
    case alreadyExists(kind: String, id: String)
    /// A file or folder the user named cannot be read.
    case noInput(String)
    /// Output cannot be written where asked.
    case cannotWrite(String)
    /// The request cannot be carried out as asked (a rule, not a field, stands in the way).
    case refused(String)

    public var errorDescription: String? {
        switch self {
        case .alreadyExists(let kind, let id): "\(kind) '\(id)' already exists"
        case .noInput(let message), .cannotWrite(let message), .refused(let message): message
        }
    }
}
