import PanelDomain
import PanelStore

enum ChildRecord {
    static let kind = RecordKind<Child>(
        name: "children",
        columns: [
            "id", "entered_care_on", "shobpa_on", "placement_order_on", "matched_on", "placed_on", "adoption_order_on",
            "foster_carer_adoption", "moved_in_with_carers_on", "early_permanence", "plan_changed_on", "plan_change_reason", "adopter_id",
        ],
        required: ["id"],
        decode: { fields, _ in
            guard let id = fields.identifier("id") else { return nil }
            var child = Child(id: id)
            child.enteredCareOn = fields.day("entered_care_on")
            child.shobpaOn = fields.day("shobpa_on")
            child.placementOrderOn = fields.day("placement_order_on")
            child.matchedOn = fields.day("matched_on")
            child.placedOn = fields.day("placed_on")
            child.adoptionOrderOn = fields.day("adoption_order_on")
            child.fosterCarerAdoption = fields.yesNo("foster_carer_adoption") ?? false
            child.movedInWithCarersOn = fields.day("moved_in_with_carers_on")
            child.earlyPermanence = fields.yesNo("early_permanence") ?? false
            child.planChangedOn = fields.day("plan_changed_on")
            child.planChangeReason = fields.text("plan_change_reason") ?? ""
            child.adopter = fields.text("adopter_id")
            fields.report(child.orderProblems)
            return fields.problems.isEmpty ? child : nil
        },
        encode: { child in
            [
                child.id, child.enteredCareOn.csv, child.shobpaOn.csv, child.placementOrderOn.csv, child.matchedOn.csv, child.placedOn.csv,
                child.adoptionOrderOn.csv, child.fosterCarerAdoption.yesNo, child.movedInWithCarersOn.csv, child.earlyPermanence.yesNo,
                child.planChangedOn.csv, child.planChangeReason, child.adopter ?? "",
            ]
        })

    /// The adopters children are matched with must exist.
    static func check(_ rows: [(value: Child, locate: (String) -> String)], database: Database) throws -> [String] {
        let known = Set(try JourneyStore(database).adopters().map(\.id))
        return rows.compactMap { child, locate in
            guard let adopter = child.adopter, !known.contains(adopter) else { return nil }
            return "\(locate("adopter_id")): there is no adopter '\(adopter)'; import adopters first"
        }
    }
}
