extension Adopter {
    /// Several breaks are `;`-separated lists that line up: the second start, end and
    /// reason belong to the second break. The store keeps breaks in a table of their own.
    public static let fields = FieldTable<Adopter>(
        name: "adopters",
        fields: [
            .identifier("id", \.id),
            .day("enquiry_on", \.enquiryOn),
            .day("initial_visit_on", \.initialVisitOn),
            .day("roi_on", \.roiOn),
            .day("roi_decided_on", \.roiDecidedOn),
            .choice("roi_outcome", \.roiOutcome),
            .day("stage1_start_on", \.stage1StartOn),
            .day("stage1_end_on", \.stage1EndOn),
            Field("break_start_on", .dayList, column: nil, get: { .days($0.breaks.map(\.start)) }) { adopter, value in
                let starts = value.days
                adopter.breaks = starts.compactMap { $0 }.map { Break(start: $0) }
                return starts.firstIndex(of: nil).map { "break \($0 + 1) has no start day" }
            },
            Field("break_end_on", .dayList, column: nil, get: { .days($0.breaks.map(\.end)) }) { adopter, value in
                let ends = value.days
                guard ends.count <= adopter.breaks.count else { return "has \(ends.count) days but break_start_on has \(adopter.breaks.count)" }
                for (index, end) in ends.enumerated() { adopter.breaks[index].end = end }
                return nil
            },
            .day("stage2_start_on", \.stage2StartOn),
            .day("stage2_end_on", \.stage2EndOn),
            .flag("fast_track", \.fastTrack),
            .day("panel_on", \.panelOn),
            .day("adm_decided_on", \.admDecidedOn),
            .day("approved_on", \.approvedOn),
            .day("withdrawn_on", \.withdrawnOn),
            .choice("withdrawal_reason", \.withdrawalReason),
            Field("break_reason", .list, column: nil, maximumLength: 2000, get: { adopter in
                adopter.breaks.contains { !$0.reason.isEmpty } ? .texts(adopter.breaks.map(\.reason)) : .none
            }) { adopter, value in
                let reasons = value.texts
                guard reasons.count <= adopter.breaks.count else { return "has \(reasons.count) reasons but break_start_on has \(adopter.breaks.count) days" }
                for (index, reason) in reasons.enumerated() { adopter.breaks[index].reason = reason }
                return nil
            },
            .reference("item_id", \.item),
            .text("name", \.name),
            .days("reviews_on", \.reviews),
            .text("address", \.address, maximumLength: 500),
        ],
        required: ["id"],
        blank: { Adopter(id: "") },
        finish: { adopter, _, _ in
            adopter.breaks.sort { $0.start < $1.start }
            return adopter.orderProblems
        })
}

extension Child {
    public static let fields = FieldTable<Child>(
        name: "children",
        fields: [
            .identifier("id", \.id),
            .day("entered_care_on", \.enteredCareOn),
            .day("shobpa_on", \.shobpaOn),
            .day("placement_order_on", \.placementOrderOn),
            .day("matched_on", \.matchedOn),
            .day("placed_on", \.placedOn),
            .day("adoption_order_on", \.adoptionOrderOn),
            .flag("foster_carer_adoption", \.fosterCarerAdoption),
            .day("moved_in_with_carers_on", \.movedInWithCarersOn),
            .flag("early_permanence", \.earlyPermanence),
            .day("plan_changed_on", \.planChangedOn),
            .text("plan_change_reason", \.planChangeReason, maximumLength: 500),
            .reference("adopter_id", \.adopter),
        ],
        required: ["id"],
        blank: { Child(id: "") },
        finish: { child, _, _ in child.orderProblems })
}

extension Carer {
    /// Reviews and extensions are `;`-separated days, kept by the store in a table of their
    /// own; the first review at panel is the first day of `panel_reviews_on`.
    public static let fields = FieldTable<Carer>(
        name: "carers",
        fields: [
            .identifier("id", \.id),
            .day("enquiry_on", \.enquiryOn),
            .day("information_visit_on", \.informationVisitOn),
            .day("followup_visit_on", \.followupVisitOn),
            .day("application_on", \.applicationOn),
            .choice("assessment", \.assessment),
            .day("stage1_start_on", \.stage1StartOn),
            .day("stage1_end_on", \.stage1EndOn),
            .day("stage2_start_on", \.stage2StartOn),
            .day("stage2_end_on", \.stage2EndOn),
            .day("reg24_on", \.reg24On),
            .day("approved_on", \.approvedOn),
            .choice("household_type", \.householdType),
            .day("closed_on", \.closedOn),
            .text("closure_reason", \.closureReason, maximumLength: 500),
            .day("left_on", \.leftOn),
            .choice("leaving_route", \.leavingRoute),
            .choice("leaving_reason", \.leavingReason),
            .text("name", \.name),
            .text("enquiry_source", \.enquirySource),
            .days("reg24_extended_on", \.reg24Extensions),
            .reference("item_id", \.item),
            .text("address", \.address, maximumLength: 500),
            .day("panel_on", \.panelOn),
            .number("terms_children", \.termsChildren, in: 0...20),
            .text("terms_age_range", \.termsAgeRange, maximumLength: 40),
            .days("reviews_on", \.reviews),
            .days("panel_reviews_on", \.panelReviews),
        ],
        required: ["id"],
        blank: { Carer(id: "") },
        finish: { carer, _, _ in
            var problems: [Problem] = []
            if !carer.reg24Extensions.isEmpty && carer.reg24On == nil {
                problems.append(Problem(field: "reg24_on", message: "is required when reg24_extended_on is given"))
            }
            return problems + carer.orderProblems
        })
}
