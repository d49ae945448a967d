import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemRecommend: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "recommend", summary: "Record the panel's recommendation (from the panel day on).",
        discussion: "Example: panel item recommend I-2024-031 --recommendation approve --terms-children 2 --terms-age-range 0-10 --reasons \"...\"")

    @Argument("ID", help: "The item's id.") var id: String
    @Fields(AgendaItem.fields, only: ItemCommand.recommendationFields, help: ItemCommand.fieldHelp) var fields: FieldChanges<AgendaItem>
    @OptionGroup var writer: WriterOptions

    func validate() throws {
        guard fields.texts["recommendation"].map({ !$0.isEmpty }) ?? false else { throw CLIError.usage("--recommendation is required", command: "item recommend") }
    }

    func run(_ context: Context) throws {
        let item = try context.workspace(writer).recordRecommendation(id, fields)
        context.print("\(item.id): panel recommends \(item.recommendation!.label.lowercased())")
    }
}
