import PanelDocuments
import PanelDomain
import PanelStore

enum ItemLetter {
    static let command = Command(
        name: "letter",
        summary: "The letter telling the applicant of the ADM's decision (the written notification).",
        discussion: """
            Adds the representations and Independent Review Mechanism paragraph when the decision
            is a qualifying determination (not to approve, or to change or end the terms), with
            the deadline from the representations rule (D6).
            """,
        arguments: [Argument(name: "ITEM", help: "The item's id.")],
        options: DocumentCommand.options,
        run: { invocation, context in
            let database = try context.openDatabase()
            let item = try ItemCommand.load(invocation.argument("ITEM"), from: AgendaStore(database))
            let papers = try DocumentCommand.papers(for: item.meeting, context: context, database: database)
            let data = try context.serviceData()
            guard let rule = data.rules.enabledRules.first(where: { $0.from == .admDecision && $0.to == .representations }) else {
                throw CLIError.data("no enabled rule measures from adm-decision to representations; the letter needs its deadline (D6 in Data/rules.ini)")
            }
            let letter = try DecisionLetter.data(papers, item: item, today: context.today, representationsRule: rule, calendar: data.calendar)
            try DocumentCommand.emit("letter", data: letter, invocation: invocation, context: context)
        })
}
