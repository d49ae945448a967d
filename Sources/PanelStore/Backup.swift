import CSQLite
import Foundation

/// Consistent copies of a database with SQLite's online backup API, which copies a
/// snapshot while other connections go on reading and writing, and restoring one.
public enum Backup {
    /// Copies `database` to `path` (readable by its owner only), written beside it and moved
    /// into place so that a half-written copy never has the name; a file already there is
    /// replaced. Refuses a path that is the database itself or one of its journals, however
    /// it is spelt, and anything that is not a regular file.
    public static func copy(_ database: Database, to path: String) throws(StorageError) {
        try checkTarget(path, database: database.path)
        let temporary = try privateFile(beside: path, named: (path as NSString).lastPathComponent + ".panel-tmp")
        do {
            try copyPages(from: database.handle, to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Where a copy may not go: the database and its `-wal`, `-shm` and `-journal` files,
    /// compared by their resolved paths and, when the target exists, by inode; and anything
    /// that exists but is not a regular file. A missing folder is said as such.
    public static func checkTarget(_ path: String, database: String) throws(StorageError) {
        let folder = (path as NSString).deletingLastPathComponent
        var status = stat()
        guard stat(folder.isEmpty ? "." : folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { throw .missingFolder(path: path) }
        let resolvedTarget = resolved(path)
        let databaseFiles = ["", "-wal", "-shm", "-journal"].map { database + $0 }
        if databaseFiles.map(resolved).contains(resolvedTarget) {
            throw .refusedTarget(path: path, reason: "it is the database or one of its journal files; choose another path")
        }
        guard lstat(path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw .refusedTarget(path: path, reason: "it is not a regular file (a folder, device, pipe or link); give a new path or a file")
        }
        for file in databaseFiles {
            var other = stat()
            if stat(file, &other) == 0 && other.st_dev == status.st_dev && other.st_ino == status.st_ino {
                throw .refusedTarget(path: path, reason: "it is the database or one of its journal files under another name; choose another path")
            }
        }
    }

    /// The path with its folder's links and `..` resolved, as the file system sees it.
    static func resolved(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let real = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
        defer { free(real) }
        return String(cString: real) + "/" + (path as NSString).lastPathComponent
    }

    /// A new, empty file private to its owner beside `path`, named `name` or, when that is
    /// taken, `name-2`, `name-3`...: never one already there.
    static func privateFile(beside path: String, named name: String) throws(StorageError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        for attempt in 1...1000 {
            let candidate = (folder.isEmpty ? "" : folder + "/") + name + (attempt == 1 ? "" : "-\(attempt)")
            let descriptor = open(candidate, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            if descriptor >= 0 {
                close(descriptor)
                return candidate
            }
            guard errno == EEXIST else { throw .cannotWrite(path: candidate, reason: String(cString: strerror(errno))) }
        }
        throw .cannotWrite(path: path, reason: "a thousand files of that name are already there")
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
        try run(backup, pages: 256, destination: target, path: path)
    }

    /// Steps a backup to its end, `pages` at a time: a step that meets a lock waits and
    /// tries again, up to the busy timeout.
    private static func run(_ backup: OpaquePointer, pages: Int32, destination: OpaquePointer, path: String) throws(StorageError) {
        var code: Int32
        var waited = 0
        repeat {
            code = sqlite3_backup_step(backup, pages)
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
            throw .sqlite(code: finish, message: String(cString: sqlite3_errmsg(destination)), sql: "backup")
        }
    }

    /// What is wrong with a file offered for restore, or nil when it is a whole panel
    /// database this version made: integrity, identity, schema and foreign keys. Read
    /// without writing anything to it.
    public static func problemsRestoring(_ path: String) -> String? {
        do {
            let database = try Database(path: path)
            switch try database.identity() {
            case .panel: break
            case .empty: return "\(path) is not a panel database (it has no schema)"
            case .otherSQLite: return StorageError.notAPanelDatabase(path: path).localizedDescription
            case .notSQLite: return StorageError.notSQLite(path: path).localizedDescription
            }
            let integrity = try database.query("PRAGMA integrity_check") { row in row.text(0) ?? "" }
            guard integrity == ["ok"] else { return "\(path) fails its integrity check: \(integrity.prefix(3).joined(separator: "; "))" }
            guard !(try Migrator.applied(in: database)).isEmpty else { return "\(path) is not a panel database (it has no schema)" }
            let differences = try Schema.differences(in: database)
            guard differences.isEmpty else {
                return "\(path) is not as panel makes its databases: " + differences.prefix(5).joined(separator: "; ") + (differences.count > 5 ? "; and \(differences.count - 5) more" : "")
            }
            let orphans = try database.query("PRAGMA foreign_key_check") { row in "\(row.text(0) ?? "?") row \(row.text(1) ?? "?")" }
            guard orphans.isEmpty else { return "\(path) has records that refer to missing ones: " + orphans.prefix(3).joined(separator: "; ") }
        } catch {
            return error.localizedDescription
        }
        return nil
    }

    /// Why a file was not restored.
    public struct Refused: Error, Equatable {
        public let problem: String
    }

    /// Replaces the database at `path` with `source`, and returns where the database it
    /// replaced was kept (beside it, as `path.before-restore-STAMP`, never over another), or
    /// nil when there was none. Before anything changes, `source` is checked
    /// (`problemsRestoring`), must be the same service's unless `force`, and a working copy
    /// of it is migrated and checked again and given an audit entry for the restore. The
    /// swap is one SQLite transaction on the live file, holding its write lock from before
    /// the old database is copied aside until the new one is in: a writer either finishes
    /// first or is told the database is busy, and the file always holds the old database or
    /// the new one, whenever the restore is stopped.
    public static func restore(_ source: String, over path: String, stamp: String, force: Bool,
                               audit: (actor: String, command: String, at: String)) throws -> String? {
        if let problem = problemsRestoring(source) { throw Refused(problem: problem) }
        let incoming = try Database(path: source)
        let live = FileManager.default.fileExists(atPath: path) ? try Store.identified(path) : nil
        if let live, !force {
            let current = try Store.serviceName(live), restored = try Store.serviceName(incoming)
            if current != restored {
                throw Refused(problem: "\(source) is a backup of '\(restored)', not of '\(current)'; give --force to restore it over this service's database")
            }
        }
        // The copy to restore, beside the database: migrated and checked before it goes in.
        let working = try privateFile(beside: path, named: (path as NSString).lastPathComponent + ".restoring")
        defer { unlink(working); unlink(working + "-journal") }
        try copyPages(from: incoming.handle, to: working)
        let copy = try Database(path: working)
        try copy.prepare(networkFileSystem: true)
        if let live, let size = try live.scalar("PRAGMA page_size"), try copy.scalar("PRAGMA page_size") != size {
            // The backup API copies pages into a write-ahead-logged file only of its page size.
            try copy.execute("PRAGMA page_size = \(size); VACUUM")
        }
        try Migrator.migrate(copy)
        let differences = try Schema.differences(in: copy)
        guard differences.isEmpty else { throw Refused(problem: "\(source) is not as panel makes its databases once brought up to date: " + differences.joined(separator: "; ")) }

        guard let live else {
            try record(in: copy, audit: audit, source: source, replaced: nil)
            guard rename(working, path) == 0 else { throw StorageError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            return nil
        }
        let aside = try privateFile(beside: path, named: (path as NSString).lastPathComponent + ".before-restore-" + stamp)
        try record(in: copy, audit: audit, source: source, replaced: aside)
        guard let backup = sqlite3_backup_init(live.handle, "main", copy.handle, "main") else {
            throw StorageError.sqlite(code: sqlite3_errcode(live.handle), message: String(cString: sqlite3_errmsg(live.handle)), sql: "restore")
        }
        // A step of no pages takes the live file's write lock, held until the backup ends.
        var waited = 0
        while case let code = sqlite3_backup_step(backup, 0), code == SQLITE_BUSY || code == SQLITE_LOCKED {
            usleep(20_000)
            waited += 20
            if waited > Int(Database.busyTimeoutMilliseconds) {
                sqlite3_backup_finish(backup)
                unlink(aside)
                throw StorageError.busy(path: path)
            }
        }
        // Under that lock the old database cannot change: copy it aside, then restore.
        do {
            let reader = try Database(path: path)
            let temporary = try privateFile(beside: aside, named: (aside as NSString).lastPathComponent + ".panel-tmp")
            do {
                try copyPages(from: reader.handle, to: temporary)
            } catch {
                unlink(temporary)
                throw error
            }
            guard rename(temporary, aside) == 0 else { throw StorageError.cannotWrite(path: aside, reason: String(cString: strerror(errno))) }
        } catch {
            sqlite3_backup_finish(backup)
            throw error
        }
        try run(backup, pages: -1, destination: live.handle, path: path)
        return aside
    }

    /// The restore in the restored database's own audit trail: who, when, from which file,
    /// and where the database it replaced was kept.
    private static func record(in database: Database, audit: (actor: String, command: String, at: String), source: String, replaced: String?) throws {
        try database.run(
            """
            INSERT INTO audit_log (at, actor, command, record_kind, record_id, part, action, before, after)
            VALUES (?, ?, ?, 'database', 'restore', 'restore', 'changed', NULL, json_object('restored_from', ?, 'replaced_database_kept_as', ?))
            """,
            [.text(audit.at), .text(audit.actor), .text(audit.command), .text(source), replaced.map(SQLValue.text) ?? .null])
    }
}
