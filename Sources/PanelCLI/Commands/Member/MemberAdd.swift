import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct MemberAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "add", summary: "Add someone to the central list.",
        discussion: """
            Example: panel member add M07 --name "Sam Example" --category social-worker \\
                       --panels fostering --role vice-chair --qualified-on 2015-07-01 --joined-on 2024-04-01
            """)

    @Argument("ID", help: "A short id such as M07.") var id: String
    @Fields(Member.fields, help: MemberCommand.fieldHelp) var fields: FieldChanges<Member>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let member = try context.workspace(writer).addMember(id, fields)
        context.print("Added \(member.id): \(member.name)")
    }
}
