/// The rules for putting items on meetings: a type goes only to the kinds of panel that
/// consider it, nothing is booked on a cancelled meeting, a panel holds no more limited
/// assessments than the policy allows, and each item's chain runs in order.
extension AgendaItem {
    /// Everything that stops `incoming` (new or changed items) being saved, each with the
    /// position in `incoming` of the item it is about. `stored` holds the stored version of
    /// those already there, by id; `onMeetings` every other item already on their meetings.
    public static func bookingProblems(
        _ incoming: [AgendaItem], stored: [String: AgendaItem], meetings: [String: Meeting], panels: [String: Panel],
        onMeetings: [AgendaItem], itemTypes: [ItemType], policy: PanelPolicy, today: Day
    ) -> [(index: Int, problem: Problem)] {
        let incomingIDs = Set(incoming.map(\.id))
        // What each meeting holds as the items are added one by one, for the capacity rule:
        // only the types it counts (a copy of every item imported was 140 MB).
        var held = Dictionary(grouping: onMeetings.filter { !incomingIDs.contains($0.id) && policy.capacityTypes.contains($0.type) }, by: \.meeting)
        var problems: [(Int, Problem)] = []
        for (index, item) in incoming.enumerated() {
            func problem(_ field: String, _ message: String) { problems.append((index, Problem(field: field, message: message))) }
            guard let meeting = meetings[item.meeting], let panel = panels[meeting.panel] else {
                problem("meeting_id", "no meeting \(FieldKind.id(item.meeting, or: "has the id given")); add or import the meeting first")
                continue
            }
            guard let type = itemTypes.first(where: { $0.id == item.type }) else {
                problem("type", "'\(item.type)' is not an item type; see Data/item-types.ini")
                continue
            }
            if let recommendation = item.recommendation, !type.takes(recommendation) {
                problem("recommendation", "\(recommendation.rawValue) is not a recommendation for the type \(type.label); it takes \(type.recommendations.map(\.rawValue).joined(separator: ", "))")
            }
            if !type.admDecision, item.decision != nil || item.admDecidedOn != nil {
                problem("adm_decision", "the agency decision maker makes no decision on the type \(type.label); its business ends with the minutes")
            }
            if !type.panelKinds.contains(panel.kind) {
                problem("type", "\(type.label) does not go to a \(panel.kind.label.lowercased()); it goes to \(type.panelKinds.map { $0.label.lowercased() }.joined(separator: " or "))")
            }
            // Booking rules apply when an item arrives on a meeting, not to later edits.
            let isBooking = stored[item.id]?.meeting != item.meeting
            if meeting.status == .cancelled && isBooking {
                problem("meeting_id", "meeting \(meeting.id) was cancelled; book the item on another meeting")
            }
            for found in item.chainProblems(meeting: meeting, today: today) { problems.append((index, found)) }
            if isBooking, item.capacityOverride == nil,
               let count = Capacity.excess(adding: item, to: held[item.meeting] ?? [], panelKind: panel.kind, policy: policy) {
                let labels = policy.capacityTypes.compactMap { id in itemTypes.first { $0.id == id }?.label }
                problem("capacity_override", "meeting \(meeting.id) would hold \(count) of \(labels.joined(separator: " and ")); at most \(policy.capacityMaximum) may be booked on one panel without an override and its reason")
            }
            if policy.capacityTypes.contains(item.type) { held[item.meeting, default: []].append(item) }
        }
        return problems
    }

    /// A qualifying determination (reg 27 FSR 2011, reg 30B(5) AAR 2005): the decision maker
    /// proposes not to approve, or to change or end the terms of approval. The applicant may
    /// then make representations or apply to the Independent Review Mechanism.
    public var isQualifyingDetermination: Bool {
        guard let recommendation, let decision else { return false }
        // What the ADM decided, when recorded, says it: a proposal not to approve, to change
        // the terms or to end the approval.
        if let outcome = admOutcome, decision != .referredBack { return [.notApprove, .changeTerms, .terminate].contains(outcome) }
        let adverse: Set<Recommendation> = [.notApprove, .changeTerms, .terminate]
        switch decision {
        case .agreed: return adverse.contains(recommendation)
        case .notAgreed: return recommendation == .approve || recommendation == .continueApproval
        case .referredBack: return false
        }
    }
}
