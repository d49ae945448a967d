import PanelDomain

/// Prospective adopters (with their breaks), children with adoption plans, and fostering
/// households (with their reviews and Regulation 24 extensions).
public struct JourneyStore {
    public let database: Database

    public init(_ database: Database) { self.database = database }

    // MARK: Adopters

    static let adopterColumns = [
        "id", "name", "enquiry_on", "initial_visit_on", "roi_on", "roi_decided_on", "roi_outcome", "stage1_start_on", "stage1_end_on",
        "stage2_start_on", "stage2_end_on", "fast_track", "item_id", "panel_on", "adm_decided_on", "approved_on", "withdrawn_on",
        "withdrawal_reason",
    ]

    /// Every adopter household, by id, or the one with `id`.
    public func adopters(id: String? = nil) throws(StorageError) -> [Adopter] {
        let filter = Filter.only("id", id), partFilter = Filter.only("adopter_id", id)
        var breaks: [String: [Adopter.Break]] = [:]
        _ = try database.query(
            "SELECT adopter_id, start_on, end_on, reason FROM adopter_breaks \(partFilter.clause) ORDER BY adopter_id, sequence",
            partFilter.values, table: "adopter_breaks"
        ) { row throws(StorageError) in
            breaks[try row.string(0), default: []].append(Adopter.Break(start: try row.day(1)!, end: try row.day(2), reason: try row.string(3)))
        }
        return try database.query(
            "SELECT \(Self.adopterColumns.joined(separator: ", ")) FROM adopters \(filter.clause) ORDER BY id", filter.values, table: "adopters"
        ) { row throws(StorageError) in
            var adopter = Adopter(id: try row.string(0))
            adopter.name = try row.string(1)
            adopter.enquiryOn = try row.day(2)
            adopter.initialVisitOn = try row.day(3)
            adopter.roiOn = try row.day(4)
            adopter.roiDecidedOn = try row.day(5)
            adopter.roiOutcome = try row.choice(6, Adopter.ROIOutcome.self)
            adopter.stage1StartOn = try row.day(7)
            adopter.stage1EndOn = try row.day(8)
            adopter.stage2StartOn = try row.day(9)
            adopter.stage2EndOn = try row.day(10)
            adopter.fastTrack = try row.integer(11) == 1
            adopter.item = row.text(12)
            adopter.panelOn = try row.day(13)
            adopter.admDecidedOn = try row.day(14)
            adopter.approvedOn = try row.day(15)
            adopter.withdrawnOn = try row.day(16)
            adopter.withdrawalReason = try row.choice(17, Adopter.WithdrawalReason.self)
            adopter.breaks = breaks[adopter.id] ?? []
            return adopter
        }
    }

    public func adopter(_ id: String) throws(StorageError) -> Adopter? { try adopters(id: id).first }

    @discardableResult
    public func save(_ adopter: Adopter) throws(StorageError) -> SaveOutcome {
        try save(adopter, over: try self.adopter(adopter.id))
    }

    /// Saves over `existing`, the stored record as the caller already read it, or nil.
    @discardableResult
    public func save(_ adopter: Adopter, over existing: Adopter?) throws(StorageError) -> SaveOutcome {
        if existing == adopter { return .unchanged }
        try database.upsert("adopters", columns: Self.adopterColumns, values: [
            .text(adopter.id), .text(adopter.name), SQLValue(adopter.enquiryOn), SQLValue(adopter.initialVisitOn), SQLValue(adopter.roiOn),
            SQLValue(adopter.roiDecidedOn), SQLValue(adopter.roiOutcome?.rawValue), SQLValue(adopter.stage1StartOn), SQLValue(adopter.stage1EndOn),
            SQLValue(adopter.stage2StartOn), SQLValue(adopter.stage2EndOn), SQLValue(adopter.fastTrack), SQLValue(adopter.item),
            SQLValue(adopter.panelOn), SQLValue(adopter.admDecidedOn), SQLValue(adopter.approvedOn), SQLValue(adopter.withdrawnOn),
            SQLValue(adopter.withdrawalReason?.rawValue),
        ])
        if existing?.breaks != adopter.breaks {
            try database.run("DELETE FROM adopter_breaks WHERE adopter_id = ?", [.text(adopter.id)])
            for (index, pause) in adopter.breaks.enumerated() {
                try database.run("INSERT INTO adopter_breaks (adopter_id, sequence, start_on, end_on, reason) VALUES (?, ?, ?, ?, ?)",
                                 [.text(adopter.id), SQLValue(index + 1), SQLValue(pause.start), SQLValue(pause.end), .text(pause.reason)])
            }
        }
        return existing == nil ? .added : .updated
    }

