import PanelDomain
import PanelStore

/// What a timeliness listing asks for.
public struct DeadlineQuery: Sendable {
    public var selection: DeadlineSelection
    /// Only this panel's, or this meeting's, items; either means items alone.
    public var panel: String?
    public var meeting: String?

    public init(selection: DeadlineSelection = DeadlineSelection(), panel: String? = nil, meeting: String? = nil) {
        self.selection = selection
        self.panel = panel
        self.meeting = meeting
    }
}

/// One deadline judged for one case, with what a listing shows of the case.
public struct DeadlineRow: Sendable {
    public let check: DeadlineCheck
    public let kind: CaseKind
    public let subject: String
    public let caseRef: String
    public let meeting: String
    public let panelOn: Day?
}

/// A timeliness listing, judged and set aside in the database's temporary storage, read
/// back in listing order as often as asked, inside the snapshot it was made in. What grows
/// with the service's history is on disk, not in memory.
public struct DeadlineListing {
    public let statusCounts: [DeadlineCheck.Status: Int]
    /// The earliest due day in a year the calendar lists no bank holidays for.
    public let firstUncoveredDue: Day?
    let spool: Spool
    /// The rules judged, as judged (amounts in force), by position.
    let rules: [DeadlineRule]

    /// Every row, sorted by due day, then panel day, then case (items in agenda order, then
    /// adopters, children and households), then the rule's place in the rules files.
    public func forEach(_ body: (DeadlineRow) throws -> Void) throws {
        func day(_ ordinal: Int?) -> Day? { ordinal.map(Day.init(ordinal:)) }
        try spool.forEachSorted { row in
            let rule = rules[row.int()!], status = DeadlineCheck.Status.allCases[row.int()!], amount = row.int(), reason = row.text()
            let anchorDay = day(row.int()), dueDay = day(row.int()), eventDay = day(row.int()), kind = CaseKind.allCases[row.int()!]
            let check = DeadlineCheck(rule: rule, subject: row.text(), anchorDay: anchorDay, dueDay: dueDay, eventDay: eventDay,
                                      status: status, amount: amount, reason: reason)
            let caseRef = row.text(), meeting = row.text()
            try body(DeadlineRow(check: check, kind: kind, subject: check.subject, caseRef: caseRef, meeting: meeting, panelOn: day(row.int())))
        }
    }
}

