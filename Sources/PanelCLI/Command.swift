/// A command of the `panel` tree: its words, arguments and options, declared once and read
/// both by the parser and by the help text, so the two cannot drift apart.
struct Command: Sendable {
    var name: String
    var summary: String
    /// More help shown after the options: what the command does, examples.
    var discussion: String = ""
    var arguments: [Argument] = []
    var options: [Option] = []
    var subcommands: [Command] = []
    /// Nil for a group of commands, which prints its help when run on its own.
    var run: (@Sendable (Invocation, Context) throws -> Void)? = nil
    /// Other words that reach this command (`members` for `member`).
    var aliases: [String] = []

    func subcommand(_ word: String) -> Command? { subcommands.first { $0.name == word || $0.aliases.contains(word) } }
}

struct Argument: Sendable {
    var name: String
    var help: String
}

struct Option: Sendable {
    var name: String
    /// The value's placeholder (`DAY`, `PATH`); nil for a flag that takes no value.
    var value: String?
    var help: String
    var choices: [String] = []

    static let help = Option(name: "help", value: nil, help: "Show this help.")
    static let database = Option(
        name: "db", value: "PATH", help: "The database file (default: $PANEL_DB, or panel.db here).")
    static let local = Option(
        name: "local", value: "DIR",
        help: "The service's local overrides (default: $PANEL_LOCAL, or local/ beside the database).")
    static let by = Option(
        name: "by", value: "NAME", help: "Who is making the change, for the audit trail (default: $PANEL_USER, or the login name).")
    /// Accepted by every command.
    static let globals = [database, local, by, help]

    static func format(_ choices: [String] = ["table", "csv", "json"]) -> Option {
        Option(name: "format", value: "FORMAT", help: "Output format: \(choices.joined(separator: ", ")) (default: \(choices[0])).", choices: choices)
    }

    static let noHeaders = Option(name: "no-headers", value: nil, help: "Leave out the header row of a table or CSV.")
}
