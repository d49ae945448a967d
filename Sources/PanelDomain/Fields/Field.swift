/// One field of a kind of record, named as its CSV column is (and the option that edits
/// it): how its text is read and written, where the store keeps it, and how it is read
/// from and set on the record. A record's fields are listed once, in a `FieldTable`, which
/// the CSV reader and writer, the editing commands and the store all follow.
public struct Field<Record>: Sendable {
    public let name: String
    public let kind: FieldKind
    /// The column of the record's own table that holds the field, or nil when the store
    /// keeps it in a table of its own (an adopter's breaks, a member's panels).
    public let column: String?
    /// At most this many characters.
    public let maximumLength: Int
    public let get: @Sendable (Record) -> FieldValue
    /// Sets the field; returns what is wrong with the value when it cannot stand (roles
    /// that do not line up with panels), or nil.
    public let set: @Sendable (inout Record, FieldValue) -> String?
    /// The property that holds the field, when it is one property of a plain type: the store
    /// reads a row straight into it, which a listing of 300,000 items notices.
    public let property: Property

    public enum Property: Sendable {
        case text(Path<String>)
        case optionalText(Path<String?>)
        case day(Path<Day?>)
        case number(Path<Int?>)
        case flag(Path<Bool>)
        /// Held some other way: through `get` and `set`.
        case other
    }

    public init(_ name: String, _ kind: FieldKind, column: String?, maximumLength: Int = 200, property: Property = .other,
                get: @escaping @Sendable (Record) -> FieldValue, set: @escaping @Sendable (inout Record, FieldValue) -> String?) {
        self.name = name
        self.kind = kind
        self.column = column
        self.maximumLength = maximumLength
        self.property = property
        self.get = get
        self.set = set
    }
}

/// How a field is written as text, in a CSV file or an option.
public enum FieldKind: Equatable, Sendable {
    /// Letters, digits, `-`, `_` and `.`: safe in file names and URLs.
    case identifier
    case text
    case day
    case time
    /// A whole number in a range.
    case number(ClosedRange<Int>)
    case yesNo
    /// One of the choices' raw values.
    case choice([String])
    /// `;`-separated days, sorted, without repeats.
    case days
    /// `;`-separated days that line up with another list, so a place may be blank.
    case dayList
    /// `;`-separated texts, blank places kept so that lists can line up.
    case list
}

/// A field's value, whatever the record holds it as.
public enum FieldValue: Equatable, Sendable {
    case none
    case text(String)
    case day(Day)
    case time(TimeOfDay)
    case number(Int)
    case flag(Bool)
    /// Days, or days that line up with another list (a blank place is nil).
    case days([Day?])
    case texts([String])

    public var isEmpty: Bool {
        switch self {
        case .none: true
        case .text(let text): text.isEmpty
        case .days(let days): days.isEmpty
        case .texts(let texts): texts.isEmpty
        default: false
        }
    }
}

// Fields made from a key path to the property that holds them.
extension Field {
    public typealias Path<Value> = WritableKeyPath<Record, Value> & Sendable

    public static func identifier(_ name: String, _ path: Path<String>, column: String? = nil) -> Field {
        Field(name, .identifier, column: column ?? name, maximumLength: 64, property: .text(path), get: { .text($0[keyPath: path]) }) { record, value in
            record[keyPath: path] = value.text
            return nil
        }
    }

    /// An optional reference to another record (an adopter's agenda item).
    public static func reference(_ name: String, _ path: Path<String?>, column: String? = nil) -> Field {
        Field(name, .identifier, column: column ?? name, maximumLength: 64, property: .optionalText(path), get: { $0[keyPath: path].map(FieldValue.text) ?? .none }) { record, value in
            record[keyPath: path] = value.isEmpty ? nil : value.text
            return nil
        }
    }

    public static func text(_ name: String, _ path: Path<String>, column: String? = nil, maximumLength: Int = 200) -> Field {
        Field(name, .text, column: column ?? name, maximumLength: maximumLength, property: .text(path), get: { .text($0[keyPath: path]) }) { record, value in
            record[keyPath: path] = value.text
            return nil
        }
    }

