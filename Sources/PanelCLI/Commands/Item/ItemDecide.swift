import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemDecide: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "decide", summary: "Record the agency decision maker's decision.",
        discussion: """
            Not before the final minutes reached the ADM, nor before the panel. An ADM who does
            not agree says what they decided instead (--outcome), and why (--reasons): the
            letter to the family gives both.
              panel item decide I-2024-031 --decision agreed --on 2024-04-18 --adm "Head of Service" --received-on 2024-04-12
              panel item decide I-2024-032 --decision not-agreed --outcome not-approve --reasons "..."
            """)
    static let fieldLocations = ["adm_decided_on": "--on", "adm_received_on": "--received-on", "adm_decision": "--decision", "recommendation": "ID",
                                 "adm_outcome": "--outcome", "adm_reasons": "--reasons"]

    @Argument("ID", help: "The item's id.") var id: String
    @Option(help: "agreed, not-agreed or referred-back.") var decision: AgendaItem.Decision
    @Option(help: "The day of the decision (default: today).") var on: Day?
    @Option(name: "adm", "NAME", help: "Which agency decision maker decided.") var adm: String?
    @Option(name: "received-on", help: "The day the final minutes reached the ADM, if not yet recorded.") var receivedOn: Day?
    @Option(help: "With not-agreed: what the ADM decided instead (approve, not-approve, continue-approval, change-terms, terminate, match, no-match...).") var outcome: AgendaItem.Recommendation?
    @Option(name: "reasons", "TEXT", help: "The ADM's own reasons, where they differ from the panel's.") var reasons: String?
    @Option(name: "correct", "REASON", help: "Correct a decision already recorded, saying why; the notifications of the old one are cleared, to be given again.") var correct: String?
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let item = try context.workspace(writer).recordDecision(id, decision: decision, on: on, adm: adm, receivedOn: receivedOn, correction: correct,
                                                                         outcome: outcome, reasons: reasons)
        context.print("\(item.id): ADM decision \(decision.rawValue) on \(item.admDecidedOn!.iso)")
    }
}
