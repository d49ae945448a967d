import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct JourneyShow<Noun: JourneyNoun>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(name: "show", summary: "Show a \(Noun.kind.noun)'s record, field by field.")
    }

    @Argument("ID", help: "The record's id.") var id: String
    @OptionGroup var show: ShowOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let value = try context.workspace(store).journey(Noun.kind, id)
        let table = Noun.kind.table
        RecordDisplay.show(zip(table.columns, table.text(of: value)).map { ($0, DataValue.string($1)) }, show, context: context)
    }
}
