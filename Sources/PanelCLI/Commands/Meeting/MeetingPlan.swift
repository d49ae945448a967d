import PanelDomain
import PanelStore

enum MeetingPlan {
    static let command = Command(
        name: "plan",
        summary: "Create a year's series of meetings from a rule, skipping bank holidays.",
        discussion: """
            Rules read like "2nd and 4th Monday", "1st Tuesday", "last Wednesday",
            "every Thursday". A day that falls on a bank holiday or a local closure is skipped
            and listed, for the administrator to rearrange. Meetings are given ids
            PANEL-YYYY-MM-DD; a meeting already there is left as it is.
              panel meeting plan --panel fostering --year 2024/25 --rule "2nd and 4th Monday"
            """,
        options: [
            Option(name: "panel", value: "ID", help: "The panel (required)."),
            Option(name: "year", value: "YYYY/YY", help: "The reporting year, such as 2024/25 (required)."),
            Option(name: "rule", value: "RULE", help: "Which days, such as \"2nd and 4th Monday\" (required)."),
            Option(name: "start-time", value: "HH:MM", help: "Start time (default: the panel's usual time)."),
            Option(name: "venue", value: "VENUE", help: "Venue (default: the panel's usual venue)."),
            Option(name: "dry-run", value: nil, help: "Show the series without creating it."),
        ],
        run: { invocation, context in
            guard let panelID = invocation.option("panel") else { throw invocation.usageError("--panel is required") }
            guard let year = try invocation.reportingYearOption() else { throw invocation.usageError("--year is required, such as 2024/25") }
            guard let ruleText = invocation.option("rule") else { throw invocation.usageError("--rule is required, such as \"2nd and 4th Monday\"") }
            guard let series = MeetingSeries(parsing: ruleText) else {
                throw invocation.usageError("--rule: '\(ruleText)' is not understood; write it like \"2nd and 4th Monday\", \"last Wednesday\" or \"every Thursday\"")
            }
            var start: TimeOfDay?
            if let text = invocation.option("start-time") {
                guard let time = TimeOfDay(parsing: text) else { throw invocation.usageError("--start-time: '\(text)' is not a time; write HH:MM") }
                start = time
            }
            let database = try context.openDatabase()
            let store = CentralListStore(database)
            guard let panel = try store.panel(panelID) else { throw StorageError.notFound(kind: "panel", id: panelID) }
            let (days, skipped) = series.days(from: year.first, through: year.last, calendar: try context.serviceData().calendar)
            var created = 0
            let dryRun = invocation.flag("dry-run")
            try database.transaction {
                for day in days {
                    let meeting = Meeting(id: "\(panel.id)-\(day.iso)", panel: panel.id, date: day, startTime: start ?? panel.startTime, venue: invocation.option("venue") ?? panel.venue)
                    if try store.meeting(meeting.id) != nil { continue }
                    if !dryRun { try store.save(meeting) }
                    created += 1
                }
            }
            let verb = dryRun ? "Would plan" : "Planned"
            var lines = ["\(verb) \(created) meetings of \(panel.name) for \(year.label) (\(ruleText)):"]
            lines += days.map { "  \($0.iso)  \($0.long)" }
            if created < days.count { lines.append("\(days.count - created) of these were already planned and are unchanged.") }
            if skipped.isEmpty {
                lines.append("No days skipped.")
            } else {
                lines.append("Skipped \(skipped.count) \(skipped.count == 1 ? "day" : "days") when the service is closed; rearrange these by hand:")
                lines += skipped.map { "  \($0.day.iso)  \($0.day.long)  \($0.name)" }
            }
            context.print(lines.joined(separator: "\n"))
        })
}
