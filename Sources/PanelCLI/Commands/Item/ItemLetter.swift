import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ItemLetter: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "letter", summary: "The letter telling the applicant of the ADM's decision (the written notification).",
        discussion: """
            To the applicants by name and address (the item's --addressee and --address, else
            the adopter's or household's record of the item), dated the day the written decision
            is sent: the recorded written_notified_on, or --date, which is then recorded as the
            written notice. Says what the ADM decided, the terms of approval, the ADM's reasons
            where they differ from the panel's, and for a qualifying determination (not to
            approve, or to change or end the terms) the representations and Independent Review
            Mechanism paragraph with its last day: 28 calendar days of the letter for fostering
            (D6), 40 working days beginning with it for adoption (D6a).
              panel item letter I-2024-031 --date today --format html --output letter.html
            """)
    static let fieldLocations = ["written_notified_on": "--date", "addressee": "ITEM", "address": "ITEM"]

    @Argument("ITEM", help: "The item's id.") var item: String
    @Option(name: "date", "DAY", help: "The day the letter is sent, recorded as the written notice (when none is recorded yet).") var date: Day?
    @Flag(help: "Initials for the addressee and no address, for a file copy.") var redact: Bool
    @OptionGroup var document: DocumentOptions
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(writer)
        try DocumentOutput.emit("letter", data: try workspace.letter(item, date: date, redact: redact), document, workspace: workspace, context: context)
    }
}
