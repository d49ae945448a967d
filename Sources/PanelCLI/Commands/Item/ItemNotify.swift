import PanelDomain
import PanelStore

enum ItemNotify {
    static let command = Command(
        name: "notify",
        summary: "Record when the applicant was told of the decision, orally and in writing.",
        discussion: "Example: panel item notify I-2024-031 --oral 2024-04-18 --written 2024-04-22",
        arguments: [Argument(name: "ID", help: "The item's id.")],
        options: [
            Option(name: "oral", value: "DAY", help: "The day the applicant was told orally."),
            Option(name: "written", value: "DAY", help: "The day the written decision was sent."),
        ],
        run: { invocation, context in
            let oral = try invocation.dayOption("oral"), written = try invocation.dayOption("written")
            guard oral != nil || written != nil else { throw invocation.usageError("give --oral DAY, --written DAY or both") }
            let database = try context.openDatabase()
            var item = try ItemCommand.load(invocation.argument("ID"), from: AgendaStore(database))
            if let oral { item.oralNotifiedOn = oral }
            if let written { item.writtenNotifiedOn = written }
            try ItemCommand.save(item, context: context, database: database, locate: { column in
                ["oral_notified_on": "--oral", "written_notified_on": "--written"][column] ?? ItemCommand.optionLocation(column)
            })
            context.print("\(item.id): told orally \(item.oralNotifiedOn?.iso ?? "not yet"), in writing \(item.writtenNotifiedOn?.iso ?? "not yet")")
        })
}
