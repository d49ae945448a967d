import Foundation
import Testing

@testable import PanelCLI

/// What may be recorded when (issue 17): quorum per item, held meetings, corrections that
/// keep the history, and the business the ADM decides nothing on.
struct DecisionChainCommandTests {
    /// Meeting F0408 (Monday 8 April 2024) with two first reviews, as of that day.
    func heldMeeting() -> PanelRunner {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I1", "--meeting-id", "F0408", "--type", "first-review", "--case-ref", "FC-1").code == 0)
        #expect(panel("item", "add", "I2", "--meeting-id", "F0408", "--type", "first-review", "--case-ref", "FC-2").code == 0)
        panel.today = day("2024-04-08")
        return panel
    }

    /// Five members make the quorum; one who declares an interest in I2 does not count for
    /// it, so I2 cannot be recommended while I1 can. The minutes show the declaration.
    @Test func quorumIsJudgedItemByItem() {
        let panel = heldMeeting()
        CentralListFixture.attend(panel, "F0408")
        #expect(panel("item", "absence", "I2", "M05", "--reason", "interest").out == "M05 at I2: declared an interest and took no part\n")
        #expect(panel("item", "recommend", "I2", "--recommendation", "continue-approval") == PanelResult(out: "", err: """
            error: --recommendation: the panel was not quorate for item I2: 4 members; at least 5 needed; record who was present with 'panel meeting attendance'

            """, code: 65))
        #expect(panel("item", "recommend", "I1", "--recommendation", "continue-approval").out == "I1: panel recommends continue approval\n")
        let minutes = panel("meeting", "minutes", "F0408").out
        #expect(minutes.contains("Did not take part:\n  Eli Fenwick: declared an interest and took no part\nQuorum for this item: not quorate: 4 members; at least 5 needed\n"))
        // Only someone recorded present can be away for an item.
        #expect(panel("item", "absence", "I1", "M06", "--reason", "left") == PanelResult(out: "", err: """
            error: MEMBER: M06 is not recorded as present at F0408; record who came with 'panel meeting attendance' first

            """, code: 65))
        #expect(panel("item", "absence", "I1", "M01", "--clear").out == "M01 at I1: took part\n")
        #expect(panel("item", "absence", "I1", "M01").code == 64)
    }

    /// Imported from elsewhere, a recommendation without a quorum is stored, and `panel
    /// check` reports it (exit 1), naming the item and what was missing.
    @Test func checkReportsARecommendationMadeWithoutAQuorum() {
        let panel = heldMeeting()
        CentralListFixture.attend(panel, "F0408", members: ["M01", "M02", "M03", "M04"])
        panel.write("items.csv", "id,meeting_id,type,case_ref,recommendation\nI1,F0408,first-review,FC-1,continue-approval\n")
        #expect(panel("import", "items", "items.csv").code == 0)
        let check = panel("check")
        #expect(check.code == 1)
        #expect(check.out == "item I1: recommendation: recorded at F0408 without a quorum: 4 members; at least 5 needed\n")
    }

    /// A meeting with anything recorded at it cannot be cancelled; one cancelled in error is
    /// reinstated, and its items can be recommended again.
    @Test func aHeldMeetingCannotBeCancelledAndACancellationCanBeUndone() {
        let panel = heldMeeting()
        CentralListFixture.attend(panel, "F0408")
        #expect(panel("meeting", "cancel", "F0408", "--reason", "clerical error") == PanelResult(out: "", err: """
            error: status: meeting F0408 cannot be cancelled: attendance already recorded at it; correct those first

            """, code: 65))
        panel.today = day("2024-04-01")
        #expect(panel("meeting", "cancel", "F0422", "--reason", "insufficient panel business").code == 0)
        #expect(panel("meeting", "reinstate", "F0422").code == 0)
        #expect(panel("meeting", "show", "F0422", "--format", "json").out.contains("\"status\": \"planned\""))
        #expect(panel("audit", "--record", "meeting:F0422", "--format", "csv", "--no-headers").out.split(separator: "\r\n").count == 3)
    }

    /// Withdrawn: off the meeting's business, its deadlines no longer apply, its capacity
    /// place is free; an item the ADM has decided stays.
    @Test func anItemBookedInErrorIsWithdrawn() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "S1", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-1").code == 0)
        #expect(panel("item", "add", "S2", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-2").code == 0)
        #expect(panel("item", "add", "S3", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-3").code == 65)
        #expect(panel("item", "withdraw", "S2", "--reason", "booked on the wrong panel").out == "Withdrew S2 from F0311: booked on the wrong panel\n")
        #expect(panel("item", "add", "S3", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-3").code == 0)
        #expect(panel("timeliness", "--meeting", "F0311", "--format", "csv", "--no-headers").out.split(separator: "\r\n")
            .filter { $0.contains(",S2,") && !$0.contains(",D6,") }.allSatisfy { $0.contains("not-applicable,the item was withdrawn,") })
        #expect(panel("item", "withdraw", "S2", "--reason", "again").err == "error: recommendation: item S2 is already withdrawn\n")
        #expect(panel("item", "withdraw", "S2", "--reason", " ").code == 64)
    }

    /// The ADM's decision is corrected, with why: the decision day stays unless given, the
    /// notifications of the old decision are cleared, and the audit keeps both.
    @Test func aDecisionIsCorrectedWithItsReason() {
        let panel = heldMeeting()
        CentralListFixture.attend(panel, "F0408")
        #expect(panel("item", "recommend", "I1", "--recommendation", "continue-approval").code == 0)
        panel.today = day("2024-04-30")
        #expect(panel("item", "update", "I1", "--final-minutes-on", "2024-04-12").code == 0)
        #expect(panel("item", "decide", "I1", "--decision", "agreed", "--on", "2024-04-15", "--received-on", "2024-04-12").code == 0)
        #expect(panel("item", "notify", "I1", "--oral", "2024-04-15", "--written", "2024-04-16").code == 0)
        #expect(panel("item", "decide", "I1", "--decision", "not-agreed") == PanelResult(out: "", err: """
            error: adm_decision: item I1 already has the ADM's decision (agreed on 2024-04-15); give --correct REASON to correct it

            """, code: 65))
        // Not agreeing, the ADM decided something else: it is said.
        #expect(panel("item", "decide", "I1", "--decision", "not-agreed", "--correct", "recorded against the wrong item").err
            == "error: adm_outcome: say what the ADM decided instead of the panel's recommendation, such as --outcome not-approve\n")
        #expect(panel("item", "decide", "I1", "--decision", "not-agreed", "--outcome", "change-terms", "--correct", "recorded against the wrong item").out
            == "I1: ADM decision not-agreed on 2024-04-15\n")
        let shown = panel("item", "show", "I1").out
        #expect(shown.contains("adm_decided_on        2024-04-15\n") && shown.contains("\noral_notified_on\n") && shown.contains("\nwritten_notified_on\n"))
        let audit = panel("audit", "--record", "item:I1", "--format", "csv", "--no-headers").out
        #expect(audit.contains("panel item decide I1 --decision not-agreed --outcome change-terms --correct 'recorded against the wrong item'"))
        #expect(audit.contains("adm_decision: agreed → not-agreed; adm_outcome: continue-approval → change-terms; oral_notified_on: 2024-04-15 → (none); written_notified_on: 2024-04-16 → (none)"))
    }

    /// Someone added in error is removed while nothing refers to them; afterwards they leave
    /// the list by the day they left.
    @Test func aMemberAddedInErrorIsRemoved() {
        let panel = heldMeeting()
        #expect(panel("member", "add", "M09", "--name", "Wrong Person", "--category", "health", "--joined-on", "2024-04-01").code == 0)
        #expect(panel("member", "remove", "M09").out == "Removed M09: Wrong Person\n")
        #expect(panel("member", "show", "M09").code == 65)
        CentralListFixture.attend(panel, "F0408")
        #expect(panel("member", "remove", "M01").err
            == "error: M01 has attendance recorded at a meeting, so they stay on the central list; record the day they left instead (--left-on)\n")
        #expect(panel("audit", "--record", "member:M09", "--format", "csv", "--no-headers").out.split(separator: "\r\n").count == 2)
    }

    /// Information and the panel's feedback on reports go no further than the minutes: the
    /// ADM decides nothing, there is no letter, and the chain after the minutes does not apply.
    @Test func anInformationItemHasNoDecisionAndNoLetter() {
        let panel = heldMeeting()
        #expect(panel("item", "add", "N1", "--meeting-id", "F0408", "--type", "information", "--case-ref", "INFO-1").code == 0)
        CentralListFixture.attend(panel, "F0408")
        #expect(panel("item", "recommend", "N1", "--recommendation", "noted").code == 0)
        panel.today = day("2024-05-31")
        #expect(panel("item", "decide", "N1", "--decision", "agreed", "--received-on", "2024-04-12").err
            == "error: --decision: the agency decision maker makes no decision on the type Information item; its business ends with the minutes\n")
        #expect(panel("item", "letter", "N1").code == 65)
        let rows = panel("timeliness", "--meeting", "F0408", "--format", "csv", "--no-headers").out.split(separator: "\r\n").filter { $0.contains(",N1,") }
        #expect(rows.filter { $0.contains(",D3,") || $0.contains(",D5,") }.allSatisfy { $0.contains("the ADM makes no decision on this type of item") })
        #expect(rows.contains { $0.contains(",D2,") && $0.contains("overdue") })
    }

    /// An adoption panel meets every month and gives feedback on reports every six months
    /// (Adoption NMS 17.3 and 17.2); `members check` names the month it did not meet.
    @Test func anAdoptionPanelThatMissedAMonthIsReported() {
        let panel = PanelRunner()
        panel.today = day("2024-12-01")
        #expect(panel("init").code == 0)
        #expect(panel("panel", "add", "adoption", "--name", "Adoption Panel", "--kind", "adoption", "--start-time", "13:30").code == 0)
        // Met on the third Thursday of each month from May 2024, but not in August.
        for date in ["2024-05-16", "2024-06-20", "2024-07-18", "2024-09-19", "2024-10-17", "2024-11-21"] {
            #expect(panel("meeting", "add", "A\(date)", "--panel", "adoption", "--date", date).code == 0)
        }
        let findings = panel("members", "check", "--format", "csv", "--no-headers").out.split(separator: "\r\n").filter { $0.hasPrefix("adoption-panel-not-met") || $0.hasPrefix("no-quality-feedback") }
        #expect(findings == [
            "adoption-panel-not-met,adoption,\"Adoption Panel did not meet in August 2024 (Adoption National Minimum Standards, 17.3: at least once every month)\"",
            // First met 16 May; six months on is 16 November, passed on 1 December.
            "no-quality-feedback,adoption,\"Adoption Panel has given no feedback on the quality of reports since 2024-05-16, due by 2024-11-16 (Adoption National Minimum Standards, 17.2: every 6 months)\"",
        ])
    }
}