    // MARK: Children

    static let childColumns = [
        "id", "entered_care_on", "shobpa_on", "placement_order_on", "matched_on", "placed_on", "adoption_order_on", "foster_carer_adoption",
        "moved_in_with_carers_on", "early_permanence", "plan_changed_on", "plan_change_reason", "adopter_id",
    ]

    public func children(id: String? = nil) throws(StorageError) -> [Child] {
        let filter = Filter.only("id", id)
        return try database.query(
            "SELECT \(Self.childColumns.joined(separator: ", ")) FROM children \(filter.clause) ORDER BY id", filter.values, table: "children"
        ) { row throws(StorageError) in
            var child = Child(id: try row.string(0))
            child.enteredCareOn = try row.day(1)
            child.shobpaOn = try row.day(2)
            child.placementOrderOn = try row.day(3)
            child.matchedOn = try row.day(4)
            child.placedOn = try row.day(5)
            child.adoptionOrderOn = try row.day(6)
            child.fosterCarerAdoption = try row.integer(7) == 1
            child.movedInWithCarersOn = try row.day(8)
            child.earlyPermanence = try row.integer(9) == 1
            child.planChangedOn = try row.day(10)
            child.planChangeReason = try row.string(11)
            child.adopter = row.text(12)
            return child
        }
    }

    public func child(_ id: String) throws(StorageError) -> Child? { try children(id: id).first }

    @discardableResult
    public func save(_ child: Child) throws(StorageError) -> SaveOutcome {
        try save(child, over: try self.child(child.id))
    }

    /// Saves over `existing`, the stored record as the caller already read it, or nil.
    @discardableResult
    public func save(_ child: Child, over existing: Child?) throws(StorageError) -> SaveOutcome {
        if existing == child { return .unchanged }
        try database.upsert("children", columns: Self.childColumns, values: [
            .text(child.id), SQLValue(child.enteredCareOn), SQLValue(child.shobpaOn), SQLValue(child.placementOrderOn), SQLValue(child.matchedOn),
            SQLValue(child.placedOn), SQLValue(child.adoptionOrderOn), SQLValue(child.fosterCarerAdoption), SQLValue(child.movedInWithCarersOn),
            SQLValue(child.earlyPermanence), SQLValue(child.planChangedOn), .text(child.planChangeReason), SQLValue(child.adopter),
        ])
        return existing == nil ? .added : .updated
    }

    // MARK: Fostering households

    static let carerColumns = [
        "id", "name", "enquiry_on", "enquiry_source", "information_visit_on", "followup_visit_on", "application_on", "assessment",
        "stage1_start_on", "stage1_end_on", "stage2_start_on", "stage2_end_on", "reg24_on", "item_id", "panel_on", "approved_on",
        "household_type", "terms_children", "terms_age_range", "closed_on", "closure_reason", "left_on", "leaving_route", "leaving_reason",
    ]

