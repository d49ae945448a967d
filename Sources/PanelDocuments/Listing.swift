import Foundation
import Mustache

/// Rows of records for a listing command, printed as an aligned table, CSV or JSON from the
/// same data so that the three formats cannot disagree. Rows are made when they are
/// written, so a listing of three million deadlines is never held as text all at once.
public struct Listing: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json
    }

    public let columns: [String]
    public let count: Int
    public let row: @Sendable (Int) -> [DataValue]

    public init(columns: [String], rows: [[DataValue]]) {
        self.init(columns: columns, count: rows.count) { rows[$0] }
    }

    /// `count` rows, the one at each position made by `row` when it is needed.
    public init(columns: [String], count: Int, row: @escaping @Sendable (Int) -> [DataValue]) {
        self.columns = columns
        self.count = count
        self.row = row
    }

    public func render(_ format: Format, headers: Bool = true) -> String {
        var text = ""
        write(format, headers: headers) { text += $0 }
        return text
    }

    /// Writes the listing to `output` in pieces of about 64 KB.
    public func write(_ format: Format, headers: Bool = true, to output: (String) -> Void) {
        var buffer = ""
        func flushIfFull() {
            if buffer.utf8.count >= 1 << 16 {
                output(buffer)
                buffer = ""
            }
        }
        func emit(_ piece: String) {
            buffer += piece
            flushIfFull()
        }
        switch format {
        case .table:
            // Two passes: the widths first, then the padded lines.
            var widths = headers ? columns.map(\.count) : Array(repeating: 0, count: columns.count)
            for index in 0..<count {
                for (column, cell) in row(index).enumerated() { widths[column] = max(widths[column], cell.plainText.count) }
            }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { index, cell in
                    index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                }.joined(separator: "  ").trimmingTrailingSpaces + "\n"
            }
            if headers { emit(line(columns)) }
            for index in 0..<count { emit(line(row(index).map(\.plainText))) }
        case .csv:
            if headers { CSVWriter.append(columns, to: &buffer) }
            for index in 0..<count {
                CSVWriter.append(row(index).map(\.plainText), to: &buffer)
                flushIfFull()
            }
        case .json:
            guard count > 0 else {
                emit("[]\n")
                break
            }
            emit("[\n")
            for index in 0..<count {
                emit("  " + JSONWriter.write(.object(Array(zip(columns, row(index)))), indent: "  ") + (index == count - 1 ? "\n" : ",\n"))
            }
            emit("]\n")
        }
        if !buffer.isEmpty { output(buffer) }
    }
}

extension String {
    /// Without the spaces at its end: a table's line keeps those at its start, where an
    /// empty first cell holds its column's place.
    public var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
