import PanelDomain

enum CarerRecord {
    /// Reviews and extensions are `;`-separated days; the first review at panel is the
    /// first day of `panel_reviews_on`.
    static let kind = RecordKind<Carer>(
        name: "carers",
        columns: [
            "id", "enquiry_on", "information_visit_on", "followup_visit_on", "application_on", "assessment", "stage1_start_on",
            "stage1_end_on", "stage2_start_on", "stage2_end_on", "reg24_on", "approved_on", "household_type", "closed_on",
            "closure_reason", "left_on", "leaving_route", "leaving_reason", "name", "enquiry_source", "reg24_extended_on", "item_id",
            "panel_on", "terms_children", "terms_age_range", "reviews_on", "panel_reviews_on",
        ],
        required: ["id"],
        decode: { fields, _ in
            guard let id = fields.identifier("id") else { return nil }
            var carer = Carer(id: id)
            carer.name = fields.text("name") ?? ""
            carer.enquiryOn = fields.day("enquiry_on")
            carer.enquirySource = fields.text("enquiry_source") ?? ""
            carer.informationVisitOn = fields.day("information_visit_on")
            carer.followupVisitOn = fields.day("followup_visit_on")
            carer.applicationOn = fields.day("application_on")
            carer.assessment = fields.choice("assessment", Carer.Assessment.self)
            carer.stage1StartOn = fields.day("stage1_start_on")
            carer.stage1EndOn = fields.day("stage1_end_on")
            carer.stage2StartOn = fields.day("stage2_start_on")
            carer.stage2EndOn = fields.day("stage2_end_on")
            carer.reg24On = fields.day("reg24_on")
            carer.reg24Extensions = fields.days("reg24_extended_on")
            carer.item = fields.text("item_id")
            carer.panelOn = fields.day("panel_on")
            carer.approvedOn = fields.day("approved_on")
            carer.householdType = fields.choice("household_type", Carer.HouseholdType.self)
            carer.termsChildren = fields.number("terms_children")
            carer.termsAgeRange = fields.text("terms_age_range") ?? ""
            carer.closedOn = fields.day("closed_on")
            carer.closureReason = fields.text("closure_reason") ?? ""
            carer.leftOn = fields.day("left_on")
            carer.leavingRoute = fields.choice("leaving_route", Carer.LeavingRoute.self)
            carer.leavingReason = fields.choice("leaving_reason", Carer.LeavingReason.self)
            carer.reviews = fields.days("reviews_on")
            carer.panelReviews = fields.days("panel_reviews_on")
            if carer.reg24Extensions.isEmpty == false && carer.reg24On == nil { fields.problem("reg24_on", "is required when reg24_extended_on is given") }
            fields.report(carer.orderProblems)
            return fields.problems.isEmpty ? carer : nil
        },
        encode: { carer in
            [
                carer.id, carer.enquiryOn.csv, carer.informationVisitOn.csv, carer.followupVisitOn.csv, carer.applicationOn.csv,
                carer.assessment?.rawValue ?? "", carer.stage1StartOn.csv, carer.stage1EndOn.csv, carer.stage2StartOn.csv,
                carer.stage2EndOn.csv, carer.reg24On.csv, carer.approvedOn.csv, carer.householdType?.rawValue ?? "", carer.closedOn.csv,
                carer.closureReason, carer.leftOn.csv, carer.leavingRoute?.rawValue ?? "", carer.leavingReason?.rawValue ?? "",
                carer.name, carer.enquirySource, carer.reg24Extensions.map(\.iso).joined(separator: ";"), carer.item ?? "",
                carer.panelOn.csv, carer.termsChildren.map(String.init) ?? "", carer.termsAgeRange,
                carer.reviews.map(\.iso).joined(separator: ";"), carer.panelReviews.map(\.iso).joined(separator: ";"),
            ]
        })

}