    public func carers(id: String? = nil) throws(StorageError) -> [Carer] {
        let filter = Filter.only("id", id), partFilter = Filter.only("carer_id", id)
        var days: [String: [String: [Day]]] = [:]
        _ = try database.query(
            "SELECT carer_id, kind, day FROM carer_days \(partFilter.clause) ORDER BY carer_id, kind, day", partFilter.values, table: "carer_days"
        ) { row throws(StorageError) in
            days[try row.string(0), default: [:]][try row.string(1), default: []].append(try row.day(2)!)
        }
        return try database.query(
            "SELECT \(Self.carerColumns.joined(separator: ", ")) FROM carers \(filter.clause) ORDER BY id", filter.values, table: "carers"
        ) { row throws(StorageError) in
            var carer = Carer(id: try row.string(0))
            carer.name = try row.string(1)
            carer.enquiryOn = try row.day(2)
            carer.enquirySource = try row.string(3)
            carer.informationVisitOn = try row.day(4)
            carer.followupVisitOn = try row.day(5)
            carer.applicationOn = try row.day(6)
            carer.assessment = try row.choice(7, Carer.Assessment.self)
            carer.stage1StartOn = try row.day(8)
            carer.stage1EndOn = try row.day(9)
            carer.stage2StartOn = try row.day(10)
            carer.stage2EndOn = try row.day(11)
            carer.reg24On = try row.day(12)
            carer.item = row.text(13)
            carer.panelOn = try row.day(14)
            carer.approvedOn = try row.day(15)
            carer.householdType = try row.choice(16, Carer.HouseholdType.self)
            carer.termsChildren = row.int(17)
            carer.termsAgeRange = try row.string(18)
            carer.closedOn = try row.day(19)
            carer.closureReason = try row.string(20)
            carer.leftOn = try row.day(21)
            carer.leavingRoute = try row.choice(22, Carer.LeavingRoute.self)
            carer.leavingReason = try row.choice(23, Carer.LeavingReason.self)
            let repeated = days[carer.id] ?? [:]
            carer.reviews = repeated["review"] ?? []
            carer.panelReviews = repeated["panel-review"] ?? []
            carer.reg24Extensions = repeated["reg24-extension"] ?? []
            return carer
        }
    }

    public func carer(_ id: String) throws(StorageError) -> Carer? { try carers(id: id).first }

    @discardableResult
    public func save(_ carer: Carer) throws(StorageError) -> SaveOutcome {
        try save(carer, over: try self.carer(carer.id))
    }

    /// Saves over `existing`, the stored record as the caller already read it, or nil.
    @discardableResult
    public func save(_ carer: Carer, over existing: Carer?) throws(StorageError) -> SaveOutcome {
        if existing == carer { return .unchanged }
        try database.upsert("carers", columns: Self.carerColumns, values: [
            .text(carer.id), .text(carer.name), SQLValue(carer.enquiryOn), .text(carer.enquirySource), SQLValue(carer.informationVisitOn),
            SQLValue(carer.followupVisitOn), SQLValue(carer.applicationOn), SQLValue(carer.assessment?.rawValue), SQLValue(carer.stage1StartOn),
            SQLValue(carer.stage1EndOn), SQLValue(carer.stage2StartOn), SQLValue(carer.stage2EndOn), SQLValue(carer.reg24On), SQLValue(carer.item),
            SQLValue(carer.panelOn), SQLValue(carer.approvedOn), SQLValue(carer.householdType?.rawValue), SQLValue(carer.termsChildren),
            .text(carer.termsAgeRange), SQLValue(carer.closedOn), .text(carer.closureReason), SQLValue(carer.leftOn),
            SQLValue(carer.leavingRoute?.rawValue), SQLValue(carer.leavingReason?.rawValue),
        ])
        let repeated = [("review", carer.reviews), ("panel-review", carer.panelReviews), ("reg24-extension", carer.reg24Extensions)]
        if existing.map({ [$0.reviews, $0.panelReviews, $0.reg24Extensions] }) != repeated.map(\.1) {
            try database.run("DELETE FROM carer_days WHERE carer_id = ?", [.text(carer.id)])
            for (kind, days) in repeated {
                for day in Set(days) {
                    try database.run("INSERT INTO carer_days (carer_id, kind, day) VALUES (?, ?, ?)", [.text(carer.id), .text(kind), SQLValue(day)])
                }
            }
        }
        return existing == nil ? .added : .updated
    }
}
