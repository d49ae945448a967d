import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "member",
        summary: "The central list: members, advisers and minute takers.",
        subcommands: [MemberAdd.self, MemberUpdate.self, MemberRemove.self, MemberList.self, MemberShow.self, MemberCheck.self],
        aliases: ["members"])

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
}
