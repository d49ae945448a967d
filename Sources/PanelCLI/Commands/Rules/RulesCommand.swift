import PanelApplication
import PanelDocuments
import PanelDomain
import Mustache

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "rules",
        summary: "The deadline rules in force: Data/rules.ini with local overrides.",
        discussion: """
            A service changes a rule without editing Data/rules.ini by writing the fields that
            differ in local/rules.ini beside the database, for example:
              [D1]
              amount = 5
              unit = working-days
            """,
        subcommands: [RulesList.self, RulesEvents.self, RulesCheck.self])
}
