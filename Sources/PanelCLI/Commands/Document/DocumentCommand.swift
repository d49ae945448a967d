import Foundation
import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

/// What the document commands share: their options, gathering a meeting's papers from the
/// store, and rendering to the chosen format and destination.
enum DocumentCommand {
    static let options = [
        Option.format(["txt", "md", "html", "json"]),
        Option(name: "output", value: "FILE", help: "Write to this file (created readable by its owner only) instead of standard output."),
        Option(name: "templates", value: "DIR", help: "A service's own templates, used before the shipped ones."),
    ]

    static func papers(for meetingID: String, context: Context, database: Database) throws -> MeetingPapers {
        let central = CentralListStore(database)
        guard let meeting = try central.meeting(meetingID) else { throw StorageError.notFound(kind: "meeting", id: meetingID) }
        guard let panel = try central.panel(meeting.panel) else { throw StorageError.notFound(kind: "panel", id: meeting.panel) }
        let data = try context.serviceData()
        let next = try central.meetings(panel: panel.id, from: meeting.date.adding(days: 1)).first { $0.status != .cancelled }
        return MeetingPapers(
            serviceName: try Store.serviceName(database), panel: panel, meeting: meeting,
            items: try AgendaStore(database).items(meeting: meeting.id), itemTypes: data.itemTypes,
            members: try central.members(), attendance: try central.attendance(meeting: meeting.id),
            nextMeeting: next, policy: data.policy)
    }

    /// Renders `template` with `data` in the format asked for (`json` prints the data itself,
    /// so a template author sees every key), to `--output` or standard output.
    static func emit(_ template: String, data: DataValue, invocation: Invocation, context: Context) throws {
        let formatName = invocation.option("format") ?? "txt"
        let text: String
        if formatName == "json" {
            text = JSONWriter.write(data) + "\n"
        } else {
            let format = TemplateLibrary.Format(rawValue: formatName)!
            text = try library(invocation, context).render(template, format: format, data: data)
        }
        if let output = invocation.option("output") {
            try context.writeFile(output, text)
            context.warn("written to \(context.absolute(output))")
        } else {
            context.print(text)
        }
    }

    static func library(_ invocation: Invocation, _ context: Context) throws -> TemplateLibrary {
        let shipped = (try context.shippedDataDirectory() as NSString).deletingLastPathComponent + "/Templates"
        var folders = [shipped]
        if let own = invocation.option("templates") {
            let folder = context.absolute(own)
            guard FileManager.default.fileExists(atPath: folder) else { throw CLIError.noInput("the templates folder \(folder) does not exist") }
            folders.insert(folder, at: 0)
        }
        return TemplateLibrary(folders: folders)
    }
}
