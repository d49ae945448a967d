import Mustache
import PanelDomain

/// Everything an annual report is computed from: the service's records and data files.
public struct ServiceRecords: Sendable {
    public var serviceName: String
    public var panels: [Panel]
    public var members: [Member]
    public var meetings: [Meeting]
    public var items: [AgendaItem]
    public var adopters: [Adopter]
    public var children: [Child]
    public var carers: [Carer]
    public var itemTypes: [ItemType]
    public var rules: RuleBook
    public var calendar: WorkingCalendar
    public var policy: PanelPolicy

    public init(serviceName: String, panels: [Panel], members: [Member], meetings: [Meeting], items: [AgendaItem], adopters: [Adopter],
                children: [Child], carers: [Carer], itemTypes: [ItemType], rules: RuleBook, calendar: WorkingCalendar, policy: PanelPolicy) {
        self.serviceName = serviceName
        self.panels = panels
        self.members = members
        self.meetings = meetings
        self.items = items
        self.adopters = adopters
        self.children = children
        self.carers = carers
        self.itemTypes = itemTypes
        self.rules = rules
        self.calendar = calendar
        self.policy = policy
    }
}

/// The tables of the fostering or adoption annual report (DOMAIN.md section 6), each with
/// the previous year beside it where that makes sense, computed from records only.
public enum AnnualReport {
    public enum Service: String, CaseIterable, Sendable {
        case fostering, adoption

        /// The panels whose business the report shows: long-term matching is for children
        /// in foster care, so it goes with fostering.
        public var panelKinds: [Panel.Kind] { self == .fostering ? [.fostering, .longTermMatching] : [.adoption] }
    }

    public static func tables(_ service: Service, records: ServiceRecords, year: ReportingYear, asOf: Day,
                              conversionBase: FosteringYear.ConversionBase = .enquiries) -> [ReportTable] {
        switch service {
        case .fostering:
            var tables = centralList(records, kind: .fostering, year: year)
            tables += business(records, kind: .fostering, year: year, asOf: asOf, prefix: "")
            tables += fostering(records, year: year, conversionBase: conversionBase)
            if records.panels.contains(where: { $0.kind == .longTermMatching }) {
                tables += business(records, kind: .longTermMatching, year: year, asOf: asOf, prefix: "long-term-matching-")
            }
            return tables
        case .adoption:
            return adoption(records, year: year) + centralList(records, kind: .adoption, year: year)
                + business(records, kind: .adoption, year: year, asOf: asOf, prefix: "")
        }
    }

    /// What the report templates receive.
    public static func data(_ service: Service, tables: [ReportTable], records: ServiceRecords, year: ReportingYear, asOf: Day, charts: Bool) -> DataValue {
        .object([
            ("service", .string(records.serviceName)),
            // Aggregate figures for publication: no protective marking on its pages.
            ("marking", .string("")),
            ("title", .string("\(service == .fostering ? "Fostering" : "Adoption") panel annual report \(year.label)")),
            ("year", .string(year.label)),
            ("previous_year", .string(year.previous.label)),
            ("period", .string("\(year.first.long) to \(year.last.long)")),
            ("made_on", .string(asOf.long)),
            ("tables", .list(tables.map { $0.data(svg: charts) })),
        ])
    }

    // MARK: Both services

    static func centralList(_ records: ServiceRecords, kind: Panel.Kind, year: ReportingYear) -> [ReportTable] {
        let panels = records.panels.filter { $0.kind == kind }.map(\.id)
        // Advisers and minute takers sit with the panel but are not members of it.
        func seated(on day: Day) -> [(Member, String)] {
            CentralList.seated(records.members, on: panels, day: day).map { ($0.member, $0.member.category.isMember ? $0.role.label : "Adviser, not a member") }
        }
        let now = seated(on: year.last), before = seated(on: year.previous.last)
        let list = ReportTable(
            id: "central-list", title: "Central list on \(year.last.long)", columns: ["Name", "Category", "Role", "Joined"],
            rows: now.map { member, role in [member.name, member.category.label, role, member.joinedOn?.iso ?? ""] }, dayColumns: [3],
            notes: ["Everyone on the central list of the \(kind.rawValue.replacingOccurrences(of: "-", with: " ")) panel on the year's last day, with their role."])
        let categories = Member.Category.allCases.filter { category in (now + before).contains { $0.0.category == category } }
        let counts = ReportTable(
            id: "central-list-by-category", title: "Central list by category", columns: ["Category", year.label, year.previous.label],
            rows: categories.map { category in
                [category.label, String(now.count(where: { $0.0.category == category })), String(before.count(where: { $0.0.category == category }))]
            } + [["All", String(now.count), String(before.count)]],
            notes: ["People on the central list on 31 March of each year, by category."])
        return [list, counts]
    }

