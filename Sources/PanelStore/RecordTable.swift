import PanelDomain

/// A kind of record's own table, read and written through its `FieldTable`: the same list
/// of fields names the columns of the SELECT and of the upsert, and says how each column's
/// value becomes the field's, so the two cannot fall out of step with the CSV columns.
struct RecordTable<Record> {
    let table: String
    let fields: FieldTable<Record>
    /// The fields' columns, in the order the SELECT lists them.
    let columns: [String]
    /// The key columns of the upsert.
    let key: [String]
    /// Whether it reads only some of the fields (`init(_:_:only:)`).
    private let isPartial: Bool
    /// Fields that are one stored property of a plain type, and where in the record that
    /// property lies (`MemoryLayout.offset(of:)`): a row's value is stored straight into
    /// place. A listing reads 300,000 items of 30 fields; going through a key path or a
    /// setter for each field cost a tenth of its time.
    private let direct: [(column: Int32, offset: Int, kind: Direct)]
    /// The other fields, read as a `FieldValue` and given to their field's setter, or
    /// taken from its getter.
    private let others: [(column: Int32, read: Read, get: @Sendable (Record) -> FieldValue, set: @Sendable (inout Record, FieldValue) -> String?)]

    private enum Direct {
        case text, optionalText, day, number, flag
    }

    private enum Read {
        case text, day, time, number, flag
    }

    /// `only` names the fields to read, when a caller needs only some: the others keep
    /// their blank values, so such a table must never write (`upsert` refuses).
    init(_ table: String, _ fields: FieldTable<Record>, only: Set<String>? = nil) {
        self.table = table
        self.fields = fields
        let stored = fields.storedFields.filter { only?.contains($0.name) ?? true }
        isPartial = only != nil
        self.columns = stored.map { $0.column! }
        self.key = fields.keyFields.compactMap { fields[$0]?.column }
        var direct: [(Int32, Int, Direct)] = []
        var others: [(Int32, Read, @Sendable (Record) -> FieldValue, @Sendable (inout Record, FieldValue) -> String?)] = []
        for (index, field) in stored.enumerated() {
            let column = Int32(index)
            let place: (Int?, Direct)? = switch field.property {
            case .text(let path): (MemoryLayout<Record>.offset(of: path), .text)
            case .optionalText(let path): (MemoryLayout<Record>.offset(of: path), .optionalText)
            case .day(let path): (MemoryLayout<Record>.offset(of: path), .day)
            case .number(let path): (MemoryLayout<Record>.offset(of: path), .number)
            case .flag(let path): (MemoryLayout<Record>.offset(of: path), .flag)
            case .other: nil
            }
            if let place, let offset = place.0 {
                direct.append((column, offset, place.1))
                continue
            }
            let read: Read = switch field.kind {
            case .identifier, .text, .choice, .list: .text
            case .day, .days, .dayList: .day
            case .time: .time
            case .number: .number
            case .yesNo: .flag
            }
            others.append((column, read, field.get, field.set))
        }
        self.direct = direct
        self.others = others
    }

    /// `t.id, t.name, ...` for a query that calls the table `alias`.
    func selectList(_ alias: String) -> String { columns.map { alias + "." + $0 }.joined(separator: ", ") }

