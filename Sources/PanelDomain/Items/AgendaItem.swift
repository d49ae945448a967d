/// A case on a panel's agenda, with the dates of its decision chain (DOMAIN.md section 4).
/// The panel recommends; only the agency decision maker decides, so the two are separate
/// fields of separate types.
public struct AgendaItem: Equatable, Identifiable, Sendable {
    public enum Recommendation: String, CaseIterable, Sendable {
        case approve
        case notApprove = "not-approve"
        case deferred = "defer"
        case continueApproval = "continue-approval"
        case changeTerms = "change-terms"
        case terminate
        case match
        case noMatch = "no-match"
        case noted
        case withdrawn

        public var label: String {
            switch self {
            case .approve: "Approve"
            case .notApprove: "Not approve"
            case .deferred: "Defer"
            case .continueApproval: "Continue approval"
            case .changeTerms: "Change terms of approval"
            case .terminate: "Terminate approval"
            case .match: "Match"
            case .noMatch: "Do not match"
            case .noted: "Noted"
            case .withdrawn: "Withdrawn"
            }
        }
    }

    public enum Decision: String, CaseIterable, Sendable {
        case agreed
        case notAgreed = "not-agreed"
        case referredBack = "referred-back"

        public var label: String {
            switch self {
            case .agreed: "Agreed with the panel's recommendation"
            case .notAgreed: "Did not agree with the panel's recommendation"
            case .referredBack: "Referred back to the panel"
            }
        }
    }

    public var id: String
    public var meeting: String
    public var type: String
    public var caseRef: String
    /// Household or child reference; names are optional and kept out of redacted papers.
    public var subject: String
    public var presentingWorker: String
    public var supervisingWorker: String
    public var order: Int?
    public var slot: TimeOfDay?
    public var applicantsAttending: Bool
    public var confidential: Bool

    public var draftReportOn: Day?
    public var papersSentOn: Day?
    public var draftMinutesOn: Day?
    public var finalMinutesOn: Day?
    public var admReceivedOn: Day?
    public var admDecidedOn: Day?
    public var oralNotifiedOn: Day?
    public var writtenNotifiedOn: Day?

    public var recommendation: Recommendation?
    public var terms: String
    public var termsChildren: Int?
    public var termsAgeRange: String
    public var reasons: String
    public var minorityView: String
    public var reportQuality: String

    public var decision: Decision?
    /// What the agency decision maker decided: the recommendation when they agreed, their
    /// own decision when they did not (approve where the panel said not, say).
    public var admOutcome: Recommendation?
    /// The ADM's own reasons, where they differ from the panel's.
    public var admReasons = ""
    /// Which agency decision maker decided: a service may have more than one.
    public var adm: String
    /// Whom the decision letter goes to, and where (lines separated by ';' or line breaks),
    /// when not the adopter's or household's record of this item.
    public var addressee = ""
    public var address = ""
    /// Runs on through the reporting year for each panel, given when minutes are final.
    public var minuteNumber: Int?
    /// Why the capacity rule was overridden for this item, when it was.
    public var capacityOverride: String?

    public init(id: String, meeting: String, type: String, caseRef: String) {
        self.id = id
        self.meeting = meeting
        self.type = type
        self.caseRef = caseRef
        subject = ""
        presentingWorker = ""
        supervisingWorker = ""
        applicantsAttending = false
        confidential = false
        terms = ""
        termsAgeRange = ""
        reasons = ""
        minorityView = ""
        reportQuality = ""
        adm = ""
    }
}
