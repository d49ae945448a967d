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

    /// The table as CSV with its own header row.
    public var csv: String { ([columns] + rows).map(CSVWriter.line).joined() }

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
        let width = 1 + (tables.map(\.columns.count).max() ?? 0)
        func padded(_ fields: [String]) -> [String] { fields + Array(repeating: "", count: width - fields.count) }
        return tables.flatMap { table in
            [padded(["table"] + table.columns)] + table.rows.map { padded([table.id] + $0) }
        }.map(CSVWriter.line).joined()
    }
}
