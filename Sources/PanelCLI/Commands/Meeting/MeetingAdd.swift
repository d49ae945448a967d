import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingAdd: ParsableCommand {
    static let configuration = CommandConfiguration(name: "add", summary: "Add one meeting (see 'meeting plan' for a series).")

    @Argument("ID", help: "A short id such as fostering-2024-04-08.") var id: String
    @Fields(Meeting.fields, help: MeetingCommand.fieldHelp) var fields: FieldChanges<Meeting>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let meeting = try context.workspace(writer).addMeeting(id, fields)
        context.print("Added meeting \(meeting.id) on \(meeting.date.long) at \(meeting.startTime)")
    }
}
