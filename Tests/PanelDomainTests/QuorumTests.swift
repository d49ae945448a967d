import Foundation
import Testing

@testable import PanelDomain

let shippedPolicy: PanelPolicy = {
    let path = URL(fileURLWithPath: shippedRulesPath).deletingLastPathComponent().appendingPathComponent("panels.ini").path
    return try! PanelPolicy.load(shipped: SettingsFile.parse(try! String(contentsOfFile: path, encoding: .utf8), file: path))
}()

/// A quorate fostering panel on 2024-04-08 with one of each kind of person, to vary.
enum Cast {
    static let meetingDay = day("2024-04-08")
    static let chair = Member(id: "C", name: "Chair", category: .independentMember, memberships: [.init(panel: "f", role: .chair)], independent: true)
    static let vice = Member(id: "V", name: "Vice", category: .health, memberships: [.init(panel: "f", role: .viceChair)])
    /// Qualified exactly three years before the meeting day.
    static let socialWorker = Member(id: "S", name: "Social", category: .socialWorker, memberships: [.init(panel: "f", role: .member)], qualifiedOn: day("2021-04-08"))
    static let elected = Member(id: "E", name: "Elected", category: .electedMember, memberships: [.init(panel: "f", role: .member)])
    static let education = Member(id: "D", name: "Education", category: .education, memberships: [.init(panel: "f", role: .member)])
    static let adviser = Member(id: "A", name: "Adviser", category: .panelAdviser, memberships: [.init(panel: "f", role: .member)])
    static let minuteTaker = Member(id: "T", name: "Minutes", category: .minuteTaker)

    static func quorum(_ people: [Member]) -> Quorum {
        Quorum.evaluate(present: people, panel: "f", on: meetingDay, policy: shippedPolicy)
    }
}

struct QuorumTests {
    @Test func fiveMembersWithChairQualifiedSocialWorkerAndIndependentIsQuorate() {
        let quorum = Cast.quorum([Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected, Cast.education])
        #expect(quorum.isQuorate)
        #expect(quorum.shortfalls.isEmpty)
    }

    @Test func socialWorkerReachingThreeYearsOnTheMeetingDayCounts() {
        #expect(Quorum.isQualifiedSocialWorker(Cast.socialWorker, on: Cast.meetingDay, policy: shippedPolicy))
    }

    @Test func socialWorkerOneDayShortDoesNotCount() {
        var shortOfThree = Cast.socialWorker
        shortOfThree.qualifiedOn = day("2021-04-09")
        let quorum = Cast.quorum([Cast.chair, Cast.vice, shortOfThree, Cast.elected, Cast.education])
        #expect(!quorum.isQuorate)
        #expect(quorum.shortfalls == ["0 social workers with 3 years' post-qualifying experience on 2024-04-08; at least 1 needed"])
    }

    @Test func leapDayQualificationReachesThreeYearsOnTheLastDayOfFebruary() {
        let member = Member(id: "L", name: "Leap", category: .socialWorker, qualifiedOn: day("2020-02-29"))
        #expect(Quorum.isQualifiedSocialWorker(member, on: day("2023-02-28"), policy: shippedPolicy))
        #expect(!Quorum.isQualifiedSocialWorker(member, on: day("2023-02-27"), policy: shippedPolicy))
    }

    @Test func viceChairPresentWithChairAbsentIsQuorate() {
        var independent = Cast.elected
        independent.independent = true
        #expect(Cast.quorum([Cast.vice, Cast.socialWorker, independent, Cast.education, Cast.chair.with(role: .member)]).isQuorate)
        #expect(Cast.quorum([Cast.vice, Cast.socialWorker, independent, Cast.education, Cast.elected.with(id: "E2")]).isQuorate)
    }

