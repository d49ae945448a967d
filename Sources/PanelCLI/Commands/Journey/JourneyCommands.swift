import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

/// The commands adopters, children and fostering households share: add, update and show
/// through the same record mapping as the importer, and the timeline.
struct JourneyCommands<Value: Journey & Sendable>: Sendable {
    let kind: RecordKind<Value>
    /// "adopter", "child", "carer": the command's name and the word in messages.
    let noun: String
    let help: [String: String]
    let load: @Sendable (JourneyStore, String) throws -> Value?
    let save: @Sendable (JourneyStore, Value) throws -> SaveOutcome
    let plan: [(label: String, from: Event, to: Event)]
    /// Records to check a new or changed one against (an adopter's agenda item).
    var check: @Sendable ([ImportCommand.Row<Value>], Database) throws -> [String] = { _, _ in [] }

    var add: Command {
        Command(
            name: "add",
            summary: "Add a \(noun); days not known yet can be added later with update.",
            arguments: [Argument(name: "ID", help: "A reference, not a name.")],
            options: RecordEditing.options(for: kind, help: help),
            run: { invocation, context in
                let database = try context.openDatabase()
                let store = JourneyStore(database)
                let id = invocation.argument("ID")
                if try load(store, id) != nil { throw CLIError.data("\(noun) '\(id)' already exists; change it with 'panel \(noun) update \(id)'") }
                try write(try RecordEditing.value(kind, id: id, base: nil, invocation: invocation, context: RecordContext()), database: database)
                context.print("Added \(noun) \(id)")
            })
    }

    var update: Command {
        Command(
            name: "update",
            summary: "Record or correct a \(noun)'s days; fields not given stay as they are, an empty value clears one.",
            arguments: [Argument(name: "ID", help: "The \(noun)'s id.")],
            options: RecordEditing.options(for: kind, help: help),
            run: { invocation, context in
                let database = try context.openDatabase()
                let store = JourneyStore(database)
                let id = invocation.argument("ID")
                guard let existing = try load(store, id) else { throw StorageError.notFound(kind: noun, id: id) }
                let outcome = try write(try RecordEditing.value(kind, id: id, base: existing, invocation: invocation, context: RecordContext()), database: database)
                context.print(outcome == .unchanged ? "\(noun.capitalized) \(id) unchanged" : "Updated \(noun) \(id)")
            })
    }

    @discardableResult
    private func write(_ value: Value, database: Database) throws -> SaveOutcome {
        let problems = try check([(value, { "--" + $0.replacingOccurrences(of: "_", with: "-") })], database)
        if !problems.isEmpty { throw CLIError.dataProblems(problems, summary: "nothing was saved") }
        return try database.transaction { try save(JourneyStore(database), value) }
    }

    var show: Command {
        Command(
            name: "show",
            summary: "Show a \(noun)'s record, field by field.",
            arguments: [Argument(name: "ID", help: "The \(noun)'s id.")],
            options: [RecordEditing.showFormat],
            run: { invocation, context in
                let value = try find(invocation.argument("ID"), context: context)
                let pairs = zip(kind.columns, kind.encode(value)).map { ($0, DataValue.string($1)) }
                RecordEditing.show(pairs, format: invocation.format(Listing.Format.self, default: .table), context: context)
            })
    }

    func find(_ id: String, context: Context) throws -> Value {
        guard let value = try load(JourneyStore(try context.openDatabase()), id) else { throw StorageError.notFound(kind: noun, id: id) }
        return value
    }

    /// `timeline ID`: each stage with its days, target and deadline status, and a bar.
    func timeline(discussion: String, heading: @escaping @Sendable (Value, Day) -> [String]) -> Command {
        Command(
            name: "timeline",
            summary: "Each stage of a \(noun)'s journey: days taken, target and whether it was met.",
            discussion: discussion,
            arguments: [Argument(name: "ID", help: "The \(noun)'s id.")],
            options: [Option(name: "as-of", value: "DAY", help: "The day to judge on (default: today)."), .format(), .noHeaders],
            run: { invocation, context in
                let value = try find(invocation.argument("ID"), context: context)
                let day = try invocation.dayOption("as-of") ?? context.today
                let data = try context.serviceData()
                let checks = value.deadlineChecks(rules: Value.rules(in: data.rules), calendar: data.calendar, today: day)
                let stages = value.timeline(plan, checks: checks, today: day)
                let format = invocation.format(Listing.Format.self, default: .table)
                if format == .table {
                    context.print(heading(value, day).joined(separator: "\n") + "\n\n")
                }
                context.print(Self.listing(stages, bars: format == .table), invocation)
            })
    }

    /// Stages as rows; in a table, a bar of `█` per stage scaled to the longest.
    static func listing(_ stages: [TimelineStage], bars: Bool) -> Listing {
        let longest = max(1, stages.compactMap(\.days).max() ?? 1)
        let width = 30
        return Listing(
            columns: ["stage", "from", "to", "days", "days_in_breaks", "rule", "target", "due_on", "status", "detail"] + (bars ? ["bar"] : []),
            rows: stages.map { stage in
                let check = stage.check
                let target = check.map { "\($0.rule.amount) \($0.rule.unit.label)" }
                var row: [DataValue] = [
                    .string(stage.label), DataValue(stage.start?.iso), DataValue(stage.end?.iso), stage.days.map(DataValue.int) ?? .null,
                    .int(stage.paused), DataValue(check?.rule.id), DataValue(target), DataValue(check?.dueDay?.iso),
                    DataValue(check?.status.rawValue), DataValue(check?.detail),
                ]
                if bars {
                    let days = stage.days ?? 0
                    row.append(.string(String(repeating: "█", count: days == 0 ? 0 : max(1, days * width / longest))))
                }
                return row
            })
    }
}
