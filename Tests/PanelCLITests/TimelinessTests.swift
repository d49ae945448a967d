import Foundation
import Testing
import PanelDomain

@testable import PanelCLI

struct TimelinessTests {
    /// The draft reports were due at the advisor three weeks before the panel of Monday 11
    /// March 2024, on Monday 19 February; none is recorded, so on 26 March they are 36 days
    /// overdue (10 days of February, 26 of March), in days rather than a rounded-up "6 weeks".
    @Test func overdueRowsAndTheFailOnExitCode() {
        let panel = documentRunner()
        let result = panel("timeliness", "--as-of", "2024-03-26", "--status", "overdue,missed,due", "--format", "csv", "--fail-on", "overdue")
        #expect(result.out == """
            due_on,status,detail,rule,title,kind,subject,case_ref,meeting,panel_on,anchor_on,event_on\r
            2024-02-19,overdue,36 days overdue (due at least 3 weeks before),D0,Draft report to panel advisor,item,I1,FC-1042,F0311,2024-03-11,2024-03-11,\r
            2024-02-19,overdue,36 days overdue (due at least 3 weeks before),D0,Draft report to panel advisor,item,I2,<script>FC-7</script>,F0311,2024-03-11,2024-03-11,\r
            2024-03-22,overdue,2 working days overdue,D4,Applicant told of decision orally (fostering),item,I1,FC-1042,F0311,2024-03-11,2024-03-20,\r
            2024-03-26,due,due today,D4,Applicant told of decision orally (fostering),item,I2,<script>FC-7</script>,F0311,2024-03-11,2024-03-22,\r
            2024-03-27,due,1 working day left,D5,Written decision sent,item,I1,FC-1042,F0311,2024-03-11,2024-03-20,\r
            2024-04-02,due,3 working days left,D5,Written decision sent,item,I2,<script>FC-7</script>,F0311,2024-03-11,2024-03-22,\r

            """)
        #expect(result.code == 1)
        #expect(result.err == "error: 3 deadlines are overdue\n")
        #expect(panel("timeliness", "--as-of", "2024-03-26", "--status", "met", "--fail-on", "overdue").code == 0)
    }

    /// Rows due on the same day for the same panel day keep agenda order: meetings by start
    /// time, then id as SQLite orders text (byte by byte: "D" before "F" before "a"), items
    /// by their place on the agenda, whatever their ids. Meeting E0311 meets at 14:00, after
    /// F0311 at 10:00, though its id sorts first; on it Z9 comes first, as the agenda orders
    /// it. D0311 and a0311 meet at 10:00 too. Every item's draft report (D0) was due 3 weeks
    /// before, on Monday 19 February 2024.
    @Test func rowsDueTogetherKeepAgendaOrderAcrossMeetings() {
        let panel = documentRunner()
        panel.today = day("2024-02-01")
        #expect(panel("meeting", "add", "E0311", "--panel", "fostering", "--date", "2024-03-11", "--start-time", "14:00").code == 0)
        #expect(panel("item", "add", "A9", "--meeting-id", "E0311", "--type", "periodic-review", "--case-ref", "FC-9", "--order", "2").code == 0)
        #expect(panel("item", "add", "Z9", "--meeting-id", "E0311", "--type", "periodic-review", "--case-ref", "FC-8", "--order", "1").code == 0)
        for (meeting, item) in [("a0311", "B9"), ("D0311", "C9")] {
            #expect(panel("meeting", "add", meeting, "--panel", "fostering", "--date", "2024-03-11", "--start-time", "10:00").code == 0)
            #expect(panel("item", "add", item, "--meeting-id", meeting, "--type", "periodic-review", "--case-ref", "FC-7").code == 0)
        }
        let rows = panel("timeliness", "--as-of", "2024-03-26", "--rule", "D0", "--format", "csv", "--no-headers").out
            .split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.map { "\($0[0]) \($0[6]) \($0[8])" } == [
            "2024-02-19 C9 D0311", "2024-02-19 I1 F0311", "2024-02-19 I2 F0311", "2024-02-19 B9 a0311", "2024-02-19 Z9 E0311", "2024-02-19 A9 E0311",
        ])
    }

    @Test func aLocalRuleChangesTheOutcomeWithoutRebuilding() {
        let panel = documentRunner()
        let before = panel("timeliness", "--as-of", "2024-03-26", "--rule", "D4", "--item-free", "--format", "csv")
        #expect(before.code == 64)
        #expect(panel("timeliness", "--as-of", "2024-03-26", "--rule", "D4", "--status", "overdue", "--format", "csv", "--no-headers").out
            == "2024-03-22,overdue,2 working days overdue,D4,Applicant told of decision orally (fostering),item,I1,FC-1042,F0311,2024-03-11,2024-03-20,\r\n")
        panel.write("local/rules.ini", "[D4]\namount = 5\n")
        #expect(panel("timeliness", "--as-of", "2024-03-26", "--rule", "D4", "--status", "overdue", "--format", "csv", "--no-headers").out == "")
        #expect(panel("timeliness", "--as-of", "2024-03-26", "--rule", "D4", "--format", "csv", "--no-headers").out.hasPrefix("2024-03-27,due,1 working day left,D4,"))
    }

    @Test func summaryCountsAndRoundsHalfUp() {
        let panel = documentRunner()
        #expect(panel("timeliness", "summary", "--year", "2023/24", "--as-of", "2024-03-26", "--format", "csv").out == """
            rule,title,met,missed,overdue,due,not_applicable,percent_met\r
            D0,Draft report to panel advisor,0,0,2,0,0,0\r
            D1,Papers to panel members (local),2,0,0,0,0,100\r
            D1a,Papers to panel members (NMS floor),2,0,0,0,0,100\r
            D2,Draft minutes,2,0,0,0,0,100\r
            D2a,Final minutes to the ADM,2,0,0,0,0,100\r
            D3,ADM decision,2,0,0,0,0,100\r
            D4,Applicant told of decision orally (fostering),0,0,1,1,0,0\r
            D5,Written decision sent,0,0,0,2,0,\r

            """)
        #expect(Rounding.percent(1, of: 8) == 13)
        #expect(Rounding.percent(5, of: 8) == 63)
        #expect(Rounding.percent(2, of: 3) == 67)
        #expect(Rounding.percent(1, of: 3) == 33)
    }

    @Test func upcomingIsTheNextWorkingDays() {
        let panel = documentRunner()
        let rows = panel("timeliness", "upcoming", "--as-of", "2024-03-26", "--days", "1", "--format", "csv", "--no-headers").out.split(separator: "\r\n")
        #expect(rows.map { $0.split(separator: ",")[0...3].joined(separator: ",") } == ["2024-03-26,due,due today,D4", "2024-03-27,due,1 working day left,D5"])
    }
}
