import Foundation
import Testing

@testable import PanelCLI

/// A database with three adopters, four children and five fostering households.
func journeyRunner() -> PanelRunner {
    let panel = PanelRunner()
    panel.today = day("2024-06-30")
    precondition(panel("init", "--service", "Northvale").code == 0)
    panel.write("adopters.csv", """
        id,enquiry_on,initial_visit_on,roi_on,roi_decided_on,roi_outcome,stage1_start_on,stage1_end_on,break_start_on,break_end_on,break_reason,stage2_start_on,stage2_end_on,fast_track,panel_on,adm_decided_on,approved_on,withdrawn_on,withdrawal_reason
        A1,2023-04-03,2023-04-12,2023-04-20,2023-04-25,accepted,2023-04-25,2023-06-23,2023-06-24,2023-07-23,house move,2023-07-24,2023-11-06,no,2023-11-13,2023-11-22,2023-11-22,,
        A2,2023-05-01,2023-05-20,2023-06-01,2023-06-06,accepted,,,,,,2023-06-10,2023-10-01,yes,2023-10-16,2023-10-20,2023-10-20,,
        A3,2023-06-01,,2023-06-05,2023-06-20,accepted,2023-06-20,,,,,,,no,,,,2023-09-01,counselled-out

        """)
    panel.write("children.csv", """
        id,entered_care_on,shobpa_on,placement_order_on,matched_on,placed_on,adoption_order_on,foster_carer_adoption,moved_in_with_carers_on,early_permanence,adopter_id
        K1,2022-09-01,2023-01-10,2023-03-01,2023-06-05,2023-06-20,2023-10-02,no,,no,A2
        K2,2022-05-01,2022-09-01,2022-11-15,2023-05-01,2023-05-10,2023-09-01,yes,2022-05-20,yes,
        K3,2023-01-05,2023-04-01,2023-06-01,,,,no,,no,
        K4,2022-01-10,2022-06-01,2022-08-01,2022-11-01,2022-12-01,2023-04-20,no,,no,

        """)
    panel.write("carers.csv", """
        id,enquiry_on,information_visit_on,followup_visit_on,application_on,assessment,stage1_start_on,stage1_end_on,stage2_start_on,stage2_end_on,approved_on,household_type,left_on,leaving_route,leaving_reason,panel_on,reviews_on,panel_reviews_on
        H1,2020-05-01,2020-05-10,2020-05-20,2020-06-01,skills-to-foster,2020-06-01,2020-08-01,2020-08-02,2020-12-01,2021-04-01,mainstream,,,,2021-03-15,2022-03-20,2022-03-28
        H2,2010-01-01,,,,,,,,,2012-05-01,short-breaks,2022-03-31,resignation,retirement,,2021-04-20,2019-05-01
        H3,2021-05-01,2021-05-15,,,,,,,,,,,,,,,
        H4,2019-03-01,,,,,,,,,2019-09-01,mainstream,,,,,2020-08-01,2020-08-10

        """)
    for kind in ["adopters", "children", "carers"] {
        precondition(panel("import", kind, "\(kind).csv").code == 0)
    }
    return panel
}

