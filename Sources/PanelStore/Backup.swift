import CSQLite
import Foundation

/// Consistent copies of a database with SQLite's online backup API, which copies a
/// snapshot while other connections go on reading and writing, and restoring one.
public enum Backup {
    /// Copies `database` to `path` (readable by its owner only), written beside it and moved
    /// into place so that a half-written copy never has the name. A file already there is
    /// replaced only if it is an earlier backup of the same service with no journal beside
    /// it; never the database itself or its journals, however spelt, another database, or
    /// anything that is not a regular file.
    /// Returns what SQLite's quick check finds wrong with the copy (empty when it is
    /// whole): a damaged database copies as it is, and the copy is kept, but it is said.
    @discardableResult
    public static func copy(_ database: Database, to path: String) throws(StorageError) -> [String] {
        let service = try Store.serviceName(database)
        try FileTarget.check(path, protecting: [database.path]) { existing in isIdleBackup(existing, of: service) }
        let temporary = try FileTarget.temporary(beside: path, suffix: ".panel-tmp")
        let problems: [String]
        do {
            try copyPages(from: database.handle, to: temporary)
            let copy = try Database(path: temporary, readOnly: true)
            problems = try copy.query("PRAGMA quick_check") { $0.text(0) ?? "" }.filter { $0 != "ok" }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        return problems
    }

    /// A panel database of `service` that nothing has open for writing (no journal beside
    /// it): an earlier backup, which a new one may replace.
    static func isIdleBackup(_ path: String, of service: String) -> Bool {
        guard ["-wal", "-shm", "-journal"].allSatisfy({ !FileManager.default.fileExists(atPath: path + $0) }),
              let existing = try? Database(path: path, readOnly: true), (try? existing.identity()) == .panel else { return false }
        return (try? Store.serviceName(existing)) == service
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
            // Read only: a backup is left exactly as it was, its log (if any) unfolded.
            let database = try Database(path: path, readOnly: true)
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
        if let owner = FileTarget.journalOwner(of: path) { throw StorageError.journalName(path: path, owner: owner) }
        if let problem = problemsRestoring(source) { throw Refused(problem: problem) }
        let incoming = try Database(path: source, readOnly: true)
        let live = FileManager.default.fileExists(atPath: path) ? try Store.identified(path) : nil
        if let live, !force {
            let current = try Store.serviceName(live), restored = try Store.serviceName(incoming)
            if current != restored {
                throw Refused(problem: "\(source) is a backup of '\(restored)', not of '\(current)'; give --force to restore it over this service's database")
            }
        }
        // The copy to restore, beside the database: migrated and checked before it goes in.
        let working = try FileTarget.temporary(beside: path, suffix: ".restoring")
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
        let days = try Schema.dayProblems(in: copy)
        guard days.isEmpty else {
            throw Refused(problem: "\(source) holds \(days.count) \(days.count == 1 ? "day" : "days") panel would not accept, such as \(days[0]); correct them in that file, or restore another backup")
        }

        guard let live else {
            try record(in: copy, audit: audit, source: source, replaced: nil)
            guard rename(working, path) == 0 else { throw StorageError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            return nil
        }
        let aside = try FileTarget.temporary(beside: path, suffix: ".before-restore-" + stamp)
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
            let temporary = try FileTarget.temporary(beside: aside, suffix: ".panel-tmp")
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
