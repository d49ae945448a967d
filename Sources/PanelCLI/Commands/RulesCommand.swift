import PanelDocuments
import PanelDomain
import Mustache

enum RulesCommand {
    static let command = Command(
        name: "rules",
        summary: "The deadline rules in force: Data/rules.ini with local overrides.",
        discussion: """
            A service changes a rule without editing Data/rules.ini by writing the fields that
            differ in local/rules.ini beside the database, for example:
              [D1]
              amount = 5
              unit = working-days
            """,
        subcommands: [list, events, check])

    static let list = Command(
        name: "list",
        summary: "List every deadline rule with its amount, unit and source.",
        options: [.format(), .noHeaders],
        run: { invocation, context in
            let rules = try context.serviceData().rules.rules
            let format = invocation.format(Listing.Format.self, default: .table)
            let listing = Listing(
                columns: format == .table
                    ? ["id", "title", "from", "to", "amount", "unit", "direction", "applies", "enabled"]
                    : ["id", "title", "from", "to", "amount", "unit", "direction", "applies", "excludes", "enabled", "summary", "source"],
                rows: rules.map { rule in
                    var row: [DataValue] = [
                        .string(rule.id), .string(rule.title), .string(rule.from.rawValue), .string(rule.to.rawValue),
                        .int(rule.amount), .string(rule.unit.rawValue), .string(rule.direction.rawValue),
                        format == .json ? .list(rule.appliesTo.map { .string($0.rawValue) }) : .string(rule.appliesTo.map(\.rawValue).joined(separator: ";")),
                    ]
                    if format != .table { row.append(.string(rule.excludesBreaks ? "breaks" : "nothing")) }
                    row.append(.bool(rule.enabled))
                    if format != .table { row += [.string(rule.summary), .string(rule.source)] }
                    return row
                })
            context.print(listing.render(format, headers: !invocation.flag("no-headers")))
        })

    static let events = Command(
        name: "events",
        summary: "List the events a rule can measure from and to.",
        options: [.format(), .noHeaders],
        run: { invocation, context in
            let listing = Listing(
                columns: ["event", "meaning"],
                rows: Event.allCases.map { [.string($0.rawValue), .string($0.label)] })
            context.print(listing, invocation)
        })

    static let check = Command(
        name: "check",
        summary: "Validate the rules and day files, saying which local overrides are in use.",
        run: { _, context in
            let data = try context.serviceData()
            let enabled = data.rules.enabledRules.count
            context.print("\(data.rules.rules.count) rules (\(enabled) enabled), \(data.calendar.closedDays.count) closed days")
            context.print(data.localFiles.isEmpty ? "No local overrides." : "Local overrides: " + data.localFiles.joined(separator: ", "))
        })
}
