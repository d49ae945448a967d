import PanelDocuments
import PanelStore

enum ExportCommand {
    /// One kind of record written as the CSV its importer reads.
    struct Exporter: Sendable {
        let name: String
        let columns: [String]
        /// The CSV text and the number of records in it.
        let csv: @Sendable (Database) throws -> (text: String, count: Int)
    }

    static func exporter<Value>(_ kind: RecordKind<Value>, load: @escaping @Sendable (Database) throws -> [Value]) -> Exporter {
        Exporter(name: kind.name, columns: kind.columns) { database in
            let records = try load(database)
            return (([kind.columns] + records.map(kind.encode)).map(CSVWriter.line).joined(), records.count)
        }
    }

    /// In the order `import all` reads them.
    static let exporters = [
        exporter(PanelRecord.kind) { try CentralListStore($0).panels() },
        exporter(MemberRecord.kind) { try CentralListStore($0).members() },
        exporter(MeetingRecord.kind) { try CentralListStore($0).meetings() },
        exporter(AttendanceRecord.kind) { try CentralListStore($0).attendance() },
        exporter(ItemRecord.kind) { try AgendaStore($0).items() },
        exporter(AdopterRecord.kind) { try JourneyStore($0).adopters() },
        exporter(ChildRecord.kind) { try JourneyStore($0).children() },
        exporter(CarerRecord.kind) { try JourneyStore($0).carers() },
    ]

    static let command = Command(
        name: "export",
        summary: "Write records as the CSV the importers read.",
        discussion: "Without --output the CSV goes to standard output.",
        subcommands: exporters.map(subcommand) + [all])

    static func subcommand(_ exporter: Exporter) -> Command {
        Command(
            name: exporter.name,
            summary: "Export \(exporter.name) (columns: \(exporter.columns.joined(separator: ","))).",
            options: [Option(name: "output", value: "FILE", help: "Write to this file (created readable by its owner only).")],
            run: { invocation, context in
                let csv = try exporter.csv(try context.openDatabase())
                if let output = invocation.option("output") {
                    try context.writeFile(output, csv.text)
                    context.warn("\(csv.count) \(exporter.name) written to \(context.absolute(output))")
                } else {
                    context.print(csv.text)
                }
            })
    }

    static let all = Command(
        name: "all",
        summary: "Write every kind of record to a folder, one CSV file each, as 'panel import all' reads them.",
        discussion: "The folder is made if it is not there (readable by its owner only); files in it with the same names are replaced.",
        arguments: [Argument(name: "DIR", help: "The folder to write to.")],
        run: { invocation, context in
            let folder = invocation.argument("DIR")
            let database = try context.openDatabase()
            // Read from one snapshot so the files agree with each other even while another
            // process writes.
            let files = try database.snapshot { try exporters.map { ($0.name, try $0.csv(database)) } }
            try context.makeFolder(folder)
            for (name, csv) in files { try context.writeFile(folder + "/" + name + ".csv", csv.text) }
            context.warn(files.map { "\($0.1.count) \($0.0)" }.joined(separator: ", ") + " written to \(context.absolute(folder))")
        })
}
