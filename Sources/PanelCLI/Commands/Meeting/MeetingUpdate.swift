import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "update", summary: "Change a meeting; fields not given stay as they are.",
        discussion: "Mark a meeting as held with --status held. To cancel one, use 'panel meeting cancel'.")

    @Argument("ID", help: "The meeting's id.") var id: String
    @Fields(Meeting.fields, help: MeetingCommand.fieldHelp) var fields: FieldChanges<Meeting>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let outcome = try context.workspace(writer).updateMeeting(id, fields)
        context.print(outcome == .unchanged ? "Meeting \(id) unchanged" : "Updated meeting \(id)")
    }
}
