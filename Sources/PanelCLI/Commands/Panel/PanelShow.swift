import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct PanelShow: ParsableCommand {
    static let configuration = CommandConfiguration(name: "show", summary: "Show a panel and the people who sit on it on a day (today unless --as-of).")

    @Argument("ID", help: "The panel's id.") var id: String
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var show: ShowOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let (panel, seated) = try context.workspace(store).panel(id, on: asOf.day ?? context.today)
        RecordDisplay.show([
            ("id", .string(panel.id)), ("name", .string(panel.name)), ("kind", .string(panel.kind.rawValue)),
            ("start_time", .string(panel.startTime.description)), ("venue", .string(panel.venue)),
            ("independent_chair", .bool(panel.independentChair)), ("joint", .bool(panel.joint)),
            ("members", .list(seated.map { .string("\($0.member.name) (\($0.role.label.lowercased()), \($0.member.category.label.lowercased()))") })),
        ], show, context: context)
    }
}
