import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingAttendance: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "attendance", summary: "Record that someone is expected at a meeting, and whether they came.",
        discussion: """
            Examples:
              panel meeting attendance fostering-2024-04-08 M03 --expected yes
              panel meeting attendance fostering-2024-04-08 M03 --attended apologies
            To expect everyone who sits on the panel at once, use 'panel meeting expect'.
            """)
    static let fieldLocations = ["meeting_id": "MEETING", "member_id": "MEMBER", "attended": "--attended", "expected": "--expected"]

    @Argument("MEETING", help: "The meeting's id.") var meeting: String
    @Argument("MEMBER", help: "The person's id on the central list.") var member: String
    @Option(help: "Expected to attend: yes or no (default: yes for someone new).") var expected: YesNo?
    @Option(help: "present, apologies or absent; 'none' clears it.") var attended: Attended?
    @OptionGroup var writer: WriterOptions

    enum YesNo: String, ChoiceValue { case yes, no }
    enum Attended: String, ChoiceValue { case present, apologies, absent, none }

    func run(_ context: Context) throws {
        let row = try context.workspace(writer).recordAttendance(
            meeting: meeting, member: member, expected: expected.map { $0 == .yes },
            attended: attended.map { Attendance.Outcome(rawValue: $0.rawValue) })
        context.print("\(member) at \(meeting): expected \(row.expected ? "yes" : "no"), attended \(row.attended?.rawValue ?? "not recorded")")
    }
}
