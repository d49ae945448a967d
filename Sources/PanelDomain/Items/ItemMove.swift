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

extension AgendaItem {
    /// The item taken off its meeting's business (booked in error, or withdrawn before the
    /// panel considered it), with why. Its deadlines no longer apply and it no longer takes a
    /// place under the capacity rule; it stays on record. One the ADM has decided cannot be.
    public func withdrawn(reason: String) -> Result<AgendaItem, Problem> {
        if decision != nil {
            return .failure(Problem(field: "adm_decision", message: "item \(id) has the ADM's decision (\(decision!.rawValue)); a decided item cannot be withdrawn"))
        }
        if recommendation == .withdrawn { return .failure(Problem(field: "recommendation", message: "item \(id) is already withdrawn")) }
        var item = self
        item.recommendation = .withdrawn
        item.reasons = reason
        return .success(item)
    }

    /// The ADM's decision recorded, or corrected: a decision already there is replaced only
    /// with `correction` (why), and then the notifications of the old one are cleared, since
    /// the family must be told of the corrected decision.
    /// `day` nil is `today` for a first decision, and the day already recorded for a
    /// correction (the ADM decided then; the record was wrong).
    /// `outcome` is what the ADM decided when they did not agree (agreeing, it is the
    /// recommendation); `reasons` their own reasons.
    public func deciding(_ decision: Decision, on day: Day?, today: Day, adm: String?, receivedOn: Day?, correction: String?,
                         outcome: Recommendation? = nil, reasons: String? = nil) -> Result<AgendaItem, Problem> {
        if let current = self.decision, correction == nil {
            return .failure(Problem(field: "adm_decision", message: "item \(id) already has the ADM's decision (\(current.rawValue) on \(admDecidedOn?.iso ?? "?")); give --correct REASON to correct it"))
        }
        var item = self
        item.decision = decision
        item.admDecidedOn = day ?? (self.decision != nil ? admDecidedOn : nil) ?? today
        if let adm { item.adm = adm }
        if let receivedOn { item.admReceivedOn = receivedOn }
        switch decision {
        case .agreed: item.admOutcome = recommendation
        case .notAgreed:
            guard let outcome, outcome != recommendation, outcome != .withdrawn else {
                return .failure(Problem(field: "adm_outcome", message: "say what the ADM decided instead of the panel's recommendation, such as --outcome not-approve"))
            }
            item.admOutcome = outcome
        case .referredBack: item.admOutcome = nil
        }
        if let reasons { item.admReasons = reasons }
        if self.decision != nil {
            item.oralNotifiedOn = nil
            item.writtenNotifiedOn = nil
        }
        return .success(item)
    }
}
