import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "plan", summary: "Create a year's series of meetings from a rule, skipping bank holidays.",
        discussion: """
            Rules read like "2nd and 4th Monday", "1st Tuesday", "last Wednesday",
            "every Thursday". A day that falls on a bank holiday or a local closure is skipped
            and listed, for the administrator to rearrange. Meetings are given ids
            PANEL-YYYY-MM-DD; a meeting already there is left as it is.
              panel meeting plan --panel fostering --year 2024/25 --rule "2nd and 4th Monday"
            """)

    @Option(name: "panel", "ID", help: "The panel.") var panel: String
    @Option(help: "The reporting year, such as 2024/25.") var year: ReportingYear
    @Option(name: "rule", "RULE", help: "Which days, such as \"2nd and 4th Monday\".") var rule: String
    @Option(name: "start-time", help: "Start time (default: the panel's usual time).") var startTime: TimeOfDay?
    @Option(name: "venue", "VENUE", help: "Venue (default: the panel's usual venue).") var venue: String?
    @Flag(help: "Show the series without creating it.") var dryRun: Bool
    @OptionGroup var writer: WriterOptions

    func validate() throws {
        guard MeetingSeries(parsing: rule) != nil else {
            throw CLIError.usage("--rule: \(FieldKind.id(rule, or: "the rule given")) is not understood; write it like \"2nd and 4th Monday\", \"last Wednesday\" or \"every Thursday\"", command: "meeting plan")
        }
    }

    func run(_ context: Context) throws {
        let plan = try context.workspace(writer).planMeetings(panel: panel, year: year, series: MeetingSeries(parsing: rule)!, startTime: startTime, venue: venue, dryRun: dryRun)
        var lines = ["\(dryRun ? "Would plan" : "Planned") \(plan.created) meetings of \(plan.panel.name) for \(year.label) (\(rule)):"]
        lines += plan.days.map { "  \($0.iso)  \($0.long)" }
        if plan.created < plan.days.count { lines.append("\(plan.days.count - plan.created) of these were already planned and are unchanged.") }
        if plan.skipped.isEmpty {
            lines.append("No days skipped.")
        } else {
            lines.append("Skipped \(plan.skipped.count) \(plan.skipped.count == 1 ? "day" : "days") when the service is closed; rearrange these by hand:")
            lines += plan.skipped.map { "  \($0.day.iso)  \($0.day.long)  \($0.name)" }
        }
        context.print(lines.joined(separator: "\n"))
    }
}
