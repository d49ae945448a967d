import PanelDocuments
import PanelDomain
import PanelStore
import Mustache

enum MemberShow {
    static let command = Command(
        name: "show",
        summary: "Show one person on the central list.",
        arguments: [Argument(name: "ID", help: "The member's id.")],
        options: [RecordEditing.showFormat, Option(name: "as-of", value: "DAY", help: "The day experience is judged on (default: today).")],
        run: { invocation, context in
            let id = invocation.argument("ID")
            guard let member = try CentralListStore(try context.openDatabase()).member(id) else {
                throw StorageError.notFound(kind: "member", id: id)
            }
            let day = try invocation.dayOption("as-of") ?? context.today
            let policy = try context.policy()
            var pairs: [(String, DataValue)] = [
                ("id", .string(member.id)), ("name", .string(member.name)),
                ("category", .string(member.category.rawValue)),
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
            RecordEditing.show(pairs, format: invocation.format(Listing.Format.self, default: .table), context: context)
        })
}
