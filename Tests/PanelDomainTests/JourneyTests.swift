import Testing

@testable import PanelDomain

/// A household registered on 20 April 2023 with one 30-day break between the stages,
/// decided on 22 November 2023.
func adopterWithABreak() -> Adopter {
    var adopter = Adopter(id: "AD-1")
    adopter.enquiryOn = day("2023-04-03")
    adopter.initialVisitOn = day("2023-04-12")
    adopter.roiOn = day("2023-04-20")
    adopter.roiDecidedOn = day("2023-04-25")
    adopter.roiOutcome = .accepted
    adopter.stage1StartOn = day("2023-04-25")
    adopter.stage1EndOn = day("2023-06-23")
    adopter.breaks = [Adopter.Break(start: day("2023-06-24"), end: day("2023-07-23"), reason: "house move")]
    adopter.stage2StartOn = day("2023-07-24")
    adopter.stage2EndOn = day("2023-11-06")
    adopter.panelOn = day("2023-11-13")
    adopter.admDecidedOn = day("2023-11-22")
    adopter.approvedOn = day("2023-11-22")
    return adopter
}

struct AdopterJourneyTests {
    @Test func theBreakIsExcludedFromTheSixMonthMeasureAndCountedInTheElapsedDays() throws {
        let adopter = adopterWithABreak()
        let rules = Adopter.rules(in: try shippedRules())
        let checks = adopter.deadlineChecks(rules: rules, calendar: shippedCalendar, today: day("2024-01-01"))
        let d12 = try #require(checks.first { $0.rule.id == "D12" })
        // 20 April + 6 months = 20 October; the break's 30 days (24 June to 23 July, both
        // counted) move the due day to 19 November. The decision on 22 November is 3 days
        // late, where without the break excluded it would be a month late.
        #expect(adopter.breakDays(from: day("2023-04-20"), until: day("2023-11-22")) == 30)
        #expect(d12.dueDay == day("2023-11-19"))
        #expect(d12.status == .missed)
        #expect(d12.detail == "3 days late (due within 6 calendar months)")

        let stages = adopter.timeline(Adopter.timelinePlan, checks: checks, today: day("2024-01-01"))
        let overall = try #require(stages.first { $0.label == "Registration of interest to ADM decision" })
        #expect(overall.days == 216)
        #expect(overall.paused == 30)
        // Stage 2 is judged to the agency's decision (D11, AAR 2005 reg 30B(1)): notice on
        // 24 July, decision 22 November, 121 days, inside four months (24 November). After
        // approval on 22 November: waiting 40 days for a match on 1 January (A12 due 22
        // February), and 40 days since approval towards its first review (D16).
        #expect(stages.map(\.label) == [
            "Enquiry to initial visit", "Registration of interest decided", "Stage 1", "Between stages", "Stage 2", "Stage 2 to panel",
            "Stage 2 to the agency's decision", "Panel to ADM decision", "Registration of interest to ADM decision", "Approval to match (A12)",
            "Since approval or its last review",
        ])
        #expect(stages.map(\.check?.status) == [.met, .met, .met, .met, nil, nil, .met, nil, .missed, .due, .due])
        #expect(stages.map(\.days) == [9, 5, 59, 31, 105, 7, 121, 9, 216, 40, 40])
    }

    /// An approved household not yet matched has its approval reviewed at least yearly (AAR
    /// 2005 reg 30D; rule D16). Approved 22 November 2023, reviewed 1 November 2024: met (due
    /// 22 November 2024); the next, due 1 November 2025, is 30 days overdue on 1 December
    /// 2025. Once matched, the review no longer applies.
    @Test func anApprovedHouseholdWaitingIsReviewedEveryYear() throws {
        var adopter = adopterWithABreak()
        adopter.reviews = [day("2024-11-01")]
        let rules = Adopter.rules(in: try shippedRules()).filter { $0.id == "D16" }
        let checks = adopter.deadlineChecks(rules: rules, calendar: shippedCalendar, today: day("2025-12-01"))
        #expect(checks.map(\.status) == [.met, .overdue])
        #expect(checks.map(\.dueDay) == [day("2024-11-22"), day("2025-11-01")])
        #expect(checks.last?.detail == "30 days overdue (due within 12 calendar months)")
        adopter.matchedOn = day("2025-06-01")
        #expect(adopter.deadlineChecks(rules: rules, calendar: shippedCalendar, today: day("2025-12-01")).map(\.status) == [.notApplicable])
        // A review cannot come before the approval it reviews.
        adopter.reviews = [day("2023-11-01")]
        #expect(adopter.orderProblems.map(\.field).contains("reviews_on"))
    }

    @Test func aDecisionInsideTheExtendedTargetIsMet() throws {
        var adopter = adopterWithABreak()
        adopter.admDecidedOn = day("2023-11-17")
        adopter.approvedOn = day("2023-11-17")
        let checks = adopter.deadlineChecks(rules: Adopter.rules(in: try shippedRules()), calendar: shippedCalendar, today: day("2024-01-01"))
        #expect(checks.first { $0.rule.id == "D12" }?.status == .met)
        // Without the break excluded the same decision would be late.
        #expect(day("2023-11-17") > day("2023-04-20").adding(months: 6))
    }

    @Test func stagesFollowTheDaysRecorded() {
        let adopter = adopterWithABreak()
        #expect(adopter.stage(on: day("2023-04-01")) == .enquiry)
        #expect(adopter.stage(on: day("2023-04-21")) == .registration)
        #expect(adopter.stage(on: day("2023-05-01")) == .stage1)
        #expect(adopter.stage(on: day("2023-07-01")) == .onBreak)
        #expect(adopter.stage(on: day("2023-08-01")) == .stage2)
        #expect(adopter.stage(on: day("2023-11-10")) == .awaitingDecision)
        #expect(adopter.stage(on: day("2023-11-22")) == .approved)
        var withdrawn = adopter
        withdrawn.withdrawnOn = day("2023-08-15")
        withdrawn.withdrawalReason = .counselledOut
        #expect(withdrawn.stage(on: day("2023-09-01")) == .withdrawn)
        #expect(withdrawn.stageAtWithdrawal == .stage2)
    }

    @Test func impossibleOrdersAreNamedByField() {
        var adopter = adopterWithABreak()
        adopter.stage2EndOn = day("2023-07-01")
        adopter.fastTrack = true
        #expect(adopter.orderProblems == [
            Problem(field: "stage2_end_on", message: "2023-07-01 is before stage2_start_on 2023-07-24; it cannot come first"),
            Problem(field: "fast_track", message: "a fast-track household goes straight to Stage 2, so it has no Stage 1 days"),
        ])
        #expect(adopterWithABreak().orderProblems == [])
    }

    @Test func aDeadlinePassedBeforeWithdrawalWasMissedAndLaterOnesNoLongerApply() throws {
        var adopter = Adopter(id: "AD-2")
        adopter.roiOn = day("2023-06-05")
        adopter.roiDecidedOn = day("2023-06-06")
        adopter.roiOutcome = .accepted
        adopter.stage1StartOn = day("2023-06-06")
        adopter.withdrawnOn = day("2023-09-01")
        adopter.withdrawalReason = .selfWithdrew
        let checks = adopter.deadlineChecks(rules: Adopter.rules(in: try shippedRules()), calendar: shippedCalendar, today: day("2024-01-01"))
        let stage1 = try #require(checks.first { $0.rule.id == "D10" })
        #expect(stage1.status == .missed)
        #expect(stage1.detail == "not done by the due day; withdrew on 2023-09-01 (withdrew themselves)")
        #expect(checks.first { $0.rule.id == "D11" }?.status == .notApplicable)
        #expect(checks.first { $0.rule.id == "D8" }?.detail == "withdrew on 2023-09-01 (withdrew themselves)")
    }

    @Test func fastTrackHouseholdsSkipStageOneRules() throws {
        var adopter = Adopter(id: "AD-3")
        adopter.fastTrack = true
        adopter.roiOn = day("2023-06-01")
        adopter.stage2StartOn = day("2023-06-10")
        let checks = adopter.deadlineChecks(rules: Adopter.rules(in: try shippedRules()), calendar: shippedCalendar, today: day("2023-07-01"))
        #expect(checks.filter { $0.reason == "fast track: straight to Stage 2" }.map(\.rule.id) == ["D10", "D13"])
        #expect(checks.first { $0.rule.id == "D11" }?.dueDay == day("2023-10-10"))
    }
}

