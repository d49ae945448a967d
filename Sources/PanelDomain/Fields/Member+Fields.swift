extension Member {
    /// `panels` and `role` are kept as the member's seats: `role` is one role for every
    /// panel listed, or one per panel in the same order.
    public static let fields = FieldTable<Member>(
        name: "members",
        fields: [
            .identifier("id", \.id),
            .text("name", \.name),
            Field("category", .choice(Category.allCases.map(\.rawValue)), column: "category", get: { .text($0.category.rawValue) }) { member, value in
                guard let category = Category(rawValue: value.text) else { return "holds a value this version does not know" }
                member.category = category
                return nil
            },
            // Both are read together once every field is (`finish`), since each needs the other.
            Field("panels", .list, column: nil, get: { .texts($0.memberships.map(\.panel)) }) { _, _ in nil },
            Field("role", .list, column: nil, get: { member in
                let roles = member.memberships.map(\.role.rawValue)
                return .texts(Set(roles).count <= 1 ? Array(roles.prefix(1)) : roles)
            }) { _, _ in nil },
            .flag("independent", \.independent),
            .day("qualified_on", \.qualifiedOn),
            .day("joined_on", \.joinedOn),
            .day("left_on", \.leftOn),
            .day("notice_on", \.noticeOn),
            .day("appraised_on", \.appraisedOn),
            .day("dbs_on", \.dbsOn),
        ],
        required: ["id", "name", "category"],
        blank: { Member(id: "", name: "", category: .other) },
        finish: { member, given, _ in
            var problems: [Problem] = []
            func list(_ field: String) -> [String] {
                (given(field) ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let panels = list("panels")
            var roles: [Role] = []
            for text in list("role") {
                guard let role = Role(rawValue: text) else {
                    problems.append(Problem(field: "role", message: FieldKind.quoted(text, if: FieldKind.codeCharacters) + "is not one of chair, vice-chair, member"))
                    continue
                }
                roles.append(role)
            }
            if roles.isEmpty { roles = [.member] }
            if roles.count != 1 && roles.count != panels.count {
                problems.append(Problem(field: "role", message: "gives \(roles.count) roles for \(panels.count) panels; give one role, or one for each panel"))
            }
            if Set(panels).count != panels.count { problems.append(Problem(field: "panels", message: "names a panel twice")) }
            member.memberships = panels.enumerated().map { index, panel in
                Membership(panel: panel, role: roles.count == 1 ? roles[0] : index < roles.count ? roles[index] : .member)
            }
            return problems + member.seatProblems
        })
}
