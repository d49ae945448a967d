import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemMove: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "move", summary: "Move an item to another meeting, keeping where it was.",
        discussion: "Use it when a meeting is cancelled or the panel defers an item to a later meeting.")
    static let fieldLocations = ["meeting_id": "MEETING", "capacity_override": "--override"]

    @Argument("ITEM", help: "The item's id.") var item: String
    @Argument("MEETING", help: "The meeting to move it to.") var meeting: String
    @Option(name: "reason", help: "Why it moved (default: the meeting was cancelled, or deferred).") var reason: String?
    @Option(name: "override", "REASON", help: "Move it beyond the capacity rule of the new meeting, saying why.") var override: String?
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let move = try context.workspace(writer).moveItem(item, to: meeting, reason: reason, override: override)
        context.print("Moved \(item) from \(move.from) to \(move.to) (\(move.reason))")
    }
}
