import PanelStore

enum ItemAdd {
    static let command = Command(
        name: "add",
        summary: "Book a case onto a meeting's agenda.",
        discussion: """
            Example: panel item add I-2024-031 --meeting-id fostering-2024-04-08 --type skills-to-foster-assessment \\
                       --case-ref FC-1042 --presenting-worker "R. Example" --slot 10:30
            A third Skills to Foster or family-and-friends assessment on one fostering panel is
            refused unless --override gives the reason, which is kept with the item.
            """,
        arguments: [Argument(name: "ID", help: "A short id for the item.")],
        options: RecordEditing.options(for: ItemRecord.kind, help: ItemCommand.fieldHelp)
            + [Option(name: "override", value: "REASON", help: "Book beyond the capacity rule, saying why.")],
        run: { invocation, context in
            let database = try context.openDatabase()
            let id = invocation.argument("ID")
            if try AgendaStore(database).item(id) != nil { throw CLIError.data("item '\(id)' already exists; change it with 'panel item update \(id)'") }
            var item = try RecordEditing.value(ItemRecord.kind, id: id, base: nil, invocation: invocation, context: RecordContext())
            if let reason = invocation.option("override") { item.capacityOverride = reason }
            try ItemCommand.save(item, context: context, database: database, locate: ItemCommand.optionLocation)
            context.print("Booked \(item.id) (\(item.caseRef)) on \(item.meeting)")
        })
}
