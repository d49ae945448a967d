import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct MemberShow: ParsableCommand {
    static let configuration = CommandConfiguration(name: "show", summary: "Show one person on the central list.")

    @Argument("ID", help: "The member's id.") var id: String
    @OptionGroup var show: ShowOptions
    @Option(name: "as-of", help: "The day experience is judged on (default: today).") var asOf: Day?
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        let member = try workspace.member(id)
        let day = asOf ?? context.today
        let policy = try workspace.serviceData().policy
        var pairs: [(String, DataValue)] = [
            ("id", .string(member.id)), ("name", .string(member.name)), ("category", .string(member.category.rawValue)),
            ("panels", .list(member.memberships.map { .string("\($0.panel) (\($0.role.rawValue))") })),
            ("independent", .bool(member.independent)),
        ]
        for (field, day) in [("qualified_on", member.qualifiedOn), ("joined_on", member.joinedOn), ("left_on", member.leftOn),
                             ("notice_on", member.noticeOn), ("appraised_on", member.appraisedOn), ("dbs_on", member.dbsOn)] {
            pairs.append((field, DataValue(day?.iso)))
        }
        pairs.append(("on_list_\(day.iso)", .bool(member.isCurrent(on: day))))
        if member.category == .socialWorker {
            pairs.append(("qualified_\(policy.experienceYears)_years_\(day.iso)", .bool(Quorum.isQualifiedSocialWorker(member, on: day, policy: policy))))
        }
        RecordDisplay.show(pairs, show, context: context)
    }
}