    /// Text that is absent rather than empty when not given (stored as NULL).
    public static func optionalText(_ name: String, _ path: Path<String?>, column: String? = nil, maximumLength: Int = 200) -> Field {
        Field(name, .text, column: column ?? name, maximumLength: maximumLength, property: .optionalText(path), get: { $0[keyPath: path].map(FieldValue.text) ?? .none }) { record, value in
            record[keyPath: path] = value.isEmpty ? nil : value.text
            return nil
        }
    }

    public static func day(_ name: String, _ path: Path<Day?>, column: String? = nil) -> Field {
        Field(name, .day, column: column ?? name, property: .day(path), get: { $0[keyPath: path].map(FieldValue.day) ?? .none }) { record, value in
            record[keyPath: path] = value.day
            return nil
        }
    }

    public static func time(_ name: String, _ path: Path<TimeOfDay?>, column: String? = nil) -> Field {
        Field(name, .time, column: column ?? name, get: { $0[keyPath: path].map(FieldValue.time) ?? .none }) { record, value in
            if case .time(let time) = value { record[keyPath: path] = time } else { record[keyPath: path] = nil }
            return nil
        }
    }

    public static func number(_ name: String, _ path: Path<Int?>, in range: ClosedRange<Int>, column: String? = nil) -> Field {
        Field(name, .number(range), column: column ?? name, property: .number(path), get: { $0[keyPath: path].map(FieldValue.number) ?? .none }) { record, value in
            if case .number(let number) = value { record[keyPath: path] = number } else { record[keyPath: path] = nil }
            return nil
        }
    }

    /// Yes or no; a blank is no.
    public static func flag(_ name: String, _ path: Path<Bool>, column: String? = nil) -> Field {
        Field(name, .yesNo, column: column ?? name, property: .flag(path), get: { .flag($0[keyPath: path]) }) { record, value in
            if case .flag(let flag) = value { record[keyPath: path] = flag } else { record[keyPath: path] = false }
            return nil
        }
    }

    public static func choice<T: RawRepresentable & CaseIterable & Sendable>(_ name: String, _ path: Path<T?>, column: String? = nil) -> Field where T.RawValue == String {
        Field(name, .choice(T.allCases.map(\.rawValue)), column: column ?? name, get: { $0[keyPath: path].map { .text($0.rawValue) } ?? .none }) { record, value in
            guard !value.isEmpty else {
                record[keyPath: path] = nil
                return nil
            }
            guard let choice = T(rawValue: value.text) else { return "holds a value this version does not know" }
            record[keyPath: path] = choice
            return nil
        }
    }

    /// A choice always made (its field is required): a blank leaves the value as it was.
    public static func choice<T: RawRepresentable & CaseIterable & Sendable>(_ name: String, _ path: Path<T>, column: String? = nil) -> Field where T.RawValue == String {
        Field(name, .choice(T.allCases.map(\.rawValue)), column: column ?? name, get: { .text($0[keyPath: path].rawValue) }) { record, value in
            guard !value.isEmpty else { return nil }
            guard let choice = T(rawValue: value.text) else { return "holds a value this version does not know" }
            record[keyPath: path] = choice
            return nil
        }
    }

    /// `;`-separated days kept in a table of their own, sorted and without repeats.
    public static func days(_ name: String, _ path: Path<[Day]>) -> Field {
        Field(name, .days, column: nil, get: { .days($0[keyPath: path].map(Optional.some)) }) { record, value in
            record[keyPath: path] = Array(Set(value.days.compactMap { $0 })).sorted()
            return nil
        }
    }
}

extension FieldValue {
    /// The text of a text, identifier or choice field; empty otherwise.
    public var text: String {
        if case .text(let text) = self { return text }
        return ""
    }

    public var day: Day? {
        if case .day(let day) = self { return day }
        return nil
    }

    public var days: [Day?] {
        if case .days(let days) = self { return days }
        return []
    }

    public var texts: [String] {
        if case .texts(let texts) = self { return texts }
        return []
    }
}
