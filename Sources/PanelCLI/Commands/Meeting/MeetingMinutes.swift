import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingMinutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "minutes", summary: "The minutes skeleton of a meeting, with what is already recorded filled in.",
        discussion: """
            The quorum statement is worked out from the attendance recorded as present, for the
            meeting and for each item (those who declared an interest or left do not count).
            --redact gives initials for people and leaves out subjects, as for agendas.
            """)

    @Argument("MEETING", help: "The meeting's id.") var meeting: String
    @Flag(help: "Initials for people and no subjects, for an extract filed or circulated.") var redact: Bool
    @OptionGroup var document: DocumentOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        try DocumentOutput.emit("minutes", data: try workspace.minutes(meeting, redact: redact), document, workspace: workspace, context: context)
    }
}
