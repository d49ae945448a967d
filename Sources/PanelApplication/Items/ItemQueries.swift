import PanelDomain
import PanelStore

/// Which items a listing asks for; every filter left nil lets all through.
public struct ItemQuery: Sendable {
    public var meeting: String?
    public var panel: String?
    public var year: ReportingYear?
    public var caseRef: String?
    /// Text found anywhere in the subject, ignoring case.
    public var subject: String?

    public init(meeting: String? = nil, panel: String? = nil, year: ReportingYear? = nil, caseRef: String? = nil, subject: String? = nil) {
        self.meeting = meeting
        self.panel = panel
        self.year = year
        self.caseRef = caseRef
        self.subject = subject
    }
}

/// An item with what is shown beside it: its meeting's day, its type's label, its moves.
public struct ItemDetails: Sendable {
    public let item: AgendaItem
    public let meeting: Meeting?
    public let typeLabel: String
    public let moves: [ItemMove]
}

extension Workspace {
    /// Items in agenda order, each with its meeting's day.
    /// The items `query` asks for, in agenda order, each handed to `body` with its panel's
    /// day as it is read from one snapshot: none is held, however many there are.
    public func forEachItem(_ query: ItemQuery, _ body: (_ item: AgendaItem, _ panelOn: Day?) throws -> Void) throws {
        try read { database in
            let days = Dictionary(uniqueKeysWithValues: try CentralListStore(database).meetings(panel: query.panel, from: query.year?.first, through: query.year?.last).map { ($0.id, $0.date) })
            try AgendaStore(database).forEachItem(meeting: query.meeting, panel: query.panel, from: query.year?.first, through: query.year?.last,
                                                  caseRef: query.caseRef, subject: query.subject) { item in try body(item, days[item.meeting]) }
        }
    }

    public func item(_ id: String) throws -> ItemDetails {
        try read { database in
            let item = try loadItem(id, database)
            let label = try serviceData().itemTypes.first { $0.id == item.type }?.label ?? item.type
            return ItemDetails(item: item, meeting: try CentralListStore(database).meeting(item.meeting), typeLabel: label,
                               moves: try AgendaStore(database).moves(of: id))
        }
    }
}
