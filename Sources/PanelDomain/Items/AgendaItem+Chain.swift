/// The order the decision chain must happen in. Each problem names the field (as the CSV
/// column is named) and says what would be right.
extension AgendaItem {
    /// Everything out of order in this item, held at `meeting`, as known on `today`.
    public func chainProblems(meeting: Meeting, today: Day) -> [Problem] {
        var problems: [Problem] = []
        func check(_ field: String, _ day: Day?, notBefore earlier: Day?, _ what: String) {
            guard let day, let earlier, day < earlier else { return }
            problems.append(Problem(field: field, message: "\(day.iso) is before \(what) (\(earlier.iso))"))
        }
        let fields: [(String, Day?)] = [
            ("draft_report_on", draftReportOn), ("papers_sent_on", papersSentOn), ("draft_minutes_on", draftMinutesOn),
            ("final_minutes_on", finalMinutesOn), ("adm_received_on", admReceivedOn), ("adm_decided_on", admDecidedOn),
            ("oral_notified_on", oralNotifiedOn), ("written_notified_on", writtenNotifiedOn),
        ]
        for (field, day) in fields {
            if let day, day > today {
                problems.append(Problem(field: field, message: "\(day.iso) is after today (\(today.iso)); record it once it has happened"))
            }
        }
        let panelHasHappened = meeting.date <= today
        // Withdrawing is open at any time, before the panel or after a cancellation.
        let recommended = recommendation != nil && recommendation != .withdrawn
        if meeting.status == .cancelled && (recommended || draftMinutesOn != nil || admDecidedOn != nil) {
            problems.append(Problem(field: "meeting_id", message: "meeting \(meeting.id) was cancelled; move the item to another meeting first"))
        }
        if recommended && !panelHasHappened {
            problems.append(Problem(field: "recommendation", message: "the panel meets on \(meeting.date.iso); a recommendation can be recorded from that day"))
        }
        check("papers_sent_on", papersSentOn, notBefore: draftReportOn, "the draft report went to the advisor")
        if let papersSentOn, papersSentOn > meeting.date {
            problems.append(Problem(field: "papers_sent_on", message: "\(papersSentOn.iso) is after the panel (\(meeting.date.iso))"))
        }
        check("draft_minutes_on", draftMinutesOn, notBefore: meeting.date, "the panel")
        check("final_minutes_on", finalMinutesOn, notBefore: draftMinutesOn ?? meeting.date, draftMinutesOn == nil ? "the panel" : "the draft minutes")
        check("adm_received_on", admReceivedOn, notBefore: finalMinutesOn ?? meeting.date, finalMinutesOn == nil ? "the panel" : "the final minutes")
        if decision != nil && admReceivedOn == nil {
            problems.append(Problem(field: "adm_decision", message: "cannot be recorded before the day the final minutes reached the ADM (adm_received_on)"))
        }
        if (decision == nil) != (admDecidedOn == nil) {
            problems.append(Problem(field: decision == nil ? "adm_decision" : "adm_decided_on", message: "the ADM's decision and its day are recorded together"))
        }
        check("adm_decided_on", admDecidedOn, notBefore: meeting.date, "the panel")
        check("adm_decided_on", admDecidedOn, notBefore: admReceivedOn, "the minutes reached the ADM")
        for (field, day) in [("oral_notified_on", oralNotifiedOn), ("written_notified_on", writtenNotifiedOn)] {
            if day != nil && admDecidedOn == nil {
                problems.append(Problem(field: field, message: "cannot be recorded before the ADM's decision (adm_decided_on)"))
            }
            check(field, day, notBefore: admDecidedOn, "the ADM's decision")
        }
        return problems
    }
}
