import PanelDomain
import PanelStore

enum ItemRecord {
    /// The issue's columns first, then the rest of the item, so a minimal file stays short.
    static let kind = RecordKind<AgendaItem>(
        name: "items",
        columns: [
            "id", "meeting_id", "type", "case_ref", "subject", "presenting_worker", "slot", "papers_sent_on",
            "draft_minutes_on", "final_minutes_on", "adm_received_on", "recommendation", "adm_decision", "adm_decided_on",
            "oral_notified_on", "written_notified_on", "supervising_worker", "order", "applicants_attending", "confidential",
            "draft_report_on", "terms", "terms_children", "terms_age_range", "reasons", "minority_view", "report_quality",
            "adm", "minute_number", "capacity_override",
        ],
        required: ["id", "meeting_id", "type", "case_ref"],
        decode: { fields, _ in decode(&fields) },
        encode: { item in
            [
                item.id, item.meeting, item.type, item.caseRef, item.subject, item.presentingWorker, item.slot?.description ?? "",
                item.papersSentOn?.iso ?? "", item.draftMinutesOn?.iso ?? "", item.finalMinutesOn?.iso ?? "",
                item.admReceivedOn?.iso ?? "", item.recommendation?.rawValue ?? "", item.decision?.rawValue ?? "",
                item.admDecidedOn?.iso ?? "", item.oralNotifiedOn?.iso ?? "", item.writtenNotifiedOn?.iso ?? "",
                item.supervisingWorker, item.order.map(String.init) ?? "", item.applicantsAttending.yesNo, item.confidential.yesNo,
                item.draftReportOn?.iso ?? "", item.terms, item.termsChildren.map(String.init) ?? "", item.termsAgeRange,
                item.reasons, item.minorityView, item.reportQuality, item.adm, item.minuteNumber.map(String.init) ?? "",
                item.capacityOverride ?? "",
            ]
        })

    private static func decode(_ fields: inout FieldReader) -> AgendaItem? {
        let id = fields.identifier("id"), meeting = fields.identifier("meeting_id"), type = fields.identifier("type")
        let caseRef = fields.required("case_ref")
        guard let id, let meeting, let type, let caseRef else { return nil }
        var item = AgendaItem(id: id, meeting: meeting, type: type, caseRef: caseRef)
        item.subject = fields.text("subject") ?? ""
        item.presentingWorker = fields.text("presenting_worker") ?? ""
        item.supervisingWorker = fields.text("supervising_worker") ?? ""
        item.order = fields.number("order")
        item.slot = fields.time("slot")
        item.applicantsAttending = fields.yesNo("applicants_attending") ?? false
        item.confidential = fields.yesNo("confidential") ?? false
        item.draftReportOn = fields.day("draft_report_on")
        item.papersSentOn = fields.day("papers_sent_on")
        item.draftMinutesOn = fields.day("draft_minutes_on")
        item.finalMinutesOn = fields.day("final_minutes_on")
        item.admReceivedOn = fields.day("adm_received_on")
        item.admDecidedOn = fields.day("adm_decided_on")
        item.oralNotifiedOn = fields.day("oral_notified_on")
        item.writtenNotifiedOn = fields.day("written_notified_on")
        item.recommendation = fields.choice("recommendation", AgendaItem.Recommendation.self)
        item.terms = fields.text("terms") ?? ""
        item.termsChildren = fields.number("terms_children")
        item.termsAgeRange = fields.text("terms_age_range") ?? ""
        item.reasons = fields.text("reasons") ?? ""
        item.minorityView = fields.text("minority_view") ?? ""
        item.reportQuality = fields.text("report_quality") ?? ""
        item.decision = fields.choice("adm_decision", AgendaItem.Decision.self)
        item.adm = fields.text("adm") ?? ""
        item.minuteNumber = fields.number("minute_number")
        item.capacityOverride = fields.text("capacity_override")
        if item.order == 0 { fields.problem("order", "starts at 1") }
        return fields.problems.isEmpty ? item : nil
    }

    /// Checks items against the meetings, the item types and the capacity rule, and the
    /// order of each item's chain. `incoming` are new or changed items; `stored` holds the
    /// stored version of those that are already there.
    static func check(_ incoming: [(item: AgendaItem, locate: (String) -> String)], stored: [String: AgendaItem], database: Database, context: Context) throws -> [String] {
        let central = CentralListStore(database)
        let panels = Dictionary(uniqueKeysWithValues: try central.panels().map { ($0.id, $0) })
        let data = try context.serviceData()
        // Only the meetings the incoming items are on, and the items already there: an item
        // command should not read the whole agenda history.
        let meetingIDs = Array(Set(incoming.map(\.item.meeting)))
        let meetings = Dictionary(uniqueKeysWithValues: try central.meetings(ids: meetingIDs).map { ($0.id, $0) })
        let incomingIDs = Set(incoming.map(\.item.id))
        // What each meeting holds as the items are added one by one, for the capacity rule.
        var onMeeting = Dictionary(grouping: try AgendaStore(database).items(meetings: meetingIDs).filter { !incomingIDs.contains($0.id) }, by: \.meeting)
        var problems: [String] = []
        for (item, locate) in incoming {
            guard let meeting = meetings[item.meeting], let panel = panels[meeting.panel] else {
                problems.append("\(locate("meeting_id")): no meeting '\(item.meeting)'; add or import the meeting first")
                continue
            }
            guard let type = data.itemTypes.first(where: { $0.id == item.type }) else {
                problems.append("\(locate("type")): '\(item.type)' is not an item type; see Data/item-types.ini")
                continue
            }
            if !type.panelKinds.contains(panel.kind) {
                problems.append("\(locate("type")): \(type.label) does not go to a \(panel.kind.label.lowercased()); it goes to \(type.panelKinds.map { $0.label.lowercased() }.joined(separator: " or "))")
            }
            // Booking rules apply when an item arrives on a meeting, not to later edits.
            let isBooking = stored[item.id]?.meeting != item.meeting
            if meeting.status == .cancelled && isBooking {
                problems.append("\(locate("meeting_id")): meeting \(meeting.id) was cancelled; book the item on another meeting")
            }
            problems += item.chainProblems(meeting: meeting, today: context.today).map { "\(locate($0.field)): \($0.message)" }
            if isBooking, item.capacityOverride == nil,
               let count = Capacity.excess(adding: item, to: onMeeting[item.meeting] ?? [], panelKind: panel.kind, policy: data.policy) {
                let labels = data.policy.capacityTypes.compactMap { id in data.itemTypes.first { $0.id == id }?.label }
                problems.append("\(locate("capacity_override")): meeting \(meeting.id) would hold \(count) of \(labels.joined(separator: " and ")); at most \(data.policy.capacityMaximum) may be booked on one panel without an override and its reason")
            }
            onMeeting[item.meeting, default: []].append(item)
        }
        return problems
    }

    /// Problems for the records (adopters, households) that refer to agenda items not there.
    static func unknownItems<Value>(_ rows: [(value: Value, locate: (String) -> String)], item: (Value) -> String?, database: Database) throws -> [String] {
        let known = try AgendaStore(database).storedIDs(rows.compactMap { item($0.value) })
        return rows.compactMap { row in
            guard let id = item(row.value), !known.contains(id) else { return nil }
            return "\(row.locate("item_id")): there is no agenda item '\(id)'; import items first"
        }
    }
}
