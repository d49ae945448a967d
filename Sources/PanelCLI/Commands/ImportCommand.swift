import Foundation
import PanelDocuments
import PanelDomain
import PanelStore

enum ImportCommand {
    static let command = Command(
        name: "import",
        summary: "Import records from a CSV file (all or nothing).",
        discussion: """
            Files are CSV with a header row (RFC 4180, UTF-8, days as YYYY-MM-DD). Every bad
            row is reported as file:line: column: message and nothing is written unless every
            row is good. Records are matched by id, so importing the same file again changes
            nothing. Import panels before members and meetings, meetings before attendance and items,
            items before adopters and carers, adopters before children.
            """,
        subcommands: importers.map(subcommand) + [all])

    /// Every kind of record, in the order they depend on each other.
    static let importers = [panels, members, meetings, attendance, items, adopters, children, carers]

    static let panels = importer(PanelRecord.kind, summary: "Import panels.", stored: { try CentralListStore($0).panels() }) { _, _, _, _ in [] } save: {
        try CentralListStore($2).save($0)
    }

    static let members = importer(MemberRecord.kind, summary: "Import the central list: members, advisers and minute takers.", stored: { try CentralListStore($0).members() }) { rows, _, database, context in
        let store = CentralListStore(database)
        return MemberRecord.check(rows.map { ($0.value, $0.locate) }, existing: try store.members(), panels: try store.panels(), policy: try context.policy())
    } save: { try CentralListStore($2).save($0) }

    static let meetings = importer(MeetingRecord.kind, summary: "Import panel meetings.", stored: { try CentralListStore($0).meetings() }) { _, _, _, _ in [] } save: {
        try CentralListStore($2).save($0, over: $1)
    }

    static let attendance = importer(AttendanceRecord.kind, summary: "Import who was expected at meetings and who came.", stored: { try CentralListStore($0).attendance() }) { rows, _, database, context in
        let store = CentralListStore(database)
        let meetings = Dictionary(uniqueKeysWithValues: try store.meetings().map { ($0.id, $0) })
        let members = Set(try store.members().map(\.id))
        return rows.flatMap { AttendanceRecord.check($0.value, locate: $0.locate, meetings: meetings, members: members, today: context.today) }
    } save: { try CentralListStore($2).save($0, over: $1) }

    static let items = importer(ItemRecord.kind, summary: "Import agenda items and their decision chain.", stored: { try AgendaStore($0).items() }) { rows, stored, database, context in
        try ItemRecord.check(rows.map { ($0.value, $0.locate) }, stored: stored, database: database, context: context)
    } prepare: { items, database in
        // Numbered before saving, so that each item is written (and audited) once.
        try ItemCommand.numbered(items, store: AgendaStore(database))
    } save: { try AgendaStore($2).save($0, over: $1) }

    static let adopters = importer(AdopterRecord.kind, summary: "Import prospective adopters and their stages.", stored: { try JourneyStore($0).adopters() }) { rows, _, database, _ in
        try ItemRecord.unknownItems(rows, item: \.item, database: database)
    } save: { try JourneyStore($2).save($0, over: $1) }

    static let children = importer(ChildRecord.kind, summary: "Import children with adoption plans.", stored: { try JourneyStore($0).children() }) { rows, _, database, _ in
        try ChildRecord.check(rows, database: database)
    } save: { try JourneyStore($2).save($0, over: $1) }

    static let carers = importer(CarerRecord.kind, summary: "Import fostering households, from enquiry to leaving.", stored: { try JourneyStore($0).carers() }) { rows, _, database, _ in
        try ItemRecord.unknownItems(rows, item: \.item, database: database)
    } save: { try JourneyStore($2).save($0, over: $1) }

    typealias Row<Value> = (value: Value, locate: (String) -> String)

    /// One kind of record's import, with the type of record hidden so that `import all`
    /// can run them in order.
    struct Importer: Sendable {
        let name: String
        let summary: String
        let discussion: String
        /// Decodes and checks every row, then saves them (inside the caller's transaction),
        /// or throws every problem.
        let run: @Sendable (_ text: String, _ file: String, Database, Context) throws -> [SaveOutcome: Int]
    }

    static func importer<Value>(
        _ kind: RecordKind<Value>, summary: String,
        stored: @escaping @Sendable (Database) throws -> [Value],
        /// Problems with the decoded rows, given the records stored before the import by id.
        check: @escaping @Sendable ([Row<Value>], [String: Value], Database, Context) throws -> [String],
        /// The records as they will be saved, once every row is good.
        prepare: @escaping @Sendable ([Value], Database) throws -> [Value] = { values, _ in values },
        /// Saves a record over the one stored before the import (nil for a new one).
        save: @escaping @Sendable (Value, Value?, Database) throws -> SaveOutcome
    ) -> Importer {
        Importer(
            name: kind.name, summary: summary,
            discussion: "Columns: \(kind.columns.joined(separator: ",")) (required: \(kind.required.joined(separator: ", "))).",
            run: { text, file, database, context in
                var problems: [String] = []
                let existing = Dictionary(try stored(database).map { (kind.id($0), $0) }, uniquingKeysWith: { first, _ in first })
                let rows = try decode(text, file: file, kind: kind, stored: existing, context: RecordContext(panels: try CentralListStore(database).panels()), problems: &problems)
                // Rows that decoded are checked against the database even when others did
                // not, so that one run reports every bad row.
                problems += try check(rows, existing, database, context)
                problems = sortedByLine(problems, file: file)
                guard problems.isEmpty else {
                    throw CLIError.dataProblems(problems, summary: "\(problems.count) \(problems.count == 1 ? "problem" : "problems") in \(file); nothing was imported")
                }
                var counts: [SaveOutcome: Int] = [.added: 0, .updated: 0, .unchanged: 0]
                for value in try prepare(rows.map(\.value), database) { counts[try save(value, existing[kind.id(value)], database), default: 0] += 1 }
                return counts
            })
    }

