import Foundation

/// A kind of business a panel considers, loaded from `Data/item-types.ini`.
public struct ItemType: Equatable, Sendable {
    public var id: String
    public var label: String
    public var panelKinds: [Panel.Kind]

    public init(id: String, label: String, panelKinds: [Panel.Kind]) {
        self.id = id
        self.label = label
        self.panelKinds = panelKinds
    }

    /// Reads the shipped types, then the overrides: a known id changes only what it sets,
    /// a new id adds a type and must give both fields.
    public static func load(shipped: SettingsFile, overrides: [SettingsFile] = []) throws(Problem) -> [ItemType] {
        var types: [ItemType] = []
        for file in [shipped] + overrides {
            for section in file.sections {
                let index = types.firstIndex { $0.id == section.name }
                var type = index.map { types[$0] } ?? ItemType(id: section.name, label: "", panelKinds: [])
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
                    default:
                        throw Problem(file: file.path, line: entry.line, field: entry.key, message: "is not an item type field; expected label or panels")
                    }
                }
                for (field, missing) in [("label", type.label.isEmpty), ("panels", type.panelKinds.isEmpty)] where missing {
                    throw Problem(file: file.path, line: section.line, field: field, message: "item type \(section.name) needs \(field)")
                }
                if let index { types[index] = type } else { types.append(type) }
            }
        }
        return types
    }
}
