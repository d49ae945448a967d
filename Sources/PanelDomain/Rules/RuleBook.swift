import Foundation

/// The deadline rules in force for a service: the shipped file with the service's local
/// overrides laid over it, field by field.
public struct RuleBook: Equatable, Sendable {
    /// In file order, disabled rules included, so a listing shows what the service turned off.
    public let rules: [DeadlineRule]

    public init(rules: [DeadlineRule]) { self.rules = rules }

    public subscript(id: String) -> DeadlineRule? { rules.first { $0.id == id } }

    public var enabledRules: [DeadlineRule] { rules.filter(\.enabled) }

    static let requiredFields = ["from", "to", "amount", "unit", "direction", "source"]
    static let knownFields = ["title", "from", "to", "amount", "amounts-from", "unit", "direction", "counting", "applies", "excludes", "enabled", "source"]

    /// Reads the shipped rules and then each override file in turn. In an override file a
    /// section naming a shipped rule changes only the fields it sets; a new id adds a rule,
    /// which must then be complete.
    public static func load(shipped: SettingsFile, overrides: [SettingsFile] = []) throws(Problem) -> RuleBook {
        var rules: [DeadlineRule] = []
        for section in shipped.sections {
            rules.append(try rule(from: section, base: nil, file: shipped.path))
        }
        for file in overrides {
            for section in file.sections {
                if let index = rules.firstIndex(where: { $0.id == section.name }) {
                    rules[index] = try rule(from: section, base: rules[index], file: file.path)
                } else {
                    rules.append(try rule(from: section, base: nil, file: file.path))
                }
            }
        }
        return RuleBook(rules: rules)
    }

    private static func rule(from section: SettingsFile.Section, base: DeadlineRule?, file: String) throws(Problem) -> DeadlineRule {
        func fail(_ line: Int, _ field: String, _ message: String) -> Problem {
            Problem(file: file, line: line, field: field, message: message)
        }
        func choice<T: RawRepresentable & CaseIterable>(_ entry: SettingsFile.Entry, _ type: T.Type, _ what: String) throws(Problem) -> T where T.RawValue == String {
            guard let value = T(rawValue: entry.value) else {
                let expected = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail(entry.line, entry.key, "'\(entry.value)' is not \(what); expected one of: \(expected)")
            }
            return value
        }
        func yesNo(_ entry: SettingsFile.Entry) throws(Problem) -> Bool {
            switch entry.value {
            case "yes", "true": return true
            case "no", "false": return false
            default: throw fail(entry.line, entry.key, "'\(entry.value)' is not yes or no")
            }
        }

        guard !section.name.isEmpty, section.name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw fail(section.line, "id", "'\(section.name)' is not a rule id; use letters, digits and hyphens, such as D3")
        }
        if base == nil, let missing = requiredFields.first(where: { field in !section.entries.contains { $0.key == field } }) {
            throw fail(section.line, missing, "missing from rule \(section.name); a new rule needs \(requiredFields.joined(separator: ", "))")
        }
        var rule = base ?? DeadlineRule(
            id: section.name, title: "", from: .panel, to: .panel, amount: 0, unit: .calendarDays,
            direction: .after, appliesTo: DeadlineRule.Scope.allCases, excludesBreaks: false, enabled: true, source: "")
        var amountLine: Int?
        for entry in section.entries {
            switch entry.key {
            case "title": rule.title = entry.value
            case "from": rule.from = try choice(entry, Event.self, "an event")
            case "to": rule.to = try choice(entry, Event.self, "an event")
            case "unit": rule.unit = try choice(entry, DeadlineRule.Unit.self, "a unit")
            case "direction": rule.direction = try choice(entry, DeadlineRule.Direction.self, "a direction")
            case "counting": rule.counting = try choice(entry, DeadlineRule.Counting.self, "a way of counting")
            case "amount":
                guard let amount = Int(entry.value), amount >= 0 else {
                    throw fail(entry.line, "amount", "'\(entry.value)' is not a whole number of 0 or more")
                }
                rule.amount = amount
                amountLine = entry.line
            case "amounts-from":
                var dated: [DeadlineRule.DatedAmount] = []
                for part in entry.value.split(separator: ";") {
                    let pieces = part.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard pieces.count == 2, let day = Day(parsing: pieces[0]), Day.accepted.contains(day), let amount = Int(pieces[1]), amount >= 0,
                          dated.last.map({ $0.from < day }) ?? true else {
                        throw fail(entry.line, "amounts-from", "'\(part.trimmingCharacters(in: .whitespaces))' is not DAY: AMOUNT; write them as 2012-04-01: 608; 2013-04-01: 547, days in order")
                    }
                    dated.append(DeadlineRule.DatedAmount(from: day, amount: amount))
                }
                rule.amountsFrom = dated
                amountLine = entry.line
            case "applies":
                var scopes: [DeadlineRule.Scope] = []
                for name in entry.value.split(separator: ",") {
                    let text = name.trimmingCharacters(in: .whitespaces)
                    scopes.append(try choice(SettingsFile.Entry(key: "applies", value: text, line: entry.line), DeadlineRule.Scope.self, "a panel kind or journey"))
                }
                guard !scopes.isEmpty else { throw fail(entry.line, "applies", "names nothing; list panel kinds or journeys, separated by commas") }
                rule.appliesTo = scopes
            case "excludes":
                guard entry.value == "breaks" || entry.value == "nothing" else {
                    throw fail(entry.line, "excludes", "'\(entry.value)' is not understood; expected breaks or nothing")
                }
                rule.excludesBreaks = entry.value == "breaks"
            case "enabled": rule.enabled = try yesNo(entry)
            case "source": rule.source = entry.value
            default:
                throw fail(entry.line, entry.key, "is not a rule field; expected one of: \(knownFields.joined(separator: ", "))")
            }
        }
        // No deadline is further off than ten years, whatever its unit: a larger amount is a slip.
        if let largest = ([rule.amount] + rule.amountsFrom.map(\.amount)).max(), largest > rule.unit.largestAmount {
            throw fail(amountLine ?? section.line, "amount", "\(largest) \(rule.unit.label) is more than ten years; at most \(rule.unit.largestAmount)")
        }
        if rule.counting == .beginningWith, rule.direction != .after || rule.amount == 0 || rule.amountsFrom.contains(where: { $0.amount == 0 }) {
            throw fail(section.line, "counting", "beginning-with counts the day of `from` as the first of the period; it needs direction = after and an amount of 1 or more")
        }
        if rule.title.isEmpty { rule.title = rule.summary }
        return rule
    }
}
