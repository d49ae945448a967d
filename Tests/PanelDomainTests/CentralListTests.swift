import Testing

@testable import PanelDomain

struct CentralListTests {
    func vice(_ id: String, _ joined: String?, _ left: String? = nil) -> Member {
        Member(id: id, name: id, category: .socialWorker, memberships: [.init(panel: "f", role: .viceChair)],
               joinedOn: joined.map(day), leftOn: left.map(day))
    }

    @Test func twoViceChairsAreAllowed() {
        #expect(CentralList.viceChairExcess([vice("A", "2020-01-01"), vice("B", "2021-01-01")], panel: "f", policy: shippedPolicy) == nil)
    }

    @Test func aThirdViceChairAtTheSameTimeIsRefused() throws {
        let excess = try #require(CentralList.viceChairExcess([vice("A", "2020-01-01"), vice("B", "2021-01-01"), vice("C", "2024-04-01")], panel: "f", policy: shippedPolicy))
        #expect(excess.day == day("2024-04-01"))
        #expect(excess.members.map(\.id) == ["A", "B", "C"])
    }

    @Test func aViceChairWhoLeftMakesRoomForAnother() {
        let members = [vice("A", "2020-01-01", "2024-04-01"), vice("B", "2021-01-01"), vice("C", "2024-04-01")]
        #expect(CentralList.viceChairExcess(members, panel: "f", policy: shippedPolicy) == nil)
    }

    @Test func openEndedTenuresOverlap() throws {
        let excess = try #require(CentralList.viceChairExcess([vice("A", nil), vice("B", nil), vice("C", nil)], panel: "f", policy: shippedPolicy))
        #expect(excess.day == nil)
    }

    @Test func healthFindsAppraisalsDBSNoticeAndQuorum() {
        let asOf = day("2024-06-01")
        let members = [
            Member(id: "OK", name: "Up to date", category: .independentMember, memberships: [.init(panel: "f", role: .chair)], independent: true, joinedOn: day("2020-01-01"), appraisedOn: day("2023-06-01"), dbsOn: day("2021-06-01")),
            Member(id: "AP", name: "Late appraisal", category: .health, memberships: [.init(panel: "f", role: .member)], appraisedOn: day("2023-05-31"), dbsOn: day("2024-01-01")),
            Member(id: "DB", name: "Old DBS", category: .education, memberships: [.init(panel: "f", role: .member)], appraisedOn: day("2024-01-01"), dbsOn: day("2021-05-31")),
            Member(id: "NO", name: "Leaving", category: .electedMember, memberships: [.init(panel: "f", role: .member)], noticeOn: day("2024-05-10"), appraisedOn: day("2024-01-01"), dbsOn: day("2024-01-01")),
            Member(id: "GO", name: "Gone by notice", category: .other, memberships: [.init(panel: "f", role: .member)], noticeOn: day("2024-04-30"), appraisedOn: day("2024-01-01"), dbsOn: day("2024-01-01")),
            Member(id: "PA", name: "Adviser", category: .panelAdviser, dbsOn: day("2024-01-01")),
            Member(id: "LEFT", name: "Former", category: .health, leftOn: day("2024-01-01")),
        ]
        let panel = Panel(id: "f", name: "Fostering Panel", kind: .fostering, startTime: TimeOfDay(hour: 10, minute: 0)!, venue: "", independentChair: true)
        let findings = CentralList.health(members: members, panels: [panel], on: asOf, policy: shippedPolicy)
        #expect(findings.map(\.message) == [
            "Late appraisal: appraisal due 2024-05-31, last appraised 2023-05-31",
            "Old DBS: DBS check of 2021-05-31 expired 2024-05-31",
            "Leaving: notice given 2024-05-10 ends 2024-06-10",
            "Gone by notice: notice given 2024-04-30 ended 2024-05-30; record the day they left",
            "Fostering Panel has no vice chair; it must have one or two",
            "Fostering Panel cannot make a quorum even with everyone on its list: 4 members; at least 5 needed; 0 social workers with 3 years' post-qualifying experience on 2024-06-01; at least 1 needed",
        ])
    }
}

struct CentralListSeatTests {
    static let asOf = day("2024-06-01")

    static func member(_ id: String, _ category: Member.Category = .socialWorker, panel: String, role: Member.Role, independent: Bool = false, joined: String = "2020-01-01") -> Member {
        Member(id: id, name: id, category: category, memberships: [.init(panel: panel, role: role)], independent: independent,
               qualifiedOn: day("2010-01-01"), joinedOn: day(joined), appraisedOn: day("2024-01-01"), dbsOn: day("2024-01-01"))
    }

    static func seats(_ members: [Member], _ panel: Panel) -> [String] {
        CentralList.health(members: members, panels: [panel], on: asOf, policy: shippedPolicy).filter { $0.kind != .noQuorum }.map(\.message)
    }

    static func panel(_ kind: Panel.Kind, independentChair: Bool = true) -> Panel {
        Panel(id: "p", name: "The Panel", kind: kind, startTime: TimeOfDay(hour: 10, minute: 0)!, venue: "", independentChair: independentChair)
    }

