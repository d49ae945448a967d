import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "item",
        summary: "Agenda items and their decision chain: book, recommend, decide, notify.",
        discussion: """
            The chain must run in order: a recommendation from the panel day; the ADM's
            decision not before the final minutes reached the ADM nor before the panel;
            notifications not before the decision. An item on a cancelled meeting must be
            moved first ('panel item move'), which keeps where it was.
            """,
        subcommands: [
            ItemAdd.self, ItemUpdate.self, ItemMove.self, ItemShow.self, ItemList.self,
            ItemRecommend.self, ItemAbsenceCommand.self, ItemDecide.self, ItemNotify.self, ItemLetter.self, ItemWithdraw.self,
        ],
        aliases: ["items"])

    static let fieldHelp = [
        "meeting_id": "The meeting the item is booked on.",
        "type": "The item type, from Data/item-types.ini (such as skills-to-foster-assessment).",
        "case_ref": "The case reference.",
        "subject": "Household or child reference; names optional.",
        "presenting_worker": "The presenting social worker.",
        "supervising_worker": "The supervising social worker.",
        "order": "Position on the agenda, from 1.",
        "slot": "Time slot, HH:MM.",
        "applicants_attending": "Applicants attend: yes or no.",
        "confidential": "Exempt or confidential item: yes or no.",
        "draft_report_on": "Day the draft report went to the panel advisor.",
        "papers_sent_on": "Day papers were sent to members.",
        "draft_minutes_on": "Day of the draft minutes.",
        "final_minutes_on": "Day the minutes were finalised (gives the minute number).",
        "adm_received_on": "Day the final minutes reached the ADM.",
        "adm_decided_on": "Day of the ADM's decision.",
        "oral_notified_on": "Day the applicant was told orally.",
        "written_notified_on": "Day the written decision was sent.",
        "recommendation": "The panel's recommendation: \(AgendaItem.Recommendation.allCases.map(\.rawValue).joined(separator: ", ")).",
        "terms": "Terms of approval, in words.",
        "terms_children": "Number of children in the terms of approval.",
        "terms_age_range": "Age range in the terms of approval, such as 0-10.",
        "reasons": "The panel's reasons.",
        "minority_view": "Any minority view.",
        "report_quality": "Quality-assurance comment on the report.",
        "adm_decision": "agreed, not-agreed or referred-back.",
        "adm": "Which agency decision maker decided.",
        "minute_number": "The minute number (normally given when minutes are finalised).",
    ]

    /// The recommendation and what goes with it, as `item recommend` takes them.
    static let recommendationFields = ["recommendation", "terms", "terms_children", "terms_age_range", "reasons", "minority_view", "report_quality"]
}
