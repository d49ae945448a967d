/// A group of options and arguments, declared as properties with `@Option`, `@Flag`,
/// `@Argument`, `@Fields` and `@OptionGroup`. The parser finds them by reflection, names
/// each after its property, reads the command line into them, and writes the help from
/// the same declarations, so a command cannot read an option it did not declare (it has no
/// other way to read one) and the help cannot drift from what is parsed.
protocol ParsableArguments {
    init()
}

/// A command of the `panel` tree, as swift-argument-parser has them: a type per command,
/// `validate()` before `run(_:)`.
protocol ParsableCommand: ParsableArguments, SendableMetatype {
    static var configuration: CommandConfiguration { get }
    /// Fields of the record the command edits, by the option or argument that gives each,
    /// where that is not `--` and the field's name in kebab case.
    static var fieldLocations: [String: String] { get }
    /// Whether a command with subcommands also runs on its own (`timeliness`).
    static var runsOnItsOwn: Bool { get }
    /// More help that depends on the service's data files (the recommendations each item
    /// type takes), printed after the discussion; nil when there is none.
    static func helpDetails(_ context: Context) -> String?
    /// Checks the values together once they are all read; throw `CLIError.usage`.
    mutating func validate() throws
    func run(_ context: Context) throws
}

extension ParsableCommand {
    static var fieldLocations: [String: String] { [:] }
    static var runsOnItsOwn: Bool { configuration.subcommands.isEmpty }
    static func helpDetails(_ context: Context) -> String? { nil }
    mutating func validate() throws {}
    /// A command with only subcommands prints its help.
    func run(_ context: Context) throws { throw HelpRequested() }

    /// Where a problem with a record's field was given: its option or argument.
    static func location(of field: String) -> String {
        fieldLocations[field] ?? "--" + field.replacingOccurrences(of: "_", with: "-")
    }
}

struct HelpRequested: Error {}

/// A command's words and help; its options and arguments are its properties.
struct CommandConfiguration: Sendable {
    var name: String
    var summary: String
    /// More help shown after the options: what the command does, examples.
    var discussion: String = ""
    var subcommands: [any ParsableCommand.Type] = []
    /// Other words that reach this command (`members` for `member`).
    var aliases: [String] = []

    func subcommand(_ word: String) -> (any ParsableCommand.Type)? {
        subcommands.first { $0.configuration.name == word || $0.configuration.aliases.contains(word) }
    }
}
