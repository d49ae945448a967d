import PanelDomain

/// Records of one kind as CSV, through their `FieldTable`: the header is the table's
/// columns, and each row is read as the editing commands read their options, so a value
/// refused in a file is refused on the command line too, with the same words.
public enum RecordCSV {
    /// Every row of `text` read as a record, with the line each starts on, and every problem
    /// with the others, located at `file` and its line. A column the file leaves out keeps
    /// the value `stored` holds for the record with the same key (nil when none is stored,
    /// as in a first import: no key is made for each row). A file that is not CSV at
    /// all is thrown. Each row is decoded as it is read: an import holds the records, not
    /// every row's fields as well. Inlinable, as `FieldTable.decode` is, to be compiled for
    /// each kind of record.
    @inlinable
    public static func decode<Record>(
        _ text: String, file: String, table: FieldTable<Record>, stored: ((String) -> Record?)?, context: FieldTable<Record>.Context
    ) throws(Problem) -> (records: [Record], lines: [Int], problems: [Problem]) {
        var records: [Record] = [], lines: [Int] = []
        var problems: [Problem] = []
        func problem(_ line: Int, _ field: String?, _ message: String) { problems.append(Problem(file: file, line: line, field: field, message: message)) }
        // Set by the first record; a header with a problem leaves the rows unread.
        var header: [String]?
        var headerIsGood = false
        var firstLine: [String: Int] = [:]
        // Where each of the table's fields, and each key field, is in a row.
        var columnOfField: [Int?] = [], keyColumns: [Int?] = []

        func readHeader(_ record: CSVReader.Record) -> [String] {
            let header = record.fields.map { FieldTable<Record>.trimmed($0).lowercased() }
            for (index, column) in header.enumerated() {
                if table[column] == nil {
                    problem(1, column.isEmpty ? "column \(index + 1)" : column, "is not a column of \(table.name); expected \(table.columns.joined(separator: ","))")
                } else if header[..<index].contains(column) {
                    problem(1, column, "appears twice in the header")
                }
            }
            for column in table.required where !header.contains(column) { problem(1, column, "the column is missing") }
            headerIsGood = problems.isEmpty
            columnOfField = table.fields.map { header.firstIndex(of: $0.name) }
            keyColumns = table.keyFields.map { header.firstIndex(of: $0) }
            return header
        }

        func readRow(_ record: CSVReader.Record, header: [String]) {
            guard record.fields.count == header.count else {
                return problem(record.line, "row", "has \(record.fields.count) fields but the header has \(header.count)")
            }
            // Each value as it is read, not an array of them made for every row.
            func value(_ column: Int) -> String { CSVWriter.unneutralised(record.fields[column]) }
            let decoded: Result<Record, Problems>
            // A record already stored keeps the fields the file leaves out.
            if let stored, let old = stored(keyColumns.map { $0.map { FieldTable<Record>.trimmed(value($0)) } ?? "" }.joined(separator: "/")) {
                let given = Dictionary(zip(header, header.indices.map(value)), uniquingKeysWith: { first, _ in first })
                decoded = table.decode(table.fields(over: old, given), context: context)
            } else {
                decoded = table.decode(text: { columnOfField[$0].map(value) }, given: { name in header.firstIndex(of: name).map(value) }, context: context)
            }
            switch decoded {
            case .failure(let found):
                problems += found.list.map { $0.located(file: file, line: record.line) }
            case .success(let value):
                let key = table.key(of: value)
                if let first = firstLine[key] { return problem(record.line, table.keyFields[0], "'\(key)' is also on line \(first)") }
                firstLine[key] = record.line
                records.append(value)
                lines.append(record.line)
            }
        }

        do {
            try CSVReader.forEach(text) { record in
                guard let header else { return header = readHeader(record) }
                if headerIsGood { readRow(record, header: header) }
            }
        } catch {
            throw Problem(file: file, line: error.line, field: nil, message: error.message)
        }
        guard header != nil else {
            throw Problem(file: file, field: nil, message: "is empty; the first line must name the columns: \(table.columns.joined(separator: ","))")
        }
        return (records, lines, problems)
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
