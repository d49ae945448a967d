import PanelDomain
import PanelStore

enum ItemCommand {
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
        "recommendation": "The panel's recommendation.",
        "terms": "Terms of approval, in words.",
        "terms_children": "Number of children in the terms of approval.",
        "terms_age_range": "Age range in the terms of approval, such as 0-10.",
        "reasons": "The panel's reasons.",
        "minority_view": "Any minority view.",
        "report_quality": "Quality-assurance comment on the report.",
        "adm_decision": "agreed, not-agreed or referred-back.",
        "adm": "Which agency decision maker decided.",
        "minute_number": "The minute number (normally given when minutes are finalised).",
        "capacity_override": "Why the capacity rule is overridden for this item.",
    ]

    static let command = Command(
        name: "item",
        summary: "Agenda items and their decision chain: book, recommend, decide, notify.",
        discussion: """
            The chain must run in order: a recommendation from the panel day; the ADM's
            decision not before the final minutes reached the ADM nor before the panel;
            notifications not before the decision. An item on a cancelled meeting must be
            moved first ('panel item move'), which keeps where it was.
            """,
        subcommands: [
            ItemAdd.command, ItemUpdate.command, ItemMove.command, ItemShow.command, ItemList.command,
            ItemRecommend.command, ItemDecide.command, ItemNotify.command, ItemLetter.command,
        ],
        aliases: ["items"])

    static func load(_ id: String, from store: AgendaStore) throws -> AgendaItem {
        guard let item = try store.item(id) else { throw StorageError.notFound(kind: "agenda item", id: id) }
        return item
    }

    /// Checks an item against the meetings, types, capacity and chain order, then saves it
    /// and numbers any minutes just finalised, all in one transaction.
    @discardableResult
    static func save(_ item: AgendaItem, context: Context, database: Database, locate: @escaping (String) -> String, extra: (AgendaStore) throws -> Void = { _ in }) throws -> SaveOutcome {
        let store = AgendaStore(database)
        let stored = try store.item(item.id)
        let problems = try ItemRecord.check([(item, locate)], stored: stored.map { [item.id: $0] } ?? [:], database: database, context: context)
        guard problems.isEmpty else { throw CLIError.dataProblems(problems, summary: "item \(item.id) was not saved") }
        return try database.transaction {
            let outcome = try store.save(item)
            try extra(store)
            try numberMinutes(store)
            return outcome
        }
    }

    /// Gives every item whose minutes are final but unnumbered the next minute number of its
    /// panel's reporting year, in agenda order, so numbers run on through the year.
    static func numberMinutes(_ store: AgendaStore) throws {
        for item in try numbered(store.itemsAwaitingMinuteNumbers(), store: store) where item.minuteNumber != nil { try store.save(item) }
    }

    /// `items` with minute numbers given on from those the store has used.
    static func numbered(_ items: [AgendaItem], store: AgendaStore) throws -> [AgendaItem] {
        let meetings = Dictionary(uniqueKeysWithValues: try CentralListStore(store.database).meetings(ids: Array(Set(items.map(\.meeting)))).map { ($0.id, $0) })
        return try AgendaItem.numberingMinutes(items, meetings: meetings) { panel, year in
            try store.highestMinuteNumber(panel: panel, from: year.first, through: year.last)
        }
    }

    /// Problems located by option names, as the editing commands take them.
    static func optionLocation(_ column: String) -> String { "--" + column.replacingOccurrences(of: "_", with: "-") }
}
