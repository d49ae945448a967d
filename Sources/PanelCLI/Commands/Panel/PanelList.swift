import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct PanelList: ParsableCommand {
    static let configuration = CommandConfiguration(name: "list", summary: "List the panels.")

    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let panels = try context.workspace(store).panels()
        try context.print(Listing(columns: Panel.fields.columns, rows: panels.map { Panel.fields.text(of: $0).map(DataValue.string) }), listing)
    }
}
