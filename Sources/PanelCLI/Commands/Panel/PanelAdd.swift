import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct PanelAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "add", summary: "Add a panel.",
        discussion: "Example: panel panel add fostering --name \"Fostering Panel\" --kind fostering --start-time 10:00 --venue \"Town Hall\"")

    @Argument("ID", help: "A short id such as fostering.") var id: String
    @Fields(Panel.fields, help: PanelCommand.fieldHelp) var fields: FieldChanges<Panel>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let panel = try context.workspace(writer).addPanel(id, fields)
        context.print("Added panel \(panel.id): \(panel.name)")
    }
}
