import Foundation
import PanelApplication
import PanelDomain

struct MeetingCalendar: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "calendar", summary: "The meetings as an iCalendar (.ics) file, for Outlook, Google or Apple Calendar.",
        discussion: """
            One event a meeting: the panel, its time in Europe/London, the venue and any link
            to join; a cancelled meeting is marked cancelled. Nothing about cases is in it. Each
            meeting keeps its UID, so importing a later file updates the events already there.
              panel meeting calendar --panel fostering --year 2025/26 --output fostering-panel.ics
            """)

    @Option(name: "panel", "ID", help: "Only this panel's meetings.") var panel: String?
    @Option(help: "Only this reporting year, such as 2025/26 (default: every meeting).") var year: ReportingYear?
    @Option(name: "output", "FILE", help: "Write to this file (created readable by its owner only) instead of standard output.") var output: String?
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        // The moment of export, in UTC, as iCalendar writes it (20250331T090000Z).
        let stamp = context.now().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        let text = try context.workspace(store).meetingCalendar(panel: panel, from: year?.first, through: year?.last, stamp: stamp)
        try context.emit(text, to: output)
    }
}