    static func business(_ records: ServiceRecords, kind: Panel.Kind, year: ReportingYear, asOf: Day, prefix: String) -> [ReportTable] {
        let panelIDs = Set(records.panels.filter { $0.kind == kind }.map(\.id))
        let meetings = records.meetings.filter { panelIDs.contains($0.panel) }
        // PanelBusiness keeps only the items of these meetings, so all are passed uncopied.
        let now = PanelBusiness(kind: kind, meetings: meetings, items: records.items, itemTypes: records.itemTypes, year: year, asOf: asOf)
        let before = PanelBusiness(kind: kind, meetings: meetings, items: records.items, itemTypes: records.itemTypes, year: year.previous, asOf: asOf)
        let name = kind == .longTermMatching ? "Long-term matching panel" : kind == .fostering ? "Fostering panel" : "Adoption panel"
        let years = [year.label, year.previous.label]

        let business = ReportTable(
            id: prefix + "panel-business", title: "\(name) business", columns: ["Figure"] + years,
            rows: [
                ["Panels convened", String(now.convened.count), String(before.convened.count)],
                ["Panels cancelled", String(now.cancelled.count), String(before.cancelled.count)],
                ["Agenda items", String(now.items.count), String(before.items.count)],
                ["Average items per convened panel", now.averageItems.map(String.init) ?? "none", before.averageItems.map(String.init) ?? "none"],
            ],
            notes: [
                "Panels convened: meetings held in the year (a planned meeting counts once its day has passed). Cancelled: meetings called off, with their reasons below.",
                "Agenda items: cases considered at convened panels, less those withdrawn before the panel.",
                "Average: agenda items ÷ panels convened, as a whole number, halves up.",
            ])
        let cancellations = ReportTable(
            id: prefix + "cancellations", title: "\(name) meetings cancelled in \(year.label)", columns: ["Date", "Reason"],
            rows: now.cancelled.sorted { $0.date < $1.date }.map { [$0.date.iso, $0.cancelReason ?? ""] }, dayColumns: [0])
        let byType = ReportTable(
            id: prefix + "items-by-type", title: "\(name) items by type", columns: ["Type", year.label, "% \(year.label)", year.previous.label, "% \(year.previous.label)"],
            rows: zip(now.itemsByType, before.itemsByType).map { current, previous in
                [current.type.label, String(current.count), percent(current.count, of: now.items.count),
                 String(previous.count), percent(previous.count, of: before.items.count)]
            } + [["All items", String(now.items.count), now.items.isEmpty ? "" : "100%", String(before.items.count), before.items.isEmpty ? "" : "100%"]],
            notes: ["% of all agenda items in the year, as a whole number, halves up, so the column may not add up to exactly 100."],
            chart: now.itemsByType.map { ReportTable.Bar(label: $0.type.label, value: $0.count) })
        let outcomes = Set(now.recommendations.map(\.recommendation)).union(before.recommendations.map(\.recommendation))
        let recommendations = ReportTable(
            id: prefix + "recommendations", title: "\(name) recommendations and the ADM's decisions", columns: ["Outcome"] + years,
            rows: AgendaItem.Recommendation.allCases.filter(outcomes.contains).map { outcome in
                ["Recommended: " + outcome.label.lowercased(), String(now.recommendations.first { $0.recommendation == outcome }?.count ?? 0),
                 String(before.recommendations.first { $0.recommendation == outcome }?.count ?? 0)]
            } + zip(now.decisions, before.decisions).map { current, previous in
                ["ADM: " + current.decision.label.lowercased(), String(current.count), String(previous.count)]
            } + [["No recommendation recorded", String(now.items.count(where: { $0.recommendation == nil })), String(before.items.count(where: { $0.recommendation == nil }))]],
            notes: ["Recommendations of the agenda items counted above, and the agency decision maker's decision on each where it is recorded."])

        // One definition of the figures, shared with `timeliness summary`: TimelinessYear.
        func tallies(_ business: PanelBusiness) -> [RuleTally] {
            TimelinessYear.tallies(business: [business], journeyChecks: [], rules: records.rules, calendar: records.calendar, asOf: asOf)
        }
        let current = tallies(now), previous = tallies(before)
        let timeliness = ReportTable(
            id: prefix + "timeliness", title: "\(name) timeliness of the deadline chain", columns: ["Rule", "Deadline", "Met", "Missed", "Overdue", "% met", "% met \(year.previous.label)"],
            rows: current.map { tally in
                [tally.rule.id, tally.rule.title, String(tally.count(.met)), String(tally.count(.missed)), String(tally.count(.overdue)),
                 tally.percentMet.map { "\($0)%" } ?? "none", previous.first { $0.rule.id == tally.rule.id }?.percentMet.map { "\($0)%" } ?? "none"]
            },
            notes: ["Each agenda item counted above judged against each rule on \(asOf.long). % met = met ÷ (met + missed + overdue), a whole number, halves up; deadlines still due are not counted."]
                + current.map { "\($0.rule.id): \($0.rule.summary)." },
            chart: current.compactMap { tally in tally.percentMet.map { ReportTable.Bar(label: "\(tally.rule.id) \(tally.rule.title)", value: $0) } },
            chartUnit: "%")
        return [business, cancellations, byType, recommendations, timeliness]
    }

