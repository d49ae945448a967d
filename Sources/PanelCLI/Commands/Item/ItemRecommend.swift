import Foundation
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

    /// The recommendations each item type takes, from the item types in force.
    static func helpDetails(_ context: Context) -> String? {
        guard let types = try? context.workspace(StoreOptions()).serviceData().itemTypes else { return nil }
        let width = types.map(\.id.count).max() ?? 0
        return "What each type of item may be recommended (Data/item-types.ini; withdrawn is always possible):\n"
            + types.map { "  " + $0.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.recommendations.map(\.rawValue).joined(separator: ", ") }.joined(separator: "\n")
    }

    func validate() throws {
        guard fields.texts["recommendation"].map({ !$0.isEmpty }) ?? false else { throw CLIError.usage("--recommendation is required", command: "item recommend") }
    }

    func run(_ context: Context) throws {
        let item = try context.workspace(writer).recordRecommendation(id, fields)
        context.print("\(item.id): panel recommends \(item.recommendation!.label.lowercased())")
    }
}
