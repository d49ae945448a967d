/// A child with a plan for adoption (DOMAIN.md section 5), known by reference only: entered
/// care, should-be-placed decision, placement order, match, placement, adoption order.
public struct Child: Equatable, Identifiable, Sendable {
    public var id: String
    public var enteredCareOn: Day?
    public var shobpaOn: Day?
    /// The placement order, or a freeing order: the court's authority to place.
    public var placementOrderOn: Day?
    /// The ADM's match decision; before the placement order for an early permanence
    /// placement, which A2 then counts as 0 days.
    public var matchedOn: Day?
    public var placedOn: Day?
    public var adoptionOrderOn: Day?
    /// Adopted by its own foster carers: the adjusted A1 counts from the day it moved in.
    public var fosterCarerAdoption = false
    public var movedInWithCarersOn: Day?
    public var earlyPermanence = false
    /// The plan for adoption changed (to another permanence plan): the measures stop.
    public var planChangedOn: Day?
    public var planChangeReason = ""
    /// The adopter household matched with the child.
    public var adopter: String?

    public init(id: String) { self.id = id }

    /// The day the child moved in with its adoptive family: the day it moved in with its
    /// foster carers when they adopt it, otherwise the day it was placed for adoption.
    public var movedInOn: Day? { fosterCarerAdoption ? movedInWithCarersOn ?? placedOn : placedOn }

    /// Waiting for a match on `day`: a placement order and no match, plan unchanged.
    public func isWaiting(on day: Day) -> Bool {
        guard let placementOrderOn, placementOrderOn <= day else { return false }
        if let matchedOn, matchedOn <= day { return false }
        if let planChangedOn, planChangedOn <= day { return false }
        return true
    }

    public var orderProblems: [Problem] {
        var problems = DateOrder.problems([
            ("shobpa_on", shobpaOn, "placement_order_on", placementOrderOn),
            ("shobpa_on", shobpaOn, "matched_on", matchedOn),
            ("matched_on", matchedOn, "placed_on", placedOn),
            ("entered_care_on", enteredCareOn, "placed_on", placedOn),
            ("placed_on", placedOn, "adoption_order_on", adoptionOrderOn),
            ("entered_care_on", enteredCareOn, "moved_in_with_carers_on", movedInWithCarersOn),
            ("moved_in_with_carers_on", movedInWithCarersOn, "adoption_order_on", adoptionOrderOn),
        ])
        if movedInWithCarersOn != nil && !fosterCarerAdoption {
            problems.append(.init(field: "moved_in_with_carers_on", message: "is given but foster_carer_adoption is no; the day counts only when the foster carers adopt"))
        }
        if planChangedOn != nil && planChangeReason.isEmpty {
            problems.append(.init(field: "plan_change_reason", message: "is required when plan_changed_on is given"))
        }
        return problems
    }
}

extension Child: Journey {
    public static let scope = DeadlineRule.Scope.child

    public func day(of event: Event) -> Day? {
        switch event {
        case .enteredCare: enteredCareOn
        case .shobpa: shobpaOn
        case .placementOrder: placementOrderOn
        case .matchDecision: matchedOn
        case .placedForAdoption: placedOn
        case .movedIn: movedInOn
        case .adoptionOrder: adoptionOrderOn
        default: nil
        }
    }

    public var stopped: (day: Day, reason: String)? {
        planChangedOn.map { ($0, "the plan changed on \($0.iso): \(planChangeReason)") }
    }

    public static let timelinePlan: [(label: String, from: Event, to: Event)] = [
        ("Entered care to should-be-placed decision", .enteredCare, .shobpa),
        ("Should-be-placed decision to placement order", .shobpa, .placementOrder),
        ("Placement order to match (A2)", .placementOrder, .matchDecision),
        ("Match to placement", .matchDecision, .placedForAdoption),
        ("Placement to adoption order", .placedForAdoption, .adoptionOrder),
        ("Entered care to placed for adoption (A1)", .enteredCare, .placedForAdoption),
        ("Entered care to moving in with the family (adjusted A1)", .enteredCare, .movedIn),
        ("Should-be-placed decision to adoption order", .shobpa, .adoptionOrder),
    ]
}
