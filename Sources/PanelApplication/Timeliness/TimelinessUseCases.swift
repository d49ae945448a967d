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

/// The rows of a listing in order, each made when it is asked for from its check and its
/// case, so that three million are neither copied to be sorted nor held twice.
public struct DeadlineRows: RandomAccessCollection, Sendable {
    struct Case: Sendable {
        let kind: CaseKind
        let id: String
        let caseRef: String
        let meeting: String
        let panelOn: Day?
    }

    let checks: [DeadlineCheck]
    let caseOf: [Int32]
    let cases: [Case]
    let order: [Int32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }

    public subscript(position: Int) -> DeadlineRow {
        let index = Int(order[position])
        let found = cases[Int(caseOf[index])]
        return DeadlineRow(check: checks[index], kind: found.kind, subject: found.id, caseRef: found.caseRef, meeting: found.meeting, panelOn: found.panelOn)
    }
}

extension Workspace {
    /// Every deadline of the cases `query` asks for, judged on `day`, in listing order.
    public func timeliness(_ query: DeadlineQuery, on day: Day) throws -> DeadlineRows {
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

        // Checks refer to their case by position and are sorted by integer keys, so that
        // 100,000 items make neither 800,000 copies of an item nor string comparisons.
        var cases: [DeadlineRows.Case] = []
        var found: [DeadlineCheck] = [], caseOf: [Int32] = [], places: [DeadlineSelection.Place] = []
        func keep(_ check: DeadlineCheck, panelOn: Day?) {
            found.append(check)
            caseOf.append(Int32(cases.count - 1))
            places.append(DeadlineSelection.Place(check: check, panelOn: panelOn, subject: cases.count - 1, rulePosition: rulePosition[check.rule.id] ?? 0))
        }
        try read { database in
            if selection.kinds.contains(.item) {
                let central = CentralListStore(database)
                let panels = Dictionary(uniqueKeysWithValues: try central.panels().map { ($0.id, $0) })
                let meetings = Dictionary(uniqueKeysWithValues: try central.meetings(
                    ids: query.meeting.map { [$0] }, panel: query.panel, from: selection.from, through: selection.through).map { ($0.id, $0) })
                let items = try AgendaStore(database).items(meeting: query.meeting, panel: query.panel, from: selection.from, through: selection.through)
                cases.reserveCapacity(items.count)
                for item in items {
                    guard let meeting = meetings[item.meeting], let panel = panels[meeting.panel] else { continue }
                    cases.append(.init(kind: .item, id: item.id, caseRef: item.caseRef, meeting: item.meeting, panelOn: meeting.date))
                    for check in item.deadlineChecks(meeting: meeting, rules: rulesByKind[panel.kind]!, calendar: calendar, today: day,
                                                     admDecision: !undecided.contains(item.type))
                    where selection.keeps(check) {
                        keep(check, panelOn: meeting.date)
                    }
                }
            }
            func add<J: Journey>(_ kind: CaseKind, _ rules: [DeadlineRule], _ load: () throws -> [J], panelOn: (J) -> Day?) throws {
                // A rule asked for that is not this kind's: no need to read the records.
                guard selection.kinds.contains(kind), !rules.isEmpty else { return }
                for journey in try load() {
                    cases.append(.init(kind: kind, id: journey.id, caseRef: "", meeting: "", panelOn: panelOn(journey)))
                    for check in journey.deadlineChecks(rules: rules, calendar: calendar, today: day) where selection.keepsJourney(check) {
                        keep(check, panelOn: panelOn(journey))
                    }
                }
            }
            let journeys = JourneyStore(database)
            try add(.adopter, journeyRules.adopter, { try journeys.adopters(matches: true) }, panelOn: \.panelOn)
            try add(.child, journeyRules.child, { try journeys.children() }) { _ in nil }
            try add(.carer, journeyRules.carer, { try journeys.carers() }, panelOn: \.panelOn)
        }
        let order = (0..<Int32(found.count)).sorted { (a: Int32, b: Int32) -> Bool in
            let first = places[Int(a)], second = places[Int(b)]
            return first == second ? a < b : first < second
        }
        return DeadlineRows(checks: found, caseOf: caseOf, cases: cases, order: order)
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
            var business: [PanelBusiness] = []
            if kinds.contains(.item) {
                let panels = try central.panels().filter { panel == nil || $0.id == panel }
                if let panel, panels.isEmpty { throw StorageError.notFound(kind: "panel", id: panel) }
                let meetings = try central.meetings(panels: panels.map(\.id), from: year.first, through: year.last)
                let items = try AgendaStore(database).items(panels: panels.map(\.id), from: year.first, through: year.last)
                for kind in Panel.Kind.allCases {
                    let ids = Set(panels.filter { $0.kind == kind }.map(\.id))
                    guard !ids.isEmpty else { continue }
                    business.append(PanelBusiness(kind: kind, meetings: meetings.filter { ids.contains($0.panel) }, items: items, itemTypes: data.itemTypes, year: year, asOf: day))
                }
            }
            let journeys = JourneyStore(database)
            var checks: [DeadlineCheck] = []
            func inForce(_ rules: [DeadlineRule]) -> [DeadlineRule] { rules.map { $0.inForce(on: year.last) } }
            if kinds.contains(.adopter) { checks += TimelinessYear.journeyChecks(try journeys.adopters(matches: true), year: year, rules: inForce(Adopter.rules(in: data.rules)), calendar: data.calendar, asOf: day) }
            if kinds.contains(.child) { checks += TimelinessYear.journeyChecks(try journeys.children(), year: year, rules: inForce(Child.rules(in: data.rules)), calendar: data.calendar, asOf: day) }
            if kinds.contains(.carer) { checks += TimelinessYear.journeyChecks(try journeys.carers(), year: year, rules: inForce(Carer.rules(in: data.rules)), calendar: data.calendar, asOf: day) }
            return TimelinessYear.tallies(business: business, journeyChecks: checks, rules: data.rules, calendar: data.calendar, asOf: day)
        }
    }

    /// What falls due in the next `workingDays` working days from `day`.
    public func upcoming(_ query: DeadlineQuery, workingDays: Int, on day: Day) throws -> [DeadlineRow] {
        let until = try serviceData().calendar.adding(workingDays: workingDays, to: day)
        var query = query
        query.selection.statuses = [.due]
        return try timeliness(query, on: day).filter { $0.check.dueDay.map { $0 <= until } ?? false }
    }
}
