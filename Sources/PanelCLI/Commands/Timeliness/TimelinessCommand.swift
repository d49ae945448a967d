import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

enum TimelinessCommand {
    static let statuses = DeadlineCheck.Status.allCases.map(\.rawValue)

    static let command = Command(
        name: "timeliness",
        summary: "Every deadline of every agenda item, adopter, child and household: met, missed, due, overdue or not applicable.",
        discussion: """
            One row for each case and rule, sorted by due day: agenda items (the decision
            chain), adopters (D8 to D13), children (A1, A10, A2, A12) and fostering households
            (D7, D10, D11, D14, D15, D15a). Every rule comes from the rules
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
            Option(name: "kind", value: "LIST", help: "Only these kinds of case, comma-separated: \(kinds.joined(separator: ", ")) (default: all)."),
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
            let rows = try checks(invocation, context: context, on: day, statuses: wanted)
            context.print(listing(rows), invocation)
            if let failOn = invocation.option("fail-on"), rows.contains(where: { $0.check.status.rawValue == failOn }) {
                let count = rows.count(where: { $0.check.status.rawValue == failOn })
                throw ProblemsFound(summary: "\(count) \(count == 1 ? "deadline is" : "deadlines are") \(failOn)")
            }
        })

    /// A check with what it was made on: an agenda item (with its meeting), or an adopter,
    /// child or fostering household.
    struct Row: Sendable {
        let check: DeadlineCheck
        let kind: String
        let subject: String
        let caseRef: String
        let meeting: String
        let panelOn: Day?
    }

    /// What a check was made on.
    struct Subject: Sendable {
        let kind: String
        let id: String
        let caseRef: String
        let meeting: String
        let panelOn: Day?
    }

    /// The rows in order, each made when it is asked for from its check and its subject, so
    /// that three million are neither copied to be sorted nor held twice.
    struct Rows: RandomAccessCollection, Sendable {
        let checks: [DeadlineCheck]
        let subjectOf: [Int32]
        let subjects: [Subject]
        let order: [Int32]

        var startIndex: Int { 0 }
        var endIndex: Int { order.count }

        subscript(position: Int) -> Row {
            let index = Int(order[position])
            let subject = subjects[Int(subjectOf[index])]
            return Row(check: checks[index], kind: subject.kind, subject: subject.id, caseRef: subject.caseRef, meeting: subject.meeting, panelOn: subject.panelOn)
        }
    }

    static let kinds = ["item", "adopter", "child", "carer"]

    /// Every (subject, rule) judged on `day`, within the command line's filters and of the
    /// `statuses` given, by due day. Items count in a span of days by their meeting's day;
    /// journeys by the day a deadline was met or missed, or fell due when it is still open.
    static func checks(_ invocation: Invocation, context: Context, on day: Day, from: Day? = nil, through: Day? = nil,
                       statuses: Set<DeadlineCheck.Status> = Set(DeadlineCheck.Status.allCases)) throws -> Rows {
        let database = try context.openDatabase()
        let central = CentralListStore(database)
        let data = try context.serviceData()
        let onlyRule = invocation.option("rule")
        if let onlyRule, data.rules[onlyRule] == nil {
            throw invocation.usageError("--rule: no rule '\(onlyRule)'; the rules are \(data.rules.rules.map(\.id).joined(separator: ", "))")
        }
        var wanted = Set(kinds)
        if let list = invocation.option("kind") {
            wanted = Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if let unknown = wanted.first(where: { !kinds.contains($0) }) {
                throw invocation.usageError("--kind: '\(unknown)' is not one of \(kinds.joined(separator: ", "))")
            }
        }
        // A panel or meeting is asked about its items only.
        if invocation.option("panel") != nil || invocation.option("meeting") != nil { wanted = ["item"] }
        let first = try invocation.dayOption("from") ?? from, last = try invocation.dayOption("to") ?? through
        func chosen(_ rules: [DeadlineRule]) -> [DeadlineRule] { rules.filter { rule in onlyRule.map { $0 == rule.id } ?? true } }
        let ruleOrder = Dictionary(uniqueKeysWithValues: data.rules.rules.enumerated().map { ($0.element.id, $0.offset) })

        // Checks refer to their subject by position and are sorted by integer keys, so that
        // 100,000 items make neither 800,000 copies of an item nor string comparisons.
        var subjects: [Subject] = []
        var found: [DeadlineCheck] = [], subjectOf: [Int32] = [], keys: [(Int, Int, Int, Int)] = []
        func keep(_ check: DeadlineCheck, subject: Int, panelOn: Day?) {
            guard statuses.contains(check.status) else { return }
            found.append(check)
            subjectOf.append(Int32(subject))
            keys.append((check.dueDay?.ordinal ?? .max, panelOn?.ordinal ?? .max, subject, ruleOrder[check.rule.id] ?? 0))
        }
        if wanted.contains("item") {
            let panels = Dictionary(uniqueKeysWithValues: try central.panels().map { ($0.id, $0) })
            // The meetings the items are read from, and no others.
            let meetings = Dictionary(uniqueKeysWithValues: try central.meetings(
                ids: invocation.option("meeting").map { [$0] }, panel: invocation.option("panel"), from: first, through: last).map { ($0.id, $0) })
            let items = try AgendaStore(database).items(meeting: invocation.option("meeting"), panel: invocation.option("panel"), from: first, through: last)
            let rulesByKind = Dictionary(uniqueKeysWithValues: Panel.Kind.allCases.map { ($0, chosen(AgendaItem.rules(for: $0, in: data.rules))) })
            subjects.reserveCapacity(items.count)
            for item in items {
                guard let meeting = meetings[item.meeting], let panel = panels[meeting.panel] else { continue }
                let index = subjects.count
                subjects.append(Subject(kind: "item", id: item.id, caseRef: item.caseRef, meeting: item.meeting, panelOn: meeting.date))
                for check in item.deadlineChecks(meeting: meeting, rules: rulesByKind[panel.kind]!, calendar: data.calendar, today: day) {
                    keep(check, subject: index, panelOn: meeting.date)
                }
            }
        }
        func add<J: Journey>(_ kind: String, _ load: () throws -> [J], panelOn: (J) -> Day?) throws {
            let rules = chosen(J.rules(in: data.rules))
            // A rule asked for that is not this kind's: no need to read the records.
            guard wanted.contains(kind), !rules.isEmpty else { return }
            for journey in try load() {
                let index = subjects.count
                subjects.append(Subject(kind: kind, id: journey.id, caseRef: "", meeting: "", panelOn: panelOn(journey)))
                for check in journey.deadlineChecks(rules: rules, calendar: data.calendar, today: day) {
                    if first != nil || last != nil {
                        guard let settled = check.eventDay ?? check.dueDay, first.map({ settled >= $0 }) ?? true, last.map({ settled <= $0 }) ?? true else { continue }
                    }
                    keep(check, subject: index, panelOn: panelOn(journey))
                }
            }
        }
        let journeys = JourneyStore(database)
        try add("adopter", { try journeys.adopters() }, panelOn: \.panelOn)
        try add("child", { try journeys.children() }) { _ in nil }
        try add("carer", { try journeys.carers() }, panelOn: \.panelOn)
        let order = (0..<Int32(found.count)).sorted { (a: Int32, b: Int32) -> Bool in
            let first = keys[Int(a)], second = keys[Int(b)]
            return first == second ? a < b : first < second
        }
        return Rows(checks: found, subjectOf: subjectOf, subjects: subjects, order: order)
    }

    static func listing<R: RandomAccessCollection<Row> & Sendable>(_ rows: R) -> Listing where R.Index == Int {
        Listing(
            columns: ["due_on", "status", "detail", "rule", "title", "kind", "subject", "case_ref", "meeting", "panel_on", "anchor_on", "event_on"],
            count: rows.count) { index in
                let row = rows[rows.startIndex + index]
                return [DataValue(row.check.dueDay?.iso), .string(row.check.status.rawValue), .string(row.check.detail),
                        .string(row.check.rule.id), .string(row.check.rule.title), .string(row.kind), .string(row.subject),
                        .string(row.caseRef), .string(row.meeting), DataValue(row.panelOn?.iso), DataValue(row.check.anchorDay?.iso), DataValue(row.check.eventDay?.iso)]
            }
    }
}
