import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "restore",
        summary: "Replace the database with a backup, after checking the backup is whole.",
        discussion: """
            FILE must pass SQLite's integrity check, be a panel database whose schema is
            exactly what this version makes for its migrations (no table, trigger or view
            added, changed or dropped), hold no records that refer to missing ones, and be a
            backup of this service (--force restores another's). It is brought up to date and
            checked again before it replaces the database, in one transaction that holds the
            write lock: a command writing at the same time finishes first or is told the
            database is busy. The database it replaces is kept beside it as
            DB.before-restore-TIMESTAMP, never over an earlier one, and the restore is
            recorded in the restored database's audit trail.
            """)

    @Argument("FILE", help: "The backup to restore.") var file: String
    @Flag(help: "Restore a backup of another service (one whose name differs from this database's).") var force: Bool
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(writer)
        let kept = try workspace.restore(from: context.absolute(file), force: force)
        context.print("Restored \(workspace.databasePath) from \(context.absolute(file))" + (kept.map { "; the database it replaced is \($0)" } ?? ""))
    }
}
