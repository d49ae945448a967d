/// The events a deadline rule can measure between. The set is closed because the code must
/// know where each event's day is recorded; the amounts and directions are data.
public enum Event: String, CaseIterable, Sendable, Codable {
    case draftReportToAdvisor = "draft-report-to-advisor"
    case papersSent = "papers-sent"
    case panel
    case draftMinutes = "draft-minutes"
    case finalMinutes = "final-minutes"
    case minutesReceivedByADM = "minutes-received-by-adm"
    case admDecision = "adm-decision"
    case oralNotification = "oral-notification"
    case writtenNotification = "written-notification"
    case representations
    case enquiry
    case initialVisit = "initial-visit"
    case application
    case roiReceived = "roi-received"
    case roiDecision = "roi-decision"
    case stage1Start = "stage1-start"
    case stage1End = "stage1-end"
    case stage2Start = "stage2-start"
    case stage2End = "stage2-end"
    case approval
    case firstReviewAtPanel = "first-review-at-panel"
    case review
    case panelReview = "panel-review"
    /// The annual review of an approved adopter not yet matched.
    case adopterReview = "adopter-review"
    case enteredCare = "entered-care"
    case shobpa
    case placementOrder = "placement-order"
    case matchDecision = "match-decision"
    case placedForAdoption = "placed-for-adoption"
    /// Placed for adoption, or for a child adopted by its own foster carers the day it moved
    /// in with them: the adjusted A1 (the national scorecard's A10) counts to this day.
    case movedIn = "moved-in"
    case adoptionOrder = "adoption-order"

    public var label: String {
        switch self {
        case .draftReportToAdvisor: "draft report to panel advisor"
        case .papersSent: "papers sent to members"
        case .panel: "panel"
        case .draftMinutes: "draft minutes"
        case .finalMinutes: "final minutes"
        case .minutesReceivedByADM: "final minutes received by ADM"
        case .admDecision: "ADM decision"
        case .oralNotification: "applicant told orally"
        case .writtenNotification: "written decision sent"
        case .representations: "representations or IRM application"
        case .enquiry: "enquiry"
        case .initialVisit: "initial visit"
        case .application: "application"
        case .roiReceived: "registration of interest received"
        case .roiDecision: "registration of interest decided"
        case .stage1Start: "Stage 1 start"
        case .stage1End: "Stage 1 end"
        case .stage2Start: "Stage 2 start"
        case .stage2End: "Stage 2 end"
        case .approval: "approval"
        case .firstReviewAtPanel: "first review at panel"
        case .review: "annual review"
        case .panelReview: "review at panel"
        case .adopterReview: "adopter's annual review"
        case .enteredCare: "entered care"
        case .shobpa: "should-be-placed-for-adoption decision"
        case .placementOrder: "placement order"
        case .matchDecision: "match decision"
        case .placedForAdoption: "placed for adoption"
        case .movedIn: "moved in with the adoptive family"
        case .adoptionOrder: "adoption order"
        }
    }
}
