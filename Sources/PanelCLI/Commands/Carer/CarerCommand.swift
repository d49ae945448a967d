import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct CarerCommand: ParsableCommand, JourneyNoun {
    static let configuration = CommandConfiguration(
        name: "carer",
        summary: "Fostering households: recruitment, approval, reviews, leaving, and the year's funnel.",
        subcommands: [JourneyAdd<Self>.self, JourneyUpdate<Self>.self, JourneyShow<Self>.self, CarerList.self, JourneyTimeline<Self>.self, CarerReviews.self, CarerFunnel.self],
        aliases: ["carers"])

    static let kind = JourneyKind.carer
    static let fieldHelp = [
        "name": "Optional household name; papers can use the reference alone.",
        "assessment": Carer.Assessment.allCases.map(\.rawValue).joined(separator: " or ") + ".",
        "household_type": Carer.HouseholdType.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        "reg24_on": "Regulation 24 temporary approval of a connected person.",
        "reg24_extended_on": "Days the temporary approval was extended, ';'-separated.",
        "closed_on": "Closed before approval (with closure_reason).",
        "left_on": "Left after approval (with leaving_route and leaving_reason).",
        "leaving_route": Carer.LeavingRoute.allCases.map(\.rawValue).joined(separator: " or ") + ".",
        "leaving_reason": Carer.LeavingReason.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        "reviews_on": "Annual review days, ';'-separated.",
        "panel_reviews_on": "Days reviews went to panel, ';'-separated; the first is the first review.",
        "item_id": "The agenda item that took the household to panel.",
    ]
    static let timelineDiscussion = "Rules D7 (application to panel), D10 and D11 (stages), D14 (first review at panel), D15 and D15a (reviews)."

    static func heading(_ carer: Carer, on day: Day) -> [String] {
        let since = carer.statusStarted(on: day).map { " since \($0.long)" } ?? ""
        var lines = ["Household \(carer.id)\(carer.name.isEmpty ? "" : " (\(carer.name))"), as of \(day.long): \(carer.status(on: day).rawValue)\(since)"]
        if let type = carer.householdType { lines.append("Household type: \(type.label)") }
        if let reg24 = carer.reg24On {
            lines.append("Regulation 24 temporary approval: \(reg24.iso)" + (carer.reg24Extensions.isEmpty ? "" : ", extended \(carer.reg24Extensions.map(\.iso).joined(separator: ", "))"))
        }
        return lines
    }
}
