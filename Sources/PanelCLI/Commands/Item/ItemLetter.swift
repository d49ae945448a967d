import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemLetter: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "letter", summary: "The letter telling the applicant of the ADM's decision (the written notification).",
        discussion: """
            Adds the representations and Independent Review Mechanism paragraph when the decision
            is a qualifying determination (not to approve, or to change or end the terms), with
            the deadline from the representations rule (D6).
            """)

    @Argument("ITEM", help: "The item's id.") var item: String
    @OptionGroup var document: DocumentOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        try DocumentOutput.emit("letter", data: try workspace.letter(item), document, workspace: workspace, context: context)
    }
}
