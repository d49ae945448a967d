import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "check",
        summary: "Check the database: SQLite integrity, foreign keys, and the records' own rules.",
        discussion: """
            Runs PRAGMA integrity_check and foreign_key_check, then the data checks: impossible
            orders of days in adopters, children, households and agenda items, and the stock
            equation of fostering households for every reporting year with records. Prints
            each problem and exits 1 when there are any.
            """)

    @Option(name: "as-of", help: "The day to judge recorded days against (default: today).") var asOf: Day?
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let result = try context.workspace(store).check(on: asOf ?? context.today)
        guard result.problems.isEmpty else {
            result.problems.forEach(context.print)
            throw ProblemsFound(summary: "\(result.problems.count) \(result.problems.count == 1 ? "problem" : "problems") found; \(result.summary)")
        }
        context.print("ok: integrity, foreign keys and records; \(result.summary)")
    }
}
