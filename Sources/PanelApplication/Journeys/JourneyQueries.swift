import PanelDomain
import PanelStore

/// Where an adopter household stands on a day.
public struct AdopterStanding: Sendable {
    public let adopter: Adopter
    public let stage: Adopter.Stage
    /// The day it reached that stage.
    public let since: Day?
    /// Approved and not yet matched with a child.
    public let waitingForMatch: Bool
}

extension Workspace {
    /// Every adopter household and where it stands on `day`.
    public func adopters(on day: Day) throws -> [AdopterStanding] {
        try read { database in
            let store = JourneyStore(database)
            let matched = Adopter.matched(try store.children(), by: day)
            return try store.adopters(matches: true).map { adopter in
                AdopterStanding(adopter: adopter, stage: adopter.stage(on: day), since: adopter.stageStarted(on: day),
                                waitingForMatch: adopter.isWaitingForMatch(on: day, matched: matched))
            }
        }
    }

    /// Children with adoption plans by id; with `waitingOn`, only those waiting for a match
    /// that day, longest waiting first.
    public func children(waitingOn day: Day?) throws -> [Child] {
        let children = try read { try JourneyStore($0).children() }
        guard let day else { return children }
        return children.filter { $0.isWaiting(on: day) }.sorted { ($0.placementOrderOn!, $0.id) < ($1.placementOrderOn!, $1.id) }
    }

    public func carers() throws -> [Carer] {
        try read { try JourneyStore($0).carers() }
    }

    /// The adoption service's figures for a reporting year.
    public func adoptionYear(_ year: ReportingYear) throws -> AdoptionYear {
        let data = try serviceData()
        return try read { database in
            let store = JourneyStore(database)
            return AdoptionYear(adopters: try store.adopters(matches: true), children: try store.children(), year: year, rules: data.rules, calendar: data.calendar)
        }
    }

    /// The fostering service's recruitment funnel and stock of households for a year.
    public func fosteringYear(_ year: ReportingYear, conversionBase: FosteringYear.ConversionBase) throws -> FosteringYear {
        let bands = try serviceData().policy.yearsFosteringBands
        return FosteringYear(carers: try carers(), year: year, conversionBase: conversionBase, bands: bands)
    }

    /// Reviews of approved households that need attention on `day`, due within `within`
    /// calendar days (all when nil), by due day.
    public func carerReviews(on day: Day, within: Int?) throws -> [(check: DeadlineCheck, carer: Carer)] {
        let data = try serviceData()
        let rules = Carer.reviewRules(in: data.rules)
        let until = within.map { day.adding(days: $0) }
        return try carers()
            .flatMap { carer in carer.reviewsNeedingAttention(rules: rules, calendar: data.calendar, on: day, until: until).map { ($0, carer) } }
            .sorted { ($0.check.dueDay!, $0.carer.id) < ($1.check.dueDay!, $1.carer.id) }
    }
}
