import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingAgenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "agenda", summary: "The agenda of a meeting, from Templates/agenda.*.mustache.",
        discussion: "Example: panel meeting agenda fostering-2024-04-08 --format html --output agenda.html --redact")

    @Argument("MEETING", help: "The meeting's id.") var meeting: String
    @Flag(help: "Case references and initials only, for a widely circulated copy.") var redact: Bool
    @OptionGroup var document: DocumentOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        try DocumentOutput.emit("agenda", data: try workspace.agenda(meeting, redact: redact), document, workspace: workspace, context: context)
    }
}
