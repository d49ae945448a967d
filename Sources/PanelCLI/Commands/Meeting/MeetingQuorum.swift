import PanelDomain
import PanelStore

enum MeetingQuorum {
    static let command = Command(
        name: "quorum",
        summary: "Whether a meeting is quorate, and why not, for expected and actual attendance.",
        discussion: "The rule comes from Data/panels.ini [quorum] (override in local/panels.ini).",
        arguments: [Argument(name: "MEETING", help: "The meeting's id.")],
        run: { invocation, context in
            let store = CentralListStore(try context.openDatabase())
            let meeting = try MeetingCommand.load(invocation.argument("MEETING"), from: store)
            let policy = try context.policy()
            let panelName = try store.panel(meeting.panel)?.name ?? meeting.panel
            let people = Dictionary(uniqueKeysWithValues: try store.members().map { ($0.id, $0) })
            let attendance = try store.attendance(meeting: meeting.id)
            var lines = [
                "Quorum for \(panelName) on \(meeting.date.long) (\(meeting.id))",
                "Rule: " + describe(policy),
            ]
            if meeting.status == .cancelled { lines.append("This meeting was cancelled: \(meeting.cancelReason ?? "")") }
            let expected = attendance.filter(\.expected).compactMap { people[$0.member] }
            lines += [""] + section("Expected", expected, meeting: meeting, policy: policy)
            if attendance.contains(where: { $0.attended != nil }) {
                let present = attendance.filter { $0.attended == .present }.compactMap { people[$0.member] }
                lines += [""] + section("Actual", present, meeting: meeting, policy: policy)
            } else {
                lines += ["", "Actual: no attendance recorded yet."]
            }
            context.print(lines.joined(separator: "\n"))
        })

    static func describe(_ policy: PanelPolicy) -> String {
        var parts: [String] = []
        if policy.quorumNeedsChairOrViceChair { parts.append("the chair or a vice chair") }
        if policy.quorumQualifiedSocialWorkers > 0 {
            parts.append("at least \(policy.quorumQualifiedSocialWorkers) social worker with \(policy.experienceYears) years' post-qualifying experience")
        }
        if policy.quorumIndependentMembers > 0 { parts.append("at least \(policy.quorumIndependentMembers) independent member") }
        let required = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.first
        return "at least \(policy.quorumMembers) members" + (required.map { ", including \($0)" } ?? "") + "."
    }

    static func section(_ title: String, _ people: [Member], meeting: Meeting, policy: PanelPolicy) -> [String] {
        let quorum = Quorum.evaluate(present: people, panel: meeting.panel, on: meeting.date, policy: policy)
        var lines = ["\(title) (\(people.count) \(people.count == 1 ? "person" : "people")): \(quorum.isQuorate ? "quorate" : "NOT quorate")"]
        lines += quorum.shortfalls.map { "  - \($0)" }
        if !quorum.counted.isEmpty {
            lines.append("  Counted: " + quorum.counted.map { person in
                let role = person.role(on: meeting.panel).flatMap { $0 == .member ? nil : $0.label.lowercased() }
                return person.name + (role.map { " (\($0))" } ?? "")
            }.joined(separator: ", "))
        }
        for (person, reason) in quorum.notCounted { lines.append("  Not counted: \(person.name) \(reason)") }
        return lines
    }
}
