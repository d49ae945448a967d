import Foundation
import PanelDomain
import PanelStore

/// An entry of the audit trail, its fields named as the CSV files name them.
public struct AuditEntry: Sendable {
    public let entry: AuditStore.Entry
    /// Each field added, removed or changed: its name, and its value before and after as
    /// the CSV files write it (nil when it was or became empty).
    public let changes: [(field: String, before: String?, after: String?)]
}

extension Workspace {
    /// Creates the database (mode 0600), or brings an existing one up to date; returns the
    /// service's name and the schema steps applied.
    public func initialise(serviceName: String?) throws -> (service: String, applied: [String]) {
        let (database, applied) = try Store.initialise(path: databasePath, serviceName: serviceName, audit: (actor.name, actor.command, actor.now()))
        opened = database
        return (try Store.serviceName(database), applied)
    }

    public func serviceName() throws -> String {
        try read { try Store.serviceName($0) }
    }

    /// The audit trail, oldest first, for one record (`kind` and `id`) and from a day on.
    /// The audit trail's entries, oldest first, each handed to `body` as it is read from
    /// one snapshot: a trail of millions of changes in constant memory.
    public func forEachAuditEntry(kind: String?, id: String?, since: Day?, _ body: (AuditEntry) throws -> Void) throws {
        try read { database in
            try AuditStore(database).forEachEntry(kind: kind, id: id, since: since?.iso) { entry in
                try body(AuditEntry(entry: entry, changes: Self.changes(entry)))
            }
        }
    }

    /// The fields of each table as the CSV files name and write them.
    static let auditFields: [String: [String: (name: String, kind: FieldKind)]] = {
        func names<Record>(_ table: FieldTable<Record>) -> [String: (name: String, kind: FieldKind)] {
            Dictionary(uniqueKeysWithValues: table.storedFields.map { ($0.column!, ($0.name, $0.kind)) })
        }
        return [
            "panels": names(Panel.fields), "members": names(Member.fields), "meetings": names(Meeting.fields),
            "attendance": names(Attendance.fields), "agenda_items": names(AgendaItem.fields), "adopters": names(Adopter.fields),
            "children": names(Child.fields), "carers": names(Carer.fields),
            "memberships": ["panel_id": ("panel", .identifier), "member_id": ("member_id", .identifier)],
            "adopter_breaks": ["start_on": ("break_start_on", .day), "end_on": ("break_end_on", .day), "reason": ("break_reason", .text)],
        ]
    }()

    static func changes(_ entry: AuditStore.Entry) -> [(field: String, before: String?, after: String?)] {
        let fields = auditFields[entry.part] ?? [:]
        func values(_ json: String?) -> [String: String] {
            guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
            var values: [String: String] = [:]
            for (column, value) in object where !(value is NSNull) {
                let text = "\(value)"
                values[column] = fields[column]?.kind == .yesNo ? (text == "1" ? "yes" : "no") : text
            }
            return values
        }
        let before = values(entry.before), after = values(entry.after)
        return Set(before.keys).union(after.keys).sorted().compactMap { column in
            let old = before[column].flatMap { $0.isEmpty ? nil : $0 }, new = after[column].flatMap { $0.isEmpty ? nil : $0 }
            guard old != new || entry.action != "changed" else { return nil }
            return (fields[column]?.name ?? column, old, new)
        }
    }
}
