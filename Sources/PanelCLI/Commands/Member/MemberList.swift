import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct MemberList: ParsableCommand {
    static let configuration = CommandConfiguration(name: "list", summary: "List the central list on a day (today unless --as-of).")

    @Option(name: "panel", "ID", help: "Only people who sit on this panel.") var panel: String?
    @OptionGroup var asOf: AsOfOption
    @Flag(help: "Include people who have left or not yet joined.") var all: Bool
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let members = try context.workspace(store).members(panel: panel, on: asOf.day ?? context.today, all: all)
        try context.print(Listing(
            columns: ["id", "name", "category", "panels", "independent", "joined_on", "left_on"],
            rows: members.map { member in
                [.string(member.id), .string(member.name), .string(member.category.rawValue),
                 .string(member.memberships.map { "\($0.panel) (\($0.role.rawValue))" }.joined(separator: "; ")),
                 .bool(member.independent), DataValue(member.joinedOn?.iso), DataValue(member.leftOn?.iso)]
            }), listing)
    }
}