    /// The record held by a row whose first columns are `selectList`'s.
    func decode(_ row: Row) throws(StorageError) -> Record {
        var record = fields.blank()
        try withUnsafeMutableBytes(of: &record) { bytes throws(StorageError) in
            for (column, offset, kind) in direct {
                // Each property is assigned as its own type, so the old value is released
                // and the new one kept as any assignment would.
                let place = bytes.baseAddress! + offset
                switch kind {
                case .text: place.assumingMemoryBound(to: String.self).pointee = row.text(column) ?? ""
                case .optionalText: place.assumingMemoryBound(to: String?.self).pointee = row.text(column)
                case .day: place.assumingMemoryBound(to: Day?.self).pointee = try row.day(column)
                case .number: place.assumingMemoryBound(to: Int?.self).pointee = row.int(column)
                case .flag: place.assumingMemoryBound(to: Bool.self).pointee = row.int(column) == 1
                }
            }
        }
        for (column, read, _, set) in others {
            let value: FieldValue
            switch read {
            case .text: value = row.text(column).map(FieldValue.text) ?? .none
            case .day: value = try row.day(column).map(FieldValue.day) ?? .none
            case .number: value = row.int(column).map(FieldValue.number) ?? .none
            case .flag: value = .flag(row.int(column) == 1)
            case .time:
                guard let text = row.text(column) else { value = .none; break }
                guard let time = TimeOfDay(parsing: text) else { throw .decoding(table: table, column: columns[Int(column)], reason: "is not HH:MM") }
                value = .time(time)
            }
            if let problem = set(&record, value) { throw .decoding(table: table, column: columns[Int(column)], reason: problem) }
        }
        return record
    }

    /// The values of the record's columns, in `columns` order: each property read from its
    /// place, as `decode` writes it (an import saves 300,000 items: through the fields'
    /// getters, building these cost 5% of its time), the other fields through their getter.
    func values(_ record: Record) -> [SQLValue] {
        var values = [SQLValue](repeating: .null, count: columns.count)
        withUnsafeBytes(of: record) { bytes in
            for (column, offset, kind) in direct {
                let place = bytes.baseAddress! + offset
                values[Int(column)] = switch kind {
                case .text: .text(place.assumingMemoryBound(to: String.self).pointee)
                case .optionalText: place.assumingMemoryBound(to: String?.self).pointee.map(SQLValue.text) ?? .null
                case .day: place.assumingMemoryBound(to: Day?.self).pointee.map { .text($0.iso) } ?? .null
                case .number: place.assumingMemoryBound(to: Int?.self).pointee.map { .integer(Int64($0)) } ?? .null
                case .flag: .integer(place.assumingMemoryBound(to: Bool.self).pointee ? 1 : 0)
                }
            }
        }
        for (column, _, get, _) in others {
            values[Int(column)] = switch get(record) {
            case .none: .null
            case .text(let text): .text(text)
            case .day(let day): .text(day.iso)
            case .time(let time): .text(time.description)
            case .number(let number): .integer(Int64(number))
            case .flag(let flag): .integer(flag ? 1 : 0)
            case .days, .texts: .null
            }
        }
        return values
    }

    /// Inserts the record, or replaces the row with its key.
    func upsert(_ record: Record, in database: Database) throws(StorageError) {
        // A record read without some of its fields would blank them in the database.
        precondition(!isPartial, "a table reading only some fields of \(table) cannot write them")
        try database.upsert(table, columns: columns, values: values(record), key: key)
    }

    /// Records of rows that match `filter`, in `order`.
    func select(_ database: Database, _ filter: Filter = Filter(), order: String) throws(StorageError) -> [Record] {
        try database.query("SELECT \(selectList("t")) FROM \(table) t \(filter.clause) ORDER BY \(order)", filter.values, table: table, decode)
    }

    /// The records `select` gives, handed to `body` one at a time.
    func forEach(_ database: Database, _ filter: Filter = Filter(), order: String, _ body: (Record) throws -> Void) throws {
        try database.forEach("SELECT \(selectList("t")) FROM \(table) t \(filter.clause) ORDER BY \(order)", filter.values, table: table) { row in try body(try decode(row)) }
    }
}

/// What a `forEach` hands over, as an array: appending cannot fail, so only a storage error
/// can come out.
func collect<T>(_ forEach: ((T) throws -> Void) throws -> Void) throws(StorageError) -> [T] {
    var all: [T] = []
    do { try forEach { all.append($0) } } catch let error as StorageError { throw error } catch { preconditionFailure("appending failed: \(error)") }
    return all
}
