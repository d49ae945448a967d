import Foundation
import Testing

@testable import PanelCLI

struct ImportTests {
    @Test func importingTheSameFileAgainChangesNothing() {
        let panel = CentralListFixture.runner()
        #expect(panel("import", "members", "members.csv").out == "members.csv: 0 added, 0 updated, 6 unchanged\n")
        #expect(panel("member", "list", "--all", "--format", "csv").out.split(separator: "\r\n").count == 7)
    }

    @Test func columnsAFileLeavesOutKeepTheirStoredValues() {
        let panel = CentralListFixture.runner()
        panel.write("names.csv", "id,name,category\nM02,Bea Colder-Smith,social-worker\n")
        #expect(panel("import", "members", "names.csv").out == "names.csv: 0 added, 1 updated, 0 unchanged\n")
        #expect(panel("export", "members").out.contains("M02,Bea Colder-Smith,social-worker,fostering;ltm,vice-chair;chair,no,2021-06-03,2021-09-01,,,2024-03-01,2023-01-01\r\n"))
    }

    @Test func threeBadRowsAreAllReportedAndNothingIsWritten() {
        let panel = CentralListFixture.runner()
        let before = panel("export", "members").out
        panel.write("more.csv", """
            id,name,category,panels,role,independent,qualified_on,joined_on
            M07,Gus Hale,health,fostering,member,no,,2024-05-01
            M08,Hal Ives,socal-worker,fostering,member,no,,2024-05-01
            M09,Ivy Jones,adopter,fostering;nopanel,member,yes,,2024-05-01
            M10,Jo Kerr,social-worker,fostering,member,no,2020-13-01,2024-05-01

            """)
        let result = panel("import", "members", "more.csv")
        #expect(result == PanelResult(out: "", err: """
            more.csv:3: category: 'socal-worker' is not one of social-worker, independent-member, elected-member, health, education, care-experienced, foster-carer, adopter, other, panel-adviser, medical-adviser, legal-adviser, minute-taker
            more.csv:4: panels: no panel 'nopanel'; the panels are fostering, ltm
            more.csv:5: qualified_on: '2020-13-01' is not a day; write YYYY-MM-DD
            error: 3 problems in more.csv; nothing was imported

            """, code: 65))
        #expect(panel("export", "members").out == before)
    }

    @Test func headerProblemsAreReportedOnLineOne() {
        let panel = CentralListFixture.runner()
        panel.write("odd.csv", "id,name,categroy\nM07,Gus Hale,health\n")
        #expect(panel("import", "members", "odd.csv").err == """
            odd.csv:1: categroy: is not a column of members; expected id,name,category,panels,role,independent,qualified_on,joined_on,left_on,notice_on,appraised_on,dbs_on
            odd.csv:1: category: the column is missing
            error: 2 problems in odd.csv; nothing was imported

            """)
    }

    @Test func aRowWithTheWrongNumberOfFieldsAndADuplicateId() {
        let panel = CentralListFixture.runner()
        panel.write("rows.csv", "id,name,category\nM07,Gus Hale\nM08,Hal Ives,health\nM08,Hal Ives again,health\n")
        #expect(panel("import", "members", "rows.csv").err == """
            rows.csv:2: row: has 2 fields but the header has 3
            rows.csv:4: id: 'M08' is also on line 3
            error: 2 problems in rows.csv; nothing was imported

            """)
    }

    @Test func aMalformedCSVFileIsADataError() {
        let panel = CentralListFixture.runner()
        panel.write("broken.csv", "id,name,category\nM07,\"Gus Hale,health\n")
        #expect(panel("import", "members", "broken.csv") == PanelResult(out: "", err: "error: broken.csv:2: a quoted field is never closed\n", code: 65))
    }

    @Test func aMissingFileIsNoInput() {
        let panel = CentralListFixture.runner()
        #expect(panel("import", "members", "absent.csv").code == 66)
    }

    @Test func dryRunWritesNothing() {
        let panel = CentralListFixture.runner()
        panel.write("new.csv", "id,name,category,panels\nM07,Gus Hale,health,fostering\n")
        #expect(panel("import", "members", "new.csv", "--dry-run").out == "new.csv: 1 added, 0 updated, 0 unchanged (dry run: nothing written)\n")
        #expect(panel("member", "show", "M07").code == 65)
    }

    @Test func exportReimportsIntoAFreshDatabase() throws {
        let panel = CentralListFixture.runner()
        #expect(panel("meeting", "plan", "--panel", "fostering", "--year", "2024/25", "--rule", "2nd Monday").code == 0)
        #expect(panel("meeting", "cancel", "fostering-2024-08-12", "--reason", "insufficient panel business, \"again\"").code == 0)
        #expect(panel("meeting", "attendance", "fostering-2024-04-08", "M02", "--attended", "present").code == 0)
        for kind in ["panels", "members", "meetings", "attendance"] {
            #expect(panel("export", kind, "--output", "\(kind).out.csv").code == 0)
            let mode = try FileManager.default.attributesOfItem(atPath: "\(panel.folder)/\(kind).out.csv")[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(panel("init", "--db", "fresh.db").code == 0)
        for kind in ["panels", "members", "meetings", "attendance"] {
            #expect(panel("import", kind, "\(kind).out.csv", "--db", "fresh.db").code == 0)
            #expect(panel("export", kind, "--db", "fresh.db").out == panel("export", kind).out)
        }
    }
}

struct MemberCommandTests {
    @Test func aThirdViceChairIsRefused() {
        let panel = CentralListFixture.runner()
        #expect(panel("member", "add", "M07", "--name", "Gus Hale", "--category", "health", "--panels", "fostering", "--role", "vice-chair", "--joined-on", "2024-05-01").code == 0)
        let result = panel("member", "add", "M08", "--name", "Hal Ives", "--category", "education", "--panels", "fostering", "--role", "vice-chair", "--joined-on", "2024-05-02")
        #expect(result == PanelResult(out: "", err: """
            error: --role: Fostering Panel would have 3 vice chairs from 2024-05-02 (M02, M07, M08); at most 2 are allowed

            """, code: 65))
        #expect(panel("member", "update", "M07", "--left-on", "2024-05-02").out == "Updated M07\n")
        #expect(panel("member", "add", "M08", "--name", "Hal Ives", "--category", "education", "--panels", "fostering", "--role", "vice-chair", "--joined-on", "2024-05-02").code == 0)
    }

    @Test func anIndependentPanelsChairMustBeIndependent() {
        let panel = CentralListFixture.runner()
        #expect(panel("member", "update", "M01", "--independent", "no").err.hasPrefix(
            "error: --independent: M01 chairs Fostering Panel, whose chair must be independent; set independent to yes\n"))
    }

    @Test func badOptionValuesAreUsageErrors() {
        let panel = CentralListFixture.runner()
        #expect(panel("member", "add", "M07", "--name", "Gus", "--category", "health", "--joined-on", "2024-02-30") == PanelResult(
            out: "", err: "error: --joined-on: '2024-02-30' is not a day; write YYYY-MM-DD\nSee 'panel member add --help'.\n", code: 64))
    }

    @Test func checkListsWhatNeedsAttention() {
        let panel = CentralListFixture.runner()
        #expect(panel("member", "update", "M03", "--notice-on", "2024-05-20").code == 0)
        let result = panel("members", "check", "--as-of", "2024-06-01", "--format", "csv", "--fail-on-findings")
        #expect(result.out == """
            finding,subject,detail\r
            notice-ending,M03,Cal Dunmore: notice given 2024-05-20 ends 2024-06-20\r
            no-vice-chair,ltm,Long-term Matching Panel has no vice chair; it must have one or two\r
            no-quorum,ltm,Long-term Matching Panel cannot make a quorum even with everyone on its list: 1 member; at least 5 needed; 0 social workers with 3 years' post-qualifying experience on 2024-06-01; at least 1 needed\r

            """)
        #expect(result.code == 1)
    }

    @Test func showJudgesExperienceOnADay() {
        let panel = CentralListFixture.runner()
        let result = panel("member", "show", "M02", "--as-of", "2024-06-03", "--format", "json")
        #expect(result.out.contains("\"qualified_3_years_2024-06-03\": true"))
        #expect(panel("member", "show", "M02", "--as-of", "2024-06-02", "--format", "json").out.contains("\"qualified_3_years_2024-06-02\": false"))
    }
}

struct MeetingCommandTests {
    @Test func planningAYearListsTheSkippedBankHolidays() {
        let panel = CentralListFixture.runner()
        let result = panel("meeting", "plan", "--panel", "fostering", "--year", "2024/25", "--rule", "2nd and 4th Monday")
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.first == "Planned 22 meetings of Fostering Panel for 2024/25 (2nd and 4th Monday):")
        #expect(lines.suffix(3) == [
            "Skipped 2 days when the service is closed; rearrange these by hand:",
            "  2024-05-27  Monday 27 May 2024  Spring bank holiday",
            "  2024-08-26  Monday 26 August 2024  Summer bank holiday",
        ])
        #expect(panel("meeting", "list", "--year", "2024/25", "--format", "csv", "--no-headers").out.split(separator: "\r\n").count == 22)
        let again = panel("meeting", "plan", "--panel", "fostering", "--year", "2024/25", "--rule", "2nd and 4th Monday")
        #expect(again.out.hasPrefix("Planned 0 meetings"))
        #expect(again.out.contains("22 of these were already planned and are unchanged."))
    }

    @Test func quorumForExpectedAndActual() {
        let panel = CentralListFixture.runner()
        #expect(panel("meeting", "add", "F1", "--panel", "fostering", "--date", "2024-04-08").out == "Added meeting F1 on Monday 8 April 2024 at 10:00\n")
        panel.write("att.csv", """
            meeting_id,member_id,expected,attended
            F1,M01,yes,apologies
            F1,M02,yes,present
            F1,M03,yes,present
            F1,M04,yes,present
            F1,M05,yes,present
            F1,M06,yes,present

            """)
        #expect(panel("import", "attendance", "att.csv").code == 0)
        #expect(panel("meeting", "quorum", "F1").out == """
            Quorum for Fostering Panel on Monday 8 April 2024 (F1)
            Rule: at least 5 members (6 for a joint panel), including the chair or a vice chair and at least 1 social worker with 3 years' post-qualifying experience; and when the chair is absent and the vice chair who chairs is not independent, another member who is.

            Expected (6 people): quorate
              Counted: Alex Harrow (chair), Bea Colder (vice chair), Cal Dunmore, Dee Ashby, Eli Fenwick
              Not counted: Fay Gorman attends as panel adviser, not as a member

            Actual (5 people): NOT quorate
              - 4 members; at least 5 needed
              Counted: Bea Colder (vice chair), Cal Dunmore, Dee Ashby, Eli Fenwick
              Not counted: Fay Gorman attends as panel adviser, not as a member

            """)
    }

    @Test func attendanceCannotBeRecordedBeforeTheMeeting() {
        let panel = CentralListFixture.runner()
        #expect(panel("meeting", "add", "F2", "--panel", "fostering", "--date", "2024-06-10", "--venue", "Room 2").code == 0)
        #expect(panel("meeting", "attendance", "F2", "M01", "--expected", "yes").code == 0)
        #expect(panel("meeting", "attendance", "F2", "M01", "--attended", "present") == PanelResult(out: "", err: """
            error: --attended: meeting F2 is on 2024-06-10, after today (2024-06-01); record who came once it has been held

            """, code: 65))
    }

    @Test func cancellingNeedsAReasonAndIsListedSeparately() {
        let panel = CentralListFixture.runner()
        #expect(panel("meeting", "add", "F3", "--panel", "fostering", "--date", "2024-07-08").code == 0)
        #expect(panel("meeting", "cancel", "F3").code == 64)
        #expect(panel("meeting", "cancel", "F3", "--reason", "insufficient panel business").code == 0)
        #expect(panel("meeting", "list", "--status", "cancelled", "--format", "csv").out == """
            id,panel,date,weekday,start_time,venue,status,cancel_reason\r
            F3,fostering,2024-07-08,Monday,10:00,Northvale Town Hall,cancelled,insufficient panel business\r

            """)
    }

    @Test func aMissingDatabaseSaysHowToMakeOne() {
        let panel = PanelRunner()
        #expect(panel("meeting", "list") == PanelResult(
            out: "", err: "error: no database at \(panel.folder)/panel.db; create one with 'panel init' or choose another with --db PATH\n", code: 66))
    }
}

struct PanelCommandTests {
    @Test func addUpdateShowAndList() {
        let panel = PanelRunner()
        #expect(panel("init").code == 0)
        #expect(panel("panel", "add", "adoption", "--name", "Adoption Panel", "--kind", "adoption", "--start-time", "09:30", "--venue", "Microsoft Teams").out
            == "Added panel adoption: Adoption Panel\n")
        #expect(panel("panel", "add", "adoption", "--name", "Again", "--kind", "adoption", "--start-time", "09:30")
            == PanelResult(out: "", err: "error: panel 'adoption' already exists; change it with 'panel panel update adoption'\n", code: 65))
        #expect(panel("panel", "add", "ltm", "--name", "LTM", "--kind", "long-term-matching", "--start-time", "9.30").err
            == "error: --start-time: '9.30' is not a time; write HH:MM on the 24-hour clock\nSee 'panel panel add --help'.\n")
        #expect(panel("panel", "update", "adoption", "--venue", "Room 4").out == "Updated panel adoption\n")
        #expect(panel("panel", "update", "adoption", "--venue", "Room 4").out == "Panel adoption unchanged\n")
        #expect(panel("panel", "list", "--format", "csv").out
            == "id,name,kind,start_time,venue,independent_chair,joint\r\nadoption,Adoption Panel,adoption,09:30,Room 4,yes,no\r\n")
        // A panel constituted jointly with another service needs six for a quorum.
        #expect(panel("panel", "update", "adoption", "--joint", "yes").out == "Updated panel adoption\n")
        #expect(panel("panel", "show", "adoption", "--format", "json").out.contains("\"joint\": true"))
        #expect(panel("panel", "show", "nopanel") == PanelResult(out: "", err: "error: no panel with id 'nopanel'\n", code: 65))
    }
}
