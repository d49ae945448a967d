import Foundation
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
    /// Texts as one JSON array, for SQL's `json_each` (`Filter.add(_:in:)`).
    static func list(_ texts: [String]) -> SQLValue {
        // An array of strings always encodes.
        .text(String(decoding: try! JSONEncoder().encode(texts), as: UTF8.self))
    }
}
