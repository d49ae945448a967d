import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(name: "report", summary: "The annual report tables for the service manager.", subcommands: [ReportAnnual.self])
}
