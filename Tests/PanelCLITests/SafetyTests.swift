import Foundation
import PanelDomain
import Testing

@testable import PanelCLI
@testable import PanelStore

/// Issue 16's repros: each refused with a clear message and its exit code, every file left
/// as it was.
struct RestoreTests {
    /// A demo-sized database with a backup, and a change made after the backup.
    func backedUp() -> PanelRunner {
        let panel = journeyRunner()
        panel.now = "2024-06-30T09:15:00Z"
        precondition(panel("backup", "copy.db").code == 0)
        precondition(panel("adopter", "add", "AFTER", "--roi-on", "2024-01-10").code == 0)
        return panel
    }

    func files(_ panel: PanelRunner, prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: panel.folder)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }

    @Test func twoRestoresKeepTwoCopiesAndAreAudited() throws {
        let panel = backedUp()
        #expect(panel("restore", "copy.db").code == 0)
        #expect(panel("adopter", "add", "SECOND", "--roi-on", "2024-01-10").code == 0)
        #expect(panel("restore", "copy.db").code == 0)
        // The same second, two restores: two kept copies, neither over the other.
        let kept = files(panel, prefix: "panel.db.before-restore-")
        #expect(kept == ["panel.db.before-restore-20240630091500", "panel.db.before-restore-20240630091500-2"])
        #expect(panel("adopter", "show", "AFTER", "--db", kept[0]).code == 0)
        #expect(panel("adopter", "show", "SECOND", "--db", kept[1]).code == 0)
        #expect(panel("adopter", "show", "AFTER").code == 65)
        let audit = panel("audit", "--record", "database:restore", "--format", "csv", "--no-headers").out
        #expect(audit.split(separator: "\r\n").count == 1)
        #expect(audit.contains(",panel restore copy.db,database:restore,restore,changed,replaced_database_kept_as: (none) → \(panel.folder)/\(kept[1])"))
        #expect(audit.contains("restored_from: (none) → \(panel.folder)/copy.db"))
    }

    @Test func anotherServicesBackupNeedsForce() {
        let panel = backedUp()
        #expect(panel("init", "--db", "other.db", "--service", "Southvale Adoption").code == 0)
        let refused = panel("restore", "other.db")
        #expect(refused.code == 65)
        #expect(refused.err.contains("is a backup of 'Southvale Adoption', not of 'Northvale'; give --force"))
        #expect(panel("adopter", "show", "AFTER").code == 0)
        #expect(panel("restore", "other.db", "--force").code == 0)
        #expect(panel("adopter", "show", "AFTER").code == 65)
    }

    /// Each crafted backup is refused, the difference named, and the database unchanged.
    @Test(arguments: [
        ("CREATE TRIGGER forget AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE sequence = NEW.sequence; END", "trigger forget is not one this version makes"),
        ("DROP TRIGGER audit_adopters_insert; DROP TRIGGER audit_adopters_update; DROP TRIGGER audit_adopters_delete", "trigger audit_adopters_delete is missing"),
        ("CREATE TRIGGER wipe AFTER INSERT ON panel_migrations BEGIN DELETE FROM audit_log; END", "trigger wipe is not one this version makes"),
        ("CREATE TRIGGER agree AFTER UPDATE ON agenda_items BEGIN UPDATE agenda_items SET adm_decision = 'agreed' WHERE id = NEW.id; END", "trigger agree is not one this version makes"),
        ("PRAGMA foreign_keys = OFF; DROP TABLE agenda_items", "table agenda_items is missing"),
        ("PRAGMA foreign_keys = OFF; ALTER TABLE service RENAME TO old_service; CREATE VIEW service AS SELECT * FROM old_service", "view service is not the table this version makes"),
        ("PRAGMA user_version = 999", "user_version is 999, not 0"),
        ("PRAGMA foreign_keys = OFF; INSERT INTO children (id, adopter_id, foster_carer_adoption, early_permanence, plan_change_reason) VALUES ('ORPHAN', 'NOBODY', 0, 0, '')", "refer to missing ones"),
        ("PRAGMA foreign_keys = OFF; DROP TABLE carer_days; CREATE TABLE carer_days (carer_id TEXT, kind TEXT, day TEXT); INSERT INTO carer_days VALUES (NULL, NULL, NULL)", "table carer_days is not the table this version makes"),
    ])
    func aCraftedBackupIsRefused(sql: String, named: String) throws {
        let panel = backedUp()
        let crafted = try Database(path: panel.folder + "/copy.db")
        try crafted.execute(sql)
        let before = panel("export", "adopters").out
        let refused = panel("restore", "copy.db")
        #expect(refused.code == 65, "\(refused.err)")
        #expect(refused.err.contains(named), "\(refused.err)")
        #expect(refused.err.hasSuffix("; nothing was restored\n"))
        #expect(panel("export", "adopters").out == before)
        #expect(files(panel, prefix: "panel.db.").isEmpty)
    }

    @Test func checkFindsATamperedLiveFile() throws {
        let panel = backedUp()
        #expect(panel("check").code == 0)
        try Database(path: panel.folder + "/panel.db").execute("DROP TRIGGER audit_adopters_insert")
        let checked = panel("check")
        #expect(checked.code == 1)
        #expect(checked.out.hasPrefix("schema: trigger audit_adopters_insert is missing\n"))
    }

    @Test func aBackupIsNeverWrittenOverTheDatabaseOrItsLog() {
        let panel = backedUp()
        try? FileManager.default.createDirectory(atPath: panel.folder + "/sub", withIntermediateDirectories: true)
        for target in ["panel.db-wal", "./panel.db", "panel.db-shm", "panel.db-journal", "sub/../panel.db"] {
            let refused = panel("backup", target)
            #expect(refused.code == 74, "\(target): \(refused.err)")
            #expect(refused.err.contains("it is the database or one of its journal files") || refused.err.contains("it is the name of the journal of"), "\(target)")
        }
        #expect(symlink(panel.folder + "/panel.db", panel.folder + "/link.db") == 0)
        #expect(panel("backup", "link.db").err.contains("is not a regular file"))
        #expect(link(panel.folder + "/panel.db", panel.folder + "/hard.db") == 0)
        #expect(panel("backup", "hard.db").err.contains("under another name"))
        #expect(panel("backup", "missing/b.db") == PanelResult(out: "", err: "error: the folder \(panel.folder)/missing does not exist, so b.db cannot be made there\n", code: 74))
        #expect(panel("adopter", "show", "AFTER").code == 0)
    }

    @Test func demoReplacesOnlyAnUntouchedDemo() {
        let panel = demoRunner()
        #expect(panel("demo", "--db", "demo.db").code == 0)
        #expect(panel("adopter", "add", "REAL1", "--roi-on", "2025-01-10", "--db", "demo.db").code == 0)
        let refused = panel("demo", "--db", "demo.db")
        #expect(refused.code == 74)
        #expect(refused.err.contains("is a demo database that has been changed since it was built"))
        #expect(panel("adopter", "show", "REAL1", "--db", "demo.db").code == 0)
    }
}

