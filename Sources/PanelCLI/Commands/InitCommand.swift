import PanelStore

enum InitCommand {
    static let command = Command(
        name: "init",
        summary: "Create the database, or bring an existing one up to date.",
        discussion: "The file is created readable by its owner only (mode 0600).",
        options: [Option(name: "service", value: "NAME", help: "The service's name, as documents print it.")],
        run: { invocation, context in
            let path = context.databasePath
            let (database, applied) = try Store.initialise(path: path, serviceName: invocation.option("service"), audit: (context.actor, invocation.auditText, context.now))
            let name = try Store.serviceName(database)
            if applied.isEmpty {
                context.print("\(path) is up to date (\(name))")
            } else {
                context.print("\(path) ready for \(name): applied \(applied.joined(separator: ", "))")
            }
        })
}
