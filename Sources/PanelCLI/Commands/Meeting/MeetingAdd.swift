import PanelStore

enum MeetingAdd {
    static let command = Command(
        name: "add",
        summary: "Add one meeting (see 'meeting plan' for a series).",
        arguments: [Argument(name: "ID", help: "A short id such as fostering-2024-04-08.")],
        options: RecordEditing.options(for: MeetingRecord.kind, help: MeetingCommand.fieldHelp),
        run: { invocation, context in
            let database = try context.openDatabase()
            let store = CentralListStore(database)
            let id = invocation.argument("ID")
            if try store.meeting(id) != nil { throw CLIError.data("meeting '\(id)' already exists; change it with 'panel meeting update \(id)'") }
            let meeting = try RecordEditing.value(MeetingRecord.kind, id: id, base: nil, invocation: invocation, context: RecordContext(panels: try store.panels()))
            try database.transaction { try store.save(meeting) }
            context.print("Added meeting \(meeting.id) on \(meeting.date.long) at \(meeting.startTime)")
        })
}
