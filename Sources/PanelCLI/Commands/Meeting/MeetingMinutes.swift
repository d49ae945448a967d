import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingMinutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "minutes", summary: "The minutes skeleton of a meeting, with what is already recorded filled in.",
        discussion: "The quorum statement is worked out from the attendance recorded as present.")

    @Argument("MEETING", help: "The meeting's id.") var meeting: String
    @OptionGroup var document: DocumentOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        try DocumentOutput.emit("minutes", data: try workspace.minutes(meeting), document, workspace: workspace, context: context)
    }
}