struct OpeningTests {
    @Test func aReadingCommandNeverMakesADatabaseOfAnEmptyFile() throws {
        let panel = PanelRunner()
        panel.write("z.db", "")
        #expect(panel("member", "list", "--db", "z.db") == PanelResult(
            out: "", err: "error: \(panel.folder)/z.db has no panel database in it yet; create one with 'panel init --db \(panel.folder)/z.db'\n", code: 66))
        #expect(try FileManager.default.attributesOfItem(atPath: panel.folder + "/z.db")[.size] as? Int == 0)
        #expect(panel("init", "--db", "z.db", "--service", "Zed").code == 0)
        #expect(panel("member", "list", "--db", "z.db").code == 0)
    }

    @Test func anotherProgramsDatabaseIsLeftInItsJournalMode() throws {
        let panel = PanelRunner()
        let path = panel.folder + "/recipes.db"
        let other = try Database(path: path, create: true)
        try other.execute("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')")
        #expect(try other.scalar("PRAGMA journal_mode") == "delete")
        for command in [["member", "list"], ["adopter", "add", "A1"], ["init"]] {
            #expect(panel.run(command + ["--db", "recipes.db"]).code == 65)
        }
        #expect(try Database(path: path).scalar("PRAGMA journal_mode") == "delete")
        #expect(try Database(path: path).scalar("SELECT count(*) FROM sqlite_schema") == "1")
    }

    @Test func missingFoldersAndFoldersHaveTheirOwnCodes() throws {
        let panel = PanelRunner()
        #expect(panel("init", "--db", "/nonexistent-folder/p.db") == PanelResult(
            out: "", err: "error: the folder /nonexistent-folder does not exist, so p.db cannot be made there\n", code: 74))
        try FileManager.default.createDirectory(atPath: panel.folder + "/afolder", withIntermediateDirectories: true)
        #expect(panel("member", "list", "--db", "afolder") == PanelResult(
            out: "", err: "error: \(panel.folder)/afolder is a folder, not a database file; give the file's path with --db PATH\n", code: 66))
        #expect(panel("init", "--db", "afolder").code == 66)
    }

    @Test func networkFileSystemsAreKnownByTheirType() {
        #expect(FileSystem.networkKind(type: 0x6969) == "NFS")
        #expect(FileSystem.networkKind(type: 0xFF53_4D42) == "CIFS")
        #expect(FileSystem.networkKind(type: 0xFE53_4D42) == "SMB2")
        #expect(FileSystem.networkKind(type: 0xEF53) == nil)  // ext4
        #expect(FileSystem.networkKind(of: NSTemporaryDirectory()) == nil)
    }

    @Test func outputGoesOnlyToANewOrRegularFile() throws {
        let panel = documentRunner()
        let fifo = panel.folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(symlink("/proc/self/fd/1", panel.folder + "/stdout") == 0)
        for target in ["pipe", "stdout", "panel.db"] {
            let refused = panel("meeting", "agenda", "F0311", "--output", target)
            #expect(refused.code == 74, "\(target): \(refused.err)")
        }
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat(panel.folder + "/stdout", &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
        #expect(panel("check").code == 0)
        #expect(panel("meeting", "agenda", "F0311", "--output", "agenda.txt").code == 0)
        #expect(panel("meeting", "agenda", "F0311", "--output", "agenda.txt").code == 0)
        #expect(panel("timeliness", "--output", "nowhere/t.csv").code == 74)
    }
}

