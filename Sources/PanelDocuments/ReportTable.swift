import Mustache
import PanelDomain

/// One table of a report: cells as text, with the notes that define its figures and,
/// for the HTML report, an optional bar chart of one column.
public struct ReportTable: Equatable, Sendable {
    public struct Bar: Equatable, Sendable {
        public let label: String
        public let value: Int
    }

    public let id: String
    public let title: String
    public let columns: [String]
    /// Days are ISO (for CSV); documents write the columns in `dayColumns` out in full.
    public let rows: [[String]]
    public var dayColumns: Set<Int>
    public let notes: [String]
    public var chart: [Bar]
    /// Printed after each bar's value: "%" for percentages, "" for counts.
    public var chartUnit: String

    public init(id: String, title: String, columns: [String], rows: [[String]], dayColumns: Set<Int> = [], notes: [String] = [], chart: [Bar] = [], chartUnit: String = "") {
        self.id = id
        self.dayColumns = dayColumns
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.chart = chart
        self.chartUnit = chartUnit
    }

    /// The rows as documents print them: "Monday 4 March 2024" for a day.
    var documentRows: [[String]] {
        rows.map { row in
            row.enumerated().map { index, cell in dayColumns.contains(index) ? Day(parsing: cell)?.long ?? cell : cell }
        }
    }

    /// Columns padded to their widest cell, for plain text.
    public var text: String {
        Listing(columns: columns, rows: documentRows.map { $0.map(DataValue.string) }).render(.table, headers: true)
    }

    /// The table as CSV: its own header row, each figure a number, then its title and its
    /// definition notes, the notes being what makes the figures mean something.
    public var csv: String {
        let (header, body) = figureColumns
        return ([header] + body + [[], ["Table", title]] + notes.map { ["Note", $0] }).map(CSVWriter.line).joined()
    }

    /// A cell as a spreadsheet holds it.
    public enum Cell: Equatable, Sendable {
        case text(String)
        /// A count or an average, written as it is printed ("173.5").
        case number(String)
        /// Per cent, 0 to 100.
        case percent(Int)
        case day(Day)
        case empty

        /// As CSV writes it: per cent on the 0 to 100 scale, days ISO.
        var csv: String {
            switch self {
            case .text(let text), .number(let text): text
            case .percent(let percent): String(percent)
            case .day(let day): day.iso
            case .empty: ""
            }
        }
    }

    /// The columns and rows with every figure a number a spreadsheet can sum or chart: "86%
    /// (12 of 14)" becomes 86, 12 and 14 in three columns (the column's name, then "... part"
    /// and "... whole"), "93%" becomes 93 (per cent, 0 to 100, as everywhere), "none" is
    /// empty. The text formats keep the combined form.
    public var typedColumns: (header: [String], rows: [[Cell]]) {
        let counted = (0..<columns.count).map { index in index > 0 && rows.contains { Self.percentOf($0[safe: index] ?? "") != nil } }
        var header: [String] = []
        for (index, name) in columns.enumerated() {
            header.append(name)
            if counted[index] { header += [name + " part", name + " whole"] }
        }
        let body = rows.map { row in
            row.enumerated().flatMap { index, cell -> [Cell] in
                if dayColumns.contains(index), let day = Day(parsing: cell) { return [.day(day)] }
                guard index > 0 else { return [.text(cell)] }
                if let (percent, part, whole) = Self.percentOf(cell) { return [.percent(Int(percent)!), .number(part), .number(whole)] }
                let value: Cell = cell == "none" || cell.isEmpty ? .empty
                    : cell.hasSuffix("%") && Int(cell.dropLast()) != nil ? .percent(Int(cell.dropLast())!)
                    : Double(cell) != nil ? .number(cell) : .text(cell)
                return counted[index] ? [value, .empty, .empty] : [value]
            }
        }
        return (header, body)
    }

    var figureColumns: (header: [String], rows: [[String]]) {
        let typed = typedColumns
        return (typed.header, typed.rows.map { $0.map(\.csv) })
    }

    /// "86% (12 of 14)" as its three numbers.
    static func percentOf(_ cell: String) -> (String, String, String)? {
        let parts = cell.split(separator: " ")
        guard parts.count == 4, parts[0].hasSuffix("%"), Int(parts[0].dropLast()) != nil, parts[1].hasPrefix("("), parts[2] == "of", parts[3].hasSuffix(")"),
              Int(parts[1].dropFirst()) != nil, Int(parts[3].dropLast()) != nil else { return nil }
        return (String(parts[0].dropLast()), String(parts[1].dropFirst()), String(parts[3].dropLast()))
    }

    /// What a template receives for the table; `svg` is the chart, drawn only for HTML.
    func data(svg: Bool) -> DataValue {
        .object([
            ("id", .string(id)),
            ("title", .string(title)),
            ("columns", .list(columns.map { .object([("name", .string($0))]) })),
            // Every column but the first holds figures, set right in a Word table.
            ("rows", .list(documentRows.map { row in .object([("cells", .list(row.enumerated().map { .object([("text", .string($0.element)), ("figure", .bool($0.offset > 0))]) }))]) })),
            ("has_rows", .bool(!rows.isEmpty)),
            ("text", .string(String(text.dropLast()))),
            ("notes", .list(notes.map(DataValue.string))),
            ("has_notes", .bool(!notes.isEmpty)),
            ("chart", .string(svg && !chart.isEmpty ? SVGChart.bars(chart, unit: chartUnit, title: title) : "")),
        ])
    }

    /// Every table in one CSV, first column the table's id: each table has its own header
    /// row, and every line is padded to the same number of fields so spreadsheets line up.
    public static func combinedCSV(_ tables: [ReportTable]) -> String {
        let shaped = tables.map { ($0, $0.figureColumns) }
        let width = 1 + (shaped.map(\.1.header.count).max() ?? 0)
        func padded(_ fields: [String]) -> [String] { fields + Array(repeating: "", count: width - fields.count) }
        return shaped.flatMap { table, figures in
            [padded(["table"] + figures.header)] + figures.rows.map { padded([table.id] + $0) }
        }.map(CSVWriter.line).joined()
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
