import CSQLite
import Foundation

/// Consistent copies of a database with SQLite's online backup API, which copies a
/// snapshot while other connections go on reading and writing, and restoring one.
public enum Backup {
    /// Copies `database` to a new file at `path` (readable by its owner only), written
    /// beside it and moved into place so that a half-written copy never has the name.
    public static func copy(_ database: Database, to path: String) throws(StorageError) {
        let temporary = path + ".panel-tmp"
        unlink(temporary)
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(path: temporary, reason: String(cString: strerror(errno))) }
        close(descriptor)
        do {
            try copyPages(from: database.handle, to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotOpen(path: path, reason: reason)
        }
    }

    private static func copyPages(from source: OpaquePointer, to path: String) throws(StorageError) {
        var target: OpaquePointer?
        guard sqlite3_open_v2(path, &target, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let target else {
            sqlite3_close_v2(target)
            throw .cannotOpen(path: path, reason: "cannot open the copy")
        }
        defer { sqlite3_close_v2(target) }
        guard let backup = sqlite3_backup_init(target, "main", source, "main") else {
            throw .sqlite(code: sqlite3_errcode(target), message: String(cString: sqlite3_errmsg(target)), sql: "backup")
        }
        // A step that meets a writer's lock waits and tries again; each step copies a
        // batch of pages, so a large file does not hold readers up.
        var code: Int32
        var waited = 0
        repeat {
            code = sqlite3_backup_step(backup, 256)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED {
                usleep(20_000)
                waited += 20
                if waited > Int(Database.busyTimeoutMilliseconds) {
                    sqlite3_backup_finish(backup)
                    throw .busy(path: path)
                }
            }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw .sqlite(code: finish, message: String(cString: sqlite3_errmsg(target)), sql: "backup")
        }
    }

    /// What is wrong with a file offered for restore, or nil when it is a whole panel
    /// database this version can open: integrity, identity and schema.
    public static func problemsRestoring(_ path: String) -> String? {
        let database: Database
        do {
            database = try Database(path: path)
            try Store.checkIdentity(database)
        } catch {
            return error.localizedDescription
        }
        do {
            let integrity = try database.query("PRAGMA integrity_check") { row in row.text(0) ?? "" }
            guard integrity == ["ok"] else { return "\(path) fails its integrity check: \(integrity.prefix(3).joined(separator: "; "))" }
            let applied = try Migrator.applied(in: database)
            guard !applied.isEmpty else { return "\(path) is not a panel database (it has no schema)" }
            let unknown = Set(applied).subtracting(Schema.migrations.map(\.name))
            guard unknown.isEmpty else { return StorageError.newerSchema(path: path, unknown: unknown.sorted()).localizedDescription }
        } catch {
            return error.localizedDescription
        }
        return nil
    }

    /// Why a file was not restored: it failed `problemsRestoring`.
    public struct Refused: Error, Equatable {
        public let problem: String
    }

    /// Replaces the database at `path` with a copy of `source`, after checking it (throwing
    /// `Refused` when it is not fit). The old file is kept as `aside`.
    public static func restore(_ source: String, over path: String, keepingOldAs aside: String) throws {
        if let problem = problemsRestoring(source) { throw Refused(problem: problem) }
        // Copied through SQLite beside the target first, so the target is replaced by one rename.
        let incoming = path + ".restoring"
        try copy(try Database(path: source), to: incoming)
        if FileManager.default.fileExists(atPath: path) {
            // Everything in the old file's log goes into it before it is moved aside.
            let old = try Database(path: path)
            _ = try old.scalar("PRAGMA wal_checkpoint(TRUNCATE)")
            guard rename(path, aside) == 0 else {
                unlink(incoming)
                throw StorageError.cannotOpen(path: aside, reason: String(cString: strerror(errno)))
            }
        }
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        guard rename(incoming, path) == 0 else { throw StorageError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        _ = try Store.open(path: path)
    }
}