    /// AAR 2005 reg 4(1)(a): an adoption panel's chair is independent, whatever the panel's
    /// own setting; reg 3(1)(b): its central list includes the medical adviser.
    @Test func anAdoptionPanelNeedsAnIndependentChairAndItsMedicalAdviser() {
        let members = [Self.member("C", panel: "p", role: .chair), Self.member("V", panel: "p", role: .viceChair)]
        #expect(Self.seats(members, Self.panel(.adoption, independentChair: false)) == [
            "C chairs The Panel but is not independent: an adoption panel's chair must be independent (AAR 2005, reg 4(1)(a))",
            "The Panel's central list has no medical adviser (AAR 2005, reg 3(1)(b))",
        ])
        let advised = members + [Self.member("MA", .medicalAdviser, panel: "p", role: .member)]
        #expect(Self.seats(advised, Self.panel(.adoption)).count == 1)
    }

    /// FSR 2011 reg 23(4)(i): a fostering chair appointed after 1 October 2011 is
    /// independent; one who joined on 1 October 2011 or before may stay.
    @Test(arguments: [("2011-10-01", false), ("2011-10-02", true)])
    func aFosteringChairAppointedAfterOctober2011IsIndependent(joined: String, flagged: Bool) {
        let members = [Self.member("C", panel: "p", role: .chair, joined: joined), Self.member("V", panel: "p", role: .viceChair)]
        #expect(Self.seats(members, Self.panel(.fostering, independentChair: false)) == (flagged
            ? ["C chairs The Panel but is not independent: a fostering panel's chair appointed after 1 October 2011 must be independent of the service (FSR 2011, reg 23(4)(i))"]
            : []))
    }

    /// Every panel has a chair and one or two vice chairs (FSR reg 23(4); AAR reg 4(1)).
    @Test func aPanelWithoutAChairOrViceChairIsReported() {
        #expect(Self.seats([Self.member("M", panel: "p", role: .member)], Self.panel(.longTermMatching)) == [
            "The Panel has no chair on the central list",
            "The Panel has no vice chair; it must have one or two",
        ])
    }

    /// A new member's first appraisal is due one interval (12 months) after joining: not
    /// overdue on 1 June 2024 for someone who joined on 1 May 2024; overdue for one who
    /// joined on 31 May 2023 (due 31 May 2024).
    @Test func aFirstAppraisalIsDueAYearAfterJoining() {
        var fresh = Self.member("NEW", panel: "p", role: .member, joined: "2024-05-01")
        fresh.appraisedOn = nil
        var older = Self.member("OLD", panel: "p", role: .member, joined: "2023-05-31")
        older.appraisedOn = nil
        let seated = [Self.member("C", panel: "p", role: .chair, independent: true), Self.member("V", panel: "p", role: .viceChair)]
        #expect(Self.seats(seated + [fresh, older], Self.panel(.fostering)) == ["OLD: no appraisal recorded and the first was due 2024-05-31"])
    }
}

struct MeetingSeriesTests {
    @Test func secondAndFourthMondaysOf2024To25SkipTwoBankHolidays() throws {
        let series = try #require(MeetingSeries(parsing: "2nd and 4th Monday of each month"))
        let year = try #require(ReportingYear(parsing: "2024/25"))
        let (meetings, skipped) = series.days(from: year.first, through: year.last, calendar: shippedCalendar)
        #expect(meetings.count == 22)
        #expect(meetings.first == day("2024-04-08") && meetings.last == day("2025-03-24"))
        #expect(meetings.allSatisfy { $0.weekday == .monday })
        #expect(skipped == [
            NamedDay(day: day("2024-05-27"), name: "Spring bank holiday"),
            NamedDay(day: day("2024-08-26"), name: "Summer bank holiday"),
        ])
    }

    @Test(arguments: [
        ("last Wednesday", [-1], Weekday.wednesday), ("1st, 3rd Tuesday", [1, 3], .tuesday),
        ("every Thursday", [1, 2, 3, 4, 5], .thursday), ("second and last Fridays of the month", [2, -1], .friday),
        ("4th and 2nd monday", [2, 4], .monday),
    ])
    func readsRules(text: String, occurrences: [Int], weekday: Weekday) throws {
        let series = try #require(MeetingSeries(parsing: text))
        #expect(series.occurrences == occurrences && series.weekday == weekday)
    }

    @Test(arguments: ["", "Monday", "2nd Funday", "6th Monday", "2nd and 2nd Monday", "fortnightly on Mondays"])
    func refusesRulesItCannotRead(text: String) {
        #expect(MeetingSeries(parsing: text) == nil)
    }

    @Test func lastWeekdayOfAMonth() {
        let (meetings, _) = MeetingSeries(parsing: "last Monday")!.days(from: day("2024-05-01"), through: day("2024-07-31"), calendar: shippedCalendar)
        #expect(meetings == [day("2024-06-24"), day("2024-07-29")])  // 27 May 2024 is the spring bank holiday
    }
}

struct ReportingYearTests {
    @Test(arguments: [("2023/24", 2023), ("2023/2024", 2023), ("1999/00", 1999)])
    func parses(text: String, start: Int) {
        #expect(ReportingYear(parsing: text)?.startYear == start)
    }

    @Test(arguments: ["2023/25", "2023", "23/24", "2023-24", "2023/4"])
    func refuses(text: String) {
        #expect(ReportingYear(parsing: text) == nil)
    }

    @Test func boundaries() {
        let year = ReportingYear(parsing: "2021/22")!
        #expect(year.first == day("2021-04-01") && year.last == day("2022-03-31") && year.label == "2021/22")
        #expect(ReportingYear(containing: day("2022-03-31")) == year)
        #expect(ReportingYear(containing: day("2022-04-01")) == year.next)
    }
}

extension ReportingYear {
    var next: ReportingYear { ReportingYear(startYear: startYear + 1) }
}
