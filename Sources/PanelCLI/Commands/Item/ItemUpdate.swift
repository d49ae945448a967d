import PanelStore

enum ItemUpdate {
    static let command = Command(
        name: "update",
        summary: "Change an item's details or chain dates; fields not given stay as they are.",
        discussion: "Example: panel item update I-2024-031 --papers-sent-on 2024-03-28 --final-minutes-on 2024-04-12",
        arguments: [Argument(name: "ID", help: "The item's id.")],
        options: RecordEditing.options(for: ItemRecord.kind, help: ItemCommand.fieldHelp).filter { $0.name != "meeting-id" },
        run: { invocation, context in
            let database = try context.openDatabase()
            let id = invocation.argument("ID")
            let existing = try ItemCommand.load(id, from: AgendaStore(database))
            let item = try RecordEditing.value(ItemRecord.kind, id: id, base: existing, invocation: invocation, context: RecordContext())
            let outcome = try ItemCommand.save(item, context: context, database: database, locate: ItemCommand.optionLocation)
            context.print(outcome == .unchanged ? "Item \(id) unchanged" : "Updated item \(id)")
        })
}
