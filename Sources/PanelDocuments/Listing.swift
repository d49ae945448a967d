import Foundation
import Mustache

/// Rows of records for a listing command, printed as an aligned table, CSV or JSON from the
/// same data so that the three formats cannot disagree.
public struct Listing: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json
    }

    public let columns: [String]
    public let rows: [[DataValue]]

    public init(columns: [String], rows: [[DataValue]]) {
        self.columns = columns
        self.rows = rows
    }

    public func render(_ format: Format, headers: Bool = true) -> String {
        switch format {
        case .table: return table(headers: headers)
        case .csv: return ((headers ? [columns] : []) + rows.map { $0.map(\.plainText) }).map(CSVWriter.line).joined()
        case .json:
            let objects = rows.map { row in DataValue.object(Array(zip(columns, row))) }
            return JSONWriter.write(.list(objects)) + "\n"
        }
    }

    /// Columns padded to their widest cell; the last column is not padded.
    func table(headers: Bool) -> String {
        let cells = (headers ? [columns] : []) + rows.map { $0.map(\.plainText) }
        guard !cells.isEmpty else { return "" }
        let widths = columns.indices.map { index in cells.map { $0[index].count }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }.joined()
    }
}
