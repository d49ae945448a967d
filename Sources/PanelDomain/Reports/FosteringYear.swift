/// The fostering service's recruitment funnel and stock of households for a reporting year
/// (DOMAIN.md section 6, tables 5 and 6).
public struct FosteringYear: Sendable {
    /// What the conversion rate divides approvals by: the sources use both.
    public enum ConversionBase: String, CaseIterable, Sendable {
        case enquiries
        case informationVisits = "information-visits"
    }

    /// A household whose records do not add up in the stock equation, and by how much.
    public struct StockProblem: Equatable, Sendable {
        public let household: String
        public let difference: Int
        public let reason: String
    }

    public let year: ReportingYear
    public let funnel: [Figure]
    public let approvalsByType: [Carer.HouseholdType: Int]
    public let leaversByType: [Carer.HouseholdType: Int]
    public let leaversByRoute: [Carer.LeavingRoute: Int]
    public let leaversByReason: [Carer.LeavingReason: Int]
    /// Leavers by whole years fostering, in bands: ("Under 1", 2), ("1 to 4", 5), ...
    public let yearsFostering: [(band: String, count: Int)]
    public let householdsAtStart: Int
    public let approvals: Int
    public let leavers: Int
    public let householdsAtEnd: Int
    public let stockProblems: [StockProblem]

    /// How far the stock equation is out: households at 1 April + approvals − leavers −
    /// households at 31 March, which is 0 when the records add up.
    public var stockDifference: Int { householdsAtStart + approvals - leavers - householdsAtEnd }

    /// The stock equation: households at 1 April + approvals − leavers = households at 31 March.
    public var stockBalances: Bool { stockDifference == 0 }

    public init(carers: [Carer], year: ReportingYear, conversionBase: ConversionBase, bands: [Int]) {
        self.year = year
        func inYear(_ day: Day?) -> Bool { day.map(year.contains) ?? false }
        let enquiries = carers.count(where: { inYear($0.enquiryOn) })
        let visits = carers.count(where: { inYear($0.informationVisitOn) })
        let approved = carers.filter { inYear($0.approvedOn) }
        let left = carers.filter { inYear($0.leftOn) }
        let base = conversionBase == .enquiries ? enquiries : visits
        let baseName = conversionBase == .enquiries ? "enquiries" : "information visits"
        funnel = [
            Figure("Enquiries", .count(enquiries), "households whose first enquiry fell in the year"),
            Figure("Information visits", .count(visits), "first information visits made in the year"),
            Figure("Follow-up visits", .count(carers.count(where: { inYear($0.followupVisitOn) })), "follow-up visits made in the year"),
            Figure("Applications", .count(carers.count(where: { inYear($0.applicationOn) })), "applications received in the year"),
            Figure("Approvals", .count(approved.count), "households approved in the year"),
            Figure("Conversion rate", .percent(part: approved.count, whole: base),
                   "approvals in the year ÷ \(baseName) in the year (not the same households: a household approved this year may have enquired last year); whole per cent, halves up"),
        ]
        func tally<Key: Hashable>(_ cases: [Carer], _ key: (Carer) -> Key?) -> [Key: Int] {
            cases.reduce(into: [:]) { counts, carer in if let value = key(carer) { counts[value, default: 0] += 1 } }
        }
        approvalsByType = tally(approved, \.householdType)
        leaversByType = tally(left, \.householdType)
        leaversByRoute = tally(left, \.leavingRoute)
        leaversByReason = tally(left, \.leavingReason)
        let edges = [0] + bands
        yearsFostering = edges.indices.map { index in
            let low = edges[index]
            let high = index + 1 < edges.count ? edges[index + 1] : nil
            let label = low == 0 ? "Under \(high ?? 1)" : high.map { "\(low) to \($0 - 1)" } ?? "\(low) or more"
            return (label, left.filter { carer in carer.yearsFostering.map { years in years >= low && high.map { years < $0 } ?? true } ?? false }.count)
        } + [("Not known", left.count(where: { $0.yearsFostering == nil }))]

        let dayBefore = year.first.adding(days: -1)
        householdsAtStart = carers.count(where: { $0.isApproved(on: dayBefore) })
        householdsAtEnd = carers.count(where: { $0.isApproved(on: year.last) })
        approvals = approved.count
        leavers = left.count
        stockProblems = carers.compactMap { carer in
            let difference = (carer.isApproved(on: dayBefore) ? 1 : 0) + (inYear(carer.approvedOn) ? 1 : 0) - (inYear(carer.leftOn) ? 1 : 0)
                - (carer.isApproved(on: year.last) ? 1 : 0)
            guard difference != 0 else { return nil }
            let reason = carer.approvedOn == nil ? "left on \(carer.leftOn!.iso) with no approval day recorded" : "its approval and leaving days do not add up"
            return StockProblem(household: carer.id, difference: difference, reason: reason)
        }
    }
}
