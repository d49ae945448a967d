/// Structured data as templates and listings receive it: what a template renders, what
/// `--format json` prints. An explicit enum rather than reflection, so what a template can
/// see is exactly what was given. Objects keep their keys in order so output is stable.
public enum DataValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([DataValue])
    case object([(String, DataValue)])

    public static func == (lhs: DataValue, rhs: DataValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.list(let a), .list(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }

    public subscript(key: String) -> DataValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// The value as a cell of a table or CSV file: empty for null, `yes`/`no` for flags.
    public var plainText: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "yes" : "no"
        case .int(let number): String(number)
        case .double(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): text
        case .list(let items): items.map(\.plainText).joined(separator: ";")
        case .object: "[object]"
        }
    }
}

extension DataValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension DataValue {
    public init(_ text: String?) { self = text.map(DataValue.string) ?? .null }
    public init(_ number: Int?) { self = number.map(DataValue.int) ?? .null }
}
