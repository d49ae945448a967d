import Foundation

/// The small `[section]` / `key = value` format of the service's settings files, chosen
/// because a local override file then holds only the lines that differ from the shipped one.
/// Every section and entry keeps its line so that validation can point at it.
public struct SettingsFile: Sendable {
    public struct Entry: Sendable {
        public let key: String
        public let value: String
        public let line: Int
    }

    public struct Section: Sendable {
        public let name: String
        public let line: Int
        public var entries: [Entry]
    }

    public let path: String
    public let sections: [Section]

    public static func parse(_ text: String, file: String) throws(Problem) -> SettingsFile {
        var sections: [Section] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw Problem(
                        file: file, line: number, field: "section",
                        message: "a section header is a name in square brackets, such as [D3]")
                }
                let name = String(line.dropFirst().dropLast()).trimmingWhitespace()
                if let first = sections.first(where: { $0.name == name }) {
                    throw Problem(
                        file: file, line: number, field: "id",
                        message: "[\(name)] appears twice in this file (first on line \(first.line))")
                }
                sections.append(Section(name: name, line: number, entries: []))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw Problem(
                    file: file, line: number, field: "line",
                    message: "expected 'key = value' or a [section] header")
            }
            let key = line[..<equals].trimmingWhitespace()
            let value = line[line.index(after: equals)...].trimmingWhitespace()
            guard !sections.isEmpty else {
                throw Problem(
                    file: file, line: number, field: key,
                    message: "comes before any [section] header")
            }
            if let first = sections[sections.count - 1].entries.first(where: { $0.key == key }) {
                throw Problem(
                    file: file, line: number, field: key,
                    message: "set twice in [\(sections[sections.count - 1].name)] (first on line \(first.line))")
            }
            sections[sections.count - 1].entries.append(Entry(key: key, value: value, line: number))
        }
        return SettingsFile(path: file, sections: sections)
    }
}
