import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "audit",
        summary: "Who changed what, when and with which command: the audit trail.",
        discussion: """
            Every change to the database is recorded in the same transaction as the change:
            the person (--by NAME, $PANEL_USER or the login name), the moment (UTC), the
            command as typed, the record, and what changed, field by field as the CSV files
            name and write them: the filled fields of a record added or removed, and each
            changed field before and after. Nothing can write without leaving its entry,
            imports included.
              panel audit --record item:I0042
              panel audit --since 2025-03-01 --format csv
            """)

    @Option(name: "record", "KIND:ID", help: "Only this record: panel, member, meeting, attendance, item, adopter, child or carer, and its id.") var record: String?
    @Option(help: "Only changes on or after this day.") var since: Day?
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard let record else { return }
        let parts = record.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw CLIError.usage("--record: '\(record.prefix(40))' is not KIND:ID, such as item:I0042", command: "audit")
        }
    }

    func run(_ context: Context) throws {
        let parts = record.map { $0.split(separator: ":", maxSplits: 1).map(String.init) }
        let workspace = try context.workspace(store)
        let json = listing.format == .json
        try context.print(Listing(columns: ["at", "by", "command", "record", "part", "action", json ? "before" : "changes"] + (json ? ["after"] : [])) { body in
            try workspace.forEachAuditEntry(kind: parts?[0], id: parts?[1], since: since) { found in
                let entry = found.entry
                var row: [DataValue] = [.string(entry.at), .string(entry.actor), .string(entry.command), .string("\(entry.kind):\(entry.id)"),
                                        .string(entry.part), .string(entry.action)]
                if json {
                    row += [entry.action == "added" ? .null : .object(found.changes.compactMap { change in change.before.map { (change.field, .string($0)) } }),
                            entry.action == "removed" ? .null : .object(found.changes.compactMap { change in change.after.map { (change.field, .string($0)) } })]
                } else {
                    row.append(.string(Self.describe(found)))
                }
                try body(row)
            }
        }, listing)
    }

    /// "status: planned → held; cancel_reason: (none) → Not quorate", or the fields added.
    static func describe(_ entry: AuditEntry) -> String {
        entry.changes.map { change in
            switch entry.entry.action {
            case "added": "\(change.field) = \(change.after ?? "")"
            case "removed": "\(change.field) was \(change.before ?? "")"
            default: "\(change.field): \(change.before ?? "(none)") → \(change.after ?? "(none)")"
            }
        }.joined(separator: "; ")
    }
}
