import Foundation
import Testing

@testable import PanelCLI
import PanelDocuments

/// The demo service built by `panel demo`, judged on a fixed day after its last record.
func demoRunner() -> PanelRunner {
    let panel = PanelRunner()
    panel.today = day("2025-04-01")
    precondition(panel("demo", "--db", "demo.db").code == 0)
    return panel
}

struct ReportTests {
    @Test(arguments: ["fostering", "adoption"], ["md", "csv"])
    func demoReportsMatchTheirGoldenFiles(service: String, format: String) throws {
        let panel = demoRunner()
        let result = panel("report", "annual", "--service", service, "--year", "2024/25", "--as-of", "2025-03-31", "--format", format, "--db", "demo.db")
        #expect(result.code == 0, "\(result.err)")
        try matchesGolden(result.out, "report-\(service).\(format)")
    }

    @Test func theHTMLReportHasChartsAndEscapesEverything() throws {
        let panel = demoRunner()
        #expect(panel("member", "update", "M01", "--name", "Alex <b>Harrow</b>", "--db", "demo.db").code == 0)
        let html = panel("report", "annual", "--service", "fostering", "--year", "2024/25", "--as-of", "2025-03-31", "--format", "html", "--db", "demo.db").out
        try matchesGolden(html, "report-fostering.html")
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 5)
        #expect(html.contains("Alex &lt;b&gt;Harrow&lt;/b&gt;"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<rect x=\"260\" y=\"7\" width=\"72\" height=\"16\"></rect><text x=\"338\" y=\"19\">8</text>"))
    }

    @Test func csvToAFolderWritesOneFilePerTable() throws {
        let panel = demoRunner()
        let result = panel("report", "annual", "--service", "adoption", "--year", "2024/25", "--format", "csv", "--output", "tables/", "--db", "demo.db")
        #expect(result.err == "13 tables written to \(panel.folder)/tables\n")
        let scorecard = try String(contentsOfFile: panel.folder + "/tables/scorecard.csv", encoding: .utf8)
        // A10, the national headline since 2021/22, leads the scorecard.
        // A file for people: the byte-order mark, then each figure's number, part and whole.
        #expect(scorecard.hasPrefix("Figure,2024/25,2024/25 part,2024/25 whole,2023/24,2023/24 part,2023/24 whole\r\n\"A10: average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions\","))
        // The table's title and its definition notes close the file.
        #expect(scorecard.contains("\r\n\r\nTable,Adoption scorecard\r\nNote,\"A10: average days"))
        let attributes = try FileManager.default.attributesOfItem(atPath: panel.folder + "/tables/scorecard.csv")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(panel("report", "annual", "--service", "adoption", "--table", "scorecard,nothing", "--db", "demo.db").code == 64)
        #expect(panel("report", "annual", "--db", "demo.db").err.hasPrefix("error: --service is required"))
    }

    @Test func exportAllThenImportAllGivesTheSameReport() {
        let panel = demoRunner()
        let arguments = ["report", "annual", "--service", "fostering", "--year", "2024/25", "--as-of", "2025-03-31", "--format", "csv"]
        let before = panel.run(arguments + ["--db", "demo.db"]).out
        #expect(panel("export", "all", "copy", "--db", "demo.db").code == 0)
        #expect(panel("init", "--service", "Northvale Council (demo)", "--db", "fresh.db").code == 0)
        #expect(panel("import", "all", "copy", "--db", "fresh.db").code == 0)
        #expect(panel.run(arguments + ["--db", "fresh.db"]).out == before)
        let adoption = ["report", "annual", "--service", "adoption", "--year", "2024/25", "--as-of", "2025-03-31", "--format", "md"]
        #expect(panel.run(adoption + ["--db", "fresh.db"]).out == panel.run(adoption + ["--db", "demo.db"]).out)
        for kind in ["panels", "members", "meetings", "attendance", "items", "adopters", "children", "carers"] {
            #expect(panel("export", kind, "--db", "fresh.db").out == panel("export", kind, "--db", "demo.db").out, "\(kind)")
        }
    }

    @Test func importAllIsOneTransaction() {
        let panel = demoRunner()
        #expect(panel("export", "all", "copy", "--db", "demo.db").code == 0)
        panel.write("copy/carers.csv", "id,approved_on\nX1,not-a-day\n")
        #expect(panel("init", "--db", "fresh.db").code == 0)
        let result = panel("import", "all", "copy", "--db", "fresh.db")
        #expect(result.code == 65)
        #expect(result.err == "copy/carers.csv:2: approved_on: is not a day; write YYYY-MM-DD\nerror: 1 problem in copy/carers.csv; nothing was imported\n")
        #expect(panel("panel", "list", "--format", "csv", "--no-headers", "--db", "fresh.db").out == "")
    }

    @Test func demoRefusesToReplaceARealDatabase() {
        let panel = PanelRunner()
        panel.today = day("2025-04-01")
        #expect(panel("init", "--service", "Northvale Fostering Service").code == 0)
        #expect(panel("demo", "--db", "panel.db") == PanelResult(out: "", err: "error: \(panel.folder)/panel.db exists and is not a demo database; choose another path with --db\n", code: 74))
        let first = panel("demo", "--db", "demo.db")
        #expect(first.out.hasPrefix("Built \(panel.folder)/demo.db: Northvale Council (demo), reporting years 2023/24 and 2024/25, every name invented.\n"))
        #expect(first.out.contains("$ panel meeting agenda F250409 --db demo.db\n"))
        #expect(first.out.contains("Panels convened                   22       22\n"))
        // Running it again rebuilds the demo, and gives the same tour.
        #expect(panel("demo", "--db", "demo.db") == first)
    }
}

