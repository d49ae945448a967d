import PanelDomain
import PanelStore

enum ItemRecommend {
    static let command = Command(
        name: "recommend",
        summary: "Record the panel's recommendation (from the panel day on).",
        discussion: "Example: panel item recommend I-2024-031 --recommendation approve --terms-children 2 --terms-age-range 0-10 --reasons \"...\"",
        arguments: [Argument(name: "ID", help: "The item's id.")],
        options: ["recommendation", "terms", "terms_children", "terms_age_range", "reasons", "minority_view", "report_quality"].map { column in
            Option(name: column.replacingOccurrences(of: "_", with: "-"), value: column == "recommendation" ? "RECOMMENDATION" : "TEXT",
                   help: ItemCommand.fieldHelp[column] ?? "",
                   choices: column == "recommendation" ? AgendaItem.Recommendation.allCases.map(\.rawValue) : [])
        },
        run: { invocation, context in
            guard invocation.option("recommendation") != nil else { throw invocation.usageError("--recommendation is required") }
            let database = try context.openDatabase()
            let existing = try ItemCommand.load(invocation.argument("ID"), from: AgendaStore(database))
            let item = try RecordEditing.value(ItemRecord.kind, id: existing.id, base: existing, invocation: invocation, context: RecordContext())
            try ItemCommand.save(item, context: context, database: database, locate: ItemCommand.optionLocation)
            context.print("\(item.id): panel recommends \(item.recommendation!.label.lowercased())")
        })
}
