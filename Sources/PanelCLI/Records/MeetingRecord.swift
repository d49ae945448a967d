import PanelDomain

enum MeetingRecord {
    static let kind = RecordKind<Meeting>(
        name: "meetings",
        columns: ["id", "panel", "date", "start_time", "venue", "status", "cancel_reason"],
        required: ["id", "panel", "date"],
        decode: { fields, context in
            let id = fields.identifier("id")
            var panel: Panel?
            if let panelID = fields.identifier("panel") {
                panel = context.panels.first { $0.id == panelID }
                if panel == nil { fields.problem("panel", "no panel '\(panelID)'; the panels are \(context.panels.map(\.id).joined(separator: ", "))") }
            }
            let date = fields.required("date") != nil ? fields.day("date") : nil
            let start = fields.time("start_time")
            let status = fields.choice("status", Meeting.Status.self) ?? .planned
            let reason = fields.text("cancel_reason")
            if status == .cancelled && reason == nil { fields.problem("cancel_reason", "a cancelled meeting needs the reason it was cancelled") }
            if status != .cancelled && reason != nil { fields.problem("cancel_reason", "only a cancelled meeting has a reason for cancelling") }
            guard let id, let panel, let date, fields.problems.isEmpty else { return nil }
            // A blank start time or venue is the panel's usual one.
            return Meeting(id: id, panel: panel.id, date: date, startTime: start ?? panel.startTime,
                           venue: fields.text("venue") ?? panel.venue, status: status, cancelReason: reason)
        },
        encode: { meeting in
            [meeting.id, meeting.panel, meeting.date.iso, meeting.startTime.description, meeting.venue, meeting.status.rawValue, meeting.cancelReason ?? ""]
        })
}
