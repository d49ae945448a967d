import PanelDocuments

enum MeetingMinutes {
    static let command = Command(
        name: "minutes",
        summary: "The minutes skeleton of a meeting, with what is already recorded filled in.",
        discussion: "The quorum statement is worked out from the attendance recorded as present.",
        arguments: [Argument(name: "MEETING", help: "The meeting's id.")],
        options: DocumentCommand.options,
        run: { invocation, context in
            let database = try context.openDatabase()
            let papers = try DocumentCommand.papers(for: invocation.argument("MEETING"), context: context, database: database)
            try DocumentCommand.emit("minutes", data: MinutesDocument.data(papers), invocation: invocation, context: context)
        })
}
