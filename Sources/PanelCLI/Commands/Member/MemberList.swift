import PanelDocuments
import PanelDomain
import PanelStore
import Mustache

enum MemberList {
    static let command = Command(
        name: "list",
        summary: "List the central list on a day (today unless --as-of).",
        options: [
            Option(name: "panel", value: "ID", help: "Only people who sit on this panel."),
            Option(name: "as-of", value: "DAY", help: "The day the list is read on (default: today)."),
            Option(name: "all", value: nil, help: "Include people who have left or not yet joined."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            let panel = invocation.option("panel")
            let members = try CentralListStore(try context.openDatabase()).members().filter { member in
                (invocation.flag("all") || member.isCurrent(on: day)) && (panel.map { member.role(on: $0) != nil } ?? true)
            }
            let listing = Listing(
                columns: ["id", "name", "category", "panels", "independent", "joined_on", "left_on"],
                rows: members.map { member in
                    [.string(member.id), .string(member.name), .string(member.category.rawValue),
                     .string(member.memberships.map { "\($0.panel) (\($0.role.rawValue))" }.joined(separator: "; ")),
                     .bool(member.independent), DataValue(member.joinedOn?.iso), DataValue(member.leftOn?.iso)]
                })
            context.print(listing, invocation)
        })
}
