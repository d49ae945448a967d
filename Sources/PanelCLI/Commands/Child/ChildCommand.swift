import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ChildCommand: ParsableCommand, JourneyNoun {
    static let configuration = CommandConfiguration(
        name: "child",
        summary: "Children with adoption plans: milestones, A1, A2 and the adjusted A1.",
        subcommands: [JourneyAdd<Self>.self, JourneyUpdate<Self>.self, JourneyShow<Self>.self, ChildList.self, JourneyTimeline<Self>.self, ChildMeasures.self],
        aliases: ["children"])

    static let kind = JourneyKind.child
    static let fieldHelp = [
        "shobpa_on": "The ADM's decision that the child should be placed for adoption.",
        "matched_on": "The ADM's match decision.",
        "foster_carer_adoption": "yes when the child's own foster carers adopt.",
        "moved_in_with_carers_on": "For a foster-carer adoption, the day the child moved in with them (the adjusted A1 counts to it).",
        "early_permanence": "yes for an early permanence placement.",
        "plan_changed_on": "The day the plan for adoption changed; the measures stop.",
        "adopter_id": "The adopter household matched with the child.",
    ]
    static let timelineDiscussion = """
        A1 counts from entering care to placement for adoption; the adjusted A1 counts to
        the day the child moved in with the family, which for a child adopted by its own
        foster carers is the day it moved in with them. Thresholds are rules A1, A10 and A2.
        """

    static func heading(_ child: Child, on day: Day) -> [String] {
        var lines = ["Child \(child.id) on \(day.long)"]
        if child.fosterCarerAdoption { lines.append("Adopted by its own foster carers") }
        if child.earlyPermanence { lines.append("Early permanence placement") }
        if let changed = child.planChangedOn { lines.append("Plan changed on \(changed.iso): \(child.planChangeReason)") }
        return lines
    }
}
