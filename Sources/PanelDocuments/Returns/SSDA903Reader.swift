import Foundation
import PanelDomain
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads SSDA903 returns, as CSV tables (one table a file, known by its header row whatever
/// the file is called) or as the XML the return is sent in, into the rows a child record
/// needs. Columns as DfE's guide to the SSDA903 collection names them; days as the return
/// writes them, DD/MM/YYYY (YYYY-MM-DD is read too). Any other table (Header, Reviews, UASC,
/// OC2, OC3, Missing, PrevPerm...) is recognised and skipped, and its contents never kept:
/// Header holds dates of birth and postcodes.
public enum SSDA903Reader {
    /// What each file was read as, for the importer to report.
    public struct FileSummary: Equatable, Sendable {
        public var file: String
        public var table: String
        public var rows: Int
    }

    /// The tables a child record is derived from, and the columns read from each.
    enum Table: String, CaseIterable {
        case episodes = "Episodes", adoption = "AD1", decisions = "PlacedAdoption"

        var columns: [String] {
            switch self {
            case .episodes: ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"]
            case .adoption: ["CHILD", "DATE_MATCH", "FOSTER_CARE"]
            case .decisions: ["CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
            }
        }

        /// The column only this table has.
        var mark: String {
            switch self {
            case .episodes: "DECOM"
            case .adoption: "DATE_MATCH"
            case .decisions: "DATE_PLACED"
            }
        }
    }

    public static func read(_ files: [(name: String, data: Data)]) throws(Problems) -> (return: SSDA903.Return, files: [FileSummary]) {
        var reader = RowReader()
        var summaries: [FileSummary] = []
        for file in files {
            let text = String(decoding: file.data, as: UTF8.self)
            if text.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }).hasPrefix("<") {
                summaries += reader.readXML(file.data, file: file.name)
            } else if let summary = reader.readCSV(text, file: file.name) {
                summaries.append(summary)
            }
        }
        guard reader.problems.isEmpty else {
            let count = reader.problems.count
            throw Problems(reader.problems, summary: "\(count) \(count == 1 ? "problem" : "problems") in the return; nothing was imported")
        }
        return (reader.result, summaries)
    }

    /// Turns rows of named cells into the return's rows, gathering every problem.
    struct RowReader {
        var result = SSDA903.Return()
        var problems: [Problem] = []

        mutating func readCSV(_ text: String, file: String) -> FileSummary? {
            let records: [CSVReader.Record]
            do { records = try CSVReader.read(text) } catch {
                problems.append(Problem(file: file, line: error.line, field: nil, message: error.message))
                return nil
            }
            guard let header = records.first else {
                problems.append(Problem(file: file, field: nil, message: "is empty; expected an SSDA903 table with its header row"))
                return nil
            }
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            guard names.contains("CHILD") else {
                problems.append(Problem(file: file, line: header.line, field: nil, message: "is not an SSDA903 table: its header row has no CHILD column"))
                return nil
            }
            guard let table = Table.allCases.first(where: { names.contains($0.mark) }) else {
                return FileSummary(file: file, table: "another table (skipped)", rows: 0)
            }
            let missing = table.columns.filter { !names.contains($0) }
            guard missing.isEmpty else {
                problems.append(Problem(file: file, line: header.line, field: nil, message: "reads as the \(table.rawValue) table but has no \(missing.joined(separator: ", ")) column"))
                return nil
            }
            var rows = 0
            for record in records.dropFirst() where !record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                var cells: [String: String] = [:]
                for (name, value) in zip(names, record.fields) where table.columns.contains(name) { cells[name] = value }
                add(table, cells, source: .init(file: file, line: record.line))
                rows += 1
            }
            return FileSummary(file: file, table: table.rawValue, rows: rows)
        }

        mutating func add(_ table: Table, _ cells: [String: String], source: SSDA903.Source) {
            var row = Row(cells: cells, source: source)
            defer { problems += row.problems }
            guard let child = row.child() else { return }
            switch table {
            case .episodes:
                let start = row.day("DECOM", required: true), reason = row.newEpisode()
                let legalStatus = row.code("LS", required: true), placement = row.code("PLACE", required: true)
                let end = row.day("DEC"), endReason = row.code("REC")
                guard let start, let reason, let legalStatus, let placement, row.problems.isEmpty else { return }
                if let end, end < start { row.problem("DEC", "is before DECOM; an episode cannot cease before it began") }
                result.episodes.append(.init(child: child, start: start, reason: reason, legalStatus: legalStatus, placement: placement, end: end, endReason: endReason, source: source))
            case .adoption:
                let matched = row.day("DATE_MATCH"), byFosterCarers = row.flag("FOSTER_CARE")
                guard row.problems.isEmpty else { return }
                result.adoptions.append(.init(child: child, matchedOn: matched, byFosterCarers: byFosterCarers, source: source))
            case .decisions:
                let decided = row.day("DATE_PLACED", required: true), ceased = row.day("DATE_PLACED_CEASED"), reason = row.code("REASON_PLACED_CEASED")
                guard let decided, row.problems.isEmpty else { return }
                result.decisions.append(.init(child: child, decidedOn: decided, ceasedOn: ceased, ceasedReason: reason, source: source))
            }
        }
    }

    /// One row's cells, read with problems located at the row and never quoting a cell that
    /// could be free text.
    struct Row {
        let cells: [String: String]
        let source: SSDA903.Source
        var problems: [Problem] = []

        init(cells: [String: String], source: SSDA903.Source) {
            self.cells = cells
            self.source = source
        }

        mutating func problem(_ column: String, _ message: String) {
            problems.append(Problem(file: source.file, line: source.line, field: column, message: message))
        }

        func value(_ column: String) -> String { (cells[column] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

        mutating func child() -> String? {
            let text = value("CHILD")
            guard !text.isEmpty else {
                problem("CHILD", "is empty; every row names its child")
                return nil
            }
            guard text.utf8.count <= 64, case .success = FieldKind.identifier.parse(text) else {
                problem("CHILD", "is not an id panel can keep; use up to 64 letters, digits, '-', '_' and '.'")
                return nil
            }
            return text
        }

        mutating func day(_ column: String, required: Bool = false) -> Day? {
            let text = value(column)
            guard !text.isEmpty else {
                if required { problem(column, "is empty; write the day as DD/MM/YYYY") }
                return nil
            }
            guard let day = Day(parsing: text) else {
                problem(column, FieldKind.quoted(text, if: FieldKind.dayCharacters) + "is not a day; write DD/MM/YYYY")
                return nil
            }
            guard Day.accepted.contains(day) else {
                problem(column, "'\(text)' \(Day.outsideAccepted)")
                return nil
            }
            return day
        }

        /// A code of the return: a few letters and digits, compared in capitals.
        mutating func code(_ column: String, required: Bool = false) -> String? {
            let text = value(column).uppercased()
            guard !text.isEmpty else {
                if required { problem(column, "is empty; every episode has one") }
                return nil
            }
            guard text.count <= 4, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                problem(column, "is not a code of the return (up to four letters and digits, such as E1, A5 or E11)")
                return nil
            }
            return text
        }

        mutating func newEpisode() -> SSDA903.NewEpisode? {
            let codes = SSDA903.NewEpisode.allCases.map(\.rawValue)
            guard let reason = SSDA903.NewEpisode(rawValue: value("RNE").uppercased()) else {
                // A single letter is a mistyped code; anything longer could be a name in the wrong column.
                problem("RNE", (value("RNE").count == 1 ? FieldKind.quoted(value("RNE"), if: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") : "") + "is not a reason for a new episode; use one of \(codes.joined(separator: ", "))")
                return nil
            }
            return reason
        }

        mutating func flag(_ column: String) -> Bool? {
            switch value(column) {
            case "": return nil
            case "1": return true
            case "0": return false
            default:
                problem(column, "is not 0 or 1")
                return nil
            }
        }
    }
}

extension SSDA903Reader.RowReader {
    /// The XML form (root EXPSSDA903): a CHILD element holds a HEADER (CHILDID, the AD1
    /// fields and AD_PLACED elements among others) and EPISODE elements, whose placement is
    /// PL. Any element holding a non-empty DECOM, DATE_MATCH or DATE_PLACED is a row of that
    /// table, its child's id its own CHILDID or the nearest one before it in an enclosing
    /// element; everything else (the child's details, reviews, health) is passed over.
    mutating func readXML(_ data: Data, file: String) -> [SSDA903Reader.FileSummary] {
        final class Collector: NSObject, XMLParserDelegate {
            struct Element {
                var line: Int
                var leaves: [String: String] = [:]
                var text = ""
                var hasChildren = false
            }
            /// The XML's names for the CSV's columns.
            static let columns = ["CHILDID": "CHILD", "PL": "PLACE"]
            var stack: [Element] = []
            var root: String?
            var rows: [(table: SSDA903Reader.Table, cells: [String: String], line: Int)] = []

            func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
                if root == nil { root = element }
                stack.append(Element(line: parser.lineNumber))
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if !stack.isEmpty && stack[stack.count - 1].text.utf8.count < 10_000 { stack[stack.count - 1].text += string }
            }
            func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
                guard let ended = stack.popLast() else { return }
                let name = element.uppercased()
                if !ended.hasChildren {
                    if !stack.isEmpty { stack[stack.count - 1].leaves[Self.columns[name] ?? name] = ended.text }
                    return
                }
                // HEADER names the child for the EPISODE elements beside it, and no further.
                if name == "HEADER", let child = ended.leaves["CHILD"], !stack.isEmpty { stack[stack.count - 1].leaves["CHILD"] = child }
                guard let table = SSDA903Reader.Table.allCases.first(where: { !(ended.leaves[$0.mark] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { return }
                var cells = ended.leaves
                if cells["CHILD"] == nil { cells["CHILD"] = stack.reversed().lazy.compactMap { $0.leaves["CHILD"] }.first }
                rows.append((table, cells, ended.line))
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        // An unclosed element is not always reported as an error: the file ends inside it.
        guard parser.parse(), collector.stack.isEmpty else {
            problems.append(Problem(file: file, line: parser.lineNumber, field: nil, message: "is not well-formed XML; expected the SSDA903 return as XML or one of its tables as CSV"))
            return []
        }
        guard collector.root == "EXPSSDA903" else {
            problems.append(Problem(file: file, line: 1, field: nil, message: "is XML but not the SSDA903 return, whose root element is EXPSSDA903"))
            return []
        }
        for row in collector.rows { add(row.table, row.cells, source: .init(file: file, line: row.line)) }
        return SSDA903Reader.Table.allCases.compactMap { table in
            let count = collector.rows.count(where: { $0.table == table })
            return count == 0 ? nil : SSDA903Reader.FileSummary(file: file, table: table.rawValue, rows: count)
        }
    }
}
