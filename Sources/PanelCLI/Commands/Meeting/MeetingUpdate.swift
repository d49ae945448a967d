import PanelStore

enum MeetingUpdate {
    static let command = Command(
        name: "update",
        summary: "Change a meeting; fields not given stay as they are.",
        discussion: "Mark a meeting as held with --status held. To cancel one, use 'panel meeting cancel'.",
        arguments: [Argument(name: "ID", help: "The meeting's id.")],
        options: RecordEditing.options(for: MeetingRecord.kind, help: MeetingCommand.fieldHelp),
        run: { invocation, context in
            let database = try context.openDatabase()
            let store = CentralListStore(database)
            let id = invocation.argument("ID")
            let existing = try MeetingCommand.load(id, from: store)
            let meeting = try RecordEditing.value(MeetingRecord.kind, id: id, base: existing, invocation: invocation, context: RecordContext(panels: try store.panels()))
            if meeting.status == .held && meeting.date > context.today {
                throw CLIError.data("meeting \(id) is on \(meeting.date.iso), after today (\(context.today.iso)); it cannot have been held yet")
            }
            let outcome = try database.transaction { try store.save(meeting) }
            context.print(outcome == .unchanged ? "Meeting \(id) unchanged" : "Updated meeting \(id)")
        })
}
