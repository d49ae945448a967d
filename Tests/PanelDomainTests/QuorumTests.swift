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

    static let panel = Panel(id: "f", name: "Fostering Panel", kind: .fostering, startTime: TimeOfDay(hour: 10, minute: 0)!, venue: "", independentChair: true)

    static func quorum(_ people: [Member], panel: Panel = panel, policy: PanelPolicy = shippedPolicy) -> Quorum {
        Quorum.evaluate(present: people, panel: panel, on: meetingDay, policy: policy)
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

    /// The law (reg 6 AAR 2005, reg 24 FSR 2011) asks for no independent member while the
    /// chair sits: five with the chair and a qualified social worker, none independent, will do.
    @Test func theLawAsksForNoIndependentMemberWhileTheChairSits() {
        let quorum = Cast.quorum([Cast.chair.with(independent: false), Cast.vice, Cast.socialWorker, Cast.elected, Cast.education])
        #expect(quorum.isQuorate)
    }

    /// With the chair away, the vice chair (not independent) chairs: another member must be
    /// independent. None is: not quorate. Add one: quorate.
    @Test func aViceChairWhoIsNotIndependentNeedsAnIndependentMemberBeside() {
        let without = Cast.quorum([Cast.vice, Cast.socialWorker, Cast.elected, Cast.education, Cast.elected.with(id: "E2")])
        #expect(without.shortfalls == ["the chair is absent and no vice chair is independent, so another member who is independent is needed"])
        var independent = Cast.elected.with(id: "E3")
        independent.independent = true
        #expect(Cast.quorum([Cast.vice, Cast.socialWorker, Cast.elected, Cast.education, independent]).isQuorate)
        // An independent vice chair may chair without another independent member.
        var independentVice = Cast.vice
        independentVice.independent = true
        #expect(Cast.quorum([independentVice, Cast.socialWorker, Cast.elected, Cast.education, Cast.elected.with(id: "E2")]).isQuorate)
    }

    /// A panel constituted jointly by two or more agencies needs six.
    @Test func aJointPanelNeedsSix() {
        var joint = Cast.panel
        joint.joint = true
        let five = [Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected, Cast.education]
        #expect(Cast.quorum(five, panel: joint).shortfalls == ["5 members; at least 6 needed for a joint panel"])
        #expect(Cast.quorum(five + [Cast.elected.with(id: "E2")], panel: joint).isQuorate)
    }

    /// A service that always wants an independent member says so in local/panels.ini.
    @Test func aLocalPolicyMayAlwaysAskForAnIndependentMember() throws {
        let shipped = try String(contentsOfFile: URL(fileURLWithPath: shippedRulesPath).deletingLastPathComponent().appendingPathComponent("panels.ini").path, encoding: .utf8)
        let policy = try PanelPolicy.load(shipped: SettingsFile.parse(shipped, file: "panels.ini"),
                                          overrides: [SettingsFile.parse("[quorum]\nindependent-members = 1\n", file: "local.ini")])
        let quorum = Cast.quorum([Cast.chair.with(independent: false), Cast.vice, Cast.socialWorker, Cast.elected, Cast.education], policy: policy)
        #expect(quorum.shortfalls == ["0 independent members; at least 1 needed"])
    }

    /// Someone who declared an interest in an item does not count for it.
    @Test func aMemberWhoDeclaredAnInterestDoesNotCountForTheItem() {
        let five = [Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected, Cast.education]
        let quorum = Quorum.evaluate(present: five, panel: Cast.panel, on: Cast.meetingDay, policy: shippedPolicy, away: [(Cast.elected, "declared an interest and took no part")])
        #expect(quorum.shortfalls == ["4 members; at least 5 needed"])
        #expect(quorum.notCounted.map(\.1) == ["declared an interest and took no part"])
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
        ])
    }

    @Test func aLocalPolicyChangesTheRule() throws {
        let shipped = try String(contentsOfFile: URL(fileURLWithPath: shippedRulesPath).deletingLastPathComponent().appendingPathComponent("panels.ini").path, encoding: .utf8)
        let policy = try PanelPolicy.load(
            shipped: SettingsFile.parse(shipped, file: "panels.ini"),
            overrides: [SettingsFile.parse("[quorum]\nmembers = 4\n", file: "local.ini")])
        #expect(policy.quorumMembers == 4)
        #expect(Cast.quorum([Cast.chair, Cast.vice, Cast.socialWorker, Cast.elected], policy: policy).isQuorate)
        #expect(throws: Problem(file: "local.ini", line: 2, field: "members", message: "'four' is not a whole number of 0 or more")) {
            try PanelPolicy.load(shipped: SettingsFile.parse(shipped, file: "panels.ini"), overrides: [SettingsFile.parse("[quorum]\nmembers = four\n", file: "local.ini")])
        }
        #expect(throws: Problem(file: "local.ini", line: 2, field: "member", message: "is not a field of [quorum]; expected one of: members, joint-panel-members, chair-or-vice-chair, qualified-social-workers, experience-years, independent-when-vice-chair-chairs, independent-members")) {
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
