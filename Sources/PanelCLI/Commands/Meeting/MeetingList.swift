import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct MeetingList: ParsableCommand {
    static let configuration = CommandConfiguration(name: "list", summary: "List meetings in date order.")

    @Option(name: "panel", "ID", help: "Only this panel's meetings.") var panel: String?
    @Option(help: "Only this reporting year, such as 2024/25.") var year: ReportingYear?
    @Option(help: "Only meetings on or after this day.") var from: Day?
    @Option(help: "Only meetings on or before this day.") var to: Day?
    @Option(help: "Only planned, held or cancelled meetings.") var status: Meeting.Status?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        var first = from, last = to
        if let year {
            first = max(first ?? year.first, year.first)
            last = min(last ?? year.last, year.last)
        }
        let meetings = try context.workspace(store).meetings(panel: panel, from: first, through: last, status: status)
        try context.print(Listing(
            columns: ["id", "panel", "date", "weekday", "start_time", "venue", "status", "cancel_reason"],
            rows: meetings.map { meeting in
                [.string(meeting.id), .string(meeting.panel), .string(meeting.date.iso), .string(meeting.date.weekday.name),
                 .string(meeting.startTime.description), .string(meeting.venue), .string(meeting.status.rawValue), DataValue(meeting.cancelReason)]
            }), listing)
    }
}
