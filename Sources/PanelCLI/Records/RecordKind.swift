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
    var keyColumns: [String]

    init(name: String, columns: [String], required: [String], keyColumns: [String]? = nil,
         decode: @escaping @Sendable (inout FieldReader, RecordContext) -> Value?, encode: @escaping @Sendable (Value) -> [String]) {
        self.name = name
        self.columns = columns
        self.required = required
        self.keyColumns = keyColumns ?? [columns[0]]
        self.decode = decode
        self.encode = encode
    }

    /// The record's key, as `key(of:)` reads it from raw fields.
    func id(_ value: Value) -> String { key(of: Dictionary(uniqueKeysWithValues: zip(columns, encode(value)))) }

    func key(of values: [String: String]) -> String {
        keyColumns.map { values[$0]?.trimmingCharacters(in: .whitespaces) ?? "" }.joined(separator: "/")
    }

    /// The fields of `stored` (when there is one) with `given` laid over them, so that a
    /// column a file or command leaves out keeps the value already recorded.
    func fields(over stored: Value?, _ given: [String: String]) -> [String: String] {
        var values = Dictionary(uniqueKeysWithValues: zip(columns, stored.map(encode) ?? []))
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
