import PanelDocuments
import PanelDomain
import PanelStore

enum MemberCommand {
    static let fieldHelp = [
        "name": "Full name.",
        "category": "social-worker, independent-member, elected-member, health, education, care-experienced, foster-carer, adopter, other; or panel-adviser, medical-adviser, legal-adviser, minute-taker (who attend but are not members).",
        "panels": "Panel ids separated by ';'.",
        "role": "chair, vice-chair or member: one for all panels, or one per panel separated by ';'.",
        "independent": "Independent of the service: yes or no.",
        "qualified_on": "Day of social-work qualification.",
        "joined_on": "Day joined the central list.",
        "left_on": "Day left the central list.",
        "notice_on": "Day one month's notice was given.",
        "appraised_on": "Day of the last appraisal.",
        "dbs_on": "Day of the last DBS check.",
    ]

    static let command = Command(
        name: "member",
        summary: "The central list: members, advisers and minute takers.",
        subcommands: [MemberAdd.command, MemberUpdate.command, MemberList.command, MemberShow.command, MemberCheck.command],
        aliases: ["members"])

    /// Saves a member after checking it against the rest of the list, in one transaction.
    static func save(_ member: Member, context: Context) throws -> SaveOutcome {
        let database = try context.openDatabase()
        let store = CentralListStore(database)
        let problems = MemberRecord.check(
            [(member, { "--" + $0.replacingOccurrences(of: "_", with: "-") })],
            existing: try store.members(), panels: try store.panels(), policy: try context.policy())
        guard problems.isEmpty else {
            throw CLIError.dataProblems(problems, summary: "member \(member.id) was not saved")
        }
        return try database.transaction { try store.save(member) }
    }
}
