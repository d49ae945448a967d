/// Every field of one kind of record, in the order its CSV file lists them: the one table
/// that the CSV reader and writer, the editing commands' options and the store's SQL follow,
/// so that a field is named, read, written and stored the same way everywhere.
public struct FieldTable<Record>: Sendable {
    /// What `finish` may consult: the panels, for a meeting's usual time and venue.
    public struct Context: Sendable {
        public var panels: [Panel]
        public init(panels: [Panel] = []) { self.panels = panels }
    }

    /// The kind of record as files and commands name it: `items`, `adopters`.
    public let name: String
    public let fields: [Field<Record>]
    /// Fields that must be given (a file must have their columns, and a record their values).
    public let required: [String]
    /// The fields that identify a record (`meeting_id` and `member_id` for attendance).
    public let keyFields: [String]
    /// A record with every field empty, for `decode` and the store to fill.
    public let blank: @Sendable () -> Record
    /// Defaults and the rules between fields, once each field has been read: `given` gives
    /// the text of a field by name, nil for one left out.
    @usableFromInline let finish: @Sendable (inout Record, _ given: (String) -> String?, Context) -> [Problem]
    private let index: [String: Int]
    /// Whether each field, by position, is required.
    @usableFromInline let isRequired: [Bool]
    /// The positions of the key fields.
    private let keyIndices: [Int]

    public init(name: String, fields: [Field<Record>], required: [String], keyFields: [String] = ["id"],
                blank: @escaping @Sendable () -> Record,
                finish: @escaping @Sendable (inout Record, (String) -> String?, Context) -> [Problem] = { _, _, _ in [] }) {
        self.name = name
        self.fields = fields
        self.required = required
        self.keyFields = keyFields
        self.blank = blank
        self.finish = finish
        self.index = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($0.element.name, $0.offset) })
        self.isRequired = fields.map { required.contains($0.name) }
        self.keyIndices = keyFields.map { key in
            guard let index = fields.firstIndex(where: { $0.name == key }) else { preconditionFailure("\(key), a key of \(name), is not one of its fields") }
            return index
        }
    }

    public var columns: [String] { fields.map(\.name) }

    public subscript(name: String) -> Field<Record>? { index[name].map { fields[$0] } }

    /// The fields kept in the record's own table, as the store reads and writes them.
    public var storedFields: [Field<Record>] { fields.filter { $0.column != nil } }

    /// The record's key as its key fields' text, joined by `/`.
    public func key(of record: Record) -> String {
        // One key field, nearly always: its text alone, with no array to join (an import
        // finds 300,000 keys twice).
        func text(_ index: Int) -> String { fields[index].kind.text(of: fields[index].get(record)) }
        if keyIndices.count == 1 { return text(keyIndices[0]) }
        return keyIndices.map(text).joined(separator: "/")
    }

    /// The record's fields as text, in column order: a CSV row.
    public func text(of record: Record) -> [String] {
        fields.map { $0.kind.text(of: $0.get(record)) }
    }

    /// The fields of `stored` (when there is one) with `given` laid over them, so that a
    /// field a file or a command leaves out keeps the value already recorded.
    public func fields(over stored: Record?, _ given: [String: String]) -> [String: String] {
        guard let stored else { return given }
        var values = Dictionary(uniqueKeysWithValues: zip(columns, text(of: stored)))
        for (column, value) in given { values[column] = value }
        return values
    }

    /// The record the text of its fields describes, or every problem with it, each named
    /// by its field. A field left out or blank is empty; required ones must be there.
    public func decode(_ given: [String: String], context: Context = Context()) -> Result<Record, Problems> {
        decode(text: { given[fields[$0].name] }, given: { given[$0] }, context: context)
    }

    /// The same, with the text of each field found by its position in `fields`: a file's
    /// row is read by column position, without a dictionary of its fields (an import reads
    /// 300,000 items of 36 fields). Inlinable, with `check` and `trimmed`, so that it is
    /// compiled for each kind of record where an import names it, rather than looking up
    /// generic metadata field by field (2% of an import; issue 21).
    @inlinable
    public func decode(text: (Int) -> String?, given: (String) -> String?, context: Context) -> Result<Record, Problems> {
        var record = blank()
        var problems: [Problem] = []
        for index in fields.indices {
            let text = text(index).map(Self.trimmed) ?? ""
            if text.isEmpty {
                if isRequired[index] { problems.append(Problem(field: fields[index].name, message: "is required")) }
                continue
            }
            switch check(fields[index], text) {
            case .success(let value):
                if let message = fields[index].set(&record, value) { problems.append(Problem(field: fields[index].name, message: message)) }
            case .failure(let error):
                problems.append(Problem(field: fields[index].name, message: error.message))
            }
        }
        // The rules between fields need every field read.
        guard problems.isEmpty else { return .failure(Problems(problems, summary: "", cause: .values)) }
        problems = finish(&record, given, context)
        return problems.isEmpty ? .success(record) : .failure(Problems(problems, summary: "", cause: .values))
    }

    /// `text` (trimmed, not empty) read as `field`'s value: no NUL, not too long, and of
    /// the field's kind.
    @inlinable
    func check(_ field: Field<Record>, _ text: String) -> Result<FieldValue, FieldTextError> {
        // Through the bytes in place: the collection's own `contains` goes a byte at a
        // time through the string's index, and an import looks at millions of fields.
        if text.utf8.withContiguousStorageIfAvailable({ $0.contains(0) }) ?? text.utf8.contains(0) {
            return .failure(FieldTextError("holds a NUL character; remove it"))
        }
        // Bytes first: a text of no more bytes than the limit has no more characters.
        if text.utf8.count > field.maximumLength, text.count > field.maximumLength {
            return .failure(FieldTextError("is \(text.count) characters long; at most \(field.maximumLength) are allowed"))
        }
        return field.kind.parse(text)
    }

    /// Trimmed of spaces and tabs, without going through Foundation when both ends are plain
    /// ASCII, as nearly every field is: an import reads millions of them.
    @inlinable
    public static func trimmed(_ value: String) -> String {
        let plainEnds = value.utf8.withContiguousStorageIfAvailable { hasPlainEnds($0.first, $0.last) } ?? hasPlainEnds(value.utf8.first, value.utf8.last)
        if plainEnds { return value }
        var scalars = Substring(value)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
