import Foundation
import Mustache

/// Rows of records for a listing command, printed as an aligned table, CSV or JSON from the
/// same data so that the three formats cannot disagree. Rows are made as they are written,
/// by a producer that hands them over one at a time, so that a listing of three million
/// deadlines is never held, as values or as text.
public struct Listing {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json
    }

    public let columns: [String]
    /// Hands every row, in order, to its argument; may be called more than once (an aligned
    /// table reads the rows twice: the widths first).
    public let forEachRow: (_ body: ([DataValue]) throws -> Void) throws -> Void

    public init(columns: [String], rows: [[DataValue]]) {
        self.init(columns: columns) { body in for row in rows { try body(row) } }
    }

    /// The rows `forEachRow` makes as they are written.
    public init(columns: [String], forEachRow: @escaping (_ body: ([DataValue]) throws -> Void) throws -> Void) {
        self.columns = columns
        self.forEachRow = forEachRow
    }

    public func render(_ format: Format, headers: Bool = true) -> String {
        var text = ""
        // Rows given as values cannot fail to be made.
        try! write(format, headers: headers) { text += $0 }
        return text
    }

    /// Writes the listing to `output` in pieces of about 64 KB; returns how many rows.
    @discardableResult
    public func write(_ format: Format, headers: Bool = true, to output: (String) throws -> Void) throws -> Int {
        // UTF-8 bytes: appending a CSV line's fields to a String one by one was a fifth of a
        // CSV listing's time.
        var buffer: [UInt8] = []
        var count = 0
        func flushIfFull() throws {
            if buffer.count >= 1 << 16 {
                try output(String(decoding: buffer, as: UTF8.self))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        func emit(_ piece: String) throws {
            buffer.append(contentsOf: piece.utf8)
            try flushIfFull()
        }
        switch format {
        case .table:
            // Two passes: the widths first, then the padded lines.
            var widths = headers ? columns.map(\.count) : Array(repeating: 0, count: columns.count)
            try forEachRow { row in
                for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.plainText.count) }
            }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { index, cell in
                    index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                }.joined(separator: "  ").trimmingTrailingSpaces + "\n"
            }
            if headers { try emit(line(columns)) }
            try forEachRow { row in
                try emit(line(row.map(\.plainText)))
                count += 1
            }
        case .csv:
            if headers { CSVWriter.append(columns, to: &buffer) }
            try forEachRow { row in
                CSVWriter.append(row.map(\.plainText), to: &buffer)
                count += 1
                try flushIfFull()
            }
        case .json:
            var first = true
            try forEachRow { row in
                try emit((first ? "[\n  " : ",\n  ") + JSONWriter.write(.object(Array(zip(columns, row))), indent: "  "))
                first = false
                count += 1
            }
            try emit(first ? "[]\n" : "\n]\n")
        }
        if !buffer.isEmpty { try output(String(decoding: buffer, as: UTF8.self)) }
        return count
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
