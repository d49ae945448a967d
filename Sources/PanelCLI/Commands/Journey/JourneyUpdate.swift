import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct JourneyUpdate<Noun: JourneyNoun>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(name: "update", summary: "Record or correct a \(Noun.kind.noun)'s days; fields not given stay as they are, an empty value clears one.")
    }

    @Argument("ID", help: "The record's id.") var id: String
    @Fields(Noun.kind.table, help: Noun.fieldHelp) var fields: FieldChanges<Noun.Value>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let outcome = try context.workspace(writer).updateJourney(Noun.kind, id, fields)
        context.print(outcome == .unchanged ? "\(Noun.kind.noun.capitalizedFirst) \(id) unchanged" : "Updated \(Noun.kind.noun) \(id)")
    }
}
