import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "meeting",
        summary: "Panel meetings: plan, list, cancel, attendance, quorum, agenda and minutes.",
        subcommands: [
            MeetingAdd.self, MeetingUpdate.self, MeetingCancel.self, MeetingReinstate.self, MeetingList.self, MeetingShow.self, MeetingPlan.self,
            MeetingAttendance.self, MeetingExpect.self, MeetingQuorum.self, MeetingAgenda.self, MeetingMinutes.self, MeetingCalendar.self,
        ],
        aliases: ["meetings"])

    static let fieldHelp = [
        "panel": "The panel's id.",
        "date": "The meeting day.",
        "start_time": "Start time, HH:MM (default: the panel's usual time).",
        "venue": "Venue (default: the panel's usual venue).",
        "status": "planned, held or cancelled.",
        "cancel_reason": "Why a cancelled meeting did not go ahead.",
    ]
}
