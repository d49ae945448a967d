import Foundation
import Mustache
import PanelDocuments
import PanelStore

enum AuditCommand {
    static let command = Command(
        name: "audit",
        summary: "Who changed what, when and with which command: the audit trail.",
        discussion: """
            Every change to the database is recorded in the same transaction as the change:
            the person (--by NAME, $PANEL_USER or the login name), the moment (UTC), the
            command, the record, and what changed: the filled fields of a record added or
            removed, and each changed field before and after (json leaves out a field that
            was or became empty). Nothing can write without leaving its entry, imports
            included.
              panel audit --record item:I0042
              panel audit --since 2025-03-01 --format csv
            """,
        options: [
            Option(name: "record", value: "KIND:ID", help: "Only this record: panel, member, meeting, attendance, item, adopter, child or carer, and its id."),
            Option(name: "since", value: "DAY", help: "Only changes on or after this day."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            var kind: String?, id: String?
            if let record = invocation.option("record") {
                let parts = record.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw invocation.usageError("--record: '\(record)' is not KIND:ID, such as item:I0042") }
                (kind, id) = (parts[0], parts[1])
            }
            let since = try invocation.dayOption("since")
            let entries = try AuditStore(try context.openDatabase()).entries(kind: kind, id: id, since: since?.iso)
            let json = invocation.option("format") == "json"
            context.print(Listing(
                columns: ["at", "by", "command", "record", "part", "action", json ? "before" : "changes"] + (json ? ["after"] : []),
                rows: entries.map { entry in
                    var row: [DataValue] = [.string(entry.at), .string(entry.actor), .string(entry.command), .string("\(entry.kind):\(entry.id)"),
                                            .string(entry.part), .string(entry.action)]
                    if json {
                        row += [value(entry.before), value(entry.after)]
                    } else {
                        row.append(.string(changes(entry)))
                    }
                    return row
                }), invocation)
        })

    static func fields(_ text: String?) -> [String: String] {
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
        return object.compactMapValues { $0 is NSNull ? nil : "\($0)" }
    }

    static func value(_ text: String?) -> DataValue {
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return .null }
        return DataValue(json: object)
    }

    /// "status: planned → held; cancel_reason: (none) → Not quorate", or the fields added.
    static func changes(_ entry: AuditStore.Entry) -> String {
        let before = fields(entry.before), after = fields(entry.after)
        switch entry.action {
        case "added": return after.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "; ")
        case "removed": return before.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { "\($0.key) was \($0.value)" }.joined(separator: "; ")
        default:
            return Set(before.keys).union(after.keys).sorted().filter { before[$0] != after[$0] }
                .map { "\($0): \(before[$0] ?? "(none)") → \(after[$0] ?? "(none)")" }.joined(separator: "; ")
        }
    }
}
