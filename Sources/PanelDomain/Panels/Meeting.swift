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
    /// When the meeting is planned to end, for the agenda.
    public var endTime: TimeOfDay?
    /// The link members join by, for a panel held online.
    public var link = ""

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

extension Meeting {
    /// What a meeting's own record cannot hold on `today`: being held before its day.
    public func statusProblems(today: Day) -> [Problem] {
        guard status == .held && date > today else { return [] }
        return [Problem(field: "status", message: "meeting \(id) is on \(date.iso), after today (\(today.iso)); it cannot have been held yet")]
    }

    /// The meeting called off for `reason`. A meeting that was held, or at which anything has
    /// been recorded (`recorded` says what: attendance, recommendations, minutes, decisions,
    /// letters), cannot be: cancelling it would turn every deadline of its items into "not
    /// applicable".
    public func cancelled(reason: String, recorded: [String]) -> Result<Meeting, Problem> {
        if status == .held { return .failure(Problem(field: "status", message: "meeting \(id) was held; a held meeting cannot be cancelled")) }
        if !recorded.isEmpty {
            return .failure(Problem(field: "status", message: "meeting \(id) cannot be cancelled: \(recorded.joined(separator: ", ")) already recorded at it; correct those first"))
        }
        var meeting = self
        meeting.status = .cancelled
        meeting.cancelReason = reason
        return .success(meeting)
    }

    /// A meeting cancelled in error, planned again.
    public func reinstated() -> Result<Meeting, Problem> {
        guard status == .cancelled else { return .failure(Problem(field: "status", message: "meeting \(id) is \(status.rawValue), not cancelled; only a cancelled meeting can be reinstated")) }
        var meeting = self
        meeting.status = .planned
        meeting.cancelReason = nil
        return .success(meeting)
    }
}

extension Attendance {
    /// Attendance must name a meeting and a person that exist, and nobody attends a meeting
    /// that has not happened or did not go ahead.
    public func problems(meeting: Meeting?, memberExists: Bool, today: Day) -> [Problem] {
        guard let meeting else { return [Problem(field: "meeting_id", message: "no meeting \(FieldKind.id(self.meeting, or: "has the id given")); import or add the meeting first")] }
        var problems: [Problem] = []
        if !memberExists {
            problems.append(Problem(field: "member_id", message: "no one on the central list has the id \(FieldKind.id(member, or: "given"))"))
        }
        if let attended {
            if meeting.status == .cancelled {
                problems.append(Problem(field: "attended", message: "meeting \(meeting.id) was cancelled, so no one can be \(attended.rawValue)"))
            } else if meeting.date > today {
                problems.append(Problem(field: "attended", message: "meeting \(meeting.id) is on \(meeting.date.iso), after today (\(today.iso)); record who came once it has been held"))
            }
        }
        return problems
    }
}