    @Test func neitherChairNorViceChairIsNotQuorate() {
        let quorum = Cast.quorum([Cast.chair.with(role: .member), Cast.socialWorker, Cast.elected, Cast.education, Cast.elected.with(id: "E2")])
        #expect(quorum.shortfalls == ["neither the chair nor a vice chair"])
    }

    @Test func fourMembersIsNotQuorate() {
        let quorum = Cast.quorum([Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected])
        #expect(!quorum.isQuorate)
        #expect(quorum.shortfalls == ["4 members; at least 5 needed"])
    }

    @Test func advisersAndMinuteTakersNeverCount() {
        let quorum = Cast.quorum([Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected, Cast.adviser, Cast.minuteTaker])
        #expect(quorum.shortfalls == ["4 members; at least 5 needed"])
        #expect(quorum.notCounted.map(\.0.id) == ["A", "T"])
        #expect(quorum.notCounted[0].1 == "attends as panel adviser, not as a member")
    }

    @Test func noIndependentMemberIsNotQuorate() {
        let quorum = Cast.quorum([Cast.chair.with(independent: false), Cast.vice, Cast.socialWorker, Cast.elected, Cast.education])
        #expect(quorum.shortfalls == ["0 independent members; at least 1 needed"])
    }

    @Test func formerMembersAndOtherPanelsMembersDoNotCount() {
        var left = Cast.education
        left.leftOn = Cast.meetingDay
        let stranger = Cast.elected.with(id: "X", panel: "g")
        let quorum = Cast.quorum([Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected, left, stranger])
        #expect(quorum.shortfalls == ["4 members; at least 5 needed"])
        #expect(quorum.notCounted.map(\.1) == ["is not on the central list on 2024-04-08", "does not sit on this panel"])
    }

    @Test func everyShortfallIsGivenAtOnce() {
        let quorum = Cast.quorum([Cast.elected])
        #expect(quorum.shortfalls == [
            "1 member; at least 5 needed", "neither the chair nor a vice chair",
            "0 social workers with 3 years' post-qualifying experience on 2024-04-08; at least 1 needed",
            "0 independent members; at least 1 needed",
        ])
    }

    @Test func aLocalPolicyChangesTheRule() throws {
        let shipped = try String(contentsOfFile: URL(fileURLWithPath: shippedRulesPath).deletingLastPathComponent().appendingPathComponent("panels.ini").path, encoding: .utf8)
        let policy = try PanelPolicy.load(
            shipped: SettingsFile.parse(shipped, file: "panels.ini"),
            overrides: [SettingsFile.parse("[quorum]\nmembers = 4\n", file: "local.ini")])
        #expect(policy.quorumMembers == 4)
        #expect(Quorum.evaluate(present: [Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected], panel: "f", on: Cast.meetingDay, policy: policy).isQuorate)
        #expect(throws: Problem(file: "local.ini", line: 2, field: "members", message: "'four' is not a whole number of 0 or more")) {
            try PanelPolicy.load(shipped: SettingsFile.parse(shipped, file: "panels.ini"), overrides: [SettingsFile.parse("[quorum]\nmembers = four\n", file: "local.ini")])
        }
        #expect(throws: Problem(file: "local.ini", line: 2, field: "member", message: "is not a field of [quorum]; expected one of: members, chair-or-vice-chair, qualified-social-workers, experience-years, independent-members")) {
            try PanelPolicy.load(shipped: SettingsFile.parse(shipped, file: "panels.ini"), overrides: [SettingsFile.parse("[quorum]\nmember = 4\n", file: "local.ini")])
        }
    }
}

extension Member {
    func with(role: Role? = nil, independent: Bool? = nil, id: String? = nil, panel: String? = nil) -> Member {
        var copy = self
        if let role { copy.memberships = copy.memberships.map { Membership(panel: $0.panel, role: role) } }
        if let independent { copy.independent = independent }
        if let id { copy.id = id }
        if let panel { copy.memberships = copy.memberships.map { Membership(panel: panel, role: $0.role) } }
        return copy
    }
}
