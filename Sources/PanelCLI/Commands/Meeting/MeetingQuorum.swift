import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingQuorum: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "quorum", summary: "Whether a meeting is quorate, and why not, for expected and actual attendance.",
        discussion: "The rule comes from Data/panels.ini [quorum] (override in local/panels.ini).")

    @Argument("MEETING", help: "The meeting's id.") var meeting: String
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let report = try context.workspace(store).quorum(at: meeting)
        let meeting = report.details.meeting
        var lines = ["Quorum for \(report.details.panel?.name ?? meeting.panel) on \(meeting.date.long) (\(meeting.id))", "Rule: " + report.rule]
        if meeting.status == .cancelled { lines.append("This meeting was cancelled: \(meeting.cancelReason ?? "")") }
        lines += [""] + Self.section("Expected", report.expected, panel: meeting.panel)
        if let present = report.present {
            lines += [""] + Self.section("Actual", present, panel: meeting.panel)
        } else {
            lines += ["", "Actual: no attendance recorded yet."]
        }
        context.print(lines.joined(separator: "\n"))
    }

    static func section(_ title: String, _ found: (people: [Member], quorum: Quorum), panel: String) -> [String] {
        let (people, quorum) = found
        var lines = ["\(title) (\(people.count) \(people.count == 1 ? "person" : "people")): \(quorum.isQuorate ? "quorate" : "NOT quorate")"]
        lines += quorum.shortfalls.map { "  - \($0)" }
        if !quorum.counted.isEmpty {
            lines.append("  Counted: " + quorum.counted.map { person in
                let role = person.role(on: panel).flatMap { $0 == .member ? nil : $0.label.lowercased() }
                return person.name + (role.map { " (\($0))" } ?? "")
            }.joined(separator: ", "))
        }
        for (person, reason) in quorum.notCounted { lines.append("  Not counted: \(person.name) \(reason)") }
        return lines
    }
}
