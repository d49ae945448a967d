/// The whole command tree, in the order `panel --help` lists it.
enum RootCommand {
    static let command = Command(
        name: "panel",
        summary: "fostering and adoption panel management",
        discussion: """
            Days are written YYYY-MM-DD or DD/MM/YYYY. Exit codes: 0 ok, 1 problems found
            when asked to fail on them, 64 usage, 65 bad data, 66 input missing,
            70 internal error, 74 cannot write output, 75 database busy (try again).
            """,
        subcommands: [
            DemoCommand.command,
            InitCommand.command,
            CalendarCommand.command,
            RulesCommand.command,
            PanelCommand.command,
            MemberCommand.command,
            MeetingCommand.command,
            ItemCommand.command,
            AdopterCommand.command,
            ChildCommand.command,
            CarerCommand.command,
            TimelinessCommand.command,
            ReportCommand.command,
            TemplateRender.command,
            AuditCommand.command,
            BackupCommand.backup,
            BackupCommand.restore,
            CheckCommand.command,
            ImportCommand.command,
            ExportCommand.command,
        ])
}
