import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "restore",
        summary: "Replace the database with a backup, after checking the backup is whole.",
        discussion: """
            FILE must pass SQLite's integrity check, be a panel database, and have no schema
            step newer than this version of panel. The database it replaces is kept beside
            it as DB.before-restore-TIMESTAMP. Stop other panel commands first.
            """)

    @Argument("FILE", help: "The backup to restore.") var file: String
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(writer)
        let kept = try workspace.restore(from: context.absolute(file))
        context.print("Restored \(workspace.databasePath) from \(context.absolute(file))" + (kept.map { "; the database it replaced is \($0)" } ?? ""))
    }
}