/// DOMAIN.md section 6: the 2021/22 fostering panel business of S002, rebuilt from records.
struct PanelBusiness2021Tests {
    static let counts: [(String, Int)] = [
        ("skills-to-foster-assessment", 9), ("brief-report", 0), ("family-and-friends-assessment", 5), ("first-review", 14),
        ("periodic-review", 27), ("change-of-terms", 16), ("review-after-concern", 5), ("regulation-25-extension", 31),
        ("resignation", 34), ("deregistration", 0),
    ]

    @Test func twentyConvenedTwoCancelledAnd141Items() throws {
        let panel = PanelRunner()
        panel.today = day("2022-06-01")
        #expect(panel("init", "--service", "Northvale Fostering Service").code == 0)
        panel.write("panels.csv", "id,name,kind,start_time\nfostering,Fostering Panel,fostering,10:00\n")
        var meetings = "id,panel,date,status,cancel_reason\n"
        var meetingIDs: [String] = []
        for index in 0..<22 {
            let date = day("2021-04-07").adding(days: 14 * index)
            let id = "F\(index + 1)"
            let cancelled = index == 5 || index == 17
            meetings += "\(id),fostering,\(date.iso),\(cancelled ? "cancelled,Insufficient panel business" : "held,")\n"
            if !cancelled { meetingIDs.append(id) }
        }
        panel.write("meetings.csv", meetings)
        var items = "id,meeting_id,type,case_ref,capacity_override\n"
        var number = 0
        for (type, count) in Self.counts {
            for _ in 0..<count {
                number += 1
                items += "I\(number),\(meetingIDs[number % meetingIDs.count]),\(type),FC-\(number),busy year\n"
            }
        }
        panel.write("items.csv", items)
        for kind in ["panels", "meetings", "items"] { #expect(panel("import", kind, "\(kind).csv").code == 0) }
        let csv = panel("report", "annual", "--service", "fostering", "--year", "2021/22", "--table", "panel-business,items-by-type", "--format", "csv").out
        let rows = try CSVReader.read(csv).map { $0.fields.prefix(4).joined(separator: ",") }
        #expect(rows == [
            "table,Figure,2021/22,2020/21",
            "panel-business,Panels convened,20,0",
            "panel-business,Panels cancelled,2,0",
            "panel-business,Agenda items,141,0",
            "panel-business,Average items per convened panel,7,",
            "table,Type,2021/22,% 2021/22",
            "items-by-type,Skills to Foster assessment,9,6",
            "items-by-type,Family and friends assessment,5,4",
            "items-by-type,Brief report,0,0",
            "items-by-type,First review,14,10",
            "items-by-type,Periodic review,27,19",
            "items-by-type,Change of terms of approval,16,11",
            "items-by-type,Review after investigation, allegation or unplanned ending,5,4",
            "items-by-type,Regulation 25 extension,31,22",
            "items-by-type,Resignation,34,24",
            "items-by-type,Deregistration,0,0",
            "items-by-type,Exemption from the usual fostering limit,0,0",
            "items-by-type,Long-term match,0,0",
            "items-by-type,Supported lodgings assessment,0,0",
            "items-by-type,Information item,0,0",
            "items-by-type,Quality-assurance feedback on reports,0,0",
            "items-by-type,All items,141,100",
        ])
    }
}

/// `timeliness summary` and the annual report's timeliness tables count deadlines through one
/// function (`TimelinessYear`), so on the demo they agree for every panel, rule and year.
struct TimelinessAgreementTests {
    @Test func theSummaryAndTheReportGiveTheSamePercentMet() throws {
        let panel = demoRunner()
        let tables = [("fostering", "fostering", "timeliness"), ("fostering", "matching", "long-term-matching-timeliness"), ("adoption", "adoption", "timeliness")]
        var compared = 0
        for (service, panelID, table) in tables {
            let report = panel("report", "annual", "--service", service, "--year", "2024/25", "--as-of", "2025-03-31", "--table", table,
                               "--format", "csv", "--db", "demo.db").out.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            for (year, column) in [("2024/25", 6), ("2023/24", 7)] {
                let summary = panel("timeliness", "summary", "--year", year, "--panel", panelID, "--as-of", "2025-03-31", "--format", "csv", "--no-headers", "--db", "demo.db")
                    .out.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
                // One scale everywhere: the summary's 95 is the report's 95 (per cent, as a number).
                let fromSummary = Dictionary(uniqueKeysWithValues: summary.map { (String($0[0]), String($0[7])) })
                let fromReport = Dictionary(uniqueKeysWithValues: report.map { (String($0[1]), String($0[column])) })
                #expect(!fromReport.isEmpty)
                #expect(fromSummary == fromReport, "\(panelID) \(year)")
                compared += fromReport.count
            }
        }
        // Eight rules of the chain (D0, D1, D1a, D2, D2a, D3, D4 or D4a, D5), three panels,
        // two years.
        #expect(compared == 48)
    }
}
