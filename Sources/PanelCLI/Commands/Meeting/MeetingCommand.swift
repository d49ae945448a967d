import PanelDomain
import PanelStore

enum MeetingCommand {
    static let fieldHelp = [
        "panel": "The panel's id.",
        "date": "The meeting day.",
        "start_time": "Start time, HH:MM (default: the panel's usual time).",
        "venue": "Venue (default: the panel's usual venue).",
        "status": "planned, held or cancelled.",
        "cancel_reason": "Why a cancelled meeting did not go ahead.",
    ]

    static let command = Command(
        name: "meeting",
        summary: "Panel meetings: plan, list, cancel, attendance and quorum.",
        subcommands: [
            MeetingAdd.command, MeetingUpdate.command, MeetingCancel.command, MeetingList.command, MeetingShow.command,
            MeetingPlan.command, MeetingAttendance.command, MeetingQuorum.command, MeetingAgenda.command, MeetingMinutes.command,
        ],
        aliases: ["meetings"])

    static func load(_ id: String, from store: CentralListStore) throws -> Meeting {
        guard let meeting = try store.meeting(id) else { throw StorageError.notFound(kind: "meeting", id: id) }
        return meeting
    }
}
