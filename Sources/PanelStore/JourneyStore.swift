import PanelDomain

/// Prospective adopters (with their breaks), children with adoption plans, and fostering
/// households (with their reviews and Regulation 24 extensions).
public struct JourneyStore {
    public let database: Database

    public init(_ database: Database) { self.database = database }

    static let adopterTable = RecordTable("adopters", Adopter.fields)
    static let childTable = RecordTable("children", Child.fields)
    static let carerTable = RecordTable("carers", Carer.fields)

    // MARK: Adopters

    /// Every adopter household, by id, or the one with `id`. With `matches`, each with the day
    /// of its first match with a child, from the children's records, for the deadlines and
    /// measures that need it (the record itself does not hold it).
    public func adopters(id: String? = nil, matches: Bool = false) throws(StorageError) -> [Adopter] {
        try collect { try forEachAdopter(id: id, matches: matches, $0) }
    }

    /// The same adopters handed to `body` one at a time, by id. Their breaks, reviews and
    /// first matches are read alongside, in the same order of id, so that nothing is held
    /// for the adopters not yet reached (a timeliness listing of 50,000 adopters).
    public func forEachAdopter(id: String? = nil, matches: Bool = false, _ body: (Adopter) throws -> Void) throws {
        let partFilter = Filter.only("adopter_id", id)
        let breaks = try database.cursor(
            "SELECT adopter_id, start_on, end_on, reason FROM adopter_breaks \(partFilter.clause) ORDER BY adopter_id, sequence", partFilter.values, table: "adopter_breaks")
        let reviews = try database.cursor("SELECT adopter_id, day FROM adopter_reviews \(partFilter.clause) ORDER BY adopter_id, day", partFilter.values, table: "adopter_reviews")
        let matched = matches ? try database.cursor(
            "SELECT adopter_id, min(matched_on) FROM children \(partFilter.clause.isEmpty ? "WHERE adopter_id IS NOT NULL" : partFilter.clause) GROUP BY adopter_id ORDER BY adopter_id",
            partFilter.values, table: "children") : nil
        try Self.adopterTable.forEach(database, .only("t.id", id), order: "t.id") { found in
            var adopter = found
            try breaks.rows(of: adopter.id) { row throws(StorageError) in
                adopter.breaks.append(Adopter.Break(start: try row.day(1)!, end: try row.day(2), reason: try row.string(3)))
            }
            try reviews.rows(of: adopter.id) { row throws(StorageError) in adopter.reviews.append(try row.day(1)!) }
            try matched?.rows(of: adopter.id) { row throws(StorageError) in adopter.matchedOn = try row.day(1) }
            try body(adopter)
        }
    }

    /// Every adopter household by id, each with the children matched with it (by id),
    /// handed to `body` one household at a time: the children are read alongside, ordered
    /// by the household they are matched with.
    public func forEachAdopterWithChildren(_ body: (Adopter, [Child]) throws -> Void) throws {
        let children = try database.cursor(
            "SELECT \(Self.childTable.selectList("t")) FROM children t WHERE t.adopter_id IS NOT NULL ORDER BY t.adopter_id, t.id", table: "children")
        let adopterColumn = Int32(Self.childTable.columns.firstIndex(of: "adopter_id")!)
        try forEachAdopter { adopter in
            var theirs: [Child] = []
            try children.rows(of: adopter.id, column: adopterColumn) { row throws(StorageError) in theirs.append(try Self.childTable.decode(row)) }
            try body(adopter, theirs)
        }
    }

    public func adopter(_ id: String, matches: Bool = false) throws(StorageError) -> Adopter? { try adopters(id: id, matches: matches).first }

    @discardableResult
    public func save(_ adopter: Adopter) throws(StorageError) -> SaveOutcome {
        try save(adopter, over: try self.adopter(adopter.id))
    }

    /// Saves over `existing`, the stored record as the caller already read it, or nil.
    @discardableResult
    public func save(_ adopter: Adopter, over existing: Adopter?) throws(StorageError) -> SaveOutcome {
        if existing == adopter { return .unchanged }
        try Self.adopterTable.upsert(adopter, in: database)
        // A new record has no rows of its own to clear: an import of new ones then runs
        // no statement between their upserts, which can go in together.
        if (existing?.reviews ?? []) != adopter.reviews {
            if existing != nil { try database.run("DELETE FROM adopter_reviews WHERE adopter_id = ?", [.text(adopter.id)]) }
            for day in Set(adopter.reviews).sorted() {
                try database.insert("adopter_reviews", columns: ["adopter_id", "day"], values: [.text(adopter.id), SQLValue(day)])
            }
        }
        if (existing?.breaks ?? []) != adopter.breaks {
            if existing != nil { try database.run("DELETE FROM adopter_breaks WHERE adopter_id = ?", [.text(adopter.id)]) }
            for (index, pause) in adopter.breaks.enumerated() {
                try database.insert("adopter_breaks", columns: ["adopter_id", "sequence", "start_on", "end_on", "reason"],
                                    values: [.text(adopter.id), SQLValue(index + 1), SQLValue(pause.start), SQLValue(pause.end), .text(pause.reason)])
            }
        }
        return existing == nil ? .added : .updated
    }

