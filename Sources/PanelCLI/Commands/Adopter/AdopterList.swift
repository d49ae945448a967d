import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct AdopterList: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list", summary: "Adopter households and where each stands.",
        discussion: "--stage waiting lists approved households not yet matched with a child, with the days since approval.")

    @Option(help: "Only households at this stage: \((Adopter.Stage.allCases.map(\.rawValue) + ["waiting"]).joined(separator: ", ")).") var stage: Stage?
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    /// A stage, or `waiting`: approved and not yet matched.
    enum Stage: ArgumentValue, Equatable {
        case stage(Adopter.Stage)
        case waiting

        static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> Stage {
            if text == "waiting" { return .waiting }
            guard let stage = Adopter.Stage(rawValue: text) else {
                throw ValueError(FieldKind.quoted(text, if: FieldKind.codeCharacters) + "is not one of \((Adopter.Stage.allCases.map(\.rawValue) + ["waiting"]).joined(separator: ", "))")
            }
            return .stage(stage)
        }
        static let placeholder = "STAGE"
    }

    func run(_ context: Context) throws {
        let day = asOf.day ?? context.today
        let rows: [[DataValue]] = try context.workspace(store).adopters(on: day).compactMap { standing in
            if let stage, stage == .waiting ? !standing.waitingForMatch : stage != .stage(standing.stage) { return nil }
            let adopter = standing.adopter
            return [.string(adopter.id), .string(adopter.name), .string(standing.stage.rawValue), DataValue(standing.since?.iso),
                    standing.since.map { .int($0.days(to: day)) } ?? .null, .bool(standing.waitingForMatch), DataValue(adopter.withdrawalReason?.rawValue),
                    DataValue(standing.stage == .withdrawn ? adopter.stageAtWithdrawal?.rawValue : nil)]
        }
        try context.print(Listing(columns: ["id", "name", "stage", "since", "days", "waiting_for_match", "withdrawal_reason", "stage_at_withdrawal"], rows: rows), listing)
    }
}
