import Foundation
import Testing

@testable import PanelCLI
import PanelStore

func mode(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
}

struct BusyTests {
    /// Another command holding the write lock past the busy timeout (5 s): told to try again,
    /// exit 75, and nothing written.
    @Test func aWriterHeldUpPastTheBusyTimeoutIsToldToTryAgain() throws {
        let panel = PanelRunner()
        #expect(panel("init").code == 0)
        let other = try Database(path: panel.folder + "/panel.db")
        try other.execute("BEGIN IMMEDIATE")
        #expect(panel("adopter", "add", "A1") == PanelResult(
            out: "", err: "error: the database \(panel.folder)/panel.db is busy with another panel command; try again in a moment\n", code: 75))
        try other.execute("ROLLBACK")
        #expect(panel("adopter", "list", "--format", "csv", "--no-headers").out == "")
        #expect(panel("audit", "--record", "adopter:A1", "--format", "csv", "--no-headers").out == "")
    }
}

struct AuditTests {
    @Test func everyWriteIsRecordedWithWhoWhenAndWhatChanged() {
        let panel = PanelRunner()
        panel.now = "2024-06-30T09:15:00Z"
        panel.environment = ["PANEL_USER": "Sam Clerk"]
        #expect(panel("init").code == 0)
        #expect(panel("adopter", "add", "A1", "--roi-on", "2024-01-10").code == 0)
        #expect(panel("adopter", "update", "A1", "--roi-decided-on", "2024-01-12", "--roi-outcome", "accepted", "--by", "Jo Advisor").code == 0)
        #expect(panel("adopter", "update", "A1", "--roi-outcome", "maybe").code == 64)
        #expect(panel("audit", "--record", "adopter:A1", "--format", "csv") == PanelResult(out: """
            at,by,command,record,part,action,changes\r
            2024-06-30T09:15:00Z,Sam Clerk,panel adopter add A1 --roi-on 2024-01-10,adopter:A1,adopters,added,fast_track = no; id = A1; roi_on = 2024-01-10\r
            2024-06-30T09:15:00Z,Jo Advisor,panel adopter update A1 --roi-decided-on 2024-01-12 --roi-outcome accepted,adopter:A1,adopters,changed,roi_decided_on: (none) → 2024-01-12; roi_outcome: (none) → accepted\r

            """, err: "", code: 0))
        // The log keeps an added row's filled fields and a change's changed fields, no more.
        #expect(panel("audit", "--record", "adopter:A1", "--format", "json").out.contains("""
                "action": "added",
                "before": null,
                "after": {
                  "fast_track": "no",
                  "id": "A1",
                  "roi_on": "2024-01-10"
                }
            """))
        #expect(panel("audit", "--record", "adopter:A1", "--format", "json").out.contains("""
                "action": "changed",
                "before": {},
                "after": {
                  "roi_decided_on": "2024-01-12",
                  "roi_outcome": "accepted"
                }
            """))
    }

    @Test func importsAndRefusedImportsAreAuditedOrNot() {
        let panel = CentralListFixture.runner()
        panel.now = "2024-06-01T10:00:00Z"
        panel.environment = ["PANEL_USER": "Sam Clerk"]
        panel.write("meetings.csv", "id,panel,date\nF1,fostering,2024-07-01\nF2,fostering,not-a-day\n")
        #expect(panel("import", "meetings", "meetings.csv").code == 65)
        #expect(panel("audit", "--record", "meeting:F1", "--format", "csv", "--no-headers").out == "")
        panel.write("meetings.csv", "id,panel,date\nF1,fostering,2024-07-01\n")
        #expect(panel("import", "meetings", "meetings.csv").code == 0)
        #expect(panel("audit", "--record", "meeting:F1", "--format", "csv", "--no-headers").out
            == "2024-06-01T10:00:00Z,Sam Clerk,panel import meetings meetings.csv,meeting:F1,meetings,added,date = 2024-07-01; id = F1; panel = fostering; start_time = 10:00; status = planned; venue = Northvale Town Hall\r\n")
        #expect(panel("audit", "--record", "meeting:F1", "--since", "2024-06-02", "--format", "csv", "--no-headers").out == "")
        #expect(panel("audit", "--record", "F1").code == 64)
    }
}

struct BackupTests {
    @Test func backupThenRestoreKeepsTheOldFileAside() throws {
        let panel = journeyRunner()
        panel.now = "2024-06-30T09:15:00Z"
        #expect(panel("backup", "copy.db") == PanelResult(out: "Backed up \(panel.folder)/panel.db to \(panel.folder)/copy.db\n", err: "", code: 0))
        #expect(mode(panel.folder + "/copy.db") == 0o600)
        #expect(panel("carer", "update", "H1", "--name", "Changed after the backup").code == 0)
        #expect(panel("restore", "copy.db").out == "Restored \(panel.folder)/panel.db from \(panel.folder)/copy.db; the database it replaced is \(panel.folder)/panel.db.before-restore-20240630091500\n")
        #expect(!panel("carer", "show", "H1").out.contains("Changed after the backup"))
        #expect(panel("carer", "show", "H1", "--db", "panel.db.before-restore-20240630091500").out.contains("Changed after the backup"))
        #expect(mode(panel.folder + "/panel.db") == 0o600)
    }

    @Test func restoreRefusesWhatIsNotAWholePanelDatabase() throws {
        let panel = journeyRunner()
        panel.write("notes.db", "these are not SQLite pages\n")
        let refused = panel("restore", "notes.db")
        #expect(refused.code == 65)
        #expect(refused.err.hasSuffix("; nothing was restored\n"))
        // A backup with a page scribbled over fails the integrity check.
        #expect(panel("backup", "copy.db").code == 0)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: panel.folder + "/copy.db"))
        try handle.seek(toOffset: 4096 + 8)
        handle.write(Data(repeating: 0xA5, count: 4000))
        try handle.close()
        let corrupt = panel("restore", "copy.db")
        #expect(corrupt.code == 65)
        #expect(corrupt.err.contains("nothing was restored"))
        #expect(panel("adopter", "list", "--format", "csv", "--no-headers").out.split(separator: "\r\n").count == 3)
        #expect(panel("restore", "missing.db").code == 66)
    }
}

struct CheckTests {
    @Test func aCleanDatabasePassesAndABrokenStockIsReported() {
        let panel = journeyRunner()
        #expect(panel("check") == PanelResult(out: "ok: integrity, foreign keys and records; 0 items, 3 adopters, 4 children, 4 households checked\n", err: "", code: 0))
        #expect(panel("carer", "add", "H9", "--left-on", "2021-06-01", "--leaving-route", "deregistration", "--leaving-reason", "inactive").code == 0)
        #expect(panel("check") == PanelResult(
            out: "households 2021/22: H9 left on 2021-06-01 with no approval day recorded (out by -1)\n",
            err: "error: 1 problem found; 0 items, 3 adopters, 4 children, 5 households checked\n", code: 1))
    }
}

struct PrivacyTests {
    @Test func everyFileTheToolCreatesIsPrivate() {
        let panel = demoRunner()
        #expect(mode(panel.folder + "/demo.db") == 0o600)
        #expect(panel("export", "all", "out", "--db", "demo.db").code == 0)
        #expect(mode(panel.folder + "/out") == 0o700)
        #expect(mode(panel.folder + "/out/items.csv") == 0o600)
        #expect(panel("report", "annual", "--service", "adoption", "--year", "2024/25", "--format", "html", "--output", "r.html", "--db", "demo.db").code == 0)
        #expect(mode(panel.folder + "/r.html") == 0o600)
        #expect(panel("backup", "b.db", "--db", "demo.db").code == 0)
        #expect(mode(panel.folder + "/b.db") == 0o600)
    }
}
