/// The deadline rules an agenda item is judged by: those for its kind of panel whose two
/// events are both recorded on items (papers, minutes, decision, notifications).
extension AgendaItem {
    public static let itemEvents: Set<Event> = [
        .draftReportToAdvisor, .papersSent, .panel, .draftMinutes, .finalMinutes, .minutesReceivedByADM,
        .admDecision, .oralNotification, .writtenNotification,
    ]

    /// The day an event happened for this item at `meeting`, or nil if it has not (yet).
    public func day(of event: Event, meeting: Meeting) -> Day? {
        switch event {
        case .draftReportToAdvisor: draftReportOn
        case .papersSent: papersSentOn
        case .panel: meeting.date
        case .draftMinutes: draftMinutesOn
        case .finalMinutes: finalMinutesOn
        case .minutesReceivedByADM: admReceivedOn
        case .admDecision: admDecidedOn
        case .oralNotification: oralNotifiedOn
        case .writtenNotification: writtenNotifiedOn
        default: nil
        }
    }

    /// The enabled rules that judge items on a kind of panel. Representations follow an
    /// item's decision but are the applicant's to make, so they are listed as not applicable.
    public static func rules(for panelKind: Panel.Kind, in book: RuleBook) -> [DeadlineRule] {
        let scope = DeadlineRule.Scope(rawValue: panelKind.rawValue)!
        let events = itemEvents.union([.representations])
        return book.enabledRules.filter { $0.appliesTo.contains(scope) && events.contains($0.from) && events.contains($0.to) }
    }

    /// What happens only when the ADM decides: the minutes reaching them, the decision and
    /// the notices.
    static let decisionEvents: Set<Event> = [.minutesReceivedByADM, .admDecision, .oralNotification, .writtenNotification, .representations]

    /// The fields `deadlineChecks` reads, and the case reference a listing of them shows: a
    /// store may read only these for a listing. A rule that reads another field adds it
    /// here (a test judges items read both ways).
    public static let deadlineFields: Set<String> = [
        "id", "meeting_id", "type", "case_ref", "recommendation", "draft_report_on", "papers_sent_on", "draft_minutes_on",
        "final_minutes_on", "adm_received_on", "adm_decided_on", "oral_notified_on", "written_notified_on",
    ]

    /// `rules` (from `rules(for:in:)`) judged for this item on `today`.
    /// `admDecision` is false for a type the ADM does not decide (`ItemType.admDecision`):
    /// its chain ends with the minutes.
    public func deadlineChecks(meeting: Meeting, rules: [DeadlineRule], calendar: WorkingCalendar, today: Day, admDecision: Bool = true) -> [DeadlineCheck] {
        rules
            .map { rule in
                if !Self.itemEvents.contains(rule.dueEvent) {
                    return .notApplicable(rule, subject: id, reason: "\(rule.dueEvent.label) is the applicant's to make and is not recorded")
                }
                if meeting.status == .cancelled {
                    return .notApplicable(rule, subject: id, reason: "meeting \(meeting.id) was cancelled")
                }
                if recommendation == .withdrawn {
                    return .notApplicable(rule, subject: id, reason: "the item was withdrawn")
                }
                if !admDecision && Self.decisionEvents.contains(rule.dueEvent) {
                    return .notApplicable(rule, subject: id, reason: "the ADM makes no decision on this type of item")
                }
                // A deferred item still has its papers and draft minutes, but nothing goes to
                // the ADM: no final minutes to receive, no decision, no letter.
                if recommendation == .deferred && (rule.anchor != .panel || rule.dueEvent == .minutesReceivedByADM) && rule.dueEvent != .draftMinutes {
                    return .notApplicable(rule, subject: id, reason: "the panel deferred the item")
                }
                return DeadlineCheck.judge(rule, subject: id, anchor: day(of: rule.anchor, meeting: meeting), event: day(of: rule.dueEvent, meeting: meeting), today: today, calendar: calendar)
            }
    }
}
