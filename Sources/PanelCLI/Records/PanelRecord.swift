import PanelDomain

enum PanelRecord {
    static let kind = RecordKind<Panel>(
        name: "panels",
        columns: ["id", "name", "kind", "start_time", "venue", "independent_chair"],
        required: ["id", "name", "kind", "start_time"],
        decode: { fields, _ in
            let id = fields.identifier("id")
            let name = fields.required("name")
            let kind = fields.required("kind") != nil ? fields.choice("kind", Panel.Kind.self) : nil
            let start = fields.required("start_time") != nil ? fields.time("start_time") : nil
            let independent = fields.yesNo("independent_chair")
            guard let id, let name, let kind, let start else { return nil }
            return Panel(id: id, name: name, kind: kind, startTime: start, venue: fields.text("venue") ?? "",
                         independentChair: independent ?? (kind != .longTermMatching))
        },
        encode: { panel in
            [panel.id, panel.name, panel.kind.rawValue, panel.startTime.description, panel.venue, panel.independentChair.yesNo]
        })
}
