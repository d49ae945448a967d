import Foundation
import PanelStore

extension Workspace {
    /// Copies the database to `path` with SQLite's online backup, consistently, while other
    /// commands go on working. The copy is private to its owner.
    public func backup(to path: String) throws {
        guard path != databasePath else { throw ApplicationError.refused("the backup cannot be the database itself; choose another path") }
        try Backup.copy(try database(), to: path)
    }

    /// Replaces the database with a backup after checking it is whole; the replaced file is
    /// kept beside it. Returns where it was kept, when there was one.
    public func restore(from source: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: source) else { throw ApplicationError.noInput("cannot read \(source): no such file") }
        let aside = databasePath + ".before-restore-" + actor.now().filter(\.isNumber)
        opened = nil
        do {
            try Backup.restore(source, over: databasePath, keepingOldAs: aside)
        } catch let refused as Backup.Refused {
            throw ApplicationError.refused("\(refused.problem); nothing was restored")
        }
        return FileManager.default.fileExists(atPath: aside) ? aside : nil
    }
}
