import Foundation
import PanelDomain

/// How one kind of record is written as CSV and read back: the importer and the exporter
/// share it, so an export always re-imports.
struct RecordKind<Value>: Sendable {
    let name: String
    let columns: [String]
    /// Columns a file must have; the others may be left out.
    let required: [String]
    let decode: @Sendable (inout FieldReader, RecordContext) -> Value?
    let encode: @Sendable (Value) -> [String]
    /// The columns that identify a record (`meeting_id` and `member_id` for attendance).
    let keyColumns: [String]
    /// A record's key, as `key(of:)` reads it from the raw fields of its row.
    let id: @Sendable (Value) -> String

    init(name: String, columns: [String], required: [String], keyColumns: [String], id: @escaping @Sendable (Value) -> String,
         decode: @escaping @Sendable (inout FieldReader, RecordContext) -> Value?, encode: @escaping @Sendable (Value) -> [String]) {
        self.name = name
        self.columns = columns
        self.required = required
        self.keyColumns = keyColumns
        self.id = id
        self.decode = decode
        self.encode = encode
    }

    func key(of values: [String: String]) -> String {
        keyColumns.map { values[$0].map(FieldReader.trimmed) ?? "" }.joined(separator: "/")
    }

    /// The fields of `stored` (when there is one) with `given` laid over them, so that a
    /// column a file or command leaves out keeps the value already recorded.
    func fields(over stored: Value?, _ given: [String: String]) -> [String: String] {
        guard let stored else { return given }
        var values = Dictionary(uniqueKeysWithValues: zip(columns, encode(stored)))
        for (column, value) in given { values[column] = value }
        return values
    }
}

/// What decoding a record may consult: the panels, for a meeting's usual time and venue.
struct RecordContext {
    var panels: [Panel] = []
}

extension Optional<Day> {
    /// The day as a CSV field: ISO, or empty.
    var csv: String { self?.iso ?? "" }
}

extension Bool {
    var yesNo: String { self ? "yes" : "no" }
}

extension RecordKind where Value: Identifiable & Sendable, Value.ID == String {
    /// A kind of record whose first column is its id.
    init(name: String, columns: [String], required: [String],
         decode: @escaping @Sendable (inout FieldReader, RecordContext) -> Value?, encode: @escaping @Sendable (Value) -> [String]) {
        self.init(name: name, columns: columns, required: required, keyColumns: [columns[0]], id: { $0.id }, decode: decode, encode: encode)
    }
}
