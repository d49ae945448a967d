import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct RulesEvents: ParsableCommand {
    static let configuration = CommandConfiguration(name: "events", summary: "List the events a rule can measure from and to.")

    @OptionGroup var listing: ListingOptions

    func run(_ context: Context) throws {
        try context.print(Listing(columns: ["event", "meaning"], rows: Event.allCases.map { [.string($0.rawValue), .string($0.label)] }), listing)
    }
}
