import PanelDomain

/// Reads a command line against the command tree: subcommand words first, then options
/// (`--name value`, `--name=value`, flags) and positional arguments in any order.
enum CommandParser {
    /// What the command line asks for.
    enum Request {
        case run(any ParsableCommand, path: [String])
        case help(any ParsableCommand.Type, path: [String])
        case version
    }

    static func parse(_ arguments: [String], root: any ParsableCommand.Type, context: ParseContext) throws -> Request {
        if arguments.first == "help" { return try helpTarget(Array(arguments.dropFirst()), root: root) }
        var type = root
        var path: [String] = []
        var index = 0
        // The command: the words before the first option or argument that is not one.
        while index < arguments.count, let next = type.configuration.subcommand(arguments[index]) {
            type = next
            path.append(arguments[index])
            index += 1
        }
        func usage(_ message: String) -> CLIError { .usage(message, command: path.joined(separator: " ")) }
        let commandLine = (["panel"] + path).joined(separator: " ")
        if arguments[index...].contains(where: { $0 == "-h" || $0 == "--help" }) { return .help(type, path: path) }
        if path.isEmpty && arguments.dropFirst(index).first == "--version" { return .version }
        if isGroup(type), index < arguments.count, !arguments[index].hasPrefix("-") {
            throw usage("unknown command \(FieldKind.id(arguments[index], or: "given")) for '\(commandLine)'")
        }

        var command = type.init()
        let declared = declarations(of: command)
        let options = Dictionary(declared.filter { !$0.kind.isPositional }.map { ($0.name!, $0) }, uniquingKeysWith: { first, _ in first })
        let positional = declared.filter(\.kind.isPositional)
        var positionals: [String] = []
        var optionsEnded = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if !optionsEnded && token == "--" {
                optionsEnded = true
            } else if !optionsEnded && token.hasPrefix("-") && token.count > 1 && Int(token) == nil {
                guard token.hasPrefix("--") else { throw usage("unknown option '\(token)'; options are written --name") }
                let body = token.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let option = options[name] else { throw usage("unknown option '--\(name)' for '\(commandLine)'") }
                if option.isGiven { throw usage("--\(name) is given more than once") }
                if option.kind == .flag {
                    if inline != nil { throw usage("--\(name) takes no value") }
                    try read(option, "", context, usage)
                    continue
                }
                let value: String
                if let inline {
                    value = inline
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw usage("--\(name) needs a value (\(option.placeholder))")
                }
                try read(option, value, context, usage)
            } else {
                positionals.append(token)
            }
        }
        if isGroup(type) { return .help(type, path: path) }
        if positionals.count < positional.count {
            throw usage("missing \(positional[positionals.count...].map { $0.name! }.joined(separator: " "))")
        }
        if positionals.count > positional.count && positional.last?.kind != .arguments {
            // Never repeated: the extra word is most often the rest of a name typed unquoted.
            throw usage("\(positionals.count) arguments given where \(positional.count) \(positional.count == 1 ? "is" : "are") expected (\(positional.map { $0.name! }.joined(separator: " "))); a value with spaces goes in quotes")
        }
        for (index, value) in positionals.enumerated() { try read(positional[min(index, positional.count - 1)], value, context, usage) }
        if let missing = declared.first(where: { $0.isRequired && !$0.isGiven && $0.kind == .option }) {
            throw usage("\(missing.displayName) is required")
        }
        try command.validate()
        return .run(command, path: path)
    }

    private static func read(_ declaration: Declaration, _ text: String, _ context: ParseContext, _ usage: (String) -> CLIError) throws {
        do {
            try declaration.read(text, context)
        } catch {
            throw usage("\(declaration.displayName): \(error.message)")
        }
    }

    /// A command that only groups others: it has subcommands and nothing of its own to run.
    static func isGroup(_ type: any ParsableCommand.Type) -> Bool {
        !type.configuration.subcommands.isEmpty && !type.runsOnItsOwn
    }

    /// `panel help calendar due` is `panel calendar due --help`.
    private static func helpTarget(_ words: [String], root: any ParsableCommand.Type) throws -> Request {
        var type = root
        var path: [String] = []
        for word in words {
            guard let next = type.configuration.subcommand(word) else {
                throw CLIError.usage("unknown command \(FieldKind.id(word, or: "given")) for '\((["panel"] + path).joined(separator: " "))'", command: path.joined(separator: " "))
            }
            type = next
            path.append(word)
        }
        return .help(type, path: path)
    }
}
