import Foundation
import PanelApplication
import PanelDomain

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "import",
        summary: "Import records from a CSV file (all or nothing).",
        discussion: """
            Files are CSV with a header row (RFC 4180, UTF-8, days as YYYY-MM-DD). Every bad
            row is reported as file:line: column: message and nothing is written unless every
            row is good. Records are matched by id, so importing the same file again changes
            nothing. Import panels before members and meetings, meetings before attendance and items,
            items before their moves and absences, adopters and carers, adopters before children.
            """,
        subcommands: [
            ImportKind<ServiceFile>.self, ImportKind<PanelsFile>.self, ImportKind<MembersFile>.self, ImportKind<MeetingsFile>.self, ImportKind<AttendanceFile>.self,
            ImportKind<ItemsFile>.self, ImportKind<ItemMovesFile>.self, ImportKind<ItemAbsencesFile>.self, ImportKind<AdoptersFile>.self, ImportKind<ChildrenFile>.self, ImportKind<CarersFile>.self, ImportAll.self, ImportSSDA903.self,
        ])

    static func report(_ file: String, _ counts: ImportCounts, dryRun: Bool) -> String {
        "\(file): \(counts.added) added, \(counts.updated) updated, \(counts.unchanged) unchanged" + (dryRun ? " (dry run: nothing written)" : "")
    }
}
