/// A move of an agenda item from one meeting to another, kept as the item's history.
public struct ItemMove: Equatable, Sendable {
    public let from: String
    public let to: String
    public let on: Day
    public let reason: String

    public init(from: String, to: String, on: Day, reason: String) {
        self.from = from
        self.to = to
        self.on = on
        self.reason = reason
    }
}

extension AgendaItem {
    /// The item moved from `meeting` (where it is) to `target` on `day`, and the move to
    /// keep: off a cancelled meeting, or deferred by the panel to a later one. An item the
    /// panel has already recommended on stays where it was; a new item is booked instead.
    /// A deferred item comes to the next panel afresh: its recommendation, minutes and
    /// papers go.
    public func moved(to target: String, from meeting: Meeting, on day: Day, reason: String?) -> Result<(item: AgendaItem, move: ItemMove), Problem> {
        if target == self.meeting { return .failure(Problem(field: "meeting_id", message: "item \(id) is already on \(target)")) }
        if let recommendation, recommendation != .deferred {
            return .failure(Problem(field: "recommendation", message: "item \(id) already has the panel's recommendation (\(recommendation.rawValue)); book a new item instead of moving it"))
        }
        let why = reason ?? (meeting.status == .cancelled ? "meeting \(meeting.id) cancelled: \(meeting.cancelReason ?? "")"
            : recommendation == .deferred ? "deferred at the panel on \(meeting.date.iso)" : "moved")
        var item = self
        item.meeting = target
        item.recommendation = nil
        item.draftMinutesOn = nil
        item.finalMinutesOn = nil
        item.minuteNumber = nil
        item.papersSentOn = nil
        return .success((item, ItemMove(from: meeting.id, to: target, on: day, reason: why)))
    }
}
