import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct AdopterCommand: ParsableCommand, JourneyNoun {
    static let configuration = CommandConfiguration(
        name: "adopter",
        summary: "Prospective adopters: stages, breaks, timelines and the year's measures.",
        subcommands: [JourneyAdd<Self>.self, JourneyUpdate<Self>.self, JourneyShow<Self>.self, AdopterList.self, JourneyTimeline<Self>.self, AdopterMeasures.self],
        aliases: ["adopters"])

    static let kind = JourneyKind.adopter
    static let fieldHelp = [
        "name": "Optional household name; papers can use the reference alone.",
        "roi_outcome": "accepted or declined.",
        "fast_track": "yes for second-time adopters and foster carers, who go straight to Stage 2.",
        "break_start_on": "Break start days, ';'-separated (several breaks line up with break_end_on and break_reason).",
        "break_end_on": "Break end days, ';'-separated; leave the last empty while a break goes on.",
        "break_reason": "Break reasons, ';'-separated.",
        "withdrawal_reason": Adopter.WithdrawalReason.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        "item_id": "The agenda item that took the household to panel.",
    ]
    static let timelineDiscussion = """
        Break days are shown, counted in the days elapsed, and left out of the six-month
        measure from registration of interest to the ADM's decision (rule D12).
        """

    static func heading(_ adopter: Adopter, on day: Day) -> [String] {
        let since = adopter.stageStarted(on: day).map { " since \($0.long)" } ?? ""
        var lines = ["Adopter \(adopter.id)\(adopter.name.isEmpty ? "" : " (\(adopter.name))"), as of \(day.long): \(adopter.stage(on: day).label.lowercased())\(since)"]
        if adopter.fastTrack { lines.append("Fast track: straight to Stage 2") }
        for (index, pause) in adopter.breaks.enumerated() {
            let days = adopter.breakDays(from: pause.start, until: pause.end ?? day)
            lines.append("Break \(index + 1): \(pause.start.iso) to \(pause.end?.iso ?? "now"), \(days) days\(pause.reason.isEmpty ? "" : ", \(pause.reason)")")
        }
        return lines
    }
}
