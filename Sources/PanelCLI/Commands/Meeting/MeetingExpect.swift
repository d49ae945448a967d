import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingExpect: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "expect", summary: "Mark everyone who sits on the meeting's panel that day as expected.",
        discussion: "People already listed for the meeting are left as they are. Record apologies afterwards with 'panel meeting attendance'.")

    @Argument("MEETING", help: "The meeting's id.") var meeting: String
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let added = try context.workspace(writer).expectPanel(at: meeting)
        context.print(added.isEmpty ? "Everyone on the panel was already listed for \(meeting)"
                                    : "Expected at \(meeting): " + added.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))
    }
}
