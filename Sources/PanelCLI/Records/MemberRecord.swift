import PanelDomain

enum MemberRecord {
    static let kind = RecordKind<Member>(
        name: "members",
        columns: ["id", "name", "category", "panels", "role", "independent", "qualified_on", "joined_on", "left_on", "notice_on", "appraised_on", "dbs_on"],
        required: ["id", "name", "category"],
        decode: { fields, _ in decode(&fields) },
        encode: { member in
            let roles = member.memberships.map(\.role.rawValue)
            return [
                member.id, member.name, member.category.rawValue, member.memberships.map(\.panel).joined(separator: ";"),
                Set(roles).count <= 1 ? (roles.first ?? "") : roles.joined(separator: ";"), member.independent.yesNo,
                member.qualifiedOn?.iso ?? "", member.joinedOn?.iso ?? "", member.leftOn?.iso ?? "",
                member.noticeOn?.iso ?? "", member.appraisedOn?.iso ?? "", member.dbsOn?.iso ?? "",
            ]
        })

    /// `role` is one role for every panel listed, or one per panel in the same order.
    private static func decode(_ fields: inout FieldReader) -> Member? {
        let id = fields.identifier("id")
        let name = fields.required("name")
        let category = fields.required("category") != nil ? fields.choice("category", Member.Category.self) : nil
        let panels = fields.list("panels")
        var roles: [Member.Role] = []
        for text in fields.list("role") {
            guard let role = Member.Role(rawValue: text) else {
                fields.problem("role", "'\(text)' is not one of chair, vice-chair, member")
                continue
            }
            roles.append(role)
        }
        if roles.isEmpty { roles = [.member] }
        if roles.count != 1 && roles.count != panels.count {
            fields.problem("role", "gives \(roles.count) roles for \(panels.count) panels; give one role, or one for each panel")
        }
        if Set(panels).count != panels.count { fields.problem("panels", "names a panel twice") }
        let independent = fields.yesNo("independent") ?? false
        let qualified = fields.day("qualified_on"), joined = fields.day("joined_on"), left = fields.day("left_on")
        let notice = fields.day("notice_on"), appraised = fields.day("appraised_on"), dbs = fields.day("dbs_on")
        if let joined, let left, left < joined { fields.problem("left_on", "\(left.iso) is before joined_on \(joined.iso)") }
        if let category, !category.isMember, roles.contains(where: { $0 != .member }) {
            fields.problem("role", "a \(category.label.lowercased()) is not a member and cannot be chair or vice chair")
        }
        guard let id, let name, let category, fields.problems.isEmpty else { return nil }
        let memberships = panels.enumerated().map { index, panel in
            Member.Membership(panel: panel, role: roles.count == 1 ? roles[0] : roles[index])
        }
        return Member(
            id: id, name: name, category: category, memberships: memberships, independent: independent,
            qualifiedOn: qualified, joinedOn: joined, leftOn: left, noticeOn: notice, appraisedOn: appraised, dbsOn: dbs)
    }

    /// Checks members against the rest of the list: their panels exist, an independent
    /// panel's chair is independent, and no panel has too many vice chairs at once.
    /// `incoming` are the new or changed members, each with how to locate a problem with it.
    static func check(
        _ incoming: [(member: Member, locate: (String) -> String)], existing: [Member], panels: [Panel], policy: PanelPolicy
    ) -> [String] {
        var problems: [String] = []
        let panelIDs = Set(panels.map(\.id))
        for (member, locate) in incoming {
            for seat in member.memberships {
                guard let panel = panels.first(where: { $0.id == seat.panel }) else {
                    let known = panelIDs.isEmpty ? "there are no panels yet; add one with 'panel panel add'" : "the panels are " + panelIDs.sorted().joined(separator: ", ")
                    problems.append("\(locate("panels")): no panel '\(seat.panel)'; \(known)")
                    continue
                }
                if seat.role == .chair && panel.independentChair && !member.independent {
                    problems.append("\(locate("independent")): \(member.name) chairs \(panel.name), whose chair must be independent; set independent to yes")
                }
            }
        }
        let incomingIDs = Set(incoming.map(\.member.id))
        let merged = existing.filter { !incomingIDs.contains($0.id) } + incoming.map(\.member)
        for panel in panels {
            guard let excess = CentralList.viceChairExcess(merged, panel: panel.id, policy: policy) else { continue }
            let culprit = incoming.last { entry in excess.members.contains { $0.id == entry.member.id } }
            guard let culprit else { continue }
            let when = excess.day.map { " from \($0.iso)" } ?? ""
            problems.append("\(culprit.locate("role")): \(panel.name) would have \(excess.members.count) vice chairs\(when) (\(excess.members.map(\.name).joined(separator: ", "))); at most \(policy.maximumViceChairs) are allowed")
        }
        return problems
    }
}
