import PanelApplication

struct MemberRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "remove", summary: "Remove someone added to the central list in error.",
        discussion: """
            Only while nothing refers to them: no attendance recorded at any meeting, no item
            they took no part in. For someone who served and left, record --left-on instead.
            The removal is in the audit trail.
            """)

    @Argument("ID", help: "The member's id.") var id: String
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let member = try context.workspace(writer).removeMember(id)
        context.print("Removed \(member.id): \(member.name)")
    }
}
