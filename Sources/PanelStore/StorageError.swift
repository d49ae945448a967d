import CSQLite
import Foundation
import PanelDomain

/// What can go wrong between the tool and its database file. Messages name the file, table
/// or statement but never a bound value: those are children's and carers' details.
public enum StorageError: Error, Equatable, Sendable {
    case missingDatabase(path: String)
    case cannotOpen(path: String, reason: String)
    /// The path names a folder, not a database file.
    case isFolder(path: String)
    /// The folder a new database (or a copy) would go in is not there.
    case missingFolder(path: String)
    /// The file is not an SQLite database at all (a text file, say).
    case notSQLite(path: String)
    /// An SQLite database of another program's.
    case notAPanelDatabase(path: String)
    /// An empty file, or a database with no panel schema yet: `panel init` makes one.
    case notInitialised(path: String)
    /// A database an older version wrote, which a command that only reads will not upgrade.
    case needsUpgrade(path: String, pending: [String])
    /// On NFS or SMB, where SQLite's write-ahead log cannot keep two processes apart.
    case networkFileSystem(path: String, kind: String)
    /// A file the tool will not write: the database itself, one of its journals, or
    /// something that is not a regular file (a device, a pipe, a link).
    case refusedTarget(path: String, reason: String)
    /// The path is another database's `-wal`, `-shm` or `-journal`.
    case journalName(path: String, owner: String)
    /// A copy or a kept file cannot be written.
    case cannotWrite(path: String, reason: String)
    case newerSchema(path: String, unknown: [String])
    /// An audit trigger is gone (dropped by another program): a write would go unrecorded.
    case unaudited(trigger: String)
    case busy(path: String)
    case sqlite(code: Int32, message: String, sql: String)
    case decoding(table: String, column: String, reason: String)
    case notFound(kind: String, id: String)
}

extension StorageError {
    /// What an SQLite failure means for the person at the keyboard.
    public enum Cause: Sendable {
        /// The file, its journal or its folder cannot be written: read-only, disk full, I/O.
        case cannotWrite
        /// The file is damaged: restore the last good backup.
        case damaged
        /// A table or column is not as this version made it: changed outside panel.
        case schemaChanged
        /// A value the database's own rules refuse (a CHECK or a UNIQUE): bad data.
        case refusedValue
        case other
    }

    public var cause: Cause? {
        guard case .sqlite(let code, let message, _) = self else { return nil }
        switch code & 0xFF {
        case SQLITE_READONLY, SQLITE_FULL, SQLITE_IOERR, SQLITE_PERM, SQLITE_CANTOPEN: return .cannotWrite
        case SQLITE_CORRUPT, SQLITE_NOTADB: return .damaged
        case SQLITE_CONSTRAINT: return .refusedValue
        case SQLITE_ERROR where message.hasPrefix("no such table") || message.hasPrefix("no such column") || message.hasPrefix("table "):
            return .schemaChanged
        default: return .other
        }
    }

    /// What to do about an SQLite failure, said after it.
    public var advice: String {
        switch cause {
        case .cannotWrite?: "panel needs to write the database file and the folder it is in (for its journal), even to read; check the permissions and the free space"
        case .damaged?: "the database file is damaged; run 'panel check' to see what, and restore the last good backup with 'panel restore'"
        case .schemaChanged?: "the database's tables are not as this version of panel made them (changed by another program?); run 'panel check'"
        case .refusedValue?: "the database refuses that value; nothing was written"
        default: ""
        }
    }
}

extension StorageError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .missingDatabase(let path):
            "no database at \(path); create one with 'panel init' or choose another with --db PATH"
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .isFolder(let path):
            "\(path) is a folder, not a database file; give the file's path with --db PATH"
        case .missingFolder(let path):
            "the folder \((path as NSString).deletingLastPathComponent) does not exist, so \((path as NSString).lastPathComponent) cannot be made there"
        case .notSQLite(let path):
            "\(path) is not an SQLite database; choose a panel database with --db PATH"
        case .notAPanelDatabase(let path):
            "\(path) is an SQLite database but not a panel database; choose another with --db PATH"
        case .notInitialised(let path):
            "\(path) has no panel database in it yet; create one with 'panel init --db \(path)'"
        case .needsUpgrade(let path, let pending):
            "\(path) was written by an older version of panel (it lacks \(pending.joined(separator: ", "))); bring it up to date with 'panel init --db \(path)'"
        case .networkFileSystem(let path, let kind):
            "\(path) is on a network file system (\(kind)), where SQLite's write-ahead log cannot keep two panel commands from corrupting the file; move it to a local disk, or give --allow-network-fs to use a rollback journal instead (one command at a time)"
        case .newerSchema(let path, let unknown):
            "\(path) was written by a newer version of panel (it has migrations \(unknown.joined(separator: ", ")) this version does not know); upgrade panel before using it"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .refusedTarget(let path, let reason):
            "will not write \(path): \(reason)"
        case .journalName(let path, let owner):
            "will not use \(path) as a database: it is the name of the journal of \(owner), which SQLite deletes or replays; choose another path with --db"
        case .unaudited(let trigger):
            "the database's audit trigger \(trigger) is missing (changed by another program?), so a change would not be recorded; nothing was written. Run 'panel check', and restore the last good backup"
        case .busy(let path):
            "the database \(path) is busy with another panel command; try again in a moment"
        case .sqlite(let code, let message, let sql):
            "database error \(code): \(message) (in: \(sql.prefix(120)))" + (advice.isEmpty ? "" : "; " + advice)
        case .decoding(let table, let column, let reason):
            "the database has a bad value in \(table).\(column): \(reason); run 'panel check'"
        case .notFound(let kind, let id) where !FieldKind.id(id, or: "").isEmpty:
            "no \(kind) with id '\(id)'"
        case .notFound(let kind, _):
            "no \(kind) has the id given (an id is letters, digits and - _ . / : only)"
        }
    }
}
