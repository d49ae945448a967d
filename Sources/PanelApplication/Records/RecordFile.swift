import PanelDocuments
import PanelDomain
import PanelStore

/// How many records an import added, changed and found already as they were.
public struct ImportCounts: Equatable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0

    mutating func count(_ outcome: SaveOutcome) {
        switch outcome {
        case .added: added += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }
}

/// One kind of record as a CSV file: read, checked against the records already there and
/// saved, or written out. The importer and exporter share the record's `FieldTable`, so an
/// export always re-imports.
public struct RecordFile: Sendable {
    public let name: String
    public let columns: [String]
    public let required: [String]
    /// Reads every row, checks them all, then saves them inside the caller's transaction,
    /// or throws every problem, each located at its line.
    let importText: @Sendable (_ text: String, _ file: String, Database, Workspace) throws -> ImportCounts
    /// Hands the texts of every stored record's fields, in column order (its CSV row), to
    /// its argument, one record at a time.
    let exportTexts: @Sendable (Database, _ record: ([String]) throws -> Void) throws -> Void

    /// Every kind of record, in the order they depend on each other: panels before members
    /// and meetings, meetings before attendance and items, items before adopters and
    /// households, adopters before children.
    /// The service's name first, and after the items their moves and absences.
    public static let all: [RecordFile] = [service, panels, members, meetings, attendance, items, itemMoves, itemAbsences, adopters, children, carers]

    public static func named(_ name: String) -> RecordFile? { all.first { $0.name == name } }

    static let service = RecordFile(ServiceRecord.fields, stored: { [ServiceRecord(name: try Store.serviceName($0))] }) { record, _, database in
        try Store.setServiceName(record.name, in: database)
    }

    static let itemMoves = RecordFile(ItemMoveRecord.fields, stored: { try AgendaStore($0).moveRecords() }, check: { rows, _, database, _ in
        let items = try AgendaStore(database).meetingsOfItems(), meetings = Set(try CentralListStore(database).meetings().map(\.id))
        return rows.enumerated().flatMap { index, move -> [(Int, Problem)] in
            var problems: [(Int, Problem)] = []
            if items[move.item] == nil { problems.append((index, Problem(field: "item_id", message: "no agenda item \(FieldKind.id(move.item, or: "has the id given")); import items.csv first"))) }
            for (field, meeting) in [("from_meeting", move.from), ("to_meeting", move.to)] where !meetings.contains(meeting) {
                problems.append((index, Problem(field: field, message: "no meeting \(FieldKind.id(meeting, or: "has the id given")); import meetings.csv first")))
            }
            return problems
        }
    }) { try AgendaStore($2).save($0, over: $1) }

    /// Only someone recorded present at the item's meeting can have taken no part in it.
    static let itemAbsences = RecordFile(ItemAbsence.fields, stored: { try AgendaStore($0).absences() }, check: { rows, _, database, _ in
        let items = try AgendaStore(database).meetingsOfItems()
        let present = Set(try CentralListStore(database).attendance().filter { $0.attended == .present }.map { "\($0.meeting)/\($0.member)" })
        return rows.enumerated().compactMap { index, absence -> (Int, Problem)? in
            guard let meeting = items[absence.item] else {
                return (index, Problem(field: "item_id", message: "no agenda item \(FieldKind.id(absence.item, or: "has the id given")); import items.csv first"))
            }
            guard present.contains("\(meeting)/\(absence.member)") else {
                return (index, Problem(field: "member_id", message: "is not recorded as present at \(meeting); import attendance.csv first"))
            }
            return nil
        }
    }) { try AgendaStore($2).save($0, over: $1) }

    static let panels = RecordFile(Panel.fields, stored: { try CentralListStore($0).panels() }) { try CentralListStore($2).save($0, over: $1) }

    static let members = RecordFile(Member.fields, stored: { try CentralListStore($0).members() }, check: { rows, _, database, workspace in
        let store = CentralListStore(database)
        return CentralList.seatProblems(rows, existing: try store.members(), panels: try store.panels(), policy: try workspace.serviceData().policy)
    }) { try CentralListStore($2).save($0, over: $1) }

    static let meetings = RecordFile(Meeting.fields, stored: { try CentralListStore($0).meetings() }, each: { try CentralListStore($0).forEachMeeting($1) }, check: { rows, _, _, workspace in
        rows.enumerated().flatMap { index, meeting in meeting.statusProblems(today: workspace.today).map { (index, $0) } }
    }) { try CentralListStore($2).save($0, over: $1) }

    static let attendance = RecordFile(Attendance.fields, stored: { try CentralListStore($0).attendance() }, check: { rows, _, database, workspace in
        let store = CentralListStore(database)
        let meetings = Dictionary(uniqueKeysWithValues: try store.meetings().map { ($0.id, $0) })
        let members = Set(try store.members().map(\.id))
        return rows.enumerated().flatMap { index, row in
            row.problems(meeting: meetings[row.meeting], memberExists: members.contains(row.member), today: workspace.today).map { (index, $0) }
        }
    }) { try CentralListStore($2).save($0, over: $1) }

    static let items = RecordFile(AgendaItem.fields, stored: { try AgendaStore($0).items() }, each: { try AgendaStore($0).forEachItem($1) }, check: { rows, stored, database, workspace in
        try workspace.bookingProblems(rows, stored: stored, in: database)
    }, prepare: { items, database, workspace in
        // Numbered before saving, so that each item is written (and audited) once.
        try workspace.number(&items, in: database)
    }) { try AgendaStore($2).save($0, over: $1) }

