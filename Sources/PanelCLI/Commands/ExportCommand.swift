import PanelDocuments
import PanelStore

enum ExportCommand {
    static let command = Command(
        name: "export",
        summary: "Write records as the CSV the importers read.",
        discussion: "Without --output the CSV goes to standard output.",
        subcommands: [
            subcommand(PanelRecord.kind) { try $0.panels() },
            subcommand(MemberRecord.kind) { try $0.members() },
            subcommand(MeetingRecord.kind) { try $0.meetings() },
            subcommand(AttendanceRecord.kind) { try $0.attendance() },
            subcommand(ItemRecord.kind) { try AgendaStore($0.database).items() },
            subcommand(AdopterRecord.kind) { try JourneyStore($0.database).adopters() },
            subcommand(ChildRecord.kind) { try JourneyStore($0.database).children() },
            subcommand(CarerRecord.kind) { try JourneyStore($0.database).carers() },
        ])

    static func subcommand<Value>(_ kind: RecordKind<Value>, load: @escaping @Sendable (CentralListStore) throws -> [Value]) -> Command {
        Command(
            name: kind.name,
            summary: "Export \(kind.name) (columns: \(kind.columns.joined(separator: ","))).",
            options: [Option(name: "output", value: "FILE", help: "Write to this file (created readable by its owner only).")],
            run: { invocation, context in
                let records = try load(CentralListStore(try context.openDatabase()))
                let csv = ([kind.columns] + records.map(kind.encode)).map(CSVWriter.line).joined()
                if let output = invocation.option("output") {
                    try context.writeFile(output, csv)
                    context.warn("\(records.count) \(kind.name) written to \(context.absolute(output))")
                } else {
                    context.print(csv)
                }
            })
    }
}