struct AdoptionYearTests {
    /// Four children, worked by hand:
    /// - K1 adopted 2 October 2023: care 1 Sep 2022 → placed 20 Jun 2023 = 292 days (A1);
    ///   placement order 1 Mar 2023 → match 5 Jun 2023 = 96 days (A2).
    /// - K2, adopted by its foster carers 1 September 2023: care 1 May 2022 → placed 10 May 2023
    ///   = 374 days (A1), but it moved in with them on 20 May 2022 = 19 days (adjusted A1);
    ///   order 15 Nov 2022 → match 1 May 2023 = 167 days (A2, over 121).
    /// - K3, placed 1 December 2022 (2022/23) and adopted 20 April 2023 (2023/24):
    ///   care 10 Jan 2022 → placed = 325 days; order 1 Aug 2022 → match 1 Nov 2022 = 92 days.
    /// - K4 adopted 2 April 2024, in the next year, so not counted.
    /// A1 = (292 + 374 + 325) / 3 = 330.33 → 330.3; adjusted A1 = (292 + 19 + 325) / 3 = 212.0;
    /// A2 = (96 + 167 + 92) / 3 = 118.33 → 118.3, with 2 of 3 within 121 days = 67%.
    static let cohort: [Child] = [
        child("K1", care: "2022-09-01", shobpa: "2023-01-10", order: "2023-03-01", matched: "2023-06-05", placed: "2023-06-20", adopted: "2023-10-02"),
        child("K2", care: "2022-05-01", shobpa: "2022-09-01", order: "2022-11-15", matched: "2023-05-01", placed: "2023-05-10", adopted: "2023-09-01", movedIn: "2022-05-20"),
        child("K3", care: "2022-01-10", shobpa: "2022-06-01", order: "2022-08-01", matched: "2022-11-01", placed: "2022-12-01", adopted: "2023-04-20"),
        child("K4", care: "2022-01-10", shobpa: "2022-06-01", order: "2022-08-01", matched: "2023-11-01", placed: "2023-12-01", adopted: "2024-04-02"),
    ]