    // MARK: Fostering households

    static func fostering(_ records: ServiceRecords, year: ReportingYear, conversionBase: FosteringYear.ConversionBase) -> [ReportTable] {
        let bands = records.policy.yearsFosteringBands
        let now = FosteringYear(carers: records.carers, year: year, conversionBase: conversionBase, bands: bands)
        let before = FosteringYear(carers: records.carers, year: year.previous, conversionBase: conversionBase, bands: bands)
        let years = [year.label, year.previous.label]
        let recruitment = figureTable("recruitment", title: "Recruitment", now.funnel, before.funnel, years: years,
                                      chart: now.funnel.dropLast().map { figure in ReportTable.Bar(label: figure.name, value: count(figure)) })
        func tallyTable<Key: CaseIterable & Hashable>(_ id: String, _ title: String, _ current: [Key: Int], _ previous: [Key: Int], label: (Key) -> String, note: String) -> ReportTable {
            ReportTable(
                id: id, title: title, columns: [title.components(separatedBy: " by ").last!.capitalizedFirst] + years,
                rows: Key.allCases.filter { current[$0] != nil || previous[$0] != nil }.map { [label($0), String(current[$0] ?? 0), String(previous[$0] ?? 0)] }
                    + [["All", String(current.values.reduce(0, +)), String(previous.values.reduce(0, +))]],
                notes: [note])
        }
        let types = Carer.HouseholdType.allCases.filter { now.approvalsByType[$0] != nil || now.leaversByType[$0] != nil || before.approvalsByType[$0] != nil || before.leaversByType[$0] != nil }
        let byType = ReportTable(
            id: "approvals-and-leavers-by-type", title: "Approvals and leavers by household type",
            columns: ["Household type", "Approvals \(year.label)", "Leavers \(year.label)", "Approvals \(year.previous.label)", "Leavers \(year.previous.label)"],
            rows: types.map { type in
                [type.label, String(now.approvalsByType[type] ?? 0), String(now.leaversByType[type] ?? 0),
                 String(before.approvalsByType[type] ?? 0), String(before.leaversByType[type] ?? 0)]
            } + [["All", String(now.approvals), String(now.leavers), String(before.approvals), String(before.leavers)]],
            notes: ["Households approved, and households that left after approval, in each year."])
        let route = tallyTable("leavers-by-route", "Leavers by route", now.leaversByRoute, before.leaversByRoute, label: \.label,
                               note: "Households that left in the year: resigned, or had their approval ended (deregistration).")
        let reason = tallyTable("leavers-by-reason", "Leavers by reason", now.leaversByReason, before.leaversByReason, label: \.label,
                                note: "Households that left in the year, by the main reason recorded.")
        let service = ReportTable(
            id: "years-fostering-at-leaving", title: "Years fostering at leaving", columns: ["Years"] + years,
            rows: zip(now.yearsFostering, before.yearsFostering).filter { $0.band != "Not known" || $0.count + $1.count > 0 }.map { [$0.band, String($0.count), String($1.count)] },
            notes: ["Whole years from approval to leaving, for households that left in the year."])
        var stockNotes = ["Households approved and not yet left: at 1 April (approved before it), plus approvals, less leavers, should equal households at 31 March, which is counted from the records."]
        for (label, figures) in [(year.label, now), (year.previous.label, before)] where !figures.stockBalances {
            stockNotes.append("\(label): the records do not add up, by \(figures.stockDifference): "
                + figures.stockProblems.map { "\($0.household) (\($0.reason))" }.joined(separator: "; ") + ".")
        }
        let stock = ReportTable(
            id: "households", title: "Fostering households", columns: ["Figure"] + years,
            rows: [
                ["Households at 1 April", String(now.householdsAtStart), String(before.householdsAtStart)],
                ["Approvals", String(now.approvals), String(before.approvals)],
                ["Leavers", String(now.leavers), String(before.leavers)],
                ["Households at 31 March", String(now.householdsAtEnd), String(before.householdsAtEnd)],
            ],
            notes: stockNotes)
        return [recruitment, byType, route, reason, service, stock]
    }

