import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

/// A year's figures as a listing, for the measures commands: name, the figure as text, the
/// number alone (whole for counts and percentages, one decimal for means), its definition.
enum FigureListing {
    static func listing(_ figures: [Figure], year: ReportingYear) -> Listing {
        Listing(
            columns: ["year", "figure", "value", "number", "definition"],
            rows: figures.map { [.string(year.label), .string($0.name), .string($0.text), number($0), .string($0.definition)] })
    }

    static func number(_ figure: Figure) -> DataValue {
        switch figure.value {
        case .count(let count): .int(count)
        case .average(let tenths, _): tenths.map { .double(Double($0) / 10) } ?? .null
        case .percent(let part, let whole): whole == 0 ? .null : .int(Rounding.percent(part, of: whole))
        }
    }
}
