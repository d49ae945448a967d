import PanelStore

enum MemberAdd {
    static let command = Command(
        name: "add",
        summary: "Add someone to the central list.",
        discussion: """
            Example: panel member add M07 --name "Sam Example" --category social-worker \\
                       --panels fostering --role vice-chair --qualified-on 2015-07-01 --joined-on 2024-04-01
            """,
        arguments: [Argument(name: "ID", help: "A short id such as M07.")],
        options: RecordEditing.options(for: MemberRecord.kind, help: MemberCommand.fieldHelp),
        run: { invocation, context in
            let id = invocation.argument("ID")
            if try CentralListStore(try context.openDatabase()).member(id) != nil {
                throw CLIError.data("member '\(id)' already exists; change them with 'panel member update \(id)'")
            }
            let member = try RecordEditing.value(MemberRecord.kind, id: id, base: nil, invocation: invocation, context: RecordContext())
            _ = try MemberCommand.save(member, context: context)
            context.print("Added \(member.id): \(member.name)")
        })
}
