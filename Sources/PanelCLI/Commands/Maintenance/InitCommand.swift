import PanelApplication

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "init",
        summary: "Create the database, or bring an existing one up to date.",
        discussion: "The file is created readable by its owner only (mode 0600).")

    @Option(name: "service", "NAME", help: "The service's name, as documents print it.") var service: String?
    @OptionGroup var writer: WriterOptions

    func validate() throws {
        if let service, service.trimmingCharacters(in: .whitespaces).isEmpty || service.count > 200 || service.contains("\0") {
            throw CLIError.usage("--service: give the service's name, 1 to 200 characters", command: "init")
        }
    }

    func run(_ context: Context) throws {
        let workspace = try context.workspace(writer)
        let (name, applied) = try workspace.initialise(serviceName: service)
        if applied.isEmpty {
            context.print("\(workspace.databasePath) is up to date (\(name))")
        } else {
            context.print("\(workspace.databasePath) ready for \(name): applied \(applied.joined(separator: ", "))")
        }
    }
}