    // MARK: Adoption

    static func adoption(_ records: ServiceRecords, year: ReportingYear) -> [ReportTable] {
        let now = AdoptionYear(adopters: records.adopters, children: records.children, year: year, rules: records.rules, calendar: records.calendar)
        let before = AdoptionYear(adopters: records.adopters, children: records.children, year: year.previous, rules: records.rules, calendar: records.calendar)
        let years = [year.label, year.previous.label]
        let adopters = figureTable("adopters", title: "Enquiries, registrations and approvals", Array(now.adopterFigures.prefix(4)), Array(before.adopterFigures.prefix(4)), years: years,
                                   chart: now.adopterFigures.prefix(3).map { ReportTable.Bar(label: $0.name, value: count($0)) })
        let status = ReportTable(
            id: "registration-status", title: "Where \(year.label)'s registrations of interest stood on \(year.last.long)", columns: ["Stage", "Households"],
            rows: now.registrationStatus.map { [$0.stage.label, String($0.count)] } + [["All", String(now.registrationStatus.map(\.count).reduce(0, +))]],
            notes: ["Households whose registration of interest was received in \(year.label), by the stage they had reached on the year's last day."])
        let reasons = Set(now.withdrawals.map(\.reason)).union(before.withdrawals.map(\.reason))
        let withdrawals = ReportTable(
            id: "withdrawals", title: "Withdrawals by reason", columns: ["Reason"] + years,
            rows: Adopter.WithdrawalReason.allCases.filter(reasons.contains).map { reason in
                [reason.label, String(now.withdrawals.first { $0.reason == reason }?.count ?? 0), String(before.withdrawals.first { $0.reason == reason }?.count ?? 0)]
            },
            notes: ["Households that withdrew or were counselled out in the year, by reason."])
        let timeliness = figureTable("adopter-timeliness", title: "Adopter timeliness", Array(now.adopterFigures.dropFirst(4)), Array(before.adopterFigures.dropFirst(4)), years: years,
                                     chart: now.adopterFigures.dropFirst(4).compactMap { figure in percentBar(figure) }, chartUnit: "%")
        let children = figureTable("children", title: "Children", Array(now.childFigures.prefix(6)), Array(before.childFigures.prefix(6)), years: years)
        let scorecard = figureTable("scorecard", title: "Adoption scorecard", Array(now.childFigures.dropFirst(6)), Array(before.childFigures.dropFirst(6)), years: years,
                                    chart: now.childFigures.dropFirst(6).compactMap { figure in percentBar(figure) }, chartUnit: "%")
        return [adopters, status, withdrawals, timeliness, children, scorecard]
    }

    // MARK: Helpers

    /// Figures with the previous year's beside them, and each definition as a note.
    static func figureTable(_ id: String, title: String, _ current: [Figure], _ previous: [Figure], years: [String],
                            chart: [ReportTable.Bar] = [], chartUnit: String = "") -> ReportTable {
        ReportTable(
            id: id, title: title, columns: ["Figure"] + years,
            rows: zip(current, previous).map { [$0.name, $0.text, $1.text] },
            notes: current.map { "\($0.name): \($0.definition)." },
            chart: chart, chartUnit: chartUnit)
    }

    static func count(_ figure: Figure) -> Int {
        if case .count(let count) = figure.value { return count }
        return 0
    }

    static func percentBar(_ figure: Figure) -> ReportTable.Bar? {
        guard case .percent(let part, let whole) = figure.value, whole > 0 else { return nil }
        return ReportTable.Bar(label: figure.name.components(separatedBy: " (").first!, value: Rounding.percent(part, of: whole))
    }

    static func percent(_ part: Int, of whole: Int) -> String { whole == 0 ? "" : "\(Rounding.percent(part, of: whole))%" }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
