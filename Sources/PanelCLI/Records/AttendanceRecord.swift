import PanelDomain

enum AttendanceRecord {
    static let kind = RecordKind<Attendance>(
        name: "attendance",
        columns: ["meeting_id", "member_id", "expected", "attended"],
        required: ["meeting_id", "member_id"],
        keyColumns: ["meeting_id", "member_id"],
        id: { $0.meeting + "/" + $0.member },
        decode: { fields, _ in
            let meeting = fields.identifier("meeting_id")
            let member = fields.identifier("member_id")
            let expected = fields.yesNo("expected") ?? true
            let attended = fields.choice("attended", Attendance.Outcome.self)
            guard let meeting, let member, fields.problems.isEmpty else { return nil }
            return Attendance(meeting: meeting, member: member, expected: expected, attended: attended)
        },
        encode: { [$0.meeting, $0.member, $0.expected.yesNo, $0.attended?.rawValue ?? ""] })

    /// Attendance must name a meeting and a person that exist, and nobody attends a meeting
    /// that has not happened or did not go ahead.
    static func check(_ attendance: Attendance, locate: (String) -> String, meetings: [String: Meeting], members: Set<String>, today: Day) -> [String] {
        var problems: [String] = []
        guard let meeting = meetings[attendance.meeting] else {
            return ["\(locate("meeting_id")): no meeting '\(attendance.meeting)'; import or add the meeting first"]
        }
        if !members.contains(attendance.member) {
            problems.append("\(locate("member_id")): no one on the central list has id '\(attendance.member)'")
        }
        if let attended = attendance.attended {
            if meeting.status == .cancelled {
                problems.append("\(locate("attended")): meeting \(meeting.id) was cancelled, so no one can be \(attended.rawValue)")
            } else if meeting.date > today {
                problems.append("\(locate("attended")): meeting \(meeting.id) is on \(meeting.date.iso), after today (\(today.iso)); record who came once it has been held")
            }
        }
        return problems
    }
}
