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
    let id: @Sendable (Value) -> String
}

/// What decoding a record may consult: the panels, for a meeting's usual time and venue.
struct RecordContext {
    var panels: [Panel] = []
}

extension Bool {
    var yesNo: String { self ? "yes" : "no" }
}
