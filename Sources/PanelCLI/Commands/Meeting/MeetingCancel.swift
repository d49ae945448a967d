import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingCancel: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "cancel", summary: "Cancel a meeting, with the reason (cancelled panels are reported separately).",
        discussion: "Example: panel meeting cancel fostering-2024-08-12 --reason \"insufficient panel business\"")

    @Argument("ID", help: "The meeting's id.") var id: String
    @Option(name: "reason", help: "Why it did not go ahead.") var reason: String
    @OptionGroup var writer: WriterOptions

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError.usage("--reason is required: say why the meeting did not go ahead", command: "meeting cancel") }
    }

    func run(_ context: Context) throws {
        let meeting = try context.workspace(writer).cancelMeeting(id, reason: reason.trimmingCharacters(in: .whitespaces))
        context.print("Cancelled meeting \(meeting.id) on \(meeting.date.long): \(meeting.cancelReason ?? "")")
    }
}
