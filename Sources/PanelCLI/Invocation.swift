import PanelDomain

/// A parsed command line: the command reached and the values given to it.
struct Invocation {
    var path: [String]
    var command: Command
    var positionals: [String: String] = [:]
    var options: [String: String] = [:]
    var flags: Set<String> = []

    var commandLine: String { (["panel"] + path).joined(separator: " ") }

    /// The command as the audit trail records it: its path, arguments and options, less
    /// the options that only say where and as whom it ran.
    var auditText: String {
        let arguments = command.arguments.compactMap { positionals[$0.name] }
        let given = options.filter { !["db", "local", "by"].contains($0.key) }.sorted { $0.key < $1.key }.map { "--\($0.key) \($0.value)" }
        return ([commandLine] + arguments + given + flags.sorted().map { "--" + $0 }).joined(separator: " ")
    }

    func argument(_ name: String) -> String { positionals[name] ?? "" }

    func option(_ name: String) -> String? { options[name] }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    func usageError(_ message: String) -> CLIError { .usage(message, command: path.joined(separator: " ")) }

    /// A day from an argument or option, in either accepted spelling.
    func day(_ text: String, _ name: String) throws -> Day {
        guard let day = Day(parsing: text) else {
            throw usageError("\(name): '\(text)' is not a day; write YYYY-MM-DD or DD/MM/YYYY")
        }
        return day
    }

    func dayArgument(_ name: String) throws -> Day { try day(argument(name), name) }

    func dayOption(_ name: String) throws -> Day? {
        try option(name).map { try day($0, "--\(name)") }
    }

    func integerArgument(_ name: String) throws -> Int {
        guard let number = Int(argument(name)) else {
            throw usageError("\(name): '\(argument(name))' is not a whole number")
        }
        return number
    }

    func format<F: RawRepresentable>(_ type: F.Type, default fallback: F) -> F where F.RawValue == String {
        option("format").flatMap(F.init(rawValue:)) ?? fallback
    }
}
