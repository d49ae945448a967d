import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ChildList: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list", summary: "Children with adoption plans and their milestones.",
        discussion: "--waiting lists children with a placement order and no match yet, longest waiting first.")

    @Flag(help: "Only children waiting for a match.") var waiting: Bool
    @Option(name: "as-of", help: "The day to judge waiting on (default: today).") var asOf: Day?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let day = asOf ?? context.today
        let children = try context.workspace(store).children(waitingOn: waiting ? day : nil)
        try context.print(Listing(
            columns: ["id", "entered_care_on", "shobpa_on", "placement_order_on", "matched_on", "placed_on", "adoption_order_on", "adopter_id", "days_waiting"],
            rows: children.map { child in
                [.string(child.id), DataValue(child.enteredCareOn?.iso), DataValue(child.shobpaOn?.iso), DataValue(child.placementOrderOn?.iso),
                 DataValue(child.matchedOn?.iso), DataValue(child.placedOn?.iso), DataValue(child.adoptionOrderOn?.iso), DataValue(child.adopter),
                 child.isWaiting(on: day) ? .int(child.placementOrderOn!.days(to: day)) : .null]
            }), listing)
    }
}