    static func child(_ id: String, care: String, shobpa: String, order: String, matched: String, placed: String, adopted: String, movedIn: String? = nil) -> Child {
        var child = Child(id: id)
        child.enteredCareOn = day(care)
        child.shobpaOn = day(shobpa)
        child.placementOrderOn = day(order)
        child.matchedOn = day(matched)
        child.placedOn = day(placed)
        child.adoptionOrderOn = day(adopted)
        child.fosterCarerAdoption = movedIn != nil
        child.movedInWithCarersOn = movedIn.map(day)
        return child
    }

    @Test func scorecardOverTheChildrenAdoptedInTheYear() throws {
        let year = AdoptionYear(adopters: [], children: Self.cohort, year: ReportingYear(startYear: 2023), rules: try shippedRules(), calendar: shippedCalendar)
        #expect(year.childFigures.map { "\($0.name): \($0.text)" } == [
            "Should-be-placed decisions: 0",
            "Placement orders: 0",
            "Matched: 3",
            "Placed for adoption: 3",
            "Adopted: 3",
            "Early permanence placements: 0",
            // A10, the national headline since 2021/22, leads; A1 stays beside it.
            "A10: average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions: 212.0",
            "A10 within the threshold (426 calendar days, rule A10): 100% (3 of 3)",
            "A1: average days from entering care to placement for adoption: 330.3",
            "A1 within the threshold (426 calendar days, rule A1): 100% (3 of 3)",
            "A2: average days from placement order to match decision: 118.3",
            "A2 within the threshold (121 calendar days, rule A2): 67% (2 of 3)",
            "Adopted within the target of the should-be-placed decision (12 calendar months, rule L12): 100% (3 of 3)",
            "A12: families matched who waited 3 calendar months or more from approval (rule A12): none",
        ])
    }

    /// A child matched before the placement order (early permanence, fostering for adoption)
    /// counts 0 days in A2, as DfE's definition has it. K5: order 1 June 2023, matched 1 May
    /// 2023, so A2 = (96 + 167 + 92 + 0) / 4 = 88.75 → 88.8, 3 of 4 within 121 days = 75%.
    @Test func aMatchBeforeThePlacementOrderCountsZeroInA2() throws {
        var early = Self.child("K5", care: "2023-01-05", shobpa: "2023-03-01", order: "2023-06-01", matched: "2023-05-01", placed: "2023-05-02", adopted: "2024-01-15")
        early.earlyPermanence = true
        let year = AdoptionYear(adopters: [], children: Self.cohort + [early], year: ReportingYear(startYear: 2023), rules: try shippedRules(), calendar: shippedCalendar)
        let a2 = year.childFigures.filter { $0.name.hasPrefix("A2") }.map(\.text)
        #expect(a2 == ["88.8", "75% (3 of 4)"])
    }

    /// A report for a year uses the threshold in force when the year ended: 2012/13 measures
    /// A2 against 182 days (six months), and K3's 92 days and K1's 96 are within it.
    @Test func aYearIsMeasuredAgainstItsOwnThresholds() throws {
        let k1 = Self.child("K1", care: "2011-09-01", shobpa: "2012-01-10", order: "2012-03-01", matched: "2012-06-05", placed: "2012-06-20", adopted: "2012-10-02")
        let year = AdoptionYear(adopters: [], children: [k1], year: ReportingYear(startYear: 2012), rules: try shippedRules(), calendar: shippedCalendar)
        #expect(year.childFigures.map(\.name).contains("A2 within the threshold (182 calendar days, rule A2)"))
        // A1: 292 days, against 608 (20 months) in 2012/13.
        #expect(year.childFigures.map(\.name).contains("A1 within the threshold (608 calendar days, rule A1)"))
    }

    /// The national A12: of the families matched in the year, the share who had waited three
    /// months or more since approval. AD-1: approved 1 May 2023, matched 1 August, exactly
    /// three months, so it counts; AD-2: approved 1 June, matched 15 July, six weeks; AD-3:
    /// matched in 2022/23, not in this year.
    @Test func a12CountsFamiliesWhoWaitedThreeMonths() throws {
        func approved(_ id: String, _ on: String) -> Adopter {
            var adopter = Adopter(id: id)
            adopter.admDecidedOn = day(on)
            adopter.approvedOn = day(on)
            return adopter
        }
        func matched(_ id: String, to adopter: String, on: String) -> Child {
            var child = Child(id: id)
            child.adopter = adopter
            child.matchedOn = day(on)
            return child
        }
        let year = AdoptionYear(
            adopters: [approved("AD-1", "2023-05-01"), approved("AD-2", "2023-06-01"), approved("AD-3", "2022-06-01")],
            children: [matched("C1", to: "AD-1", on: "2023-08-01"), matched("C2", to: "AD-2", on: "2023-07-15"), matched("C3", to: "AD-3", on: "2023-02-01")],
            year: ReportingYear(startYear: 2023), rules: try shippedRules(), calendar: shippedCalendar)
        #expect(year.childFigures.last?.text == "50% (1 of 2)")
    }

    @Test func adopterTimelinessOverTheHouseholdsDecidedInTheYear() throws {
        var quick = Adopter(id: "AD-9")
        quick.roiOn = day("2023-06-01")
        quick.fastTrack = true
        quick.stage2StartOn = day("2023-06-10")
        quick.stage2EndOn = day("2023-10-01")
        quick.admDecidedOn = day("2023-10-20")
        quick.approvedOn = day("2023-10-20")
        let year = AdoptionYear(adopters: [adopterWithABreak(), quick], children: [], year: ReportingYear(startYear: 2023), rules: try shippedRules(), calendar: shippedCalendar)
        // (216 + 141) / 2 = 178.5 days; the break household missed the six months, the
        // fast-track one met them. Stage 2 runs to the agency's decision (D11): the break
        // household's notice on 24 July, decided 22 November, inside four months (24
        // November); the fast-track one's on 10 June, decided 20 October, after 10 October.
        #expect(year.adopterFigures.map(\.text) == ["1", "2", "2", "0", "178.5", "50% (1 of 2)", "100% (1 of 1)", "50% (1 of 2)"])
        #expect(year.registrationStatus.map { "\($0.stage.rawValue) \($0.count)" } == ["approved 2"])
    }

    @Test func roundingIsHalfUp() {
        #expect(Rounding.meanTenths([1, 2]) == 15)
        #expect(Rounding.meanTenths([1, 1, 2]) == 13)
        #expect(Rounding.meanTenths([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]) == 1)
        #expect(Rounding.meanTenths([]) == nil)
        #expect(Rounding.ratio(189, of: 24) == 8)
        #expect(Rounding.ratio(141, of: 20) == 7)
        #expect(Rounding.percent(4, of: 14) == 29)
    }
}

