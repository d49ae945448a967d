import PanelDomain

/// Records of one kind as CSV, through their `FieldTable`: the header is the table's
/// columns, and each row is read as the editing commands read their options, so a value
/// refused in a file is refused on the command line too, with the same words.
public enum RecordCSV {
    /// A record read from a file, with the line it starts on.
    public struct Row<Record> {
        public let record: Record
        public let line: Int
    }

    /// Every row of `text` read as a record, and every problem with the others, located at
    /// `file` and its line. A column the file leaves out keeps the value `stored` holds for
    /// the record with the same key. A file that is not CSV at all is thrown.
    public static func decode<Record>(
        _ text: String, file: String, table: FieldTable<Record>, stored: (String) -> Record?, context: FieldTable<Record>.Context
    ) throws(Problem) -> (rows: [Row<Record>], problems: [Problem]) {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.read(text)
        } catch {
            throw Problem(file: file, line: error.line, field: nil, message: error.message)
        }
        guard let headerRecord = records.first else {
            throw Problem(file: file, field: nil, message: "is empty; the first line must name the columns: \(table.columns.joined(separator: ","))")
        }
        var problems: [Problem] = []
        func problem(_ line: Int, _ field: String?, _ message: String) { problems.append(Problem(file: file, line: line, field: field, message: message)) }
        let header = headerRecord.fields.map { FieldTable<Record>.trimmed($0).lowercased() }
        for (index, column) in header.enumerated() {
            if table[column] == nil {
                problem(1, column.isEmpty ? "column \(index + 1)" : column, "is not a column of \(table.name); expected \(table.columns.joined(separator: ","))")
            } else if header[..<index].contains(column) {
                problem(1, column, "appears twice in the header")
            }
        }
        for column in table.required where !header.contains(column) { problem(1, column, "the column is missing") }
        guard problems.isEmpty else { return ([], problems) }

        var rows: [Row<Record>] = []
        var firstLine: [String: Int] = [:]
        // Where each of the table's fields, and each key field, is in a row.
        let columnOfField = table.fields.map { header.firstIndex(of: $0.name) }
        let keyColumns = table.keyFields.map { header.firstIndex(of: $0) }
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                problem(record.line, "row", "has \(record.fields.count) fields but the header has \(header.count)")
                continue
            }
            let values = record.fields.map(CSVWriter.unneutralised)
            let decoded: Result<Record, Problems>
            // A record already stored keeps the fields the file leaves out.
            if let old = stored(keyColumns.map { $0.map { FieldTable<Record>.trimmed(values[$0]) } ?? "" }.joined(separator: "/")) {
                let given = Dictionary(zip(header, values), uniquingKeysWith: { first, _ in first })
                decoded = table.decode(table.fields(over: old, given), context: context)
            } else {
                decoded = table.decode(text: { columnOfField[$0].map { values[$0] } }, given: { name in header.firstIndex(of: name).map { values[$0] } }, context: context)
            }
            switch decoded {
            case .failure(let found):
                problems += found.list.map { $0.located(file: file, line: record.line) }
            case .success(let value):
                let key = table.key(of: value)
                if let first = firstLine[key] {
                    problem(record.line, table.keyFields[0], "'\(key)' is also on line \(first)")
                    continue
                }
                firstLine[key] = record.line
                rows.append(Row(record: value, line: record.line))
            }
        }
        return (rows, problems)
    }

    /// The records as a CSV file with its header row: every column, or those named.
    public static func encode<Record>(_ records: some Sequence<Record>, table: FieldTable<Record>, columns: [String]? = nil) -> String {
        var text = ""
        let fields = columns.map { $0.compactMap { table[$0] } } ?? table.fields
        CSVWriter.append(fields.map(\.name), to: &text)
        for record in records { CSVWriter.append(fields.map { $0.kind.text(of: $0.get(record)) }, to: &text) }
        return text
    }
}
