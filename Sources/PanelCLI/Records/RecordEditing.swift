import PanelDocuments
import PanelDomain
import Mustache

/// `add` and `update` commands read their options through the same record mapping as the
/// CSV importer, so a value refused in a file is refused on the command line too.
enum RecordEditing {
    /// One option for each column but the id: `joined_on` is `--joined-on DAY`.
    static func options<Value>(for kind: RecordKind<Value>, help: [String: String]) -> [Option] {
        kind.columns.dropFirst().map { column in
            let name = column.replacingOccurrences(of: "_", with: "-")
            let placeholder = column.hasSuffix("_on") || column == "date" ? "DAY" : column.uppercased().replacingOccurrences(of: "_", with: "-")
            return Option(name: name, value: placeholder, help: help[column] ?? "")
        }
    }

    /// The record the options describe, laid over `base` (for update) or alone (for add).
    /// A field given as an empty string is cleared.
    static func value<Value>(
        _ kind: RecordKind<Value>, id: String, base: Value?, invocation: Invocation, context: RecordContext
    ) throws -> Value {
        var given = [kind.columns[0]: id]
        for (name, value) in invocation.options { given[name.replacingOccurrences(of: "-", with: "_")] = value }
        var fields = FieldReader(values: kind.fields(over: base, given), locate: { column in
            column == kind.columns[0] ? kind.columns[0].uppercased() : "--" + column.replacingOccurrences(of: "_", with: "-")
        })
        let decoded = kind.decode(&fields, context)
        guard let decoded, fields.problems.isEmpty else {
            throw invocation.usageError(fields.problems.joined(separator: "\nerror: "))
        }
        return decoded
    }

    /// Prints one record as aligned `field  value` lines, or as a JSON object.
    static func show(_ pairs: [(String, DataValue)], format: Listing.Format, context: Context) {
        if format == .json {
            context.print(JSONWriter.write(.object(pairs)))
            return
        }
        context.print(Listing(columns: ["field", "value"], rows: pairs.map { [.string($0.0), $0.1] }).render(format == .csv ? .csv : .table, headers: format == .csv))
    }

    static let showFormat = Option.format(["table", "json"])
}
