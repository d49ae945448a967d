import Foundation
import PanelDomain
import Testing

@testable import PanelStore

/// Every kind of record, with every field filled, saved and loaded back unchanged, and
/// written as its CSV row and read back unchanged: the store and the CSV files follow the
/// same `FieldTable`, so a field missed by either shows here.
struct RoundTripTests {
    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static let panel = Panel(id: "fostering", name: "Fostering Panel, \"Northvale\"", kind: .fostering, startTime: TimeOfDay(hour: 9, minute: 30)!,
                             venue: "Room 4; Civic Centre", independentChair: true)
    static let otherPanel = Panel(id: "ltm", name: "Long-term matching", kind: .longTermMatching, startTime: TimeOfDay(hour: 13, minute: 0)!, venue: "Teams", independentChair: false)

    static let member = Member(
        id: "M01", name: "Zoë Ó Súilleabháin", category: .socialWorker,
        memberships: [.init(panel: "fostering", role: .viceChair), .init(panel: "ltm", role: .chair)], independent: false,
        qualifiedOn: day("2010-02-01"), joinedOn: day("2019-04-01"), leftOn: day("2025-04-01"), noticeOn: day("2025-03-01"),
        appraisedOn: day("2024-02-01"), dbsOn: day("2023-01-01"))

    static let meeting = Meeting(id: "F1", panel: "fostering", date: day("2024-04-08"), startTime: TimeOfDay(hour: 10, minute: 15)!, venue: "Room 2",
                                 status: .cancelled, cancelReason: "insufficient panel business")

    static let attendance = Attendance(meeting: "F1", member: "M01", expected: false, attended: .apologies)

    static let item: AgendaItem = {
        var item = AgendaItem(id: "I1", meeting: "F1", type: "skills-to-foster-assessment", caseRef: "FC-1042")
        item.subject = "Household, \"A\""
        item.presentingWorker = "R. Example"
        item.supervisingWorker = "S. Example"
        item.order = 3
        item.slot = TimeOfDay(hour: 11, minute: 5)
        item.applicantsAttending = true
        item.confidential = true
        item.draftReportOn = day("2024-03-11")
        item.papersSentOn = day("2024-03-28")
        item.draftMinutesOn = day("2024-04-09")
        item.finalMinutesOn = day("2024-04-10")
        item.admReceivedOn = day("2024-04-11")
        item.admDecidedOn = day("2024-04-12")
        item.oralNotifiedOn = day("2024-04-12")
        item.writtenNotifiedOn = day("2024-04-15")
        item.recommendation = .approve
        item.terms = "siblings"
        item.termsChildren = 2
        item.termsAgeRange = "0-10"
        item.reasons = "Line one\nline two"
        item.minorityView = "none"
        item.reportQuality = "good"
        item.decision = .agreed
        item.adm = "Head of Service"
        item.minuteNumber = 7
        item.capacityOverride = "Reg 24 approval ends"
        return item
    }()

    static let adopter: Adopter = {
        var adopter = Adopter(id: "A1")
        adopter.name = "The Examples"
        adopter.enquiryOn = day("2023-01-02")
        adopter.initialVisitOn = day("2023-01-09")
        adopter.roiOn = day("2023-01-20")
        adopter.roiDecidedOn = day("2023-01-25")
        adopter.roiOutcome = .accepted
        adopter.stage1StartOn = day("2023-01-25")
        adopter.stage1EndOn = day("2023-03-20")
        adopter.breaks = [Adopter.Break(start: day("2023-03-21"), end: day("2023-04-20"), reason: "house move"),
                          Adopter.Break(start: day("2023-05-01"), end: day("2023-05-10"), reason: "")]
        adopter.stage2StartOn = day("2023-05-15")
        adopter.stage2EndOn = day("2023-09-01")
        adopter.item = "I1"
        adopter.panelOn = day("2023-09-10")
        adopter.admDecidedOn = day("2023-09-15")
        adopter.approvedOn = day("2023-09-15")
        adopter.withdrawnOn = day("2024-01-10")
        adopter.withdrawalReason = .otherAgency
        return adopter
    }()

    static let child: Child = {
        var child = Child(id: "K1")
        child.enteredCareOn = day("2022-01-10")
        child.shobpaOn = day("2022-05-01")
        child.placementOrderOn = day("2022-08-01")
        child.matchedOn = day("2022-10-01")
        child.placedOn = day("2022-11-01")
        child.adoptionOrderOn = day("2023-03-01")
        child.fosterCarerAdoption = true
        child.movedInWithCarersOn = day("2022-02-01")
        child.earlyPermanence = true
        child.planChangedOn = day("2023-04-01")
        child.planChangeReason = "special guardianship"
        child.adopter = "A1"
        return child
    }()

