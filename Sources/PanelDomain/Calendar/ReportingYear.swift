/// A reporting year, 1 April to 31 March, written `2023/24` as councils write it.
public struct ReportingYear: Hashable, Comparable, Sendable {
    /// The calendar year in which the reporting year starts.
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The reporting year a day falls in.
    public init(containing day: Day) {
        let (year, month, _) = day.civil
        startYear = month >= 4 ? year : year - 1
    }

    /// The reporting years the tool accepts: those whose days are all days it accepts.
    public static let accepted = 1900...2198

    /// Reads `2023/24` (and `2023/2024`); the second year must follow the first, and the
    /// year must be one of `accepted`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              Self.accepted.contains(start) else { return nil }
        let next = start + 1
        guard parts[1] == String(next % 100).leftPadded(2) || parts[1] == String(next) else { return nil }
        startYear = start
    }

    /// 1 April; a year beyond the calendar's ends starts at its first or last day.
    public var first: Day { Day(year: startYear, month: 4, day: 1) ?? Day(ordinal: startYear < 1 ? .min : .max) }
    /// 31 March of the next calendar year.
    public var last: Day { Day(year: startYear &+ 1, month: 3, day: 31) ?? Day(ordinal: startYear < 1 ? .min : .max) }
    public var label: String { "\(startYear)/\(String((startYear + 1) % 100).leftPadded(2))" }
    public var previous: ReportingYear { ReportingYear(startYear: startYear - 1) }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public static func < (lhs: ReportingYear, rhs: ReportingYear) -> Bool { lhs.startYear < rhs.startYear }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
