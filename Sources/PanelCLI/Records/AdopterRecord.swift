import PanelDomain

enum AdopterRecord {
    /// Several breaks are written as `;`-separated lists that line up: the second start,
    /// end and reason belong to the second break.
    static let kind = RecordKind<Adopter>(
        name: "adopters",
        columns: [
            "id", "enquiry_on", "initial_visit_on", "roi_on", "roi_decided_on", "roi_outcome", "stage1_start_on", "stage1_end_on",
            "break_start_on", "break_end_on", "stage2_start_on", "stage2_end_on", "fast_track", "panel_on", "adm_decided_on", "approved_on",
            "withdrawn_on", "withdrawal_reason", "break_reason", "item_id", "name",
        ],
        required: ["id"],
        decode: { fields, _ in
            guard let id = fields.identifier("id") else { return nil }
            var adopter = Adopter(id: id)
            adopter.name = fields.text("name") ?? ""
            adopter.enquiryOn = fields.day("enquiry_on")
            adopter.initialVisitOn = fields.day("initial_visit_on")
            adopter.roiOn = fields.day("roi_on")
            adopter.roiDecidedOn = fields.day("roi_decided_on")
            adopter.roiOutcome = fields.choice("roi_outcome", Adopter.ROIOutcome.self)
            adopter.stage1StartOn = fields.day("stage1_start_on")
            adopter.stage1EndOn = fields.day("stage1_end_on")
            adopter.stage2StartOn = fields.day("stage2_start_on")
            adopter.stage2EndOn = fields.day("stage2_end_on")
            adopter.fastTrack = fields.yesNo("fast_track") ?? false
            adopter.item = fields.text("item_id")
            adopter.panelOn = fields.day("panel_on")
            adopter.admDecidedOn = fields.day("adm_decided_on")
            adopter.approvedOn = fields.day("approved_on")
            adopter.withdrawnOn = fields.day("withdrawn_on")
            adopter.withdrawalReason = fields.choice("withdrawal_reason", Adopter.WithdrawalReason.self)
            let starts = fields.dayList("break_start_on"), ends = fields.dayList("break_end_on")
            let reasons = (fields.text("break_reason") ?? "").split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if ends.count > starts.count { fields.problem("break_end_on", "has \(ends.count) days but break_start_on has \(starts.count)") }
            if fields.text("break_reason") != nil && reasons.count > starts.count { fields.problem("break_reason", "has \(reasons.count) reasons but break_start_on has \(starts.count) days") }
            for (index, start) in starts.enumerated() {
                guard let start else {
                    fields.problem("break_start_on", "break \(index + 1) has no start day")
                    continue
                }
                adopter.breaks.append(Adopter.Break(start: start, end: index < ends.count ? ends[index] : nil, reason: index < reasons.count ? reasons[index] : ""))
            }
            adopter.breaks.sort { $0.start < $1.start }
            fields.report(adopter.orderProblems)
            return fields.problems.isEmpty ? adopter : nil
        },
        encode: { adopter in
            [
                adopter.id, adopter.enquiryOn.csv, adopter.initialVisitOn.csv, adopter.roiOn.csv, adopter.roiDecidedOn.csv,
                adopter.roiOutcome?.rawValue ?? "", adopter.stage1StartOn.csv, adopter.stage1EndOn.csv,
                adopter.breaks.map(\.start.iso).joined(separator: ";"), adopter.breaks.map(\.end.csv).joined(separator: ";"),
                adopter.stage2StartOn.csv, adopter.stage2EndOn.csv, adopter.fastTrack.yesNo, adopter.panelOn.csv, adopter.admDecidedOn.csv,
                adopter.approvedOn.csv, adopter.withdrawnOn.csv, adopter.withdrawalReason?.rawValue ?? "",
                adopter.breaks.contains { !$0.reason.isEmpty } ? adopter.breaks.map(\.reason).joined(separator: ";") : "",
                adopter.item ?? "", adopter.name,
            ]
        })

}
