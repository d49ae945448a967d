import Foundation
import PanelDomain
import PanelStore

/// The invented service in `Data/demo/`: its name, the reporting year it ends with, its last
/// day and the meeting whose agenda the tour shows, from `demo.ini`.
public struct Demo: Sendable {
    public let service: String
    public let day: Day
    public let year: ReportingYear
    public let agenda: String
    public let folder: String

    public init(dataDirectory: String) throws {
        folder = dataDirectory + "/demo"
        let file = folder + "/demo.ini"
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ApplicationError.noInput("cannot read \(file)")
        }
        let settings = try SettingsFile.parse(text, file: file)
        var values: [String: (String, Int)] = [:]
        for section in settings.sections where section.name == "demo" {
            for entry in section.entries { values[entry.key] = (entry.value, entry.line) }
        }
        func value(_ key: String) throws -> (String, Int) {
            guard let found = values[key] else { throw Problem(file: file, line: 1, field: key, message: "missing from [demo]") }
            return found
        }
        let (dayText, dayLine) = try value("day"), (yearText, yearLine) = try value("year")
        guard let day = Day(parsing: dayText) else { throw Problem(file: file, line: dayLine, field: "day", message: "'\(dayText)' is not a day; write YYYY-MM-DD") }
        guard let year = ReportingYear(parsing: yearText) else { throw Problem(file: file, line: yearLine, field: "year", message: "'\(yearText)' is not a reporting year; write 2024/25") }
        self.service = try value("service").0
        self.day = day
        self.year = year
        self.agenda = try value("agenda").0
    }

    /// Builds the demo database at `path`: beside it first and moved into place, so a
    /// failure leaves no half database and an old demo stays until the new one is whole. A
    /// file there already is replaced only if it holds exactly a demo: the demo's service,
    /// and nothing in its audit trail but the one command that built it.
    public func build(at path: String, dataDirectory: String, today: Day, actor: Workspace.Actor) throws {
        if FileManager.default.fileExists(atPath: path) {
            guard let existing = try? Store.openForReading(path: path), (try? Store.serviceName(existing)) == service else {
                throw ApplicationError.cannotWrite("\(path) exists and is not a demo database; choose another path with --db")
            }
            let commands = Int(try existing.scalar("SELECT count(DISTINCT command) FROM audit_log") ?? "0") ?? 0
            guard commands <= 1 else {
                throw ApplicationError.cannotWrite("\(path) is a demo database that has been changed since it was built (its audit trail holds \(commands) commands); it is left as it is: remove it yourself, or choose another path with --db")
            }
        }
        try FileTarget.check(path) { existing in (try? Store.openForReading(path: existing)) != nil }
        // A new file of its own beside the target, never one already there.
        let building = try FileTarget.temporary(beside: path, suffix: ".building")
        let workspace = Workspace(databasePath: building, local: nil, dataDirectory: dataDirectory, today: today, actor: actor)
        do {
            _ = try workspace.initialise(serviceName: service)
            let files = RecordFile.all.compactMap { kind -> (kind: RecordFile, file: String, text: String)? in
                let file = folder + "/" + kind.name + ".csv"
                guard let data = FileManager.default.contents(atPath: file) else { return nil }
                return (kind, file, String(decoding: data, as: UTF8.self))
            }
            _ = try workspace.importRecords(files, dryRun: false)
        } catch {
            try? FileManager.default.removeItem(atPath: building)
            throw error
        }
        workspace.opened = nil
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard rename(building, path) == 0 else { throw ApplicationError.cannotWrite("cannot move the demo database to \(path)") }
    }
}
