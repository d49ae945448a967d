import PanelDomain
import PanelStore

/// What the use cases shared by adopters, children and fostering households need to know
/// about each: its fields, how the store keeps it, and the records it refers to.
public struct JourneyKind<Value: Journey & Sendable>: Sendable {
    /// "adopter", "child", "carer": as commands and messages name one.
    public let noun: String
    public let table: FieldTable<Value>
    /// The stages its timeline shows.
    public let plan: [(label: String, from: Event, to: Event)]
    let load: @Sendable (JourneyStore, String) throws -> Value?
    /// The record with what judging its deadlines needs beyond itself (an adopter's match).
    let loadJudged: @Sendable (JourneyStore, String) throws -> Value?
    let loadAll: @Sendable (JourneyStore) throws -> [Value]
    let save: @Sendable (JourneyStore, Value, Value?) throws -> SaveOutcome
    /// References to records that are not there, with the position of the record.
    let references: @Sendable ([Value], Database) throws -> [(index: Int, problem: Problem)]
}

extension JourneyKind where Value == Adopter {
    public static let adopter = JourneyKind(
        noun: "adopter", table: Adopter.fields, plan: Adopter.timelinePlan,
        load: { try $0.adopter($1) }, loadJudged: { try $0.adopter($1, matches: true) }, loadAll: { try $0.adopters() }, save: { try $0.save($1, over: $2) },
        references: { try Workspace.unknownItems($0.map(\.item), in: $1) })
}

extension JourneyKind where Value == Child {
    public static let child = JourneyKind(
        noun: "child", table: Child.fields, plan: Child.timelinePlan,
        load: { try $0.child($1) }, loadJudged: { try $0.child($1) }, loadAll: { try $0.children() }, save: { try $0.save($1, over: $2) },
        references: { children, database in
            let known = Set(try JourneyStore(database).adopters().map(\.id))
            return children.enumerated().compactMap { index, child in
                guard let adopter = child.adopter, !known.contains(adopter) else { return nil }
                return (index, Problem(field: "adopter_id", message: "there is no adopter '\(adopter)'; import adopters first"))
            }
        })
}

extension JourneyKind where Value == Carer {
    public static let carer = JourneyKind(
        noun: "carer", table: Carer.fields, plan: Carer.timelinePlan,
        load: { try $0.carer($1) }, loadJudged: { try $0.carer($1) }, loadAll: { try $0.carers() }, save: { try $0.save($1, over: $2) },
        references: { try Workspace.unknownItems($0.map(\.item), in: $1) })
}

extension Workspace {
    /// The agenda items referred to (an adopter's or household's panel item) that are not
    /// there, with the position of the record referring to each.
    static func unknownItems(_ ids: [String?], in database: Database) throws -> [(index: Int, problem: Problem)] {
        let known = try AgendaStore(database).storedIDs(ids.compactMap { $0 })
        return ids.enumerated().compactMap { index, id in
            guard let id, !known.contains(id) else { return nil }
            return (index, Problem(field: "item_id", message: "there is no agenda item '\(id)'; import items first"))
        }
    }

    public func addJourney<Value>(_ kind: JourneyKind<Value>, _ id: String, _ changes: FieldChanges<Value>) throws -> Value {
        try write { database in
            let store = JourneyStore(database)
            if try kind.load(store, id) != nil { throw ApplicationError.alreadyExists(kind: kind.noun, id: id) }
            let value = try changes.adding(["id": id]).applied(to: nil).get()
            try save(kind, value, over: nil, in: database)
            return value
        }
    }

    public func updateJourney<Value>(_ kind: JourneyKind<Value>, _ id: String, _ changes: FieldChanges<Value>) throws -> SaveOutcome {
        try write { database in
            let stored = try loadJourney(kind, id, database)
            return try save(kind, try changes.applied(to: stored).get(), over: stored, in: database)
        }
    }

    @discardableResult
    private func save<Value>(_ kind: JourneyKind<Value>, _ value: Value, over stored: Value?, in database: Database) throws -> SaveOutcome {
        let problems = try kind.references([value], database)
        guard problems.isEmpty else { throw Problems(problems.map(\.problem), summary: "nothing was saved") }
        return try kind.save(JourneyStore(database), value, stored)
    }

    public func journey<Value>(_ kind: JourneyKind<Value>, _ id: String) throws -> Value {
        try read { try loadJourney(kind, id, $0) }
    }

    private func loadJourney<Value>(_ kind: JourneyKind<Value>, _ id: String, _ database: Database) throws -> Value {
        guard let value = try kind.load(JourneyStore(database), id) else { throw StorageError.notFound(kind: kind.noun, id: id) }
        return value
    }

    /// Each stage of a journey as it stands on `day`, with the rule judging it.
    public func timeline<Value>(_ kind: JourneyKind<Value>, _ id: String, on day: Day) throws -> (value: Value, stages: [TimelineStage]) {
        let data = try serviceData()
        let value = try read { database in
            guard let value = try kind.loadJudged(JourneyStore(database), id) else { throw StorageError.notFound(kind: kind.noun, id: id) }
            return value
        }
        let checks = value.deadlineChecks(rules: Value.rules(in: data.rules).map { $0.inForce(on: day) }, calendar: data.calendar, today: day)
        return (value, value.timeline(kind.plan, checks: checks, today: day))
    }
}
