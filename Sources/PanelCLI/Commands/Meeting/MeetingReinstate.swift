import PanelApplication

struct MeetingReinstate: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "reinstate", summary: "Plan again a meeting cancelled in error.",
        discussion: "Its cancellation reason is cleared; the change is in the audit trail.")

    @Argument("ID", help: "The meeting's id.") var id: String
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let meeting = try context.workspace(writer).reinstateMeeting(id)
        context.print("Reinstated meeting \(meeting.id) on \(meeting.date.long)")
    }
}
