import PanelDocuments
import PanelDomain
import PanelStore
import Mustache

enum MeetingList {
    static let command = Command(
        name: "list",
        summary: "List meetings in date order.",
        options: [
            Option(name: "panel", value: "ID", help: "Only this panel's meetings."),
            Option(name: "year", value: "YYYY/YY", help: "Only this reporting year, such as 2024/25."),
            Option(name: "from", value: "DAY", help: "Only meetings on or after this day."),
            Option(name: "to", value: "DAY", help: "Only meetings on or before this day."),
            Option(name: "status", value: "STATUS", help: "Only planned, held or cancelled meetings.", choices: Meeting.Status.allCases.map(\.rawValue)),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            var from = try invocation.dayOption("from")
            var through = try invocation.dayOption("to")
            if let year = try invocation.reportingYearOption() {
                from = max(from ?? year.first, year.first)
                through = min(through ?? year.last, year.last)
            }
            let status = invocation.option("status").flatMap(Meeting.Status.init(rawValue:))
            let meetings = try CentralListStore(try context.openDatabase())
                .meetings(panel: invocation.option("panel"), from: from, through: through)
                .filter { status == nil || $0.status == status }
            let listing = Listing(
                columns: ["id", "panel", "date", "weekday", "start_time", "venue", "status", "cancel_reason"],
                rows: meetings.map { meeting in
                    [.string(meeting.id), .string(meeting.panel), .string(meeting.date.iso), .string(meeting.date.weekday.name),
                     .string(meeting.startTime.description), .string(meeting.venue), .string(meeting.status.rawValue), DataValue(meeting.cancelReason)]
                })
            context.print(listing, invocation)
        })
}

extension Invocation {
    /// `--year 2024/25`, a reporting year.
    func reportingYearOption() throws -> ReportingYear? {
        guard let text = option("year") else { return nil }
        guard let year = ReportingYear(parsing: text) else {
            throw usageError("--year: '\(text)' is not a reporting year; write it as 2024/25")
        }
        return year
    }
}