struct FosteringYearTests {
    static func household(_ id: String, approved: String?, left: String? = nil, type: Carer.HouseholdType = .mainstream) -> Carer {
        var carer = Carer(id: id)
        carer.approvedOn = approved.map(day)
        carer.householdType = type
        carer.leftOn = left.map(day)
        if left != nil {
            carer.leavingRoute = .resignation
            carer.leavingReason = .retirement
        }
        return carer
    }

    @Test func theYearsEdgesAndTheStockEquation() {
        let carers = [
            Self.household("F1", approved: "2021-04-01"),
            Self.household("F2", approved: "2012-05-01", left: "2022-03-31", type: .shortBreaks),
            Self.household("F3", approved: "2021-03-31"),
            Self.household("F4", approved: "2022-04-01"),
            Self.household("F5", approved: "2018-01-01", left: "2021-03-31"),
        ]
        let year = FosteringYear(carers: carers, year: ReportingYear(startYear: 2021), conversionBase: .enquiries, bands: [1, 5, 10])
        #expect(year.householdsAtStart == 2)
        #expect(year.approvals == 1)
        #expect(year.leavers == 1)
        #expect(year.householdsAtEnd == 2)
        #expect(year.stockBalances)
        #expect(year.stockProblems == [])
        #expect(year.approvalsByType == [.mainstream: 1])
        #expect(year.leaversByType == [.shortBreaks: 1])
        #expect(year.yearsFostering.map { "\($0.band): \($0.count)" } == ["Under 1: 0", "1 to 4: 0", "5 to 9: 1", "10 or more: 0", "Not known: 0"])
    }