struct ValueRangeTests {
    @Test(arguments: [
        ["calendar", "add-working-days", "2024-01-01", "9223372036854775807"],
        ["calendar", "add-working-days", "2024-01-01", "-9223372036854775808"],
        ["calendar", "add-working-days", "2035-01-01", "10000000000"],
        ["calendar", "due", "D7", "9999-06-01"],
        ["report", "annual", "--service", "fostering", "--year", "9999/00"],
        ["timeliness", "summary", "--year", "0000/01"],
        ["adopter", "measures", "--year", "9999/00"],
        ["timeliness", "--as-of", "9999-12-31"],
        ["carer", "reviews", "--within", "9223372036854775807"],
        ["timeliness", "upcoming", "--days", "9223372036854775807"],
        ["timeliness", "upcoming", "--days", "99999999999"],
        ["meeting", "add", "ANCIENT", "--panel", "fostering", "--date", "0001-01-01"],
    ])
    func anOutOfRangeValueIsAUsageError(arguments: [String]) {
        let result = documentRunner().run(arguments)
        #expect(result.code == 64, "\(arguments): \(result.err)")
        #expect(result.err.hasPrefix("error: "))
    }

    @Test func daysOutsideTheRangeAreRefusedInFilesWithTheirLine() {
        let panel = documentRunner()
        panel.write("p.csv", "id,roi_on\nTYPO1,9999-12-31\n")
        #expect(panel("import", "adopters", "p.csv").err == "p.csv:2: roi_on: '9999-12-31' is outside the days panel accepts, 1900-01-01 to 2199-12-31\nerror: 1 problem in p.csv; nothing was imported\n")
    }

