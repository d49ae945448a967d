import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct MemberCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "check", summary: "The central list's health: appraisals, DBS checks, notice periods, quorum.",
        discussion: """
            Lists appraisals overdue, DBS checks out of date, notice periods running or run
            out, and any panel whose list could no longer make a quorum even if everyone came.
            Limits come from Data/panels.ini (override in local/panels.ini).
            """)

    @OptionGroup var asOf: AsOfOption
    @Flag(help: "Exit 1 when anything is found (for scheduled checks).") var failOnFindings: Bool
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let day = asOf.day ?? context.today
        let findings = try context.workspace(store).centralListHealth(on: day)
        if findings.isEmpty && listing.format == .table && listing.output == nil {
            context.print("Nothing to report on \(day.iso).")
        } else {
            try context.print(Listing(columns: ["finding", "subject", "detail"],
                                      rows: findings.map { [.string($0.kind.rawValue), .string($0.subject), .string($0.message)] }), listing)
        }
        if failOnFindings && !findings.isEmpty {
            throw ProblemsFound(summary: "\(findings.count) \(findings.count == 1 ? "finding" : "findings") on the central list")
        }
    }
}
