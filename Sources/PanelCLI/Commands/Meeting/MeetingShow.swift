import PanelDocuments
import PanelDomain
import PanelStore
import Mustache

enum MeetingShow {
    static let command = Command(
        name: "show",
        summary: "Show a meeting with who was expected and who came.",
        arguments: [Argument(name: "ID", help: "The meeting's id.")],
        options: [RecordEditing.showFormat],
        run: { invocation, context in
            let store = CentralListStore(try context.openDatabase())
            let meeting = try MeetingCommand.load(invocation.argument("ID"), from: store)
            let members = Dictionary(uniqueKeysWithValues: try store.members().map { ($0.id, $0) })
            let attendance = try store.attendance(meeting: meeting.id).map { row -> DataValue in
                let person = members[row.member]
                return .object([
                    ("member_id", .string(row.member)), ("name", DataValue(person?.name)),
                    ("role", DataValue(person.map { $0.category.isMember ? $0.role(on: meeting.panel)?.rawValue ?? "not on this panel" : $0.category.rawValue })),
                    ("expected", .bool(row.expected)), ("attended", DataValue(row.attended?.rawValue)),
                ])
            }
            let format = invocation.format(Listing.Format.self, default: .table)
            let details: [(String, DataValue)] = [
                ("id", .string(meeting.id)), ("panel", .string(meeting.panel)), ("date", .string(meeting.date.iso)),
                ("day", .string(meeting.date.long)), ("start_time", .string(meeting.startTime.description)),
                ("venue", .string(meeting.venue)), ("status", .string(meeting.status.rawValue)),
                ("cancel_reason", DataValue(meeting.cancelReason)),
            ]
            if format == .json {
                RecordEditing.show(details + [("attendance", .list(attendance))], format: .json, context: context)
                return
            }
            RecordEditing.show(details, format: .table, context: context)
            guard !attendance.isEmpty else { return context.print("No attendance recorded.") }
            let columns = ["member_id", "name", "role", "expected", "attended"]
            context.print("\nAttendance:\n" + Listing(columns: columns, rows: attendance.map { row in columns.map { row[$0] ?? .null } }).render(.table))
        })
}