    @Test func aFarDayAlreadyStoredDoesNotStopTheListings() throws {
        let panel = documentRunner()
        try Database(path: panel.folder + "/panel.db").execute(
            "INSERT INTO adopters (id, name, roi_on, fast_track) VALUES ('OLD1', '', '9999-12-31', 0)")
        let listed = panel("timeliness", "--kind", "adopter", "--format", "csv", "--no-headers")
        #expect(listed.code == 0)
        #expect(listed.out.contains("D12,Registration of interest to ADM decision,adopter,OLD1"))
        #expect(listed.err.hasPrefix("warning: some due days (such as 9999-12-31) fall in years with no bank holidays listed"))
    }

    @Test func rulesAndPolicyNumbersHaveCeilings() {
        for (file, text, message) in [
            ("rules.ini", "[D3]\namount = 9223372036854775807\n", "amount: 9223372036854775807 working days is more than ten years; at most 2610"),
            ("rules.ini", "[D7]\namount = 99999999\n", "amount: 99999999 calendar months is more than ten years; at most 120"),
            ("panels.ini", "[quorum]\nmembers = 100000\n", "members: 100000 is more than any panel or interval needs; at most 999"),
        ] {
            let panel = PanelRunner()
            panel.write("local/" + file, text)
            let result = panel("rules", "check")
            #expect(result.code == 65)
            #expect(result.err.contains(message), "\(result.err)")
        }
    }

    @Test func longTextAndNULAreRefusedWithTheirField() {
        let panel = documentRunner()
        let long = String(repeating: "x", count: 100_000)
        let named = panel("adopter", "add", "A9", "--name", long)
        #expect(named == PanelResult(out: "", err: "error: --name: is 100000 characters long; at most 200 are allowed\nSee 'panel adopter add --help'.\n", code: 64))
        panel.write("nul.csv", "id,name\nA9,Jane\u{0}Doe\n")
        #expect(panel("import", "adopters", "nul.csv").err == "nul.csv:2: name: holds a NUL character; remove it\nerror: 1 problem in nul.csv; nothing was imported\n")
        panel.write("ref.csv", "id,meeting_id,type,case_ref\nI9,F0311,first-review,\(String(repeating: "R", count: 18_000))\n")
        #expect(panel("import", "items", "ref.csv").err.hasPrefix("ref.csv:2: case_ref: is 18000 characters long; at most 64 are allowed\n"))
    }

    @Test func freeTextIsNotRepeatedInMessages() {
        let panel = documentRunner()
        panel.write("p.csv", "id,enquiry_on,roi_outcome,fast_track\nA9,Jane Doe,Jane Doe,Jane Doe\n")
        let result = panel("import", "adopters", "p.csv")
        #expect(!result.err.contains("Jane"))
        #expect(result.err.contains("p.csv:2: enquiry_on: is not a day; write YYYY-MM-DD\n"))
        #expect(panel("adopter", "add", "A9", "--enquiry-on", "2024-13-01").err.hasPrefix("error: --enquiry-on: '2024-13-01' is not a day"))
    }
}

struct ClockTests {
    /// A built tool reads only the real clock: the old test hooks change nothing.
    @Test func theEnvironmentCannotChangeTodayOrTheAuditTime() {
        setenv("PANEL_TODAY", "2099-01-01", 1)
        setenv("PANEL_NOW", "2019-01-01T00:00:00Z", 1)
        defer { unsetenv("PANEL_TODAY"); unsetenv("PANEL_NOW") }
        let context = PanelTool.processContext()
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        #expect(context.today == Day(year: parts.year!, month: parts.month!, day: parts.day!)!)
        #expect(!context.now().hasPrefix("2019"))
    }
}

