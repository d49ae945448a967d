import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

/// What the timeliness commands share: which cases, in which span, by which rule.
struct DeadlineFilters: ParsableArguments {
    @Option(name: "panel", "ID", help: "Only this panel's items.") var panel: String?
    @Option(name: "rule", "ID", help: "Only this rule.") var rule: String?
    @Option(help: "Only these kinds of case, comma-separated: item, adopter, child, carer (default: all).") var kind: List<CaseKind>?

    var kinds: Set<CaseKind> { kind.map { Set($0.values) } ?? Set(CaseKind.allCases) }
}
