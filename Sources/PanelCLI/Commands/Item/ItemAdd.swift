import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "add", summary: "Book a case onto a meeting's agenda.",
        discussion: """
            Example: panel item add I-2024-031 --meeting-id fostering-2024-04-08 --type skills-to-foster-assessment \\
                       --case-ref FC-1042 --presenting-worker "R. Example" --slot 10:30
            A third Skills to Foster or family-and-friends assessment on one fostering panel is
            refused unless --override gives the reason, which is kept with the item.
            """)
    static let fieldLocations = ["capacity_override": "--override"]

    @Argument("ID", help: "A short id for the item.") var id: String
    @Fields(AgendaItem.fields, except: ["id", "capacity_override"], help: ItemCommand.fieldHelp) var fields: FieldChanges<AgendaItem>
    @Option(name: "override", "REASON", help: "Book beyond the capacity rule, saying why.") var override: String?
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let item = try context.workspace(writer).bookItem(id, fields, override: override)
        context.print("Booked \(item.id) (\(item.caseRef)) on \(item.meeting)")
    }
}
