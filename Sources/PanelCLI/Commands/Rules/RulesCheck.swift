import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(name: "check", summary: "Validate the rules and day files, saying which local overrides are in use.")

    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let data = try context.workspace(store).serviceData()
        context.print("\(data.rules.rules.count) rules (\(data.rules.enabledRules.count) enabled), \(data.calendar.closedDays.count) closed days")
        context.print(data.localFiles.isEmpty ? "No local overrides." : "Local overrides: " + data.localFiles.joined(separator: ", "))
    }
}
