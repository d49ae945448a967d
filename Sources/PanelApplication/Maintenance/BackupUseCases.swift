import Foundation
import PanelStore

extension Workspace {
    /// Copies the database to `path` with SQLite's online backup, consistently, while other
    /// commands go on working. The copy is private to its owner.
    /// Returns what is wrong with the copy when the database is damaged (the copy is still
    /// written: it may be the best there is).
    public func backup(to path: String) throws -> [String] {
        try Backup.copy(try readingDatabase(), to: path)
    }

    /// Replaces the database with a backup, after checking it is whole, is a panel database
    /// as this version makes them and (unless `force`) is this service's; the restore is
    /// recorded in the restored database's audit trail. Returns where the replaced database
    /// was kept, when there was one (`Backup.restore`).
    public func restore(from source: String, force: Bool) throws -> String? {
        guard FileManager.default.fileExists(atPath: source) else { throw ApplicationError.noInput("cannot read \(source): no such file") }
        close()
        let at = actor.now()
        do {
            return try Backup.restore(source, over: databasePath, stamp: at.filter(\.isNumber), force: force, audit: (actor.name, actor.command, at))
        } catch let refused as Backup.Refused {
            throw ApplicationError.refused("\(refused.problem); nothing was restored")
        }
    }
}
