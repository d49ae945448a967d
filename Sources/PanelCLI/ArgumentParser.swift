/// What the command line asks for.
enum ParseResult {
    case run(Invocation)
    case help(path: [String], command: Command)
    case version
}

/// Reads a command line against the command tree: subcommand words first, then options
/// (`--name value`, `--name=value`, flags) and positional arguments in any order.
enum ArgumentParser {
    static func parse(_ arguments: [String], root: Command) throws -> ParseResult {
        if arguments.first == "help" { return try helpTarget(Array(arguments.dropFirst()), root: root) }
        var invocation = Invocation(path: [], command: root)
        var positionals: [String] = []
        var wantsHelp = false
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if !optionsEnded && token == "--" {
                optionsEnded = true
            } else if !optionsEnded && token.hasPrefix("-") && token.count > 1 && Int(token) == nil {
                if token == "-h" || token == "--help" {
                    wantsHelp = true
                    continue
                }
                if token == "--version" && invocation.path.isEmpty { return .version }
                guard token.hasPrefix("--") else {
                    throw invocation.usageError("unknown option '\(token)'; options are written --name")
                }
                let body = token.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let option = (invocation.command.options + Option.globals).first(where: { $0.name == name }) else {
                    throw invocation.usageError("unknown option '--\(name)' for '\(invocation.commandLine)'")
                }
                if invocation.options[name] != nil || invocation.flags.contains(name) {
                    throw invocation.usageError("--\(name) is given more than once")
                }
                guard let placeholder = option.value else {
                    if inlineValue != nil { throw invocation.usageError("--\(name) takes no value") }
                    invocation.flags.insert(name)
                    continue
                }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw invocation.usageError("--\(name) needs a value (\(placeholder))")
                }
                if !option.choices.isEmpty && !option.choices.contains(value) {
                    throw invocation.usageError(
                        "--\(name): '\(value)' is not one of \(option.choices.joined(separator: ", "))")
                }
                invocation.options[name] = value
            } else if positionals.isEmpty && !invocation.command.subcommands.isEmpty {
                guard let next = invocation.command.subcommand(token) else {
                    throw invocation.usageError("unknown command '\(token)' for '\(invocation.commandLine)'")
                }
                invocation.path.append(token)
                invocation.command = next
            } else {
                positionals.append(token)
            }
        }
        if wantsHelp || invocation.command.run == nil {
            return .help(path: invocation.path, command: invocation.command)
        }
        let expected = invocation.command.arguments
        if positionals.count < expected.count {
            let missing = expected[positionals.count...].map(\.name).joined(separator: " ")
            throw invocation.usageError("missing \(missing)")
        }
        if positionals.count > expected.count {
            throw invocation.usageError("unexpected argument '\(positionals[expected.count])'")
        }
        for (argument, value) in zip(expected, positionals) { invocation.positionals[argument.name] = value }
        return .run(invocation)
    }

    /// `panel help calendar due` is `panel calendar due --help`.
    private static func helpTarget(_ words: [String], root: Command) throws -> ParseResult {
        var command = root
        var path: [String] = []
        for word in words {
            guard let next = command.subcommand(word) else {
                throw CLIError.usage("unknown command '\(word)' for '\((["panel"] + path).joined(separator: " "))'", command: path.joined(separator: " "))
            }
            command = next
            path.append(word)
        }
        return .help(path: path, command: command)
    }
}
