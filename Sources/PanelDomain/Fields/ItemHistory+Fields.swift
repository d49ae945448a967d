/// The parts of an item's history kept in tables of their own, as files of their own, so
/// that `export all` and `import all` carry a whole service: the moves between meetings
/// and who took no part in an item. The service's own name goes the same way.

/// One move of an item, as a row of `item-moves.csv`.
public struct ItemMoveRecord: Equatable, Sendable {
    public var item = ""
    /// 1 for the item's first move, 2 for the next...
    public var sequence: Int?
    public var from = ""
    public var to = ""
    public var on: Day?
    public var reason = ""

    public init() {}

    public init(item: String, sequence: Int, _ move: ItemMove) {
        self.item = item
        self.sequence = sequence
        from = move.from
        to = move.to
        on = move.on
        reason = move.reason
    }

    public static let fields = FieldTable<ItemMoveRecord>(
        name: "item-moves",
        fields: [
            .identifier("item_id", \.item),
            .number("sequence", \.sequence, in: 1...10_000),
            .identifier("from_meeting", \.from),
            .identifier("to_meeting", \.to),
            .day("moved_on", \.on),
            .text("reason", \.reason, maximumLength: 500),
        ],
        required: ["item_id", "sequence", "from_meeting", "to_meeting", "moved_on"],
        keyFields: ["item_id", "sequence"],
        blank: { ItemMoveRecord() })
}

extension ItemAbsence {
    public static let fields = FieldTable<ItemAbsence>(
        name: "item-absences",
        fields: [
            .identifier("item_id", \.item),
            .identifier("member_id", \.member),
            .choice("reason", \.reason),
        ],
        required: ["item_id", "member_id", "reason"],
        keyFields: ["item_id", "member_id"],
        blank: { ItemAbsence(item: "", member: "", reason: .interest) })
}

/// The service's name, as the one row of `service.csv`: the name the papers print.
public struct ServiceRecord: Equatable, Sendable {
    public var name = ""

    public init(name: String = "") { self.name = name }

    public static let fields = FieldTable<ServiceRecord>(
        name: "service",
        fields: [.text("name", \.name)],
        required: ["name"],
        keyFields: [],
        blank: { ServiceRecord() })
}