struct JourneyCommandTests {
    @Test func importRefusesImpossibleOrdersAndWritesNothing() {
        let panel = PanelRunner()
        #expect(panel("init").code == 0)
        panel.write("bad.csv", """
            id,stage2_start_on,stage2_end_on,roi_outcome,withdrawal_reason,break_start_on,break_end_on
            B1,2023-05-01,2023-04-30,,,,
            B2,,,maybe,,,
            B3,,,,medical,2023-01-10;2023-01-05,2023-01-20
            B4,,,,,,

            """)
        #expect(panel("import", "adopters", "bad.csv") == PanelResult(out: "", err: """
            bad.csv:2: stage2_end_on: 2023-04-30 is before stage2_start_on 2023-05-01; it cannot come first
            bad.csv:3: roi_outcome: 'maybe' is not one of accepted, declined
            bad.csv:4: withdrawn_on: a withdrawal needs both its day and its reason
            error: 3 problems in bad.csv; nothing was imported

            """, code: 65))
        #expect(panel("adopter", "list", "--format", "csv", "--no-headers").out == "")
    }

    @Test func childrenMustBeMatchedWithKnownAdopters() {
        let panel = PanelRunner()
        #expect(panel("init").code == 0)
        panel.write("children.csv", "id,adopter_id,foster_carer_adoption,moved_in_with_carers_on\nK9,NOBODY,no,\nK8,,no,2023-01-01\n")
        #expect(panel("import", "children", "children.csv").err == """
            children.csv:2: adopter_id: there is no adopter 'NOBODY'; import adopters first
            children.csv:3: moved_in_with_carers_on: is given but foster_carer_adoption is no; the day counts only when the foster carers adopt
            error: 2 problems in children.csv; nothing was imported

            """)
    }

    @Test func exportReimportsByteForByte() {
        let panel = journeyRunner()
        let fresh = PanelRunner()
        #expect(fresh("init").code == 0)
        for kind in ["adopters", "children", "carers"] {
            let exported = panel("export", kind).out
            fresh.write("\(kind).csv", exported)
            #expect(fresh("import", kind, "\(kind).csv").code == 0)
            #expect(fresh("export", kind).out == exported)
            #expect(panel("import", kind, "\(kind).csv").out.hasSuffix("0 added, 0 updated, \(kind == "children" ? 4 : kind == "carers" ? 4 : 3) unchanged\n"))
        }
        panel.write("again.csv", panel("export", "adopters").out)
        #expect(panel("import", "adopters", "again.csv").out == "again.csv: 0 added, 0 updated, 3 unchanged\n")
    }

    @Test func adopterTimelineShowsTheBreak() {
        let panel = journeyRunner()
        let result = panel("adopter", "timeline", "A1", "--format", "csv")
        #expect(result.out == """
            stage,from,to,days,days_in_breaks,rule,target,due_on,status,detail\r
            Enquiry to initial visit,2023-04-03,2023-04-12,9,0,D8,10 working days,2023-04-19,met,\r
            Registration of interest decided,2023-04-20,2023-04-25,5,0,D9,5 working days,2023-04-27,met,\r
            Stage 1,2023-04-25,2023-06-23,59,0,D10,2 calendar months,2023-06-25,met,\r
            Between stages,2023-06-23,2023-07-24,31,30,D13,6 calendar months,2023-12-23,met,\r
            Stage 2,2023-07-24,2023-11-06,105,0,,,,,\r
            Stage 2 to panel,2023-11-06,2023-11-13,7,0,,,,,\r
            Stage 2 to the agency's decision,2023-07-24,2023-11-22,121,0,D11,4 calendar months,2023-11-24,met,\r
            Panel to ADM decision,2023-11-13,2023-11-22,9,0,,,,,\r
            Registration of interest to ADM decision,2023-04-20,2023-11-22,216,30,D12,6 calendar months,2023-11-19,missed,3 days late (due within 6 calendar months)\r
            Approval to match (A12),2023-11-22,,221,0,A12,3 calendar months,2024-02-22,overdue,129 days overdue (due within 3 calendar months)\r
            Since approval or its last review,2023-11-22,,221,0,D16,12 calendar months,2024-11-22,due,145 days left (due within 12 calendar months)\r

            """)
        // Stage 2 is judged to the agency's decision (D11, AAR 2005 reg 30B(1)): 24 July to 22
        // November, inside four months (24 November). Approved on 22 November 2023 and not
        // matched by 30 June 2024: 221 days waiting, 129 past the three months of A12 (22
        // February), and the review of approval (D16) is due a year on, 22 November 2024.
        let table = panel("adopter", "timeline", "A1").out
        // The heading gives the as-of day and the day the household reached its stage.
        #expect(table.hasPrefix("Adopter A1, as of Sunday 30 June 2024: approved since Wednesday 22 November 2023\nBreak 1: 2023-06-24 to 2023-07-23, 30 days, house move\n\nstage "))
        // The longest stage has the full bar of 30; the others are scaled to it.
        #expect(table.contains("overdue  129 days overdue (due within 3 calendar months)  " + String(repeating: "█", count: 30) + "\n"))
        #expect(table.contains("missed   3 days late (due within 6 calendar months)       " + String(repeating: "█", count: 29) + "\n"))
        #expect(table.contains("met" + String(repeating: " ", count: 55) + String(repeating: "█", count: 8) + "\n"))
        // The same heading for a household: approved on 1 April 2021, not on the as-of day.
        #expect(panel("carer", "timeline", "H1").out.hasPrefix("Household H1, as of Sunday 30 June 2024: approved since Thursday 1 April 2021\n"))
    }

    @Test func listsByStageAndChildrenWaiting() {
        let panel = journeyRunner()
        #expect(panel("adopter", "list", "--stage", "waiting", "--format", "csv").out == """
            id,name,stage,since,days,waiting_for_match,withdrawal_reason,stage_at_withdrawal\r
            A1,,approved,2023-11-22,221,yes,,\r

            """)
        #expect(panel("adopter", "list", "--stage", "stage-2", "--as-of", "2023-08-01", "--format", "csv", "--no-headers").out
            == "A1,,stage-2,2023-07-24,8,no,,\r\nA2,,stage-2,2023-06-10,52,no,,\r\n")
        #expect(panel("adopter", "list", "--stage", "withdrawn", "--format", "csv", "--no-headers").out == "A3,,withdrawn,2023-09-01,303,no,counselled-out,stage-1\r\n")
        #expect(panel("child", "list", "--waiting", "--format", "csv", "--no-headers").out == "K3,2023-01-05,2023-04-01,2023-06-01,,,,,395\r\n")
        #expect(panel("adopter", "list", "--stage", "nowhere").code == 64)
    }

    @Test func childMeasuresPrintTheDefinitions() {
        let panel = journeyRunner()
        let rows = panel("child", "measures", "--year", "2023/24", "--format", "csv", "--no-headers").out.split(separator: "\r\n")
        #expect(rows[6].hasPrefix("2023/24,\"A10: average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions\",212.0,212,"))
        #expect(rows[8] == "2023/24,A1: average days from entering care to placement for adoption,330.3,330.3,\"mean days from entering care to being placed for adoption, over the children adopted in the year; one decimal place, halves up\"")
        #expect(rows[11].hasPrefix("2023/24,\"A2 within the threshold (121 calendar days, rule A2)\",67% (2 of 3),67,"))
    }

    @Test func adopterMeasuresIncludeWhereThisYearsRegistrationsStand() {
        let panel = journeyRunner()
        let out = panel("adopter", "measures", "--year", "2023/24", "--format", "csv", "--no-headers").out
        #expect(out.contains("2023/24,Average days from registration of interest to ADM decision,178.5,178.5,"))
        #expect(out.contains("2023/24,This year's registrations now approved,2,2,"))
        #expect(out.contains("2023/24,This year's registrations now withdrawn,1,1,"))
        #expect(out.contains("2023/24,Withdrawn: counselled out,1,1,"))
    }

    @Test func carerReviewsAndFunnel() {
        let panel = journeyRunner()
        panel.today = day("2022-06-30")
        #expect(panel("carer", "reviews", "--format", "csv").out == """
            due_on,status,detail,rule,title,household,name,approved_on,last_on\r
            2021-08-01,overdue,333 days overdue (due within 12 calendar months),D15,Annual review,H4,,2019-09-01,2020-08-01\r
            2023-03-20,due,263 days left (due within 12 calendar months),D15,Annual review,H1,,2021-04-01,2022-03-20\r
            2023-08-10,due,406 days left (due within 36 calendar months),D15a,Periodic review at panel,H4,,2019-09-01,2020-08-10\r
            2025-03-28,due,1002 days left (due within 36 calendar months),D15a,Periodic review at panel,H1,,2021-04-01,2022-03-28\r

            """)
        #expect(panel("carer", "reviews", "--within", "28", "--format", "csv", "--no-headers").out
            == "2021-08-01,overdue,333 days overdue (due within 12 calendar months),D15,Annual review,H4,,2019-09-01,2020-08-01\r\n")
        let funnel = panel("carer", "funnel", "--year", "2021/22", "--format", "csv", "--no-headers")
        #expect(funnel.err == "")
        let rows = funnel.out.split(separator: "\r\n").map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(rows == [
            "funnel,Enquiries,1", "funnel,Information visits,1", "funnel,Follow-up visits,0", "funnel,Applications,0", "funnel,Approvals,1",
            "funnel,Conversion rate,100% (1 of 1)",
            "approvals-by-type,Mainstream,1", "leavers-by-type,Short breaks,1", "leavers-by-route,Resignation,1", "leavers-by-reason,Retirement,1",
            "years-fostering-at-leaving,5 to 9,1",
            "stock,Households at 1 April 2021,2", "stock,Approvals,+1", "stock,Leavers,-1", "stock,Households at 31 March 2022,2", "stock,Balances,yes",
        ])
    }

    @Test func anUnbalancedStockIsReportedWithTheRecord() {
        let panel = journeyRunner()
        #expect(panel("carer", "add", "H9", "--left-on", "2021-06-01", "--leaving-route", "deregistration", "--leaving-reason", "inactive").code == 0)
        let funnel = panel("carer", "funnel", "--year", "2021/22", "--format", "csv", "--no-headers")
        #expect(funnel.out.hasSuffix("stock,Balances,no,whether households at 1 April + approvals − leavers = households at 31 March\r\nstock-problems,H9,-1,left on 2021-06-01 with no approval day recorded\r\n"))
        #expect(funnel.err == "warning: the stock equation is out by -1: H9 (left on 2021-06-01 with no approval day recorded)\n")
    }

    @Test func addUpdateAndShowUseTheImportRules() {
        let panel = journeyRunner()
        #expect(panel("adopter", "add", "A9", "--roi-on", "2024-01-10") == PanelResult(out: "Added adopter A9\n", err: "", code: 0))
        #expect(panel("adopter", "add", "A9").code == 65)
        #expect(panel("adopter", "update", "A9", "--roi-decided-on", "2024-01-05", "--roi-outcome", "accepted") == PanelResult(out: "", err: """
            error: --roi-decided-on: 2024-01-05 is before roi_on 2024-01-10; it cannot come first
            See 'panel adopter update --help'.

            """, code: 64))
        #expect(panel("adopter", "update", "A9", "--roi-decided-on", "2024-01-12", "--roi-outcome", "accepted").out == "Updated adopter A9\n")
        #expect(panel("adopter", "update", "A9", "--item-id", "NO-SUCH-ITEM").err == "error: --item-id: there is no agenda item 'NO-SUCH-ITEM'; import items first\n")
        #expect(panel("adopter", "show", "A9", "--format", "json").out.contains("\"roi_decided_on\": \"2024-01-12\""))
        #expect(panel("child", "update", "K3", "--plan-changed-on", "2024-02-01", "--plan-change-reason", "special guardianship").out == "Updated child K3\n")
        #expect(panel("child", "list", "--waiting", "--format", "csv", "--no-headers").out == "")
        #expect(panel("carer", "show", "NOPE") == PanelResult(out: "", err: "error: no carer with id 'NOPE'\n", code: 65))
    }

    @Test func timelinessCoversTheJourneys() {
        let panel = journeyRunner()
        #expect(panel("timeliness", "--kind", "adopter", "--rule", "D12", "--format", "csv", "--no-headers").out == """
            2023-11-19,missed,3 days late (due within 6 calendar months),D12,Registration of interest to ADM decision,adopter,A1,,,2023-11-13,2023-04-20,2023-11-22\r
            2023-12-01,met,,D12,Registration of interest to ADM decision,adopter,A2,,,2023-10-16,2023-06-01,2023-10-20\r
            ,not-applicable,withdrew on 2023-09-01 (counselled out),D12,Registration of interest to ADM decision,adopter,A3,,,,,\r

            """)
        #expect(panel("timeliness", "--kind", "child", "--rule", "A2", "--status", "missed", "--format", "csv", "--no-headers").out
            == "2023-03-16,missed,46 days late,A2,Placement order to match decision (A2),child,K2,,,,2022-11-15,2023-05-01\r\n")
        #expect(panel("timeliness", "--kind", "nobody").code == 64)
    }
}
