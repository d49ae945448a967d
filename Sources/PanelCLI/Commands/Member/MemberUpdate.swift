import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct MemberUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "update", summary: "Change someone's details; fields not given stay as they are.",
        discussion: "An empty value clears a field: --notice-on \"\".")

    @Argument("ID", help: "The member's id.") var id: String
    @Fields(Member.fields, help: MemberCommand.fieldHelp) var fields: FieldChanges<Member>
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let outcome = try context.workspace(writer).updateMember(id, fields)
        context.print(outcome == .unchanged ? "\(id) unchanged" : "Updated \(id)")
    }
}
