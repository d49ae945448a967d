import PanelDocuments
import PanelDomain
import PanelStore
import Mustache

enum PanelCommand {
    static let fieldHelp = [
        "name": "The panel's name, as papers print it.",
        "kind": "fostering, adoption or long-term-matching.",
        "start_time": "The usual start time, HH:MM.",
        "venue": "The usual venue, or Microsoft Teams.",
        "independent_chair": "Whether the chair must be independent (yes or no; default yes, no for long-term matching).",
    ]

    static let command = Command(
        name: "panel",
        summary: "The service's panels: fostering, adoption, long-term matching.",
        subcommands: [add, update, list, show])

    static let add = Command(
        name: "add",
        summary: "Add a panel.",
        discussion: "Example: panel panel add fostering --name \"Fostering Panel\" --kind fostering --start-time 10:00 --venue \"Town Hall\"",
        arguments: [Argument(name: "ID", help: "A short id such as fostering.")],
        options: RecordEditing.options(for: PanelRecord.kind, help: fieldHelp),
        run: { invocation, context in
            let database = try context.openDatabase()
            let store = CentralListStore(database)
            let id = invocation.argument("ID")
            if try store.panel(id) != nil { throw CLIError.data("panel '\(id)' already exists; change it with 'panel panel update \(id)'") }
            let panel = try RecordEditing.value(PanelRecord.kind, id: id, base: nil, invocation: invocation, context: RecordContext())
            try database.transaction { try store.save(panel) }
            context.print("Added panel \(panel.id): \(panel.name)")
        })

    static let update = Command(
        name: "update",
        summary: "Change a panel's details; fields not given stay as they are.",
        arguments: [Argument(name: "ID", help: "The panel's id.")],
        options: RecordEditing.options(for: PanelRecord.kind, help: fieldHelp),
        run: { invocation, context in
            let database = try context.openDatabase()
            let store = CentralListStore(database)
            let id = invocation.argument("ID")
            guard let existing = try store.panel(id) else { throw StorageError.notFound(kind: "panel", id: id) }
            let panel = try RecordEditing.value(PanelRecord.kind, id: id, base: existing, invocation: invocation, context: RecordContext())
            let outcome = try database.transaction { try store.save(panel) }
            context.print(outcome == .unchanged ? "Panel \(id) unchanged" : "Updated panel \(id)")
        })

    static let list = Command(
        name: "list",
        summary: "List the panels.",
        options: [.format(), .noHeaders],
        run: { invocation, context in
            let panels = try CentralListStore(try context.openDatabase()).panels()
            let listing = Listing(
                columns: PanelRecord.kind.columns,
                rows: panels.map { PanelRecord.kind.encode($0).map(DataValue.string) })
            context.print(listing, invocation)
        })

    static let show = Command(
        name: "show",
        summary: "Show a panel and the people who sit on it today.",
        arguments: [Argument(name: "ID", help: "The panel's id.")],
        options: [RecordEditing.showFormat],
        run: { invocation, context in
            let store = CentralListStore(try context.openDatabase())
            let id = invocation.argument("ID")
            guard let panel = try store.panel(id) else { throw StorageError.notFound(kind: "panel", id: id) }
            let seated = try store.members().filter { $0.role(on: id) != nil && $0.isCurrent(on: context.today) }
            RecordEditing.show([
                ("id", .string(panel.id)), ("name", .string(panel.name)), ("kind", .string(panel.kind.rawValue)),
                ("start_time", .string(panel.startTime.description)), ("venue", .string(panel.venue)),
                ("independent_chair", .bool(panel.independentChair)),
                ("members", .list(seated.map { .string("\($0.name) (\($0.role(on: id)!.label.lowercased()), \($0.category.label.lowercased()))") })),
            ], format: invocation.format(Listing.Format.self, default: .table), context: context)
        })
}
