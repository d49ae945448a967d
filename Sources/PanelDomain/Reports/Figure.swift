/// One figure of a report, with the definition printed beside it, because the sources use
/// different definitions year to year and a figure without one cannot be compared.
public struct Figure: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case count(Int)
        /// A mean in tenths (2083 is 208.3), nil when there is nothing to average.
        case average(tenths: Int?, of: Int)
        case percent(part: Int, whole: Int)
    }

    public let name: String
    public let value: Value
    public let definition: String

    public init(_ name: String, _ value: Value, _ definition: String) {
        self.name = name
        self.value = value
        self.definition = definition
    }

    /// "12", "208.3", "29% (4 of 14)", and "none" for a mean or percentage of nothing.
    public var text: String {
        switch value {
        case .count(let count): return String(count)
        case .average(let tenths, _): return tenths.map(Rounding.decimal) ?? "none"
        case .percent(let part, let whole): return whole == 0 ? "none" : "\(Rounding.percent(part, of: whole))% (\(part) of \(whole))"
        }
    }
}

/// The report's rounding, in whole numbers so that halves always go up (binary floating
/// point would round 0.5 of some values down).
public enum Rounding {
    /// A whole percentage, halves up: 1 of 8 is 13, 5 of 8 is 63.
    public static func percent(_ part: Int, of whole: Int) -> Int { (200 * part + whole) / (2 * whole) }

    /// A whole-number ratio, halves up: 189 items at 24 panels is 8 a panel.
    public static func ratio(_ part: Int, of whole: Int) -> Int { (2 * part + whole) / (2 * whole) }

    /// The mean of non-negative values in tenths, halves up; nil for no values.
    public static func meanTenths(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        return (20 * values.reduce(0, +) + values.count) / (2 * values.count)
    }

    /// Tenths written with one decimal place: 2083 is "208.3".
    public static func decimal(_ tenths: Int) -> String { "\(tenths / 10).\(tenths % 10)" }
}