extension Workspace {
    /// Every deadline of the cases `query` asks for, judged on `day`, handed to `use` as a
    /// listing to read in order. Items are read one at a time in agenda order and each
    /// check is set aside as it is judged; SQLite sorts them.
    public func timeliness<T>(_ query: DeadlineQuery, on day: Day, _ use: (DeadlineListing) throws -> T) throws -> T {
        let data = try serviceData()
        var selection = query.selection
        if let rule = selection.rule, data.rules[rule] == nil {
            throw Problems([Problem(field: "rule", message: "no rule '\(rule)'; the rules are \(data.rules.rules.map(\.id).joined(separator: ", "))")],
                           summary: "", cause: .values)
        }
        // A panel or meeting is asked about its items only.
        if query.panel != nil || query.meeting != nil { selection.kinds = [.item] }
        let rulePosition = Dictionary(uniqueKeysWithValues: data.rules.rules.enumerated().map { ($0.element.id, $0.offset) })
        // Taken out of the service's data once: read inside the loops below, each would copy it.
        let calendar = data.calendar
        let rulesByKind = Dictionary(uniqueKeysWithValues: Panel.Kind.allCases.map { ($0, selection.rules(AgendaItem.rules(for: $0, in: data.rules))) })
        let undecided = ItemType.undecided(data.itemTypes)
        // Each rule with the amount in force on the day judged (thresholds changed over time).
        func inForce(_ rules: [DeadlineRule]) -> [DeadlineRule] { selection.rules(rules).map { $0.inForce(on: day) } }
        let journeyRules = (adopter: inForce(Adopter.rules(in: data.rules)), child: inForce(Child.rules(in: data.rules)), carer: inForce(Carer.rules(in: data.rules)))

        return try read { database in
            let spool = try Spool(database, keys: 5)
            // The rules as judged, numbered as they are first seen: items' and journeys'
            // versions of a rule may differ in the amount in force.
            var rules: [DeadlineRule] = [], ruleNumbers: [String: Int] = [:]
            var statusCounts: [DeadlineCheck.Status: Int] = [:]
            var firstUncovered: Day?
            // Cases are sorted by their meeting's day and start time (journeys after every
            // meeting), then by the order they were read in: items meeting by meeting, by
            // the meeting's id, each in agenda order; then adopters, children and households.
            // So meetings of the same day and time come in the order of their ids.
            var subject = 0
            func keep(_ check: DeadlineCheck, kind: CaseKind, caseRef: String, meeting: Meeting?, panelOn: Day?) throws {
                let key = "\(kind == .item ? "item" : "journey")/\(check.rule.id)/\(check.rule.amount)"
                let number = ruleNumbers[key] ?? {
                    rules.append(check.rule)
                    ruleNumbers[key] = rules.count - 1
                    return rules.count - 1
                }()
                statusCounts[check.status, default: 0] += 1
                if let due = check.dueDay, !calendar.covers(due), firstUncovered.map({ due < $0 }) ?? true { firstUncovered = due }
                // An item's panel day is its meeting's day.
                let keys = [check.dueDay?.ordinal ?? .max, panelOn?.ordinal ?? .max, meeting?.startTime.minutes ?? .max, subject, rulePosition[check.rule.id] ?? 0]
                try spool.append(keys: keys) { row in
                    row.int(number)
                    row.int(DeadlineCheck.Status.allCases.firstIndex(of: check.status)!)
                    row.int(check.amount)
                    row.text(check.reason)
                    row.int(check.anchorDay?.ordinal)
                    row.int(check.dueDay?.ordinal)
                    row.int(check.eventDay?.ordinal)
                    row.int(CaseKind.allCases.firstIndex(of: kind)!)
                    row.text(check.subject)
                    row.text(caseRef)
                    row.text(meeting?.id ?? "")
                    row.int(panelOn?.ordinal)
                }
            }
            // A rule asked for that is no panel's: no need to read the items.
            if selection.kinds.contains(.item), rulesByKind.values.contains(where: { !$0.isEmpty }) {
                let central = CentralListStore(database)
                let panels = Dictionary(uniqueKeysWithValues: try central.panels().map { ($0.id, $0) })
                // Items come meeting by meeting, by the meeting's id, and their meetings are
                // read alongside: no meeting is held.
                let meetings = try central.meetingsByID(ids: query.meeting.map { [$0] }, panel: query.panel, from: selection.from, through: selection.through)
                try AgendaStore(database).forEachItemForDeadlines(meeting: query.meeting, panel: query.panel, from: selection.from, through: selection.through) { item in
                    guard let meeting = try meetings.meeting(item.meeting), let panel = panels[meeting.panel] else { return }
                    for check in item.deadlineChecks(meeting: meeting, rules: rulesByKind[panel.kind]!, calendar: calendar, today: day,
                                                     admDecision: !undecided.contains(item.type))
                    where selection.keeps(check) {
                        try keep(check, kind: .item, caseRef: item.caseRef, meeting: meeting, panelOn: meeting.date)
                    }
                    subject += 1
                }
            }
            func add<J: Journey>(_ kind: CaseKind, _ rules: [DeadlineRule], _ forEach: ((J) throws -> Void) throws -> Void, panelOn: @escaping (J) -> Day?) throws {
                // A rule asked for that is not this kind's: no need to read the records.
                guard selection.kinds.contains(kind), !rules.isEmpty else { return }
                try forEach { journey in
                    for check in journey.deadlineChecks(rules: rules, calendar: calendar, today: day) where selection.keepsJourney(check) {
                        try keep(check, kind: kind, caseRef: "", meeting: nil, panelOn: panelOn(journey))
                    }
                    subject += 1
                }
            }
            let journeys = JourneyStore(database)
            try add(.adopter, journeyRules.adopter, { try journeys.forEachAdopter(matches: true, $0) }, panelOn: \.panelOn)
            try add(.child, journeyRules.child, { try journeys.forEachChild($0) }) { _ in nil }
            try add(.carer, journeyRules.carer, { try journeys.forEachCarer($0) }, panelOn: \.panelOn)
            return try use(DeadlineListing(statusCounts: statusCounts, firstUncoveredDue: firstUncovered, spool: spool, rules: rules))
        }
    }

