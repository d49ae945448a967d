import PanelDomain
import PanelStore

enum MeetingAttendance {
    static let command = Command(
        name: "attendance",
        summary: "Record that someone is expected at a meeting, and whether they came.",
        discussion: """
            Examples:
              panel meeting attendance fostering-2024-04-08 M03 --expected yes
              panel meeting attendance fostering-2024-04-08 M03 --attended apologies
            """,
        arguments: [
            Argument(name: "MEETING", help: "The meeting's id."),
            Argument(name: "MEMBER", help: "The person's id on the central list."),
        ],
        options: [
            Option(name: "expected", value: "YES-NO", help: "Expected to attend: yes or no (default: yes for someone new).", choices: ["yes", "no"]),
            Option(name: "attended", value: "OUTCOME", help: "present, apologies or absent; 'none' clears it.", choices: Attendance.Outcome.allCases.map(\.rawValue) + ["none"]),
        ],
        run: { invocation, context in
            let database = try context.openDatabase()
            let store = CentralListStore(database)
            let meeting = try MeetingCommand.load(invocation.argument("MEETING"), from: store)
            let memberID = invocation.argument("MEMBER")
            var row = try store.attendance(meeting: meeting.id).first { $0.member == memberID }
                ?? Attendance(meeting: meeting.id, member: memberID, expected: true)
            if let expected = invocation.option("expected") { row.expected = expected == "yes" }
            if let attended = invocation.option("attended") { row.attended = Attendance.Outcome(rawValue: attended) }
            let problems = AttendanceRecord.check(
                row, locate: { $0 == "attended" ? "--attended" : $0 == "member_id" ? "MEMBER" : "MEETING" },
                meetings: [meeting.id: meeting], members: Set(try store.members().map(\.id)), today: context.today)
            guard problems.isEmpty else { throw CLIError.dataProblems(problems, summary: "attendance was not recorded") }
            try database.transaction { try store.save(row) }
            context.print("\(memberID) at \(meeting.id): expected \(row.expected.yesNo), attended \(row.attended?.rawValue ?? "not recorded")")
        })
}