    /// An import command for one kind of record: read, decode every row, check them against
    /// the database, then save them all in one transaction or report every problem.
    static func subcommand(_ importer: Importer) -> Command {
        Command(
            name: importer.name,
            summary: importer.summary,
            discussion: importer.discussion,
            arguments: [Argument(name: "FILE", help: "The CSV file to import.")],
            options: [dryRun],
            run: { invocation, context in
                let file = invocation.argument("FILE")
                let text = try context.readInput(file)
                let database = try context.openDatabase()
                let counts = try inTransaction(database, dryRun: invocation.flag("dry-run")) { try importer.run(text, file, database, context) }
                context.print(report(file, counts, dryRun: invocation.flag("dry-run")))
            })
    }

    static let all = Command(
        name: "all",
        summary: "Import a folder of CSV files, as 'panel export all' writes them, in one transaction.",
        discussion: """
            Reads DIR/panels.csv, members.csv, meetings.csv, attendance.csv, items.csv,
            adopters.csv, children.csv and carers.csv, in that order, skipping any that are not
            there. Either every file goes in or, at the first file with a problem, nothing does.
            """,
        arguments: [Argument(name: "DIR", help: "The folder of CSV files.")],
        options: [dryRun],
        run: { invocation, context in
            let folder = invocation.argument("DIR")
            guard context.isFolder(folder) else { throw CLIError.noInput("\(context.absolute(folder)) is not a folder") }
            let database = try context.openDatabase()
            let present = importers.filter { FileManager.default.fileExists(atPath: context.absolute(folder + "/" + $0.name + ".csv")) }
            guard !present.isEmpty else { throw CLIError.noInput("no CSV files to import in \(context.absolute(folder)); expected \(importers.map { $0.name + ".csv" }.joined(separator: ", "))") }
            let lines = try inTransaction(database, dryRun: invocation.flag("dry-run")) {
                try present.map { importer in
                    let file = folder + "/" + importer.name + ".csv"
                    return report(file, try importer.run(try context.readInput(file), file, database, context), dryRun: invocation.flag("dry-run"))
                }
            }
            context.print(lines.joined(separator: "\n"))
        })

    static let dryRun = Option(name: "dry-run", value: nil, help: "Check the files and say what would change, writing nothing.")

    static func report(_ file: String, _ counts: [SaveOutcome: Int], dryRun: Bool) -> String {
        "\(file): \(counts[.added] ?? 0) added, \(counts[.updated] ?? 0) updated, \(counts[.unchanged] ?? 0) unchanged" + (dryRun ? " (dry run: nothing written)" : "")
    }

    /// Runs `body` in one transaction, rolled back at the end of a dry run.
    static func inTransaction<T>(_ database: Database, dryRun: Bool, _ body: () throws -> T) throws -> T {
        var result: T?
        do {
            try database.transaction {
                result = try body()
                if dryRun { throw DryRun() }
            }
        } catch is DryRun {}
        return result!
    }

    private struct DryRun: Error {}

    /// Problems in file order: `file:LINE: ...` sorted by LINE, keeping the order within a line.
    static func sortedByLine(_ problems: [String], file: String) -> [String] {
        func line(_ problem: String) -> Int {
            Int(problem.dropFirst(file.count + 1).prefix { $0.isNumber }) ?? 0
        }
        return problems.enumerated().sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }.map(\.element)
    }

    /// Every row of the file decoded, with the problems of those that are not.
    /// A column the file leaves out keeps the value already stored for that record.
    static func decode<Value>(_ text: String, file: String, kind: RecordKind<Value>, stored: [String: Value], context: RecordContext, problems: inout [String]) throws -> [Row<Value>] {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.read(text)
        } catch {
            throw CLIError.data("\(file):\(error.line): \(error.message)")
        }
        guard let headerRecord = records.first else {
            throw CLIError.data("\(file) is empty; the first line must name the columns: \(kind.columns.joined(separator: ","))")
        }
        let header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for (index, column) in header.enumerated() {
            if !kind.columns.contains(column) {
                problems.append("\(file):1: \(column.isEmpty ? "column \(index + 1)" : column): is not a column of \(kind.name); expected \(kind.columns.joined(separator: ","))")
            } else if header[..<index].contains(column) {
                problems.append("\(file):1: \(column): appears twice in the header")
            }
        }
        for column in kind.required where !header.contains(column) {
            problems.append("\(file):1: \(column): the column is missing")
        }
        guard problems.isEmpty else { return [] }
        var rows: [Row<Value>] = []
        var firstLine: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                problems.append("\(file):\(record.line): row: has \(record.fields.count) fields but the header has \(header.count)")
                continue
            }
            let given = Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })
            var fields = FieldReader(values: kind.fields(over: stored[kind.key(of: given)], given), locate: { "\(file):\(record.line): \($0)" })
            let value = kind.decode(&fields, context)
            problems += fields.problems
            guard let value else { continue }
            let id = kind.id(value)
            if let first = firstLine[id] {
                problems.append("\(file):\(record.line): \(kind.columns[0]): '\(id)' is also on line \(first)")
                continue
            }
            firstLine[id] = record.line
            rows.append((value, fields.locate))
        }
        return rows
    }
}
