import Foundation

/// A kind of business a panel considers, loaded from `Data/item-types.ini`.
public struct ItemType: Equatable, Sendable {
    public var id: String
    public var label: String
    public var panelKinds: [Panel.Kind]
    /// What a panel may recommend on an item of this type; withdrawing one is always open.
    public var recommendations: [AgendaItem.Recommendation]
    /// How a letter to the family heads the decision ("Your application to foster").
    public var letterHeading: String
    /// Whether the agency decision maker decides on it. Information and the panel's
    /// feedback on reports are minuted and go no further: no decision, no letter.
    public var admDecision: Bool

    public init(id: String, label: String, panelKinds: [Panel.Kind], recommendations: [AgendaItem.Recommendation] = AgendaItem.Recommendation.allCases,
                letterHeading: String? = nil, admDecision: Bool = true) {
        self.id = id
        self.label = label
        self.panelKinds = panelKinds
        self.recommendations = recommendations
        self.letterHeading = letterHeading ?? label
        self.admDecision = admDecision
    }

    /// The ids of the types the ADM decides nothing on, for judging items' deadlines.
    public static func undecided(_ types: [ItemType]) -> Set<String> {
        Set(types.filter { !$0.admDecision }.map(\.id))
    }

    /// Whether a panel may make `recommendation` on an item of this type.
    public func takes(_ recommendation: AgendaItem.Recommendation) -> Bool {
        recommendation == .withdrawn || recommendations.contains(recommendation)
    }

    /// Reads the shipped types, then the overrides: a known id changes only what it sets,
    /// a new id adds a type and must give both fields.
    public static func load(shipped: SettingsFile, overrides: [SettingsFile] = []) throws(Problem) -> [ItemType] {
        var types: [ItemType] = []
        for file in [shipped] + overrides {
            for section in file.sections {
                let index = types.firstIndex { $0.id == section.name }
                var type = index.map { types[$0] } ?? ItemType(id: section.name, label: "", panelKinds: [], letterHeading: "")
                for entry in section.entries {
                    switch entry.key {
                    case "label": type.label = entry.value
                    case "panels":
                        type.panelKinds = []
                        for name in entry.value.split(separator: ",") {
                            let text = name.trimmingCharacters(in: .whitespaces)
                            guard let kind = Panel.Kind(rawValue: text) else {
                                throw Problem(file: file.path, line: entry.line, field: "panels", message: "'\(text)' is not a kind of panel; expected fostering, adoption or long-term-matching")
                            }
                            type.panelKinds.append(kind)
                        }
                    case "recommendations":
                        type.recommendations = []
                        for name in entry.value.split(separator: ",") {
                            let text = name.trimmingCharacters(in: .whitespaces)
                            guard let recommendation = AgendaItem.Recommendation(rawValue: text) else {
                                throw Problem(file: file.path, line: entry.line, field: "recommendations",
                                              message: "'\(text)' is not a recommendation; expected \(AgendaItem.Recommendation.allCases.map(\.rawValue).joined(separator: ", "))")
                            }
                            type.recommendations.append(recommendation)
                        }
                    case "letter-heading": type.letterHeading = entry.value
                    case "adm-decision":
                        guard entry.value == "yes" || entry.value == "no" else {
                            throw Problem(file: file.path, line: entry.line, field: "adm-decision", message: "'\(entry.value)' is not yes or no")
                        }
                        type.admDecision = entry.value == "yes"
                    default:
                        throw Problem(file: file.path, line: entry.line, field: entry.key, message: "is not an item type field; expected label, panels, recommendations, letter-heading or adm-decision")
                    }
                }
                for (field, missing) in [("label", type.label.isEmpty), ("panels", type.panelKinds.isEmpty)] where missing {
                    throw Problem(file: file.path, line: section.line, field: field, message: "item type \(section.name) needs \(field)")
                }
                if type.letterHeading.isEmpty { type.letterHeading = type.label }
                if let index { types[index] = type } else { types.append(type) }
            }
        }
        return types
    }
}
