import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct JourneyAdd<Noun: JourneyNoun>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(name: "add", summary: "Add a \(Noun.kind.noun); days not known yet can be added later with update.")
    }

    @Argument("ID", help: "A reference, not a name.") var id: String
    @Fields(Noun.kind.table, help: Noun.fieldHelp) var fields: FieldChanges<Noun.Value>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        _ = try context.workspace(writer).addJourney(Noun.kind, id, fields)
        context.print("Added \(Noun.kind.noun) \(id)")
    }
}
