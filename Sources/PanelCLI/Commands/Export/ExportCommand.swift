import PanelApplication

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "export", summary: "Write records as the CSV the importers read.",
        discussion: "Without --output the CSV goes to standard output.",
        subcommands: [
            ExportKind<ServiceFile>.self, ExportKind<PanelsFile>.self, ExportKind<MembersFile>.self, ExportKind<MeetingsFile>.self, ExportKind<AttendanceFile>.self,
            ExportKind<ItemsFile>.self, ExportKind<ItemMovesFile>.self, ExportKind<ItemAbsencesFile>.self, ExportKind<AdoptersFile>.self, ExportKind<ChildrenFile>.self, ExportKind<CarersFile>.self, ExportAll.self, ExportAnnexA.self,
        ])
}
