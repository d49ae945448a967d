import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(name: "list", summary: "List every deadline rule with its amount, unit and source.")

    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let rules = try context.workspace(store).serviceData().rules.rules
        let format = listing.format
        let columns = format == .table
            ? ["id", "title", "from", "to", "amount", "unit", "direction", "applies", "enabled"]
            : ["id", "title", "from", "to", "amount", "amounts_from", "unit", "direction", "counting", "applies", "excludes", "enabled", "summary", "source"]
        try context.print(Listing(columns: columns, rows: rules.map { rule in
            var row: [DataValue] = [
                .string(rule.id), .string(rule.title), .string(rule.from.rawValue), .string(rule.to.rawValue),
                .int(rule.amount),
            ]
            if format != .table { row.append(.string(rule.amountsFrom.map { "\($0.from.iso): \($0.amount)" }.joined(separator: "; "))) }
            row += [.string(rule.unit.rawValue), .string(rule.direction.rawValue)]
            if format != .table { row.append(.string(rule.counting.rawValue)) }
            row += [
                format == .json ? .list(rule.appliesTo.map { .string($0.rawValue) }) : .string(rule.appliesTo.map(\.rawValue).joined(separator: ";")),
            ]
            if format != .table { row.append(.string(rule.excludesBreaks ? "breaks" : "nothing")) }
            row.append(.bool(rule.enabled))
            if format != .table { row += [.string(rule.summary), .string(rule.source)] }
            return row
        }), listing)
    }
}
