/// New text for some fields of a record, each already read as its field's kind, so that a
/// mistyped value is refused before anything is read from the store and only the rules
/// between fields remain once the changes are laid over the stored record. An empty text
/// clears a field.
public struct FieldChanges<Record>: Sendable {
    public let table: FieldTable<Record>
    /// The text of each field changed, by field name.
    public let texts: [String: String]

    /// Reads `texts`, refusing every one that names no field or is not of its field's kind.
    public init(_ texts: [String: String], table: FieldTable<Record>) throws(Problems) {
        var problems: [Problem] = []
        for field in table.fields {
            guard let text = texts[field.name] else { continue }
            let trimmed = FieldTable<Record>.trimmed(text)
            if trimmed.isEmpty { continue }
            if case .failure(let error) = table.check(field, trimmed) { problems.append(Problem(field: field.name, message: error.message)) }
        }
        for name in texts.keys where table[name] == nil {
            problems.append(Problem(field: name, message: "is not a field of \(table.name)"))
        }
        guard problems.isEmpty else { throw Problems(problems, summary: "", cause: .values) }
        self.table = table
        self.texts = texts
    }

    public var isEmpty: Bool { texts.isEmpty }

    /// The record the changes make of `stored` (a new one from nothing when nil), or the
    /// problems with it: a required field left empty, or a rule between fields broken.
    public func applied(to stored: Record?, context: FieldTable<Record>.Context = .init()) -> Result<Record, Problems> {
        table.decode(table.fields(over: stored, texts), context: context)
    }

    /// These changes with `more` laid over them.
    public func adding(_ more: [String: String]) throws(Problems) -> FieldChanges {
        try FieldChanges(texts.merging(more) { _, new in new }, table: table)
    }
}
