import Foundation
import PanelDomain
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The sheets of an .xlsx workbook as rows of text: what `export all --format xlsx` wrote,
/// or the same workbook after a service corrected it in Excel or LibreOffice and saved it
/// (shared strings, compressed entries, numbers). A number in a column whose name ends in
/// `_on` is a day the spreadsheet turned into a date, and is read back as YYYY-MM-DD.
public enum WorkbookReader {
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    public static func sheets(_ data: Data) throws -> [(name: String, rows: [[String]])] {
        let entries: [String: Data]
        do { entries = try ZipReader.entries(data) } catch { throw Unreadable(description: "is not a workbook panel can read: \(error)") }
        guard let workbook = entries["xl/workbook.xml"], let relations = entries["xl/_rels/workbook.xml.rels"] else {
            throw Unreadable(description: "is not an .xlsx workbook (no xl/workbook.xml)")
        }
        let targets = Dictionary(elements(relations, "Relationship").map { ($0["Id"] ?? "", $0["Target"] ?? "") }, uniquingKeysWith: { first, _ in first })
        let shared = entries["xl/sharedStrings.xml"].map(sharedStrings) ?? []
        return try elements(workbook, "sheet").map { sheet in
            let name = sheet["name"] ?? ""
            var target = targets[sheet["r:id"] ?? ""] ?? ""
            target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = entries[target] else { throw Unreadable(description: "sheet \(name) is missing from the file") }
            return (name, rows(xml, shared: shared))
        }
    }

    /// Runs `delegate` over the XML; what it gathers is what is read (a malformed part reads
    /// as far as it is well formed, and import then names what is missing).
    static func parse(_ xml: Data, _ delegate: XMLParserDelegate) {
        let parser = XMLParser(data: xml)
        parser.delegate = delegate
        _ = parser.parse()
    }

    /// The attributes of every element named `name`.
    static func elements(_ xml: Data, _ name: String) -> [[String: String]] {
        final class Collector: NSObject, XMLParserDelegate {
            let name: String
            var found: [[String: String]] = []
            init(_ name: String) { self.name = name }
            func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if element == name { found.append(attributes) }
            }
        }
        let collector = Collector(name)
        parse(xml, collector)
        return collector.found
    }

    static func sharedStrings(_ xml: Data) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var strings: [String] = []
            var current = ""
            var inText = false
            func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if element == "si" { current = "" }
                if element == "t" { inText = true }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
            func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
                if element == "t" { inText = false }
                if element == "si" { strings.append(current) }
            }
        }
        let collector = Collector()
        parse(xml, collector)
        return collector.strings
    }

    static func rows(_ xml: Data, shared: [String]) -> [[String]] {
        final class Collector: NSObject, XMLParserDelegate {
            let shared: [String]
            var rows: [[String]] = []
            var row: [Int: String] = [:]
            var column = 0, type = "", text = "", collecting = false
            init(_ shared: [String]) { self.shared = shared }
            func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                switch element {
                case "row": row = [:]; column = 0
                case "c":
                    type = attributes["t"] ?? "n"
                    text = ""
                    if let reference = attributes["r"] {
                        column = reference.unicodeScalars.filter { $0.properties.isAlphabetic }.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
                    }
                case "v", "t": collecting = true
                default: break
                }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }
            func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
                switch element {
                case "v", "t": collecting = false
                case "c":
                    switch type {
                    case "s": row[column] = Int(text).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
                    case "b": row[column] = text == "1" ? "yes" : "no"
                    default: row[column] = text
                    }
                    column += 1
                case "row":
                    let width = (row.keys.max() ?? -1) + 1
                    rows.append((0..<width).map { row[$0] ?? "" })
                default: break
                }
            }
        }
        let collector = Collector(shared)
        parse(xml, collector)
        // A day a spreadsheet made a date comes back as its serial number: 45383 is 2024-04-01.
        guard let header = collector.rows.first else { return [] }
        let dayColumns = Set(header.enumerated().filter { $0.element.hasSuffix("_on") }.map(\.offset))
        // Trailing empty cells are not written: each row is as wide as the header.
        return [header] + collector.rows.dropFirst().map { row in
            (row + Array(repeating: "", count: max(0, header.count - row.count))).enumerated().map { index, cell in
                guard dayColumns.contains(index), let serial = Double(cell), serial > 0, serial < 120_000 else { return wholeNumber(cell) }
                return Day(year: 1899, month: 12, day: 30)!.adding(days: Int(serial)).iso
            }
        }
    }

    /// "3" for a number a spreadsheet stored as 3.0.
    static func wholeNumber(_ cell: String) -> String {
        if let value = Double(cell), value == value.rounded(), abs(value) < 1e15, cell.contains(".") || cell.contains("E") { return String(Int(value)) }
        return cell
    }
}
