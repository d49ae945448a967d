import PanelDomain
import PanelStore

/// What `check` found: each problem in a line of its own, and what was checked.
public struct CheckResult: Sendable {
    public let problems: [String]
    public let summary: String
}

extension Workspace {
    /// SQLite's integrity and foreign-key checks, the schema against the one this version
    /// makes (so a missing audit trigger is found), then the records' own rules: impossible
    /// orders of days, each item's chain, and the stock equation of every year with records.
    public func check(on day: Day) throws -> CheckResult {
        // A damaged file is reported, not failed on: what SQLite says is wrong is the finding,
        // and the records are not read (what they hold cannot be trusted).
        func damaged(_ found: [String]) -> CheckResult {
            CheckResult(problems: found.map { "integrity: \($0)" },
                        summary: "the database file is damaged; restore the last good backup with 'panel restore'")
        }
        let database: Database
        let integrity: [String]
        do {
            database = try readingDatabase()
            integrity = try database.query("PRAGMA integrity_check") { row in row.text(0) ?? "" }
        } catch let error as StorageError where error.cause == .damaged {
            return damaged([error.localizedDescription])
        }
        if integrity != ["ok"] { return damaged(integrity) }
        var problems: [String] = []
        // A file changed outside panel (a trigger dropped, one added) is reported.
        problems += try Schema.differences(in: database).map { "schema: \($0)" }
        problems += try Schema.dayProblems(in: database).map { "day: \($0)" }
        problems += try database.query("PRAGMA foreign_key_check") { row in
            "foreign key: \(row.text(0) ?? "?") row \(row.text(1) ?? "?") refers to a missing \(row.text(2) ?? "?")"
        }
        let records = try serviceRecords()
        func orders(_ kind: String, _ id: String, _ found: [Problem]) -> [String] {
            found.map { "\(kind) \(id): \($0.field ?? ""): \($0.message)" }
        }
        for adopter in records.adopters { problems += orders("adopter", adopter.id, adopter.orderProblems) }
        for child in records.children { problems += orders("child", child.id, child.orderProblems) }
        for carer in records.carers { problems += orders("carer", carer.id, carer.orderProblems) }
        let meetings = Dictionary(uniqueKeysWithValues: records.meetings.map { ($0.id, $0) })
        let panels = Dictionary(uniqueKeysWithValues: records.panels.map { ($0.id, $0) })
        let members = Dictionary(uniqueKeysWithValues: records.members.map { ($0.id, $0) })
        let attendance = Dictionary(grouping: try CentralListStore(database).attendance(), by: \.meeting)
        let absences = Dictionary(grouping: try AgendaStore(database).absences(), by: \.item)
        for item in records.items {
            guard let meeting = meetings[item.meeting] else { continue }
            problems += orders("item", item.id, item.chainProblems(meeting: meeting, today: day))
            // A recommendation made without a quorum (imported from elsewhere, say).
            if let recommendation = item.recommendation, recommendation != .withdrawn, let panel = panels[meeting.panel] {
                let quorum = Quorum.forItem(item.id, meeting: meeting, panel: panel, attendance: attendance[meeting.id] ?? [], absences: absences[item.id] ?? [],
                                            members: members, policy: records.policy)
                if !quorum.isQuorate { problems.append("item \(item.id): recommendation: recorded at \(meeting.id) without a quorum: \(quorum.shortfalls.joined(separator: "; "))") }
            }
        }
        let days = records.carers.flatMap { [$0.approvedOn, $0.leftOn].compactMap { $0 } }
        if let first = days.min(), let last = days.max() {
            for start in ReportingYear(containing: first).startYear...ReportingYear(containing: last).startYear {
                let year = FosteringYear(carers: records.carers, year: ReportingYear(startYear: start), conversionBase: .enquiries, bands: records.policy.yearsFosteringBands)
                for problem in year.stockProblems {
                    problems.append("households \(year.year.label): \(problem.household) \(problem.reason) (out by \(problem.difference))")
                }
            }
        }
        return CheckResult(problems: problems, summary: "\(records.items.count) items, \(records.adopters.count) adopters, \(records.children.count) children, \(records.carers.count) households checked")
    }
}
