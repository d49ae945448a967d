import Foundation

/// Help text generated from a command's declaration.
enum Help {
    static func text(for command: Command, path: [String]) -> String {
        let name = (["panel"] + path).joined(separator: " ")
        var lines = ["\(name): \(command.summary)", ""]
        lines.append("Usage: " + usage(for: command, path: path))
        if !command.subcommands.isEmpty {
            lines += ["", "Commands:"]
            lines += aligned(command.subcommands.map { ($0.name, $0.summary) })
        }
        if !command.arguments.isEmpty {
            lines += ["", "Arguments:"]
            lines += aligned(command.arguments.map { ($0.name, $0.help) })
        }
        let options = command.options + Option.globals + (path.isEmpty ? [Option(name: "version", value: nil, help: "Print the version.")] : [])
        lines += ["", "Options:"]
        lines += aligned(options.map { option in
            let flag = option.name == "help" ? "-h, --help" : "--\(option.name)"
            return (option.value.map { "\(flag) \($0)" } ?? flag, option.help)
        })
        if !command.discussion.isEmpty { lines += ["", command.discussion] }
        if !command.subcommands.isEmpty { lines += ["", "See '\(name) COMMAND --help' for a command's own help."] }
        return lines.joined(separator: "\n") + "\n"
    }

    static func usage(for command: Command, path: [String]) -> String {
        let name = (["panel"] + path).joined(separator: " ")
        if !command.subcommands.isEmpty { return "\(name) COMMAND [options]" }
        return ([name] + command.arguments.map(\.name) + ["[options]"]).joined(separator: " ")
    }

    private static func aligned(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
    }
}
