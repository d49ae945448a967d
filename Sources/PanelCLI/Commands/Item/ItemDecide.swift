import PanelDomain
import PanelStore

enum ItemDecide {
    static let command = Command(
        name: "decide",
        summary: "Record the agency decision maker's decision.",
        discussion: """
            Not before the final minutes reached the ADM, nor before the panel.
              panel item decide I-2024-031 --decision agreed --on 2024-04-18 --adm "Head of Service" --received-on 2024-04-12
            """,
        arguments: [Argument(name: "ID", help: "The item's id.")],
        options: [
            Option(name: "decision", value: "DECISION", help: "agreed, not-agreed or referred-back (required).", choices: AgendaItem.Decision.allCases.map(\.rawValue)),
            Option(name: "on", value: "DAY", help: "The day of the decision (default: today)."),
            Option(name: "adm", value: "NAME", help: "Which agency decision maker decided."),
            Option(name: "received-on", value: "DAY", help: "The day the final minutes reached the ADM, if not yet recorded."),
        ],
        run: { invocation, context in
            guard let decision = invocation.option("decision").flatMap(AgendaItem.Decision.init(rawValue:)) else {
                throw invocation.usageError("--decision is required")
            }
            let database = try context.openDatabase()
            var item = try ItemCommand.load(invocation.argument("ID"), from: AgendaStore(database))
            item.decision = decision
            item.admDecidedOn = try invocation.dayOption("on") ?? context.today
            if let adm = invocation.option("adm") { item.adm = adm }
            if let received = try invocation.dayOption("received-on") { item.admReceivedOn = received }
            try ItemCommand.save(item, context: context, database: database, locate: { column in
                ["adm_decided_on": "--on", "adm_received_on": "--received-on", "adm_decision": "--decision"][column] ?? ItemCommand.optionLocation(column)
            })
            context.print("\(item.id): ADM decision \(decision.rawValue) on \(item.admDecidedOn!.iso)")
        })
}
