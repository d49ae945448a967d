import Foundation
import Testing
import PanelDomain

@testable import PanelCLI

/// The central-list fixture with meetings either side of the 2024/25 year boundary.
func agendaRunner() -> PanelRunner {
    let panel = CentralListFixture.runner()
    panel.today = day("2024-03-01")
    for (id, date) in [("F0311", "2024-03-11"), ("F0325", "2024-03-25"), ("F0408", "2024-04-08"), ("F0422", "2024-04-22")] {
        precondition(panel("meeting", "add", id, "--panel", "fostering", "--date", date).code == 0)
    }
    return panel
}

struct ItemCommandTests {
    @Test func capacityNeedsAnOverrideWhoseReasonIsKept() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I1", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-1").code == 0)
        #expect(panel("item", "add", "I2", "--meeting-id", "F0311", "--type", "family-and-friends-assessment", "--case-ref", "FC-2").code == 0)
        #expect(panel("item", "add", "I3", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-3") == PanelResult(out: "", err: """
            error: --override: meeting F0311 would hold 3 of Skills to Foster assessment and Family and friends assessment; at most 2 may be booked on one panel without an override and its reason

            """, code: 65))
        #expect(panel("item", "add", "I3", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-3", "--override", "Reg 24 approval ends").out == "Booked I3 (FC-3) on F0311\n")
        #expect(panel("item", "show", "I3", "--format", "json").out.contains("\"capacity_override\": \"Reg 24 approval ends\""))
        // Later edits to the items already booked are not held up by the rule.
        #expect(panel("item", "update", "I1", "--presenting-worker", "R. Example").out == "Updated item I1\n")
        #expect(panel("item", "add", "I4", "--meeting-id", "F0311", "--type", "first-review", "--case-ref", "FC-4").code == 0)
    }

    @Test func aTypeFromAnotherKindOfPanelIsRefused() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I1", "--meeting-id", "F0311", "--type", "adoption-match", "--case-ref", "A-1").err.hasPrefix(
            "error: --type: Adoption match does not go to a fostering panel; it goes to adoption panel\n"))
        #expect(panel("item", "add", "I1", "--meeting-id", "F0311", "--type", "tea-and-biscuits", "--case-ref", "A-1").err.hasPrefix(
            "error: --type: 'tea-and-biscuits' is not an item type; see Data/item-types.ini\n"))
    }

    @Test func minuteNumbersRunOnThroughTheYearAndRestartInTheNext() {
        let panel = agendaRunner()
        for (id, meeting) in [("A", "F0311"), ("B", "F0311"), ("C", "F0325"), ("D", "F0408"), ("E", "F0422")] {
            #expect(panel("item", "add", id, "--meeting-id", meeting, "--type", "first-review", "--case-ref", "FC-\(id)").code == 0)
        }
        panel.today = day("2024-05-01")
        // Finalised out of order: numbers follow the day the minutes are finalised.
        #expect(panel("item", "update", "C", "--final-minutes-on", "2024-03-28").code == 0)
        #expect(panel("item", "update", "A", "--final-minutes-on", "2024-03-28").code == 0)
        #expect(panel("item", "update", "B", "--final-minutes-on", "2024-03-28").code == 0)
        #expect(panel("item", "update", "E", "--final-minutes-on", "2024-04-25").code == 0)
        #expect(panel("item", "update", "D", "--final-minutes-on", "2024-04-25").code == 0)
        let listed = panel("item", "list", "--format", "csv", "--no-headers").out.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(listed.map { "\($0[0])=\($0[9])" } == ["A=2", "B=3", "C=1", "D=2", "E=1"])
    }

    @Test func anItemIsFollowedFromBookingToWrittenNotification() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I1", "--meeting-id", "F0408", "--type", "skills-to-foster-assessment", "--case-ref", "FC-1042", "--draft-report-on", "2024-02-26").code == 0)
        #expect(panel("item", "recommend", "I1", "--recommendation", "approve").err.hasPrefix("error: --recommendation: the panel meets on 2024-04-08; a recommendation can be recorded from that day\n"))
        panel.today = day("2024-04-08")
        #expect(panel("item", "update", "I1", "--papers-sent-on", "2024-03-28").code == 0)
        // Nobody is recorded present yet: an inquorate panel makes no recommendation.
        #expect(panel("item", "recommend", "I1", "--recommendation", "approve") == PanelResult(out: "", err: """
            error: --recommendation: the panel was not quorate for item I1: 0 members; at least 5 needed; neither the chair nor a vice chair; 0 social workers with 3 years' post-qualifying experience on 2024-04-08; at least 1 needed; record who was present with 'panel meeting attendance'

            """, code: 65))
        #expect(panel("item", "recommend", "I1", "--recommendation", "match").err.hasPrefix(
            "error: --recommendation: match is not a recommendation for the type Skills to Foster assessment; it takes approve, not-approve, defer\n"))
        CentralListFixture.attend(panel, "F0408")
        #expect(panel("item", "recommend", "I1", "--recommendation", "approve", "--terms-children", "2", "--terms-age-range", "0-10").out == "I1: panel recommends approve\n")
        panel.today = day("2024-04-30")
        #expect(panel("item", "update", "I1", "--draft-minutes-on", "2024-04-10", "--final-minutes-on", "2024-04-12").code == 0)
        #expect(panel("item", "decide", "I1", "--decision", "agreed", "--on", "2024-04-11", "--received-on", "2024-04-12").err.hasPrefix("error: --on: 2024-04-11 is before the minutes reached the ADM (2024-04-12)\n"))
        #expect(panel("item", "decide", "I1", "--decision", "agreed", "--on", "2024-04-12", "--received-on", "2024-04-12", "--adm", "Head of Service").out == "I1: ADM decision agreed on 2024-04-12\n")
        #expect(panel("item", "notify", "I1", "--oral", "2024-04-11").err.hasPrefix("error: --oral: 2024-04-11 is before the ADM's decision (2024-04-12)\n"))
        #expect(panel("item", "notify", "I1", "--oral", "2024-04-12", "--written", "2024-04-16").code == 0)
        let shown = panel("item", "show", "I1").out
        #expect(shown.contains("""
            draft_report_on       2024-02-26
            papers_sent_on        2024-03-28
            panel_on              2024-04-08
            draft_minutes_on      2024-04-10
            final_minutes_on      2024-04-12
            adm_received_on       2024-04-12
            adm_decided_on        2024-04-12
            oral_notified_on      2024-04-12
            written_notified_on   2024-04-16
            """))
        #expect(shown.contains("minute_number         1\n"))
        #expect(shown.contains("adm                   Head of Service\n"))
    }

    @Test func anItemOnACancelledMeetingMustBeMovedAndKeepsItsHistory() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I1", "--meeting-id", "F0408", "--type", "first-review", "--case-ref", "FC-1").code == 0)
        #expect(panel("meeting", "cancel", "F0408", "--reason", "insufficient panel business").code == 0)
        panel.today = day("2024-04-08")
        #expect(panel("item", "recommend", "I1", "--recommendation", "continue-approval").err.hasPrefix("error: --meeting-id: meeting F0408 was cancelled; move the item to another meeting first\n"))
        #expect(panel("item", "add", "I2", "--meeting-id", "F0408", "--type", "first-review", "--case-ref", "FC-2").err.hasPrefix("error: --meeting-id: meeting F0408 was cancelled; book the item on another meeting\n"))
        #expect(panel("item", "move", "I1", "F0422").out == "Moved I1 from F0408 to F0422 (meeting F0408 cancelled: insufficient panel business)\n")
        #expect(panel("item", "show", "I1").out.contains("moves                 2024-04-08: F0408 to F0422 (meeting F0408 cancelled: insufficient panel business)\n"))
    }

    @Test func importedItemsFollowTheSameRules() {
        let panel = agendaRunner()
        panel.today = day("2024-04-30")
        panel.write("items.csv", """
            id,meeting_id,type,case_ref,subject,presenting_worker,slot,papers_sent_on,draft_minutes_on,final_minutes_on,adm_received_on,recommendation,adm_decision,adm_decided_on,oral_notified_on,written_notified_on
            I1,F0408,skills-to-foster-assessment,FC-1,Household 1,R. Example,10:00,2024-04-01,2024-04-09,2024-04-12,2024-04-12,approve,agreed,2024-04-15,2024-04-15,2024-04-18
            I2,F0408,first-review,FC-2,,,10:45,,,,,continue-approval,agreed,2024-04-15,,
            I3,F0408,adoption-match,A-3,,,,,,,,,,,,
            I4,F0422,first-review,FC-4,,,11:30,,,,,,,,,2024-04-20

            """)
        #expect(panel("import", "items", "items.csv") == PanelResult(out: "", err: """
            items.csv:3: adm_decision: cannot be recorded before the day the final minutes reached the ADM (adm_received_on)
            items.csv:4: type: Adoption match does not go to a fostering panel; it goes to adoption panel
            items.csv:5: written_notified_on: cannot be recorded before the ADM's decision (adm_decided_on)
            error: 3 problems in items.csv; nothing was imported

            """, code: 65))
        panel.write("good.csv", """
            id,meeting_id,type,case_ref,final_minutes_on,recommendation
            I1,F0408,skills-to-foster-assessment,FC-1,2024-04-12,approve
            I2,F0311,first-review,FC-2,2024-03-20,continue-approval

            """)
        #expect(panel("import", "items", "good.csv").out == "good.csv: 2 added, 0 updated, 0 unchanged\n")
        #expect(panel("import", "items", "good.csv").out == "good.csv: 0 added, 0 updated, 2 unchanged\n")
        let exported = panel("export", "items").out
        #expect(exported.hasPrefix("id,meeting_id,type,case_ref,subject,presenting_worker,slot,papers_sent_on,draft_minutes_on,final_minutes_on,adm_received_on,recommendation,adm_decision,adm_decided_on,oral_notified_on,written_notified_on,supervising_worker,order,applicants_attending,confidential,draft_report_on,terms,terms_children,terms_age_range,reasons,minority_view,report_quality,adm,minute_number,capacity_override,adm_outcome,adm_reasons,addressee,address\r\n"))
        #expect(exported.contains("I2,F0311,first-review,FC-2,,,,,,2024-03-20,,continue-approval,,,,,,,no,no,,,,,,,,,1,,,,,\r\n"))
        #expect(exported.contains("I1,F0408,skills-to-foster-assessment,FC-1,,,,,,2024-04-12,,approve,,,,,,,no,no,,,,,,,,,1,,,,,\r\n"))
    }

    /// An import numbers minutes in agenda order (unplaced before slotted, then by slot), on
    /// from the highest number its own rows give, and each year from 1; and it holds every
    /// meeting to the capacity rule as its rows fill it.
    @Test func importedItemsAreNumberedAndHeldToCapacity() {
        let panel = agendaRunner()
        panel.today = day("2024-04-30")
        panel.write("items.csv", """
            id,meeting_id,type,case_ref,slot,final_minutes_on,minute_number
            N4,F0422,first-review,FC-4,10:00,2024-04-25,
            N3,F0408,first-review,FC-3,11:00,2024-04-12,
            N2,F0408,first-review,FC-2,10:00,2024-04-12,
            N1,F0408,first-review,FC-1,,2024-04-12,
            N0,F0311,first-review,FC-0,,2024-03-20,
            G5,F0408,periodic-review,FC-5,,2024-04-12,5

            """)
        #expect(panel("import", "items", "items.csv").out == "items.csv: 6 added, 0 updated, 0 unchanged\n")
        let numbers = panel("export", "items").out.split(separator: "\r\n").dropFirst().map { row in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return "\(fields[0])=\(fields[AgendaItem.fields.columns.firstIndex(of: "minute_number")!])"
        }
        #expect(numbers.sorted() == ["G5=5", "N0=1", "N1=6", "N2=7", "N3=8", "N4=9"])
        #expect(panel("audit", "--record", "item:N1", "--format", "csv").out.split(separator: "\r\n").count == 2)

        panel.write("full.csv", """
            id,meeting_id,type,case_ref
            A1,F0325,skills-to-foster-assessment,FC-11
            A2,F0325,first-review,FC-12
            A3,F0325,family-and-friends-assessment,FC-13
            A4,F0325,skills-to-foster-assessment,FC-14

            """)
        #expect(panel("import", "items", "full.csv").err == """
            full.csv:5: capacity_override: meeting F0325 would hold 3 of Skills to Foster assessment and Family and friends assessment; at most 2 may be booked on one panel without an override and its reason
            error: 1 problem in full.csv; nothing was imported

            """)
    }
}
