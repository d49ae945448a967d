/// Something wrong with a value, located as precisely as is known: the file and line it
/// came from (a CSV row, a data file), and the field (the CSV column, which a command maps
/// to its option). Carried as a value from where it is found to the one place that prints
/// it, so nothing builds `file:line:` text and parses it back.
public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var field: String?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`, leaving out what is not known.
    public var description: String {
        var location = ""
        if let file { location += file + ":" + (line.map { "\($0):" } ?? "") + " " }
        if let field { location += field + ": " }
        return location + message
    }

    /// The same problem found in `file` at `line`.
    public func located(file: String, line: Int?) -> Problem {
        Problem(file: file, line: line, field: field, message: message)
    }
}

/// Every problem found with some input, thrown together so that a user can put them all
/// right at once. `summary` says what was not done ("nothing was imported").
public struct Problems: Error, Equatable, Sendable {
    /// What is wrong: the values given for a record, read alone (a mistyped day, a stage
    /// ending before it starts), or the record against the others (a meeting that is not
    /// there, a limit reached). A front end may say the first is how the command was used.
    public enum Cause: Sendable {
        case values, records
    }

    public var list: [Problem]
    public var summary: String
    public var cause: Cause

    public init(_ list: [Problem], summary: String, cause: Cause = .records) {
        self.list = list
        self.summary = summary
        self.cause = cause
    }

    /// In file order: by line, keeping the order in which the problems of a line were found.
    public var sortedByLine: Problems {
        Problems(list.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element), summary: summary, cause: cause)
    }
}

/// Days of one record that must come in order: a stage cannot end before it starts.
public enum DateOrder {
    /// Each pair whose later day is before its earlier one, blamed on the later field.
    public static func problems(_ pairs: [(String, Day?, String, Day?)]) -> [Problem] {
        pairs.compactMap { earlierField, earlier, laterField, later in
            guard let earlier, let later, later < earlier else { return nil }
            return Problem(field: laterField, message: "\(later.iso) is before \(earlierField) \(earlier.iso); it cannot come first")
        }
    }
}
