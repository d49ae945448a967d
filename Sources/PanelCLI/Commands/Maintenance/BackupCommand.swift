import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "backup",
        summary: "Copy the database to FILE, consistently, even while it is in use.",
        discussion: """
            Uses SQLite's online backup: the copy is a snapshot of one moment, taken while
            other panel commands go on working. The copy is readable by its owner only and
            appears under its name only when it is complete. An existing FILE is replaced
            only when it is an earlier backup of this service (never another database, a
            journal or the database itself). The copy is checked (SQLite's quick check):
            if the database is damaged, the copy is kept, what is wrong is said, and the
            exit code is 1.
            """)

    @Argument("FILE", help: "Where to write the copy.") var file: String
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        let problems = try workspace.backup(to: context.absolute(file))
        context.print("Backed up \(workspace.databasePath) to \(context.absolute(file))")
        guard problems.isEmpty else {
            problems.prefix(10).forEach { context.warn("integrity: \($0)") }
            throw ProblemsFound(summary: "the database is damaged, and so is the copy; run 'panel check', and restore the last good backup")
        }
    }
}
