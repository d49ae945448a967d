import Mustache
import PanelDomain

/// What the documents need to know about a meeting, gathered by the caller from the store.
public struct MeetingPapers: Sendable {
    public var serviceName: String
    public var panel: Panel
    public var meeting: Meeting
    public var items: [AgendaItem]
    public var itemTypes: [ItemType]
    public var members: [Member]
    public var attendance: [Attendance]
    public var nextMeeting: Meeting?
    public var previousMeeting: Meeting?
    public var policy: PanelPolicy
    /// Members present who took no part in an item.
    public var absences: [ItemAbsence]

    public init(serviceName: String, panel: Panel, meeting: Meeting, items: [AgendaItem], itemTypes: [ItemType],
                members: [Member], attendance: [Attendance], nextMeeting: Meeting?, policy: PanelPolicy, absences: [ItemAbsence] = [],
                previousMeeting: Meeting? = nil) {
        self.previousMeeting = previousMeeting
        self.serviceName = serviceName
        self.panel = panel
        self.meeting = meeting
        self.items = items
        self.itemTypes = itemTypes
        self.members = members
        self.attendance = attendance
        self.nextMeeting = nextMeeting
        self.policy = policy
        self.absences = absences
    }

    func label(of item: AgendaItem) -> String { itemTypes.first { $0.id == item.type }?.label ?? item.type }

    func person(_ id: String) -> Member? { members.first { $0.id == id } }

    /// "Chair", "Vice chair", "Member" on this panel, or what an adviser attends as.
    func role(of member: Member) -> String {
        member.category.isMember ? (member.role(on: panel.id)?.label ?? "Member") : member.category.label
    }

    /// The chair on the day: the person attending as chair, else the list's current chair.
    var chair: Member? {
        members.first { $0.role(on: panel.id) == .chair && $0.isCurrent(on: meeting.date) }
    }

    var header: [(String, DataValue)] {
        [
            ("service", .string(serviceName)),
            ("marking", .string(policy.marking)),
            ("panel", .object([("name", .string(panel.name)), ("kind", .string(panel.kind.label))])),
            ("meeting", .object([
                ("id", .string(meeting.id)), ("day", .string(meeting.date.long)), ("date", .string(meeting.date.iso)),
                ("start_time", .string(meeting.startTime.description)), ("venue", .string(meeting.venue)),
                ("end_time", .string(meeting.endTime?.description ?? "")), ("link", .string(meeting.link)),
            ])),
        ]
    }
}

extension DataValue {
    /// The string at `key` of an object, or "".
    func text(_ key: String) -> String {
        if case .string(let text)? = self[key] { return text }
        return ""
    }

    /// A list whose elements each say whether another follows (`more`), so that a template
    /// can join them with "; " and end without one.
    static func joined(_ objects: [[(String, DataValue)]]) -> DataValue {
        .list(objects.enumerated().map { index, fields in .object(fields + [("more", .bool(index < objects.count - 1))]) })
    }
}

extension String {
    /// "R. Example" for a redacted paper: initials, surname hidden.
    var initials: String {
        split(separator: " ").map { word in word.split(separator: "-").compactMap(\.first).map(String.init).joined(separator: "-") + "." }.joined()
    }
}
