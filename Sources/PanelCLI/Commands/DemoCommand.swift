import Foundation
import PanelDomain
import PanelStore

enum DemoCommand {
    static let defaultPath = "panel-demo.db"

    static let command = Command(
        name: "demo",
        summary: "Build a demo database from Data/demo/ and show what the tool does with it.",
        discussion: """
            Builds a fresh database of an invented service (two reporting years of panels,
            central list, meetings, agenda items, fostering households, adopters and children)
            at --db PATH, or \(defaultPath) here, then prints a short tour: an agenda, the
            deadlines overdue on the demo's last day, and the fostering panel-business table.
            An existing file is replaced only if it is itself a demo database.
            """,
        run: { invocation, context in
            let folder = try context.shippedDataDirectory() + "/demo"
            let settings = try demoSettings(folder)
            let path = context.absolute(invocation.option("db") ?? defaultPath)
            if FileManager.default.fileExists(atPath: path) {
                let name = try? Store.serviceName(try Store.open(path: path))
                guard name == settings.service else {
                    throw CLIError.cannotWrite("\(path) exists and is not a demo database; choose another path with --db")
                }
            }
            // Built beside the target and moved into place, so a failure leaves no half
            // database and an old demo stays until the new one is whole.
            let building = path + ".building"
            try? FileManager.default.removeItem(atPath: building)
            _ = try Store.initialise(path: building, serviceName: settings.service)
            let quiet = try context.quiet()
            let code = PanelTool.run(["import", "all", folder, "--db", building], context: quiet)
            guard code == 0 else {
                try? FileManager.default.removeItem(atPath: building)
                throw CLIError.data("the demo files in \(folder) did not import (exit \(code)); run 'panel import all \(folder)' on a fresh database to see why")
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            guard rename(building, path) == 0 else { throw CLIError.cannotWrite("cannot move the demo database to \(path)") }

            let db = invocation.option("db") ?? defaultPath
            context.print("Built \(path): \(settings.service), reporting years \(settings.year.previous.label) and \(settings.year.label), every name invented.\n")
            let tour: [(String, [String])] = [
                ("The agenda of the next fostering panel", ["meeting", "agenda", settings.agenda]),
                ("Deadlines overdue on the demo's last day, \(settings.day.long)", ["timeliness", "--as-of", settings.day.iso, "--status", "overdue"]),
                ("The fostering panel's business, from the \(settings.year.label) annual report",
                 ["report", "annual", "--service", "fostering", "--year", settings.year.label, "--as-of", settings.day.iso, "--table", "panel-business"]),
            ]
            for (title, arguments) in tour {
                context.print("== \(title)\n$ panel \((arguments + ["--db", db]).joined(separator: " "))\n")
                let code = PanelTool.run(arguments + ["--db", path], context: context)
                guard code == 0 else { throw CLIError.data("the tour step 'panel \(arguments.joined(separator: " "))' failed (exit \(code))") }
                context.print("")
            }
            context.print("""
                Next, try:
                  panel report annual --service adoption --year \(settings.year.label) --as-of \(settings.day.iso) --db \(db)
                  panel report annual --service fostering --year \(settings.year.label) --format html --output report.html --db \(db)
                  panel adopter list --stage waiting --as-of \(settings.day.iso) --db \(db)
                  panel carer funnel --year \(settings.year.label) --db \(db)
                """)
        })

    struct Settings {
        let service: String
        let day: Day
        let year: ReportingYear
        let agenda: String
    }

    static func demoSettings(_ folder: String) throws -> Settings {
        let file = folder + "/demo.ini"
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw CLIError.noInput("cannot read \(file)")
        }
        let settings = try SettingsFile.parse(text, file: file)
        var values: [String: (String, Int)] = [:]
        for section in settings.sections where section.name == "demo" {
            for entry in section.entries { values[entry.key] = (entry.value, entry.line) }
        }
        func value(_ key: String) throws -> (String, Int) {
            guard let found = values[key] else { throw DataFileError(file: file, line: 1, field: key, message: "missing from [demo]") }
            return found
        }
        let (dayText, dayLine) = try value("day"), (yearText, yearLine) = try value("year")
        guard let day = Day(parsing: dayText) else { throw DataFileError(file: file, line: dayLine, field: "day", message: "'\(dayText)' is not a day; write YYYY-MM-DD") }
        guard let year = ReportingYear(parsing: yearText) else { throw DataFileError(file: file, line: yearLine, field: "year", message: "'\(yearText)' is not a reporting year; write 2024/25") }
        return Settings(service: try value("service").0, day: day, year: year, agenda: try value("agenda").0)
    }
}
