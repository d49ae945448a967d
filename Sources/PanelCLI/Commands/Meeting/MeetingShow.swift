import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingShow: ParsableCommand {
    static let configuration = CommandConfiguration(name: "show", summary: "Show a meeting with who was expected and who came.")

    @Argument("ID", help: "The meeting's id.") var id: String
    @OptionGroup var show: ShowOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let details = try context.workspace(store).meeting(id)
        let meeting = details.meeting
        let attendance = details.attendance.map { row, person -> DataValue in
            .object([
                ("member_id", .string(row.member)), ("name", DataValue(person?.name)),
                ("role", DataValue(person.map { $0.category.isMember ? $0.role(on: meeting.panel)?.rawValue ?? "not on this panel" : $0.category.rawValue })),
                ("expected", .bool(row.expected)), ("attended", DataValue(row.attended?.rawValue)),
            ])
        }
        let pairs: [(String, DataValue)] = [
            ("id", .string(meeting.id)), ("panel", .string(meeting.panel)), ("date", .string(meeting.date.iso)),
            ("day", .string(meeting.date.long)), ("start_time", .string(meeting.startTime.description)),
            ("venue", .string(meeting.venue)), ("status", .string(meeting.status.rawValue)),
            ("cancel_reason", DataValue(meeting.cancelReason)),
        ]
        if show.format == .json {
            RecordDisplay.show(pairs + [("attendance", .list(attendance))], show, context: context)
            return
        }
        RecordDisplay.show(pairs, show, context: context)
        guard !attendance.isEmpty else { return context.print("No attendance recorded.") }
        let columns = ["member_id", "name", "role", "expected", "attended"]
        context.print("\nAttendance:\n" + Listing(columns: columns, rows: attendance.map { row in columns.map { row[$0] ?? .null } }).render(.table))
    }
}
