/// One sitting of a panel.
public struct Meeting: Equatable, Identifiable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case planned, held, cancelled
    }

    public var id: String
    public var panel: String
    public var date: Day
    public var startTime: TimeOfDay
    public var venue: String
    public var status: Status
    /// Why a cancelled meeting did not go ahead ("insufficient panel business"); reported.
    public var cancelReason: String?

    public init(id: String, panel: String, date: Day, startTime: TimeOfDay, venue: String, status: Status = .planned, cancelReason: String? = nil) {
        self.id = id
        self.panel = panel
        self.date = date
        self.startTime = startTime
        self.venue = venue
        self.status = status
        self.cancelReason = cancelReason
    }
}

/// Who was expected at a meeting and who came.
public struct Attendance: Equatable, Sendable {
    public enum Outcome: String, CaseIterable, Sendable {
        case present, apologies, absent
    }

    public var meeting: String
    public var member: String
    public var expected: Bool
    /// Nil until the meeting has been held and attendance recorded.
    public var attended: Outcome?

    public init(meeting: String, member: String, expected: Bool, attended: Outcome? = nil) {
        self.meeting = meeting
        self.member = member
        self.expected = expected
        self.attended = attended
    }
}
