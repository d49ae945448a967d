import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "update", summary: "Change an item's details or chain dates; fields not given stay as they are.",
        discussion: "Example: panel item update I-2024-031 --papers-sent-on 2024-03-28 --final-minutes-on 2024-04-12\nTo put it on another meeting, use 'panel item move'.")

    @Argument("ID", help: "The item's id.") var id: String
    @Fields(AgendaItem.fields, except: ["id", "meeting_id", "capacity_override"], help: ItemCommand.fieldHelp) var fields: FieldChanges<AgendaItem>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let outcome = try context.workspace(writer).updateItem(id, fields)
        context.print(outcome == .unchanged ? "Item \(id) unchanged" : "Updated item \(id)")
    }
}
