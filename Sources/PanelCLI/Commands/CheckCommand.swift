import Foundation
import PanelDomain
import PanelDocuments
import PanelStore

enum CheckCommand {
    static let command = Command(
        name: "check",
        summary: "Check the database: SQLite integrity, foreign keys, and the records' own rules.",
        discussion: """
            Runs PRAGMA integrity_check and foreign_key_check, then the data checks: impossible
            orders of days in adopters, children, households and agenda items, and the stock
            equation of fostering households for every reporting year with records. Prints
            each problem and exits 1 when there are any.
            """,
        options: [Option(name: "as-of", value: "DAY", help: "The day to judge recorded days against (default: today).")],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            let database = try context.openDatabase()
            var problems: [String] = []
            let integrity = try database.query("PRAGMA integrity_check") { row in row.text(0) ?? "" }
            if integrity != ["ok"] { problems += integrity.map { "integrity: \($0)" } }
            problems += try database.query("PRAGMA foreign_key_check") { row in
                "foreign key: \(row.text(0) ?? "?") row \(row.text(1) ?? "?") refers to a missing \(row.text(2) ?? "?")"
            }
            let records = try context.serviceRecords()
            func orders(_ kind: String, _ id: String, _ found: [DateOrder.Problem]) -> [String] {
                found.map { "\(kind) \(id): \($0.field): \($0.message)" }
            }
            for adopter in records.adopters { problems += orders("adopter", adopter.id, adopter.orderProblems) }
            for child in records.children { problems += orders("child", child.id, child.orderProblems) }
            for carer in records.carers { problems += orders("carer", carer.id, carer.orderProblems) }
            let meetings = Dictionary(uniqueKeysWithValues: records.meetings.map { ($0.id, $0) })
            for item in records.items {
                guard let meeting = meetings[item.meeting] else { continue }
                problems += item.chainProblems(meeting: meeting, today: day).map { "item \(item.id): \($0.field): \($0.message)" }
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
            let summary = "\(records.items.count) items, \(records.adopters.count) adopters, \(records.children.count) children, \(records.carers.count) households checked"
            guard problems.isEmpty else {
                problems.forEach(context.print)
                throw ProblemsFound(summary: "\(problems.count) \(problems.count == 1 ? "problem" : "problems") found; \(summary)")
            }
            context.print("ok: integrity, foreign keys and records; \(summary)")
        })
}