/// The review of issue 16's work: each finding's repro, refused or kept as it should be.
struct FileSafetyTests {
    /// Another service's database, and its live log, are never a backup's target; an
    /// earlier backup of the same service is replaced.
    @Test func aBackupReplacesOnlyAnEarlierBackupOfTheSameService() throws {
        let panel = RestoreTests().backedUp()
        #expect(panel("init", "--db", "other.db", "--service", "Other").code == 0)
        let other = try Data(contentsOf: URL(fileURLWithPath: panel.folder + "/other.db"))
        #expect(panel("backup", "other.db") == PanelResult(out: "", err: "error: will not write \(panel.folder)/other.db: it holds an SQLite database or its log; choose another path\n", code: 74))
        #expect(try Data(contentsOf: URL(fileURLWithPath: panel.folder + "/other.db")) == other)
        #expect(panel("backup", "other.db-wal").code == 74)
        #expect(panel("backup", "copy.db").code == 0)
    }

    /// A temporary file of the same name as ours is someone's: left alone.
    @Test func anOutputNeverWritesOverAFileNamedLikeItsTemporary() throws {
        let panel = journeyRunner()
        panel.write("out.csv.panel-tmp", "precious")
        #expect(panel("export", "adopters", "--output", "out.csv").code == 0)
        #expect(try String(contentsOfFile: panel.folder + "/out.csv.panel-tmp", encoding: .utf8) == "precious")
        #expect(try String(contentsOfFile: panel.folder + "/out.csv", encoding: .utf8).hasPrefix("id,"))
    }

    /// `demo --db X` builds in a new file of its own, never in `X.building` already there.
    @Test func theDemoLeavesAFolderOfItsBuildingNameAlone() throws {
        let panel = PanelRunner()
        panel.today = day("2025-04-01")
        try FileManager.default.createDirectory(atPath: panel.folder + "/mine.building/sub", withIntermediateDirectories: true)
        panel.write("mine.building/sub/notes.txt", "precious")
        let demo = panel("demo", "--db", "mine")
        #expect(demo.code == 0, "\(demo.err)")
        #expect(try String(contentsOfFile: panel.folder + "/mine.building/sub/notes.txt", encoding: .utf8) == "precious")
    }

    /// A database's `-wal`, `-shm` or `-journal` name is never made a database.
    @Test(arguments: [["init", "--db", "live.db-wal"], ["demo", "--db", "live.db-shm"], ["restore", "copy.db", "--db", "live.db-journal", "--force"],
                      ["check", "--db", "live.db-wal"]])
    func aJournalNameIsNeverADatabase(arguments: [String]) {
        let panel = RestoreTests().backedUp()
        #expect(panel("backup", "live.db").code == 0)
        let result = panel.run(arguments)
        #expect(result.code == 74)
        #expect(result.err.contains("it is the name of the journal of \(panel.folder)/live.db"))
        #expect(!FileManager.default.fileExists(atPath: panel.folder + "/" + arguments[arguments.firstIndex(of: "--db")! + 1]))
    }

