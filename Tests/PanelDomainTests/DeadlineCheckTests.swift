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
        ("D1", "2023-05-15", "2023-05-09", "2023-06-01", .missed, "1 day late"),
        ("D1", "2023-05-15", nil, "2023-05-06", .due, "2 days left"),
        // ... and the NMS floor, 5 working days before: Friday 5 May, over the Coronation holiday.
        ("D1a", "2023-05-15", "2023-05-05", "2023-06-01", .met, ""),
        ("D1a", "2023-05-15", "2023-05-09", "2023-06-01", .missed, "1 working day late"),
        ("D1a", "2024-04-08", "2024-04-01", "2024-06-01", .missed, "1 working day late"),  // sent on Easter Monday
        ("D0", "2024-03-25", "2024-03-04", "2024-06-01", .met, ""),
        // Exact days, the rule's weeks beside them (not "1 week late" for a day).
        ("D0", "2024-03-25", "2024-03-05", "2024-06-01", .missed, "1 day late (due at least 3 weeks before)"),
        ("D0", "2024-03-25", nil, "2024-02-28", .due, "5 days left (due at least 3 weeks before)"),
        // Stage 1 from 2 January 2024: due 2 March (two calendar months); done 3 March is one
        // day late, not "1 calendar month late"; on 29 February 2 days are left.
        ("D10", "2024-01-02", "2024-03-03", "2024-06-01", .missed, "1 day late (due within 2 calendar months)"),
        ("D10", "2024-01-02", nil, "2024-02-29", .due, "2 days left (due within 2 calendar months)"),
        ("D10", "2024-01-02", nil, "2024-03-12", .overdue, "10 days overdue (due within 2 calendar months)"),
        // Adoption representations: letter Friday 28 April 2023, 40 working days beginning
        // with it end on Tuesday 27 June (1, 8 and 29 May bank holidays).
        ("D6a", "2023-04-28", nil, "2023-06-27", .due, "due today"),
        ("D6a", "2023-04-28", nil, "2023-06-26", .due, "1 working day left"),
        ("D6a", "2023-04-28", "2023-06-28", "2023-07-31", .missed, "1 working day late"),
        // Fostering: 28 calendar days from the letter of Friday 28 April 2023 is Friday 26 May.
        ("D6", "2023-04-28", "2023-05-26", "2023-07-31", .met, ""),
        ("D6", "2023-04-28", "2023-05-27", "2023-07-31", .missed, "1 day late"),
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
        #expect(adoption.map(\.rule.id) == ["D0", "D1", "D1a", "D2", "D2a", "D3", "D4a", "D5", "D6a"])
        #expect(adoption.map(\.status.rawValue) == ["overdue", "met", "met", "due", "due", "not-applicable", "not-applicable", "not-applicable", "not-applicable"])
        // D2a: final minutes to reach the ADM within 10 working days of Monday 15 May 2023,
        // by Tuesday 30 May (29 May a bank holiday); on 16 May 9 working days are left (17-19,
        // 22-26 and 30 May).
        #expect(adoption[4].dueDay == day("2023-05-30") && adoption[4].detail == "9 working days left")
        #expect(adoption.last?.detail == "representations or IRM application is the applicant's to make and is not recorded")
        item.recommendation = .withdrawn
        let withdrawn = item.deadlineChecks(meeting: meeting, rules: AgendaItem.rules(for: .longTermMatching, in: rules), calendar: shippedCalendar, today: day("2023-05-16"))
        #expect(withdrawn.map(\.rule.id) == ["D0", "D1", "D1a", "D2", "D2a", "D3", "D4", "D5", "D6"])
        #expect(withdrawn.dropLast().allSatisfy { $0.status == .notApplicable && $0.detail == "the item was withdrawn" })
        // Deferred: the papers and draft minutes are still due; nothing goes to the ADM.
        item.recommendation = .deferred
        let deferred = item.deadlineChecks(meeting: meeting, rules: AgendaItem.rules(for: .adoption, in: rules), calendar: shippedCalendar, today: day("2023-05-16"))
        #expect(deferred.map(\.status.rawValue) == ["overdue", "met", "met", "due", "not-applicable", "not-applicable", "not-applicable", "not-applicable", "not-applicable"])
    }

    /// A store reads only `AgendaItem.deadlineFields` for a timeliness listing: an item with
    /// every field filled is judged the same with the others blank, on every kind of panel,
    /// whatever the panel recommended.
    @Test func itemsAreJudgedOnTheirDeadlineFieldsAlone() throws {
        #expect(AgendaItem.deadlineFields.allSatisfy { AgendaItem.fields[$0] != nil })
        let meeting = Meeting(id: "F1", panel: "f", date: day("2023-05-15"), startTime: TimeOfDay(hour: 10, minute: 0)!, venue: "")
        var item = AgendaItem(id: "I1", meeting: "F1", type: "adopter-approval", caseRef: "A-1")
        (item.subject, item.presentingWorker, item.supervisingWorker, item.order, item.slot) = ("Household 1", "W1", "W2", 2, TimeOfDay(hour: 11, minute: 0))
        (item.draftReportOn, item.papersSentOn, item.draftMinutesOn, item.finalMinutesOn) = (day("2023-04-20"), day("2023-05-05"), day("2023-05-18"), day("2023-05-25"))
        (item.admReceivedOn, item.admDecidedOn, item.oralNotifiedOn, item.writtenNotifiedOn) = (day("2023-05-26"), day("2023-06-02"), day("2023-06-02"), day("2023-06-09"))
        (item.decision, item.admOutcome, item.minuteNumber, item.reasons, item.terms) = (.agreed, .approve, 7, "Reasons", "Terms")
        let rules = try shippedRules()
        for recommendation in [nil] + AgendaItem.Recommendation.allCases {
            item.recommendation = recommendation
            var part = AgendaItem.fields.blank()
            for field in AgendaItem.fields.fields where AgendaItem.deadlineFields.contains(field.name) {
                #expect(field.set(&part, field.get(item)) == nil)
            }
            #expect(part != item)
            for kind in Panel.Kind.allCases {
                let whole = item.deadlineChecks(meeting: meeting, rules: AgendaItem.rules(for: kind, in: rules), calendar: shippedCalendar, today: day("2023-07-03"))
                let judged = part.deadlineChecks(meeting: meeting, rules: AgendaItem.rules(for: kind, in: rules), calendar: shippedCalendar, today: day("2023-07-03"))
                #expect(judged == whole && !whole.isEmpty)
            }
        }
    }
}
