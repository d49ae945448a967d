import PanelDomain

/// A value bound to, or read from, an SQL statement.
public enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(Int64(value)) }
    public init(nilLiteral: ()) { self = .null }
}

extension SQLValue {
    public init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
    public init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    public init(_ flag: Bool) { self = .integer(flag ? 1 : 0) }
    /// Days are stored as ISO text so that `sqlite3` and SQL's date functions read them.
    public init(_ day: Day?) { self = day.map { .text($0.iso) } ?? .null }
}

extension SQLValue {
    /// Texts as one JSON array, read in SQL as `IN (SELECT value FROM json_each(?))`: one
    /// statement takes any number of ids, where `IN (?, ?, …)` stops at SQLite's limit.
    public static func list(_ texts: some Sequence<String>) -> SQLValue {
        .text("[" + texts.map { text in
            var quoted = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": quoted += "\\\""
                case "\\": quoted += "\\\\"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: quoted.unicodeScalars.append(scalar)
                }
            }
            return quoted + "\""
        }.joined(separator: ",") + "]")
    }
}
