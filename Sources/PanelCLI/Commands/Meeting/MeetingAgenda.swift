import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingAgenda: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "agenda", summary: "The agenda of a meeting, from Templates/agenda.*.mustache.",
        discussion: """
            The members' copy: the standing items, the cases, the papers, the previous and next
            panels and the contact officer ([papers] in panels.ini). --admin adds the
            administrator's notes (whether the papers went out); --redact leaves references and
            initials only, for a widely circulated copy.
              panel meeting agenda fostering-2024-04-08 --format html --output agenda.html --redact
            """)

    @Argument("MEETING", help: "The meeting's id.") var meeting: String
    @Flag(help: "Case references and initials only, for a widely circulated copy.") var redact: Bool
    @Flag(help: "The administrator's copy, with their notes (whether the papers were sent).") var admin: Bool
    @OptionGroup var document: DocumentOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        try DocumentOutput.emit("agenda", data: try workspace.agenda(meeting, redact: redact, adminNotes: admin), document, workspace: workspace, context: context)
    }
}
