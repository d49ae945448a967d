import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct JourneyTimeline<Noun: JourneyNoun>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(name: "timeline", summary: "Each stage of a \(Noun.kind.noun)'s journey: days taken, target and whether it was met.",
                             discussion: Noun.timelineDiscussion)
    }

    @Argument("ID", help: "The record's id.") var id: String
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let day = asOf.day ?? context.today
        let (value, stages) = try context.workspace(store).timeline(Noun.kind, id, on: day)
        let table = listing.format == .table
        if table && listing.output == nil { context.print(Noun.heading(value, on: day).joined(separator: "\n") + "\n\n") }
        try context.print(Self.listing(stages, bars: table), listing)
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