    // MARK: Children

    public func children(id: String? = nil) throws(StorageError) -> [Child] {
        try Self.childTable.select(database, .only("t.id", id), order: "t.id")
    }

    /// Every child handed to `body` one at a time, by id.
    public func forEachChild(_ body: (Child) throws -> Void) throws {
        try Self.childTable.forEach(database, order: "t.id", body)
    }

    public func child(_ id: String) throws(StorageError) -> Child? { try children(id: id).first }

    @discardableResult
    public func save(_ child: Child) throws(StorageError) -> SaveOutcome {
        try save(child, over: try self.child(child.id))
    }

    /// Saves over `existing`, the stored record as the caller already read it, or nil.
    @discardableResult
    public func save(_ child: Child, over existing: Child?) throws(StorageError) -> SaveOutcome {
        if existing == child { return .unchanged }
        try Self.childTable.upsert(child, in: database)
        return existing == nil ? .added : .updated
    }

    // MARK: Fostering households

    /// The days a household's reviews and extensions are kept under, by field.
    static let carerDays: [(kind: String, path: WritableKeyPath<Carer, [Day]> & Sendable)] = [
        ("review", \.reviews), ("panel-review", \.panelReviews), ("reg24-extension", \.reg24Extensions),
    ]

    /// The name and address on the adopter's or household's record of agenda item `item`.
    public func addressee(item: String) throws(StorageError) -> (name: String, address: String)? {
        try database.query(
            "SELECT name, address FROM adopters WHERE item_id = ?1 UNION ALL SELECT name, address FROM carers WHERE item_id = ?1 LIMIT 1",
            [.text(item)], table: "adopters") { row in (row.text(0) ?? "", row.text(1) ?? "") }.first
    }

    public func carers(id: String? = nil) throws(StorageError) -> [Carer] {
        try collect { try forEachCarer(id: id, $0) }
    }

    /// The same households handed to `body` one at a time, by id, their days read alongside
    /// in the same order.
    public func forEachCarer(id: String? = nil, _ body: (Carer) throws -> Void) throws {
        let partFilter = Filter.only("carer_id", id)
        let days = try database.cursor("SELECT carer_id, kind, day FROM carer_days \(partFilter.clause) ORDER BY carer_id, kind, day", partFilter.values, table: "carer_days")
        try Self.carerTable.forEach(database, .only("t.id", id), order: "t.id") { found in
            var carer = found
            try days.rows(of: carer.id) { row throws(StorageError) in
                let kind = try row.string(1)
                guard let path = Self.carerDays.first(where: { $0.kind == kind })?.path else { return }
                carer[keyPath: path].append(try row.day(2)!)
            }
            try body(carer)
        }
    }

    public func carer(_ id: String) throws(StorageError) -> Carer? { try carers(id: id).first }

    @discardableResult
    public func save(_ carer: Carer) throws(StorageError) -> SaveOutcome {
        try save(carer, over: try self.carer(carer.id))
    }

    /// Saves over `existing`, the stored record as the caller already read it, or nil.
    @discardableResult
    public func save(_ carer: Carer, over existing: Carer?) throws(StorageError) -> SaveOutcome {
        if existing == carer { return .unchanged }
        try Self.carerTable.upsert(carer, in: database)
        if Self.carerDays.contains(where: { (existing?[keyPath: $0.path] ?? []) != carer[keyPath: $0.path] }) {
            if existing != nil { try database.run("DELETE FROM carer_days WHERE carer_id = ?", [.text(carer.id)]) }
            for (kind, path) in Self.carerDays {
                for day in Set(carer[keyPath: path]).sorted() {
                    try database.insert("carer_days", columns: ["carer_id", "kind", "day"], values: [.text(carer.id), .text(kind), SQLValue(day)])
                }
            }
        }
        return existing == nil ? .added : .updated
    }
}