    static let adopters = RecordFile(Adopter.fields, stored: { try JourneyStore($0).adopters() }, each: { try JourneyStore($0).forEachAdopter($1) }, check: { rows, _, database, _ in
        try JourneyKind.adopter.references(rows, database)
    }) { try JourneyStore($2).save($0, over: $1) }

    static let children = RecordFile(Child.fields, stored: { try JourneyStore($0).children() }, each: { try JourneyStore($0).forEachChild($1) }, check: { rows, _, database, _ in
        try JourneyKind.child.references(rows, database)
    }) { try JourneyStore($2).save($0, over: $1) }

    static let carers = RecordFile(Carer.fields, stored: { try JourneyStore($0).carers() }, each: { try JourneyStore($0).forEachCarer($1) }, check: { rows, _, database, _ in
        try JourneyKind.carer.references(rows, database)
    }) { try JourneyStore($2).save($0, over: $1) }

    init<Value>(
        _ table: FieldTable<Value>,
        stored: @escaping @Sendable (Database) throws -> [Value],
        /// The stored records one at a time, in the same order, for an export that holds
        /// none of them (by default, `stored`'s).
        each: (@Sendable (Database, (Value) throws -> Void) throws -> Void)? = nil,
        /// Problems with the rows against the records already there (`stored` by key), each
        /// with the position of its row.
        check: @escaping @Sendable ([Value], [String: Value], Database, Workspace) throws -> [(index: Int, problem: Problem)] = { _, _, _, _ in [] },
        /// The records as they will be saved, once every row is good.
        prepare: @escaping @Sendable (inout [Value], Database, Workspace) throws -> Void = { _, _, _ in },
        /// Saves a record over the one stored before the import (nil for a new one).
        save: @escaping @Sendable (Value, Value?, Database) throws -> SaveOutcome
    ) {
        name = table.name
        columns = table.columns
        required = table.required
        importText = { text, file, database, workspace in
            let existing = Dictionary(try stored(database).map { (table.key(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
            // The records are numbered in place (`prepare`): one copy of 300,000 items is held.
            var records: [Value]
            let lines: [Int], problems: [Problem]
            (records, lines, problems) = try RecordCSV.decode(text, file: file, table: table, stored: existing.isEmpty ? nil : { existing[$0] },
                                                              context: .init(panels: try CentralListStore(database).panels()))
            // Rows that read well are checked against the database even when others did not,
            // so that one run reports every bad row.
            let found = problems + (try check(records, existing, database, workspace)).map { $0.problem.located(file: file, line: lines[$0.index]) }
            guard found.isEmpty else {
                throw Problems(found, summary: "\(found.count) \(found.count == 1 ? "problem" : "problems") in \(file); nothing was imported").sortedByLine
            }
            var counts = ImportCounts()
            try database.batchingUpserts {
                try prepare(&records, database, workspace)
                // Nothing stored, as in a first import: no key to make for each record.
                for value in records { counts.count(try save(value, existing.isEmpty ? nil : existing[table.key(of: value)], database)) }
            }
            return counts
        }
        let each = each ?? { database, body in for record in try stored(database) { try body(record) } }
        exportTexts = { database, body in try each(database) { record in try body(table.text(of: record)) } }
    }

    /// Writes the header and every record, in pieces of about 64 KB, to `write`; returns
    /// how many records.
    func exportCSV(_ database: Database, _ write: (String) throws -> Void) throws -> Int {
        var csv = CSVPieces(header: columns), count = 0
        try exportTexts(database) { texts in
            if let piece = csv.append(texts) { try write(piece) }
            count += 1
        }
        try write(csv.rest)
        return count
    }
}

extension Workspace {
    /// Imports files of records, each `(kind, file, text)`, in one transaction: either every
    /// file goes in or, at the first with a problem, nothing does. A dry run checks all and
    /// writes nothing.
    public func importRecords(_ files: [(kind: RecordFile, file: String, text: String)], dryRun: Bool) throws -> [ImportCounts] {
        try write(dryRun: dryRun) { database in
            try files.map { try $0.kind.importText($0.text, $0.file, database, self) }
        }
    }

    /// A kind of record as CSV, written piece by piece to `write` from one snapshot;
    /// returns how many records it holds.
    public func exportRecords(_ kind: RecordFile, to write: (String) throws -> Void) throws -> Int {
        try read { try kind.exportCSV($0, write) }
    }

    /// Every kind of record as CSV, read from one snapshot so the files agree with each
    /// other even while another process writes: `each` is handed each kind and a function
    /// that writes its CSV, piece by piece, to a writer and returns how many records.
    public func exportAll(_ each: (RecordFile, _ export: ((String) throws -> Void) throws -> Int) throws -> Void) throws {
        try read { database in
            for kind in RecordFile.all { try each(kind) { write in try kind.exportCSV(database, write) } }
        }
    }

    /// Every kind of record as one workbook, a sheet each, written to `output` as it is read
    /// from one snapshot: each kind's records are read twice, once for the columns' widths,
    /// which come first in a sheet, and once to write them, so none is held.
    public func exportWorkbook<Output: ZipOutput>(to output: Output) throws -> Output {
        try read { database in
            var workbook = try WorkbookWriter(output, title: "Records", sheets: RecordFile.all.map(\.name))
            for kind in RecordFile.all {
                var widths = Workbook.Widths(header: kind.columns)
                try kind.exportTexts(database) { widths.note(Workbook.cells(texts: $0)) }
                try workbook.beginSheet(header: kind.columns, widths: widths)
                try kind.exportTexts(database) { try workbook.row(Workbook.cells(texts: $0)) }
                try workbook.endSheet()
            }
            return try workbook.finish()
        }
    }
}