    /// Per rule, the deadlines of a reporting year met, missed, overdue, due and not
    /// applicable, as `TimelinessYear` defines them: the same count as the annual report's
    /// timeliness table. `panel` limits it to one panel's items.
    public func timelinessSummary(year: ReportingYear, panel: String?, kinds: Set<CaseKind>, on day: Day) throws -> [RuleTally] {
        let data = try serviceData()
        return try read { database in
            let central = CentralListStore(database)
            var kinds = kinds
            if panel != nil { kinds = [.item] }
            // Items and journeys are counted one at a time as they are read.
            var counted = RuleTally.Counter()
            if kinds.contains(.item) {
                let panels = try central.panels().filter { panel == nil || $0.id == panel }
                if let panel, panels.isEmpty { throw StorageError.notFound(kind: "panel", id: panel) }
                let meetings = try central.meetings(panels: panels.map(\.id), from: year.first, through: year.last)
                // Each kind of panel's year without its items: its meetings, its chain.
                let chains = Panel.Kind.allCases.compactMap { kind -> PanelBusiness.Chain? in
                    let ids = Set(panels.filter { $0.kind == kind }.map(\.id))
                    guard !ids.isEmpty else { return nil }
                    return PanelBusiness(kind: kind, meetings: meetings.filter { ids.contains($0.panel) }, items: [], itemTypes: data.itemTypes, year: year, asOf: day)
                        .chain(rules: data.rules)
                }
                try AgendaStore(database).forEachItemForDeadlines(panel: panel, from: year.first, through: year.last) { item in
                    for chain in chains where PanelBusiness.count(item, chain, into: &counted, calendar: data.calendar, asOf: day) { break }
                }
            }
            let journeys = JourneyStore(database)
            func count<J: Journey>(_ rules: [DeadlineRule], _ forEach: (_ body: (J) throws -> Void) throws -> Void) throws {
                let rules = rules.map { $0.inForce(on: year.last) }
                try forEach { counted.add(TimelinessYear.journeyChecks($0, year: year, rules: rules, calendar: data.calendar, asOf: day)) }
            }
            if kinds.contains(.adopter) { try count(Adopter.rules(in: data.rules)) { try journeys.forEachAdopter(matches: true, $0) } }
            if kinds.contains(.child) { try count(Child.rules(in: data.rules)) { try journeys.forEachChild($0) } }
            if kinds.contains(.carer) { try count(Carer.rules(in: data.rules)) { try journeys.forEachCarer($0) } }
            // As `TimelinessYear.tallies` counts them, for the annual report.
            return counted.tallies(rules: data.rules.enabledRules)
        }
    }

    /// What falls due in the next `workingDays` working days from `day`.
    public func upcoming(_ query: DeadlineQuery, workingDays: Int, on day: Day) throws -> [DeadlineRow] {
        let until = try serviceData().calendar.adding(workingDays: workingDays, to: day)
        var query = query
        query.selection.statuses = [.due]
        return try timeliness(query, on: day) { listing in
            var rows: [DeadlineRow] = []
            try listing.forEach { row in if row.check.dueDay.map({ $0 <= until }) ?? false { rows.append(row) } }
            return rows
        }
    }
}
