/// The whole command tree, in the order `panel --help` lists it.
struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "panel",
        summary: "fostering and adoption panel management",
        discussion: """
            Days are written YYYY-MM-DD or DD/MM/YYYY, or today or yesterday. Exit codes: 0 ok,
            1 problems found when asked to fail on them, 64 usage, 65 bad data, 66 input
            missing, 70 internal error, 74 cannot write output, 75 database busy (try again).
            """,
        subcommands: [
            DemoCommand.self, InitCommand.self, CalendarCommand.self, RulesCommand.self, PanelCommand.self, MemberCommand.self,
            MeetingCommand.self, ItemCommand.self, AdopterCommand.self, ChildCommand.self, CarerCommand.self, TimelinessCommand.self,
            ReportCommand.self, TemplateCommand.self, AuditCommand.self, BackupCommand.self, RestoreCommand.self, CheckCommand.self,
            ImportCommand.self, ExportCommand.self,
        ])
}
