import PanelApplication
import PanelDomain

struct ItemAbsenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "absence", summary: "Record that a member present took no part in an item: an interest declared, or out of the room.",
        discussion: """
            They do not count towards the item's quorum, and the minutes show it at the item.
              panel item absence I-2024-031 M03 --reason interest
              panel item absence I-2024-031 M03 --clear
            """)
    static let fieldLocations = ["member_id": "MEMBER"]

    @Argument("ITEM", help: "The item's id.") var item: String
    @Argument("MEMBER", help: "The member's id on the central list.") var member: String
    @Option(help: "interest (declared an interest) or left (left the meeting for the item).") var reason: ItemAbsence.Reason?
    @Flag(help: "Clear what was recorded: the member took part after all.") var clear: Bool
    @OptionGroup var writer: WriterOptions

    func validate() throws {
        guard (reason != nil) != clear else { throw CLIError.usage("give --reason interest or left, or --clear", command: "item absence") }
    }

    func run(_ context: Context) throws {
        if let absence = try context.workspace(writer).recordAbsence(item: item, member: member, reason: reason) {
            context.print("\(member) at \(item): \(absence.reason.words)")
        } else {
            context.print("\(member) at \(item): took part")
        }
    }
}