    @Test func aLeaverWithNoApprovalBreaksTheEquationAndIsNamed() {
        let carers = [Self.household("F1", approved: "2020-01-01"), Self.household("F6", approved: nil, left: "2021-06-01")]
        let year = FosteringYear(carers: carers, year: ReportingYear(startYear: 2021), conversionBase: .enquiries, bands: [1, 5, 10])
        #expect(!year.stockBalances)
        #expect(year.stockProblems == [.init(household: "F6", difference: -1, reason: "left on 2021-06-01 with no approval day recorded")])
    }

    @Test func conversionUsesTheBaseAsked() {
        var carers = (1...8).map { index -> Carer in
            var carer = Carer(id: "E\(index)")
            carer.enquiryOn = day("2021-05-01")
            carer.informationVisitOn = index <= 3 ? day("2021-06-01") : nil
            return carer
        }
        carers.append(Self.household("F1", approved: "2021-09-01"))
        let byEnquiries = FosteringYear(carers: carers, year: ReportingYear(startYear: 2021), conversionBase: .enquiries, bands: [1])
        let byVisits = FosteringYear(carers: carers, year: ReportingYear(startYear: 2021), conversionBase: .informationVisits, bands: [1])
        #expect(byEnquiries.funnel.last?.text == "13% (1 of 8)")
        #expect(byVisits.funnel.last?.text == "33% (1 of 3)")
        #expect(byVisits.funnel.last?.definition.hasPrefix("approvals in the year ÷ information visits in the year") == true)
    }

    @Test func reviewsAreJudgedIntervalByInterval() throws {
        var carer = Self.household("F1", approved: "2021-04-01")
        carer.reviews = [day("2022-03-20"), day("2023-05-01")]
        carer.panelReviews = [day("2022-04-05")]
        let checks = carer.deadlineChecks(rules: Carer.rules(in: try shippedRules()), calendar: shippedCalendar, today: day("2024-06-01"))
        let annual = checks.filter { $0.rule.id == "D15" }
        #expect(annual.map(\.status) == [.met, .missed, .overdue])
        #expect(annual.map(\.dueDay) == [day("2022-04-01"), day("2023-03-20"), day("2024-05-01")])
        #expect(checks.first { $0.rule.id == "D14" }?.status == .missed)
        // Approved 1 April 2021; the first review within a year, at panel 5 April 2022: 4 days
        // late, not "1 calendar month late".
        #expect(checks.first { $0.rule.id == "D14" }?.detail == "4 days late (due within 12 calendar months)")
        #expect(checks.first { $0.rule.id == "D15a" }?.dueDay == day("2025-04-05"))
    }
}
