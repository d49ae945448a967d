import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

enum TimelinessCommand {
    static let statuses = DeadlineCheck.Status.allCases.map(\.rawValue)

    static let command = Command(
        name: "timeliness",
        summary: "Every deadline of every agenda item: met, missed, due, overdue or not applicable.",
        discussion: """
            One row for each item and rule, sorted by due day. Every rule comes from the rules
            files (panel rules list); the papers rule is checked both ways the sources use, 7
            calendar days (D1, local) and 5 working days (D1a, NMS floor).
              panel timeliness --status overdue,due --format csv
              panel timeliness --as-of 2023-05-12 --rule D3
              panel timeliness --fail-on overdue     (exit 1 when anything is overdue)
            """,
        options: [
            Option(name: "as-of", value: "DAY", help: "The day to judge on (default: today), to replay the past."),
            Option(name: "panel", value: "ID", help: "Only this panel's items."),
            Option(name: "meeting", value: "ID", help: "Only this meeting's items."),
            Option(name: "from", value: "DAY", help: "Only items at meetings on or after this day."),
            Option(name: "to", value: "DAY", help: "Only items at meetings on or before this day."),
            Option(name: "status", value: "LIST", help: "Only these statuses, comma-separated: \(statuses.joined(separator: ", "))."),
            Option(name: "rule", value: "ID", help: "Only this rule."),
            Option(name: "fail-on", value: "STATUS", help: "Exit 1 when any row has this status (such as overdue).", choices: statuses),
            .format(), .noHeaders,
        ],
        subcommands: [TimelinessSummary.command, TimelinessUpcoming.command],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            var wanted = Set(DeadlineCheck.Status.allCases)
            if let list = invocation.option("status") {
                wanted = []
                for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    guard let status = DeadlineCheck.Status(rawValue: name) else {
                        throw invocation.usageError("--status: '\(name)' is not one of \(statuses.joined(separator: ", "))")
                    }
                    wanted.insert(status)
                }
            }
            let rows = try checks(invocation, context: context, on: day).filter { wanted.contains($0.check.status) }
            context.print(listing(rows), invocation)
            if let failOn = invocation.option("fail-on"), rows.contains(where: { $0.check.status.rawValue == failOn }) {
                let count = rows.filter { $0.check.status.rawValue == failOn }.count
                throw ProblemsFound(summary: "\(count) \(count == 1 ? "deadline is" : "deadlines are") \(failOn)")
            }
        })

    /// A check with the item and meeting it was made on, for printing.
    struct Row {
        let check: DeadlineCheck
        let item: String
        let caseRef: String
        let meeting: String
        let panelOn: Day
    }

    /// Every (item, rule) judged on `day`, within the command line's filters, by due day.
    static func checks(_ invocation: Invocation, context: Context, on day: Day, from: Day? = nil, through: Day? = nil) throws -> [Row] {
        let database = try context.openDatabase()
        let central = CentralListStore(database)
        let data = try context.serviceData()
        let onlyRule = invocation.option("rule")
        if let onlyRule, data.rules[onlyRule] == nil {
            throw invocation.usageError("--rule: no rule '\(onlyRule)'; the rules are \(data.rules.rules.map(\.id).joined(separator: ", "))")
        }
        let panels = Dictionary(uniqueKeysWithValues: try central.panels().map { ($0.id, $0) })
        let meetings = Dictionary(uniqueKeysWithValues: try central.meetings().map { ($0.id, $0) })
        let items = try AgendaStore(database).items(
            meeting: invocation.option("meeting"), panel: invocation.option("panel"),
            from: try invocation.dayOption("from") ?? from, through: try invocation.dayOption("to") ?? through)
        // Worked out once, not per item: the rules for each kind of panel, and their order.
        let rulesByKind = Dictionary(uniqueKeysWithValues: Panel.Kind.allCases.map { kind in
            (kind, AgendaItem.rules(for: kind, in: data.rules).filter { rule in onlyRule.map { $0 == rule.id } ?? true })
        })
        let ruleOrder = Dictionary(uniqueKeysWithValues: data.rules.rules.enumerated().map { ($0.element.id, $0.offset) })
        // Rows refer to items by position, and are sorted by integer keys, so that 100,000
        // items make neither 800,000 copies of an item nor string comparisons in the sort.
        var found: [(check: DeadlineCheck, item: Int, key: (Int, Int, Int, Int))] = []
        for (index, item) in items.enumerated() {
            guard let meeting = meetings[item.meeting], let panel = panels[meeting.panel] else { continue }
            for check in item.deadlineChecks(meeting: meeting, rules: rulesByKind[panel.kind]!, calendar: data.calendar, today: day) {
                found.append((check, index, (check.dueDay?.ordinal ?? .max, meeting.date.ordinal, index, ruleOrder[check.rule.id] ?? 0)))
            }
        }
        found.sort { $0.key < $1.key }
        return found.map { entry in
            let item = items[entry.item]
            return Row(check: entry.check, item: item.id, caseRef: item.caseRef, meeting: item.meeting, panelOn: Day(ordinal: entry.key.1))
        }
    }

    static func listing(_ rows: [Row]) -> Listing {
        Listing(
            columns: ["due_on", "status", "detail", "rule", "title", "item", "case_ref", "meeting", "panel_on", "anchor_on", "event_on"],
            rows: rows.map { row in
                [DataValue(row.check.dueDay?.iso), .string(row.check.status.rawValue), .string(row.check.detail),
                 .string(row.check.rule.id), .string(row.check.rule.title), .string(row.item), .string(row.caseRef),
                 .string(row.meeting), .string(row.panelOn.iso), DataValue(row.check.anchorDay?.iso), DataValue(row.check.eventDay?.iso)]
            })
    }
}
