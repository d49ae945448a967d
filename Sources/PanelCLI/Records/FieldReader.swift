import Foundation
import PanelDomain

/// Reads the named fields of one record, from a CSV row or from a command's options, and
/// collects every problem instead of stopping at the first, so a user fixes a file in one go.
struct FieldReader {
    let values: [String: String]
    /// How a problem is located: `file.csv:4: joined_on` or `--joined-on`.
    let locate: (String) -> String
    private(set) var problems: [String] = []

    init(values: [String: String], locate: @escaping (String) -> String) {
        self.values = values
        self.locate = locate
    }

    mutating func problem(_ column: String, _ message: String) {
        problems.append("\(locate(column)): \(message)")
    }

    /// The trimmed text, or nil when the field is absent or blank.
    func text(_ column: String) -> String? {
        guard let value = values[column].map(Self.trimmed), !value.isEmpty else { return nil }
        return value
    }

    /// Trimmed of `.whitespaces`, without going through Foundation when both ends are plain
    /// ASCII, as nearly every field is: an import reads millions of them.
    static func trimmed(_ value: String) -> String {
        func plain(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? true }
        if plain(value.utf8.first) && plain(value.utf8.last) { return value }
        return value.trimmingCharacters(in: .whitespaces)
    }

    mutating func required(_ column: String) -> String? {
        guard let value = text(column) else {
            problem(column, "is required")
            return nil
        }
        return value
    }

    /// An identifier: letters, digits, `-`, `_` and `.`, so it is safe in file names and URLs.
    mutating func identifier(_ column: String) -> String? {
        guard let value = required(column) else { return nil }
        guard value.utf8.allSatisfy({ byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
            default: false
            }
        }) else {
            problem(column, "'\(value)' is not an id; use letters, digits, '-', '_' and '.'")
            return nil
        }
        return value
    }

    mutating func day(_ column: String) -> Day? {
        guard let value = text(column) else { return nil }
        guard let day = Day(parsing: value) else {
            problem(column, "'\(value)' is not a day; write YYYY-MM-DD")
            return nil
        }
        return day
    }

    mutating func time(_ column: String) -> TimeOfDay? {
        guard let value = text(column) else { return nil }
        guard let time = TimeOfDay(parsing: value) else {
            problem(column, "'\(value)' is not a time; write HH:MM on the 24-hour clock")
            return nil
        }
        return time
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let value = text(column) else { return nil }
        guard let choice = T(rawValue: value) else {
            problem(column, "'\(value)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return choice
    }

    mutating func yesNo(_ column: String) -> Bool? {
        guard let value = text(column) else { return nil }
        switch value.lowercased() {
        case "yes", "y", "true": return true
        case "no", "n", "false": return false
        default:
            problem(column, "'\(value)' is not yes or no")
            return nil
        }
    }

    mutating func number(_ column: String) -> Int? {
        guard let value = text(column) else { return nil }
        guard let number = Int(value), number >= 0 else {
            problem(column, "'\(value)' is not a whole number")
            return nil
        }
        return number
    }

    /// `;`-separated days in the order written. A blank place is nil, so that lists can
    /// line up: break ends `2024-02-01;` leave the second break open.
    mutating func dayList(_ column: String) -> [Day?] {
        guard let value = text(column) else { return [] }
        return value.split(separator: ";", omittingEmptySubsequences: false).map { part in
            let text = part.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let day = Day(parsing: text) else {
                problem(column, "'\(text)' is not a day; write YYYY-MM-DD, several separated by ';'")
                return nil
            }
            return day
        }
    }

    /// `;`-separated days with no blanks, sorted and without repeats.
    mutating func days(_ column: String) -> [Day] {
        let days = dayList(column)
        if days.contains(nil) { problem(column, "has an empty place between ';'s") }
        return Array(Set(days.compactMap { $0 })).sorted()
    }

    /// Reports a record's impossible orders of days against their columns.
    mutating func report(_ problems: [DateOrder.Problem]) {
        for found in problems { problem(found.field, found.message) }
    }

    /// A `;`-separated list, blanks dropped.
    func list(_ column: String) -> [String] {
        (text(column) ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
