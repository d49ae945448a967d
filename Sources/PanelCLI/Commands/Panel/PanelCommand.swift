import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct PanelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "panel",
        summary: "The service's panels: fostering, adoption, long-term matching.",
        subcommands: [PanelAdd.self, PanelUpdate.self, PanelList.self, PanelShow.self])

    static let fieldHelp = [
        "name": "The panel's name, as papers print it.",
        "kind": "fostering, adoption or long-term-matching.",
        "start_time": "The usual start time, HH:MM (default: \(Panel.defaultStartTime)).",
        "venue": "The usual venue, or Microsoft Teams.",
        "independent_chair": "Whether the chair must be independent (yes or no; default yes, no for long-term matching).",
    ]
}
