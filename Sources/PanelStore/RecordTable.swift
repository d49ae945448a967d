import PanelDomain

/// A kind of record's own table, read and written through its `FieldTable`: the same list
/// of fields names the columns of the SELECT and of the upsert, and says how each column's
/// value becomes the field's, so the two cannot fall out of step with the CSV columns.
struct RecordTable<Record> {
    let table: String
    let fields: FieldTable<Record>
    let stored: [Field<Record>]
    /// The fields' columns, in the order the SELECT lists them.
    let columns: [String]
    /// The key columns of the upsert.
    let key: [String]

    init(_ table: String, _ fields: FieldTable<Record>) {
        self.table = table
        self.fields = fields
        self.stored = fields.storedFields
        self.columns = stored.map { $0.column! }
        self.key = fields.keyFields.compactMap { fields[$0]?.column }
    }

    /// `t.id, t.name, ...` for a query that calls the table `alias`.
    func selectList(_ alias: String) -> String { columns.map { alias + "." + $0 }.joined(separator: ", ") }

    /// The record held by a row whose first columns are `selectList`'s.
    func decode(_ row: Row) throws(StorageError) -> Record {
        var record = fields.blank()
        for (index, field) in stored.enumerated() {
            let column = Int32(index)
            let value: FieldValue
            switch field.kind {
            case .identifier, .text, .choice, .list:
                value = row.text(column).map(FieldValue.text) ?? .none
            case .day, .days, .dayList:
                value = try row.day(column).map(FieldValue.day) ?? .none
            case .time:
                guard let text = row.text(column) else { value = .none; break }
                guard let time = TimeOfDay(parsing: text) else { throw .decoding(table: table, column: field.column!, reason: "is not HH:MM") }
                value = .time(time)
            case .number:
                value = row.int(column).map(FieldValue.number) ?? .none
            case .yesNo:
                value = .flag(row.int(column) == 1)
            }
            if let problem = field.set(&record, value) { throw .decoding(table: table, column: field.column!, reason: problem) }
        }
        return record
    }

    /// The values of the record's columns, in `columns` order.
    func values(_ record: Record) -> [SQLValue] {
        stored.map { field in
            switch field.get(record) {
            case .none: .null
            case .text(let text): .text(text)
            case .day(let day): .text(day.iso)
            case .time(let time): .text(time.description)
            case .number(let number): .integer(Int64(number))
            case .flag(let flag): .integer(flag ? 1 : 0)
            case .days, .texts: .null
            }
        }
    }

    /// Inserts the record, or replaces the row with its key.
    func upsert(_ record: Record, in database: Database) throws(StorageError) {
        try database.upsert(table, columns: columns, values: values(record), key: key)
    }

    /// Records of rows that match `filter`, in `order`.
    func select(_ database: Database, _ filter: Filter = Filter(), order: String) throws(StorageError) -> [Record] {
        try database.query("SELECT \(selectList("t")) FROM \(table) t \(filter.clause) ORDER BY \(order)", filter.values, table: table, decode)
    }
}
