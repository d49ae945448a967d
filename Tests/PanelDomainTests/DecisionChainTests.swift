import Testing

@testable import PanelDomain

struct DecisionChainTests {
    let meeting = Meeting(id: "F1", panel: "fostering", date: day("2024-04-08"), startTime: TimeOfDay(hour: 10, minute: 0)!, venue: "")

    func item(_ change: (inout AgendaItem) -> Void) -> AgendaItem {
        var item = AgendaItem(id: "I1", meeting: "F1", type: "first-review", caseRef: "FC-1")
        change(&item)
        return item
    }

    func problems(_ item: AgendaItem, today: String = "2024-06-01") -> [String] {
        item.chainProblems(meeting: meeting, today: day(today)).map(\.description)
    }

    @Test func recommendationIsAcceptedOnThePanelDayAndRefusedTheDayBefore() {
        let recommended = item { $0.recommendation = .approve }
        #expect(problems(recommended, today: "2024-04-08").isEmpty)
        #expect(problems(recommended, today: "2024-04-07") == ["recommendation: the panel meets on 2024-04-08; a recommendation can be recorded from that day"])
    }

    func decided(received: String, decided: String) -> AgendaItem {
        item {
            $0.admReceivedOn = day(received)
            $0.decision = .agreed
            $0.admDecidedOn = day(decided)
        }
    }

    @Test func decisionOnTheDayTheMinutesReachedTheADMIsAccepted() {
        #expect(problems(decided(received: "2024-04-12", decided: "2024-04-12")).isEmpty)
    }

    @Test func decisionTheDayBeforeTheMinutesReachedTheADMIsRefused() {
        #expect(problems(decided(received: "2024-04-12", decided: "2024-04-11")) == ["adm_decided_on: 2024-04-11 is before the minutes reached the ADM (2024-04-12)"])
    }

    @Test func decisionOnThePanelDayIsAcceptedAndTheDayBeforeRefused() {
        #expect(problems(decided(received: "2024-04-08", decided: "2024-04-08")).isEmpty)
        #expect(problems(decided(received: "2024-04-07", decided: "2024-04-07")) == [
            "adm_received_on: 2024-04-07 is before the panel (2024-04-08)",
            "adm_decided_on: 2024-04-07 is before the panel (2024-04-08)",
        ])
    }

    @Test func decisionWithoutTheMinutesReachingTheADMIsRefused() {
        let item = item {
            $0.decision = .agreed
            $0.admDecidedOn = day("2024-04-12")
        }
        #expect(problems(item) == ["adm_decision: cannot be recorded before the day the final minutes reached the ADM (adm_received_on)"])
    }

    @Test(arguments: [("oral", "2024-04-15", true), ("oral", "2024-04-12", false), ("written", "2024-04-15", true), ("written", "2024-04-12", false)])
    func notificationOnTheDecisionDayIsAcceptedAndTheDayBeforeRefused(kind: String, notified: String, refused: Bool) {
        var notifiedItem = decided(received: "2024-04-12", decided: "2024-04-15")
        if kind == "oral" { notifiedItem.oralNotifiedOn = day(notified) } else { notifiedItem.writtenNotifiedOn = day(notified) }
        #expect(problems(notifiedItem) == (refused ? [] : ["\(kind)_notified_on: \(notified) is before the ADM's decision (2024-04-15)"]))
    }

    @Test func notificationBeforeAnyDecisionIsRefused() {
        let item = item { $0.writtenNotifiedOn = day("2024-04-15") }
        #expect(problems(item) == ["written_notified_on: cannot be recorded before the ADM's decision (adm_decided_on)"])
    }

    @Test func minutesRunInOrder() {
        let item = item {
            $0.papersSentOn = day("2024-04-09")
            $0.draftMinutesOn = day("2024-04-07")
            $0.finalMinutesOn = day("2024-04-06")
        }
        #expect(problems(item) == [
            "papers_sent_on: 2024-04-09 is after the panel (2024-04-08)",
            "draft_minutes_on: 2024-04-07 is before the panel (2024-04-08)",
            "final_minutes_on: 2024-04-06 is before the draft minutes (2024-04-07)",
        ])
    }

    @Test func nothingIsRecordedAheadOfToday() {
        #expect(problems(item { $0.papersSentOn = day("2024-04-01") }, today: "2024-03-31") == ["papers_sent_on: 2024-04-01 is after today (2024-03-31); record it once it has happened"])
    }

    @Test func aCancelledMeetingTakesNoRecommendation() {
        var cancelled = meeting
        cancelled.status = .cancelled
        cancelled.cancelReason = "insufficient panel business"
        let problems = item { $0.recommendation = .approve }.chainProblems(meeting: cancelled, today: day("2024-06-01"))
        #expect(problems == [.init(field: "meeting_id", message: "meeting F1 was cancelled; move the item to another meeting first")])
    }

    @Test func capacityCountsOnlyLimitedTypesOnTheSameMeeting() {
        func booked(_ id: String, _ type: String, _ meeting: String = "F1") -> AgendaItem { AgendaItem(id: id, meeting: meeting, type: type, caseRef: id) }
        let others = [booked("A", "skills-to-foster-assessment"), booked("B", "first-review"), booked("C", "family-and-friends-assessment", "F2")]
        #expect(Capacity.excess(adding: booked("D", "family-and-friends-assessment"), to: others, panelKind: .fostering, policy: shippedPolicy) == nil)
        let full = others + [booked("D", "family-and-friends-assessment")]
        #expect(Capacity.excess(adding: booked("E", "skills-to-foster-assessment"), to: full, panelKind: .fostering, policy: shippedPolicy) == 3)
        #expect(Capacity.excess(adding: booked("E", "first-review"), to: full, panelKind: .fostering, policy: shippedPolicy) == nil)
        #expect(Capacity.excess(adding: booked("E", "skills-to-foster-assessment"), to: full, panelKind: .longTermMatching, policy: shippedPolicy) == nil)
    }
}
