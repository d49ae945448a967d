import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct PanelUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(name: "update", summary: "Change a panel's details; fields not given stay as they are.")

    @Argument("ID", help: "The panel's id.") var id: String
    @Fields(Panel.fields, help: PanelCommand.fieldHelp) var fields: FieldChanges<Panel>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let outcome = try context.workspace(writer).updatePanel(id, fields)
        context.print(outcome == .unchanged ? "Panel \(id) unchanged" : "Updated panel \(id)")
    }
}
