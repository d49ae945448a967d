import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemNotify: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "notify", summary: "Record when the applicant was told of the decision, orally and in writing.",
        discussion: "Example: panel item notify I-2024-031 --oral 2024-04-18 --written 2024-04-22")
    static let fieldLocations = ["oral_notified_on": "--oral", "written_notified_on": "--written"]

    @Argument("ID", help: "The item's id.") var id: String
    @Option(help: "The day the applicant was told orally.") var oral: Day?
    @Option(help: "The day the written decision was sent.") var written: Day?
    @OptionGroup var writer: WriterOptions

    func validate() throws {
        guard oral != nil || written != nil else { throw CLIError.usage("give --oral DAY, --written DAY or both", command: "item notify") }
    }

    func run(_ context: Context) throws {
        let item = try context.workspace(writer).recordNotification(id, oral: oral, written: written)
        context.print("\(item.id): told orally \(item.oralNotifiedOn?.iso ?? "not yet"), in writing \(item.writtenNotifiedOn?.iso ?? "not yet")")
    }
}
