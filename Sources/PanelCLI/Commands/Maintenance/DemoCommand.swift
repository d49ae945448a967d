import PanelApplication
import PanelDomain

struct DemoCommand: ParsableCommand {
    static let defaultPath = "panel-demo.db"

    static let configuration = CommandConfiguration(
        name: "demo",
        summary: "Build a demo database from Data/demo/ and show what the tool does with it.",
        discussion: """
            Builds a fresh database of an invented service (two reporting years of panels,
            central list, meetings, agenda items, fostering households, adopters and children)
            at --db PATH, or \(defaultPath) here, then prints a short tour: an agenda, the
            deadlines overdue on the demo's last day, and the fostering panel-business table.
            The demo's records end on its last day, so commands about it take --as-of that
            day. An existing file is replaced only if it is itself a demo database.
            """)

    @Option(name: "db", "PATH", help: "Where to build the demo (default: \(defaultPath) here).") var database: String?

    func run(_ context: Context) throws {
        let dataDirectory = try context.shippedDataDirectory()
        let demo = try Demo(dataDirectory: dataDirectory)
        let db = database ?? Self.defaultPath
        let path = context.absolute(db)
        try demo.build(at: path, dataDirectory: dataDirectory, today: context.today, actor: context.actor(nil))
        context.print("Built \(path): \(demo.service), reporting years \(demo.year.previous.label) and \(demo.year.label), every name invented.\n")
        let asOf = demo.day.iso
        let tour: [(String, [String])] = [
            ("The agenda of the next fostering panel", ["meeting", "agenda", demo.agenda]),
            ("Deadlines overdue on the demo's last day, \(demo.day.long)", ["timeliness", "--as-of", asOf, "--status", "overdue"]),
            ("The fostering panel's business, from the \(demo.year.label) annual report",
             ["report", "annual", "--service", "fostering", "--year", demo.year.label, "--as-of", asOf, "--table", "panel-business"]),
        ]
        for (title, arguments) in tour {
            context.print("== \(title)\n$ panel \((arguments + ["--db", db]).joined(separator: " "))\n")
            let code = PanelTool.run(arguments + ["--db", path], context: context)
            guard code == 0 else { throw CLIError.cannotWrite("the tour step 'panel \(arguments.joined(separator: " "))' failed (exit \(code))") }
            context.print("")
        }
        context.print("""
            Next, try:
              panel report annual --service adoption --year \(demo.year.label) --as-of \(asOf) --db \(db)
              panel report annual --service fostering --year \(demo.year.label) --as-of \(asOf) --format html --output report.html --db \(db)
              panel adopter list --stage waiting --as-of \(asOf) --db \(db)
              panel carer funnel --year \(demo.year.label) --db \(db)
            """)
    }
}
