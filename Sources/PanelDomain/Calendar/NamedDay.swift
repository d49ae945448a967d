import Foundation

/// A day with a name: a bank holiday or a local closure.
public struct NamedDay: Equatable, Sendable {
    public let day: Day
    public let name: String

    public init(day: Day, name: String) {
        self.day = day
        self.name = name
    }

    /// Reads a day list: one `YYYY-MM-DD  Name` a line; blank lines and `#` comments ignored.
    /// A day listed twice is an error, since it usually means a year was pasted in twice.
    public static func parseList(_ text: String, file: String) throws(Problem) -> [NamedDay] {
        var days: [NamedDay] = []
        var seen: [Day: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            let dayText = String(fields[0])
            guard let day = Day(parsing: dayText) else {
                throw Problem(
                    file: file, line: index + 1, field: "day",
                    message: FieldKind.quoted(dayText, if: FieldKind.dayCharacters) + "is not a day; write YYYY-MM-DD followed by the name")
            }
            guard Day.accepted.contains(day) else {
                throw Problem(file: file, line: index + 1, field: "day", message: "\(day.iso) \(Day.outsideAccepted)")
            }
            if let first = seen[day] {
                throw Problem(
                    file: file, line: index + 1, field: "day",
                    message: "\(day.iso) is listed twice (first on line \(first))")
            }
            seen[day] = index + 1
            let name = fields.count > 1 ? fields[1].trimmingWhitespace() : "Closed"
            days.append(NamedDay(day: day, name: name))
        }
        return days
    }
}
