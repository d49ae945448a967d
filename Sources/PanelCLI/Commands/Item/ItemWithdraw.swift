import Foundation
import PanelApplication

struct ItemWithdraw: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "withdraw", summary: "Take an item booked in error, or withdrawn, off its meeting's business.",
        discussion: """
            The item stays on record with the reason, its deadlines no longer apply, and it no
            longer takes a place under the capacity rule. An item the ADM has decided cannot be
            withdrawn. The change is in the audit trail.
            """)
    static let fieldLocations = ["adm_decision": "ID", "recommendation": "ID"]

    @Argument("ID", help: "The item's id.") var id: String
    @Option(name: "reason", help: "Why it is withdrawn.") var reason: String
    @OptionGroup var writer: WriterOptions

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty, reason.count <= 500 else {
            throw CLIError.usage("--reason: say why the item is withdrawn, in at most 500 characters", command: "item withdraw")
        }
    }

    func run(_ context: Context) throws {
        let item = try context.workspace(writer).withdrawItem(id, reason: reason)
        context.print("Withdrew \(item.id) from \(item.meeting): \(item.reasons)")
    }
}
