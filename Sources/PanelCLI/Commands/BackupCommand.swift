import Foundation
import PanelStore

enum BackupCommand {
    static let backup = Command(
        name: "backup",
        summary: "Copy the database to FILE, consistently, even while it is in use.",
        discussion: """
            Uses SQLite's online backup: the copy is a snapshot of one moment, taken while
            other panel commands go on working. The copy is readable by its owner only and
            appears under its name only when it is complete. An existing FILE is replaced.
            """,
        arguments: [Argument(name: "FILE", help: "Where to write the copy.")],
        run: { invocation, context in
            let target = context.absolute(invocation.argument("FILE"))
            guard target != context.databasePath else { throw invocation.usageError("FILE is the database itself; choose another path") }
            try Backup.copy(try context.openDatabase(), to: target)
            context.print("Backed up \(context.databasePath) to \(target)")
        })

    static let restore = Command(
        name: "restore",
        summary: "Replace the database with a backup, after checking the backup is whole.",
        discussion: """
            FILE must pass SQLite's integrity check, be a panel database, and have no schema
            step newer than this version of panel. The database it replaces is kept beside
            it as DB.before-restore-TIMESTAMP. Stop other panel commands first.
            """,
        arguments: [Argument(name: "FILE", help: "The backup to restore.")],
        run: { invocation, context in
            let source = context.absolute(invocation.argument("FILE"))
            guard FileManager.default.fileExists(atPath: source) else { throw CLIError.noInput("cannot read \(source): no such file") }
            let path = context.databasePath
            let aside = path + ".before-restore-" + context.now.filter { $0.isNumber }
            do {
                try Backup.restore(source, over: path, keepingOldAs: aside)
            } catch let refused as Backup.Refused {
                throw CLIError.data("\(refused.problem); nothing was restored")
            }
            let kept = FileManager.default.fileExists(atPath: aside) ? "; the database it replaced is \(aside)" : ""
            context.print("Restored \(path) from \(source)\(kept)")
        })
}
