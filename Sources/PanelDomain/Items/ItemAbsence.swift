/// A member present at a meeting who took no part in one item: they declared an interest
/// in the case, or left the meeting for it. They do not count towards that item's quorum,
/// and the minutes say so at the item.
public struct ItemAbsence: Equatable, Sendable {
    public enum Reason: String, CaseIterable, Sendable {
        case interest
        case left

        /// Why the person did not count, as the quorum statement and the minutes put it.
        public var words: String {
            switch self {
            case .interest: "declared an interest and took no part"
            case .left: "left the meeting for this item"
            }
        }
    }

    public var item: String
    public var member: String
    public var reason: Reason

    public init(item: String, member: String, reason: Reason) {
        self.item = item
        self.member = member
        self.reason = reason
    }
}

extension Quorum {
    /// The quorum for one item: those recorded present at its meeting, less those who took
    /// no part in the item.
    public static func forItem(_ item: String, meeting: Meeting, panel: Panel, attendance: [Attendance], absences: [ItemAbsence],
                               members: [String: Member], policy: PanelPolicy) -> Quorum {
        let present = attendance.filter { $0.meeting == meeting.id && $0.attended == .present }.compactMap { members[$0.member] }
        let away = absences.filter { $0.item == item }.compactMap { absence in members[absence.member].map { ($0, absence.reason.words) } }
        return evaluate(present: present, panel: panel, on: meeting.date, policy: policy, away: away)
    }
}