    static let carer: Carer = {
        var carer = Carer(id: "H1")
        carer.name = "The Households"
        carer.enquiryOn = day("2021-01-04")
        carer.enquirySource = "website"
        carer.informationVisitOn = day("2021-01-11")
        carer.followupVisitOn = day("2021-01-18")
        carer.applicationOn = day("2021-02-01")
        carer.assessment = .familyAndFriends
        carer.stage1StartOn = day("2021-02-01")
        carer.stage1EndOn = day("2021-03-31")
        carer.stage2StartOn = day("2021-04-01")
        carer.stage2EndOn = day("2021-07-31")
        carer.reg24On = day("2021-01-20")
        carer.reg24Extensions = [day("2021-05-20"), day("2021-06-20")]
        carer.item = "I1"
        carer.panelOn = day("2021-08-09")
        carer.approvedOn = day("2021-08-12")
        carer.householdType = .familyAndFriends
        carer.termsChildren = 1
        carer.termsAgeRange = "5-12"
        carer.leftOn = day("2024-01-31")
        carer.leavingRoute = .resignation
        carer.leavingReason = .specialGuardianship
        carer.reviews = [day("2022-08-01"), day("2023-07-20")]
        carer.panelReviews = [day("2022-08-15")]
        return carer
    }()

    /// The record written as its CSV row and read back.
    func readBack<Record: Equatable>(_ record: Record, _ table: FieldTable<Record>, panels: [Panel] = []) throws -> Record {
        try table.decode(Dictionary(uniqueKeysWithValues: zip(table.columns, table.text(of: record))), context: .init(panels: panels)).get()
    }

    @Test func everyRecordKindIsStoredAndLoadedUnchanged() throws {
        let (database, _) = try Store.initialise(path: ":memory:", serviceName: "Round trip")
        let central = CentralListStore(database), agenda = AgendaStore(database), journeys = JourneyStore(database)
        #expect(try central.save(Self.panel) == .added)
        #expect(try central.save(Self.otherPanel) == .added)
        #expect(try central.save(Self.member) == .added)
        #expect(try central.save(Self.meeting) == .added)
        #expect(try central.save(Self.attendance) == .added)
        #expect(try agenda.save(Self.item) == .added)
        #expect(try journeys.save(Self.adopter) == .added)
        #expect(try journeys.save(Self.child) == .added)
        #expect(try journeys.save(Self.carer) == .added)

        #expect(try central.panel("fostering") == Self.panel)
        #expect(try central.member("M01") == Self.member)
        #expect(try central.meeting("F1") == Self.meeting)
        #expect(try central.attendance(meeting: "F1") == [Self.attendance])
        #expect(try agenda.item("I1") == Self.item)
        #expect(try journeys.adopter("A1") == Self.adopter)
        #expect(try journeys.child("K1") == Self.child)
        #expect(try journeys.carer("H1") == Self.carer)

        // Saving what is there changes nothing, and leaves no audit entry.
        let audited = try database.scalar("SELECT count(*) FROM audit_log")
        #expect(try journeys.save(Self.carer) == .unchanged)
        #expect(try agenda.save(Self.item) == .unchanged)
        #expect(try database.scalar("SELECT count(*) FROM audit_log") == audited)
    }

    @Test func everyRecordKindIsWrittenAndReadAsCSVUnchanged() throws {
        #expect(try readBack(Self.panel, Panel.fields) == Self.panel)
        #expect(try readBack(Self.member, Member.fields) == Self.member)
        #expect(try readBack(Self.meeting, Meeting.fields, panels: [Self.panel]) == Self.meeting)
        #expect(try readBack(Self.attendance, Attendance.fields) == Self.attendance)
        #expect(try readBack(Self.item, AgendaItem.fields) == Self.item)
        #expect(try readBack(Self.adopter, Adopter.fields) == Self.adopter)
        #expect(try readBack(Self.child, Child.fields) == Self.child)
        #expect(try readBack(Self.carer, Carer.fields) == Self.carer)
    }

    @Test func theStoreReadsColumnsByTheirFieldsNames() {
        // `order` is kept as `position`, a meeting's `panel` as `panel_id`; the CSV names
        // stay those the files use.
        #expect(AgendaStore.table.columns.contains("position") && !AgendaStore.table.columns.contains("order"))
        #expect(AgendaItem.fields.columns.contains("order"))
        #expect(CentralListStore.meetingTable.columns == ["id", "panel_id", "date", "start_time", "venue", "status", "cancel_reason", "end_time", "link"])
        #expect(Member.fields.storedFields.map(\.name).contains("panels") == false)
    }
}
