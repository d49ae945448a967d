import Foundation

/// Help text written from a command's declarations: the same ones the parser reads.
enum Help {
    static func text(for type: any ParsableCommand.Type, path: [String], details: String? = nil) -> String {
        let configuration = type.configuration
        let name = (["panel"] + path).joined(separator: " ")
        let declared = CommandParser.isGroup(type) ? [] : declarations(of: type.init())
        var lines = ["\(name): \(configuration.summary)", ""]
        lines.append("Usage: " + usage(for: type, path: path, declared: declared))
        if !configuration.subcommands.isEmpty {
            lines += ["", "Commands:"]
            lines += aligned(configuration.subcommands.map { ($0.configuration.name, $0.configuration.summary) })
        }
        let arguments = declared.filter(\.kind.isPositional)
        if !arguments.isEmpty {
            lines += ["", "Arguments:"]
            lines += aligned(arguments.map { ($0.name!, $0.help) })
        }
        var options = declared.filter { !$0.kind.isPositional }.map { option in
            ("--" + option.name! + (option.kind == .flag ? "" : " " + option.placeholder), option.help + (option.isRequired ? " (required)" : ""))
        }
        options.append(("-h, --help", "Show this help."))
        if path.isEmpty { options.append(("--version", "Print the version.")) }
        lines += ["", "Options:"]
        lines += aligned(options)
        if !configuration.discussion.isEmpty { lines += ["", configuration.discussion] }
        if let details { lines += ["", details] }
        if !configuration.subcommands.isEmpty { lines += ["", "See '\(name) COMMAND --help' for a command's own help."] }
        return lines.joined(separator: "\n") + "\n"
    }

    static func usage(for type: any ParsableCommand.Type, path: [String], declared: [Declaration]) -> String {
        let name = (["panel"] + path).joined(separator: " ")
        if CommandParser.isGroup(type) { return "\(name) COMMAND [options]" }
        return ([name] + declared.filter(\.kind.isPositional).map { $0.name! + ($0.kind == .arguments ? "..." : "") } + ["[options]"]).joined(separator: " ")
    }

    private static func aligned(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { ("  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1).trimmingTrailingSpaces }
    }
}

