import PanelDocuments
import PanelDomain
import PanelStore

enum MemberCheck {
    static let command = Command(
        name: "check",
        summary: "The central list's health: appraisals, DBS checks, notice periods, quorum.",
        discussion: """
            Lists appraisals overdue, DBS checks out of date, notice periods running or run
            out, and any panel whose list could no longer make a quorum even if everyone came.
            Limits come from Data/panels.ini (override in local/panels.ini).
            """,
        options: [
            Option(name: "as-of", value: "DAY", help: "The day to check on (default: today)."),
            Option(name: "fail-on-findings", value: nil, help: "Exit 1 when anything is found (for scheduled checks)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            let store = CentralListStore(try context.openDatabase())
            let findings = CentralList.health(members: try store.members(), panels: try store.panels(), on: day, policy: try context.policy())
            let format = invocation.format(Listing.Format.self, default: .table)
            if findings.isEmpty && format == .table {
                context.print("Nothing to report on \(day.iso).")
            } else {
                let listing = Listing(
                    columns: ["finding", "subject", "detail"],
                    rows: findings.map { [.string($0.kind.rawValue), .string($0.subject), .string($0.message)] })
                context.print(listing.render(format, headers: !invocation.flag("no-headers")))
            }
            if invocation.flag("fail-on-findings") && !findings.isEmpty {
                throw ProblemsFound(summary: "\(findings.count) \(findings.count == 1 ? "finding" : "findings") on the central list")
            }
        })
}
