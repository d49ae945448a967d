import PanelDocuments

enum MeetingAgenda {
    static let command = Command(
        name: "agenda",
        summary: "The agenda of a meeting, from Templates/agenda.*.mustache.",
        discussion: "Example: panel meeting agenda fostering-2024-04-08 --format html --output agenda.html --redact",
        arguments: [Argument(name: "MEETING", help: "The meeting's id.")],
        options: DocumentCommand.options + [Option(name: "redact", value: nil, help: "Case references and initials only, for a widely circulated copy.")],
        run: { invocation, context in
            let database = try context.openDatabase()
            let papers = try DocumentCommand.papers(for: invocation.argument("MEETING"), context: context, database: database)
            try DocumentCommand.emit("agenda", data: AgendaDocument.data(papers, redact: invocation.flag("redact")), invocation: invocation, context: context)
        })
}