    /// A damaged file: `check` reports it (exit 1), other commands say so (65), never 70.
    @Test func aDamagedDatabaseIsReportedNotFailedOn() throws {
        let panel = journeyRunner()
        #expect(panel("backup", "bad.db").code == 0)
        // Every page but the first (the header and schema) overwritten.
        let path = panel.folder + "/bad.db"
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 7, count: size - 4096))
        try handle.close()
        let check = panel("check", "--db", "bad.db")
        #expect(check.code == 1)
        #expect(check.out.hasPrefix("integrity: "))
        #expect(check.err.hasSuffix("the database file is damaged; restore the last good backup with 'panel restore'\n"))
        #expect([65, 1].contains(panel("adopter", "list", "--db", "bad.db").code))
    }

    /// Writes stop when an audit trigger is gone, rather than going unrecorded.
    @Test func aDatabaseWithoutItsAuditTriggersIsNotWrittenTo() throws {
        let panel = journeyRunner()
        try Database(path: panel.folder + "/panel.db").execute("DROP TRIGGER audit_adopters_insert")
        #expect(panel("adopter", "add", "A9", "--roi-on", "2024-01-10") == PanelResult(out: "", err: """
            error: the database's audit trigger audit_adopters_insert is missing (changed by another program?), so a change would not be recorded; nothing was written. Run 'panel check', and restore the last good backup

            """, code: 65))
        #expect(panel("adopter", "list").code == 0)
    }

    /// Days out of range in a closures file, and stored by another program, are found.
    @Test func daysOutsideTheRangeAreFoundInFilesAndTheDatabase() throws {
        let panel = journeyRunner()
        panel.write("local/closures.txt", "2250-01-01 Far off\n")
        #expect(panel("rules", "check").err == "error: \(panel.folder)/local/closures.txt:1: day: 2250-01-01 is outside the days panel accepts, 1900-01-01 to 2199-12-31\n")
        try FileManager.default.removeItem(atPath: panel.folder + "/local")
        try Database(path: panel.folder + "/panel.db").execute("UPDATE adopters SET enquiry_on = '1800-01-01' WHERE id = 'A1'")
        let check = panel("check")
        #expect(check.code == 1)
        #expect(check.out.contains("day: adopters.enquiry_on: '1800-01-01' is outside the days panel accepts, 1900-01-01 to 2199-12-31 (id A1)\n"))
        #expect(panel("report", "annual", "--service", "adoption", "--as-of", "1900-01-01").out.hasPrefix("Adoption panel annual report 1900/01\n"))
    }

    /// Names typed where an id or a code belongs are not repeated in messages.
    @Test func namesAreNotRepeatedInMessages() {
        let panel = CentralListFixture.runner()
        for arguments in [["member", "show", "Jane Doe"], ["member", "add", "M9", "--name", "Jane", "Doe", "--category", "other"],
                          ["member", "add", "M9", "--name", "J", "--category", "other", "--panels", "fostering", "--role", "Jane Doe"],
                          ["member", "add", "M9", "--name", "J", "--category", "other", "--panels", "Jane Doe"],
                          ["meeting", "plan", "--panel", "fostering", "--year", "2024/25", "--rule", "Jane Doe"], ["Jane Doe"]] {
            let result = panel.run(arguments)
            #expect(result.code != 0)
            #expect(!result.err.contains("Jane") && !result.err.contains("Doe"), "\(arguments): \(result.err)")
        }
    }

    /// A moved item, someone who took no part and the service's name go out and come back.
    @Test func exportAllCarriesMovesAbsencesAndTheServiceName() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I1", "--meeting-id", "F0311", "--type", "first-review", "--case-ref", "FC-1").code == 0)
        #expect(panel("item", "move", "I1", "F0325", "--reason", "papers late").code == 0)
        panel.today = day("2024-03-25")
        CentralListFixture.attend(panel, "F0325")
        #expect(panel("item", "absence", "I1", "M05", "--reason", "left").code == 0)
        #expect(panel("export", "all", "out/").code == 0)
        #expect(panel("init", "--db", "fresh.db", "--service", "Someone else").code == 0)
        #expect(panel("import", "all", "out/", "--db", "fresh.db").out.split(separator: "\n").first == "out/service.csv: 0 added, 1 updated, 0 unchanged")
        for kind in ["service", "items", "item-moves", "item-absences", "attendance"] {
            #expect(panel("export", kind, "--db", "fresh.db").out == panel("export", kind).out, "\(kind)")
        }
        #expect(panel("export", "item-moves").out == "item_id,sequence,from_meeting,to_meeting,moved_on,reason\r\nI1,1,F0311,F0325,2024-03-01,papers late\r\n")
    }

    @Test func deeplyNestedSectionsAreRefusedNotACrash() {
        let panel = PanelRunner()
        panel.write("deep.txt.mustache", String(repeating: "{{#a}}", count: 20_000) + "x" + String(repeating: "{{/a}}", count: 20_000))
        panel.write("data.json", "{\"a\": true}")
        #expect(panel("template", "render", "deep.txt.mustache", "--data", "data.json") == PanelResult(
            out: "", err: "error: \(panel.folder)/deep.txt.mustache:1:601: sections nest more than 100 deep\n", code: 65))
    }
}
