import PanelStore

enum MemberUpdate {
    static let command = Command(
        name: "update",
        summary: "Change someone's details; fields not given stay as they are.",
        discussion: "An empty value clears a field: --notice-on \"\".",
        arguments: [Argument(name: "ID", help: "The member's id.")],
        options: RecordEditing.options(for: MemberRecord.kind, help: MemberCommand.fieldHelp),
        run: { invocation, context in
            let id = invocation.argument("ID")
            guard let existing = try CentralListStore(try context.openDatabase()).member(id) else {
                throw StorageError.notFound(kind: "member", id: id)
            }
            let member = try RecordEditing.value(MemberRecord.kind, id: id, base: existing, invocation: invocation, context: RecordContext())
            let outcome = try MemberCommand.save(member, context: context)
            context.print(outcome == .unchanged ? "\(id) unchanged" : "Updated \(id)")
        })
}
