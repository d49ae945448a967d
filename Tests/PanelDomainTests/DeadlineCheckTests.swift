import Testing

@testable import PanelDomain

struct DeadlineCheckTests {
    /// (rule, anchor day, event day or nil, as-of day, status, detail): each rule on its
    /// boundary days, met on the due day and missed the day after, due and overdue around it.
    @Test(arguments: [
        // DOMAIN.md's example: minutes received Friday 28 April 2023, ADM deadline Thursday 11 May.
        ("D3", "2023-04-28", "2023-05-11", "2023-06-01", DeadlineCheck.Status.met, ""),
        ("D3", "2023-04-28", "2023-05-12", "2023-06-01", .missed, "1 working day late"),
        ("D3", "2023-04-28", "2023-05-15", "2023-06-01", .missed, "2 working days late"),
        ("D3", "2023-04-28", nil, "2023-05-11", .due, "due today"),
        ("D3", "2023-04-28", nil, "2023-05-05", .due, "3 working days left"),  // 8 May was a bank holiday
        ("D3", "2023-04-28", nil, "2023-05-12", .overdue, "1 working day overdue"),
        // Papers: at least 7 calendar days before a panel on Monday 15 May 2023 ...
        ("D1", "2023-05-15", "2023-05-08", "2023-06-01", .met, ""),
        ("D1", "2023-05-15", "2023-05-09", "2023-06-01", .missed, "1 calendar day late"),
        // ... and the NMS floor, 5 working days before: Friday 5 May, over the Coronation holiday.
        ("D1a", "2023-05-15", "2023-05-05", "2023-06-01", .met, ""),
        ("D1a", "2023-05-15", "2023-05-09", "2023-06-01", .missed, "1 working day late"),
        ("D1a", "2024-04-08", "2024-04-01", "2024-06-01", .missed, "1 working day late"),  // sent on Easter Monday
        ("D0", "2024-03-25", "2024-03-04", "2024-06-01", .met, ""),
        ("D0", "2024-03-25", "2024-03-05", "2024-06-01", .missed, "1 week late"),
        ("D2", "2022-12-22", "2022-12-28", "2023-01-31", .met, ""),  // over Christmas
        ("D2", "2022-12-22", "2022-12-29", "2023-01-31", .missed, "1 working day late"),
        ("D4", "2023-05-05", "2023-05-10", "2023-06-01", .met, ""),
        ("D4", "2023-05-05", "2023-05-11", "2023-06-01", .missed, "1 working day late"),
        ("D4a", "2023-05-05", "2023-05-05", "2023-06-01", .met, ""),
        ("D4a", "2023-05-05", "2023-05-09", "2023-06-01", .missed, "1 working day late"),
        ("D5", "2023-05-05", "2023-05-15", "2023-06-01", .met, ""),
        ("D5", "2023-05-05", "2023-05-16", "2023-06-01", .missed, "1 working day late"),
        ("D5", "2023-05-05", nil, "2023-05-17", .overdue, "2 working days overdue"),
    ] as [(String, String, String?, String, DeadlineCheck.Status, String)])
    func rulesOnTheirBoundaryDays(rule id: String, anchor: String, event: String?, asOf: String, status: DeadlineCheck.Status, detail: String) throws {
        let rule = try #require(try shippedRules()[id])
        let check = DeadlineCheck.judge(rule, subject: "I1", anchor: day(anchor), event: event.map(day), today: day(asOf), calendar: shippedCalendar)
        #expect(check.status == status)
        #expect(check.detail == detail)
    }

    @Test func aRuleWaitsForItsAnchor() throws {
        let rule = try #require(try shippedRules()["D5"])
        let check = DeadlineCheck.judge(rule, subject: "I1", anchor: nil, event: nil, today: day("2024-01-01"), calendar: shippedCalendar)
        #expect(check.status == .notApplicable && check.detail == "waiting for ADM decision")
    }

    @Test func itemChecksFollowThePanelKindAndTheItemsState() throws {
        let meeting = Meeting(id: "F1", panel: "f", date: day("2023-05-15"), startTime: TimeOfDay(hour: 10, minute: 0)!, venue: "")
        var item = AgendaItem(id: "I1", meeting: "F1", type: "adopter-approval", caseRef: "A-1")
        item.papersSentOn = day("2023-05-05")
        let rules = try shippedRules()
        let adoption = item.deadlineChecks(meeting: meeting, rules: AgendaItem.rules(for: .adoption, in: rules), calendar: shippedCalendar, today: day("2023-05-16"))
        #expect(adoption.map(\.rule.id) == ["D0", "D1", "D1a", "D2", "D3", "D4a", "D5", "D6"])
        #expect(adoption.map(\.status.rawValue) == ["overdue", "met", "met", "due", "not-applicable", "not-applicable", "not-applicable", "not-applicable"])
        #expect(adoption.last?.detail == "representations or IRM application is the applicant's to make and is not recorded")
        item.recommendation = .withdrawn
        let withdrawn = item.deadlineChecks(meeting: meeting, rules: AgendaItem.rules(for: .longTermMatching, in: rules), calendar: shippedCalendar, today: day("2023-05-16"))
        #expect(withdrawn.map(\.rule.id) == ["D0", "D1", "D1a", "D2", "D3", "D4", "D5"])
        #expect(withdrawn.allSatisfy { $0.status == .notApplicable && $0.detail == "the item was withdrawn" })
    }
}
