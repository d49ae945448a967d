import Foundation
import Mustache
import PanelDomain

/// An annual report as an .xlsx workbook (Office Open XML SpreadsheetML), written with the
/// same ZIP writer as the Word documents: a first sheet with the title, the period and every
/// definition note, then a sheet a table, with counts and averages as numbers, percentages
/// as percentages, days as dates, and columns wide enough for what they hold.
public enum Workbook {
    /// `data` is the report's, as the templates receive it (title, service, period, made on).
    public static func report(_ tables: [ReportTable], data: DataValue) -> Data {
        let title = data.text("title")
        var sheets: [(name: String, xml: String)] = []
        var about: [[ReportTable.Cell]] = [[.text(title)], [.text(data.text("service"))], [.text(data.text("period"))],
                                           [.text("Computed from the records on " + data.text("made_on"))], []]
        for table in tables {
            about.append([.text(table.title)])
            about += table.notes.map { [.text("  " + $0)] }
        }
        sheets.append(("About", sheet(header: nil, rows: about)))
        var used: Set<String> = ["About"]
        for table in tables {
            let typed = table.typedColumns
            sheets.append((sheetName(table.id, used: &used), sheet(header: typed.header, rows: typed.rows)))
        }
        return package(sheets, title: title)
    }

    /// One of Ofsted's Annex A lists: the list on its own sheet, headed as Ofsted's template,
    /// days as dates shown DD/MM/YYYY and counts as numbers; then a sheet saying what the
    /// list covers and which columns panel's records cannot fill.
    public static func annexA(_ list: AnnexAList, about: [String]) -> Data {
        let rows = list.rows.map { row in
            zip(list.columns, row).map { column, text -> ReportTable.Cell in
                if text.isEmpty { return .empty }
                if column.hasPrefix("Date"), let day = Day(parsing: text) { return .day(day) }
                if column.hasPrefix("No. of") { return .number(text) }
                return .text(text)
            }
        }
        let sheets = [("List \(list.number)", sheet(header: list.columns, rows: rows)), ("About", sheet(header: nil, rows: about.map { [.text($0)] }))]
        return package(sheets, title: "Annex A list \(list.number): \(list.title)")
    }

    /// Every kind of record, a sheet each, every cell the text its CSV file holds, so that
    /// `import all` reads it back exactly (`export all FILE.xlsx --format xlsx`).
    public static func records(_ kinds: [(name: String, csv: String)]) throws -> Data {
        var used: Set<String> = []
        let sheets = try kinds.map { kind -> (name: String, xml: String) in
            let rows = try CSVReader.read(kind.csv).map { $0.fields }
            let header = rows.first ?? []
            // Cells are text, never formulas: the CSV's guarding ' is not needed here.
            let body = rows.dropFirst().map { $0.map { $0.isEmpty ? ReportTable.Cell.empty : .text(CSVWriter.unneutralised($0)) } }
            return (sheetName(kind.name, used: &used), sheet(header: header, rows: Array(body)))
        }
        return package(sheets, title: "Records")
    }

    /// The sheets in a workbook package.
    static func package(_ sheets: [(name: String, xml: String)], title: String) -> Data {
        var zip = ZipArchive()
        zip.add("[Content_Types].xml", Data(contentTypes(sheets.count).utf8))
        zip.add("_rels/.rels", Data(packageRelationships.utf8))
        zip.add("docProps/core.xml", Data(WordPackage.core(title: title).utf8))
        zip.add("xl/workbook.xml", Data(workbook(sheets.map(\.name)).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Data(workbookRelationships(sheets.count).utf8))
        zip.add("xl/styles.xml", Data(styles.utf8))
        for (index, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", Data(sheet.xml.utf8)) }
        return zip.data
    }

    /// A sheet name: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
    static func sheetName(_ id: String, used: inout Set<String>) -> String {
        let base = String(id.filter { !"[]:*?/\\".contains($0) }.prefix(28))
        var name = base
        var number = 2
        while used.contains(name) { name = base + "-\(number)"; number += 1 }
        used.insert(name)
        return name
    }

    /// Style indexes in `styles`: 0 text and numbers (General), 1 bold (headers), 2 per
    /// cent, 3 a date.
    static func sheet(header: [String]?, rows: [[ReportTable.Cell]]) -> String {
        var widths: [Int: Int] = [:]
        func note(_ column: Int, _ length: Int) { widths[column] = max(widths[column] ?? 8, min(length + 2, 80)) }
        var data = ""
        var rowNumber = 0
        func cells(_ row: [ReportTable.Cell], bold: Bool) {
            rowNumber += 1
            data += "<row r=\"\(rowNumber)\">"
            for (index, cell) in row.enumerated() {
                let reference = column(index) + String(rowNumber)
                switch cell {
                case .text(let text):
                    note(index, text.count)
                    data += "<c r=\"\(reference)\" t=\"inlineStr\"\(bold ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(WordPackage.escapeXML(text))</t></is></c>"
                case .number(let text):
                    note(index, text.count)
                    data += "<c r=\"\(reference)\"><v>\(text)</v></c>"
                case .percent(let percent):
                    note(index, 5)
                    data += "<c r=\"\(reference)\" s=\"2\"><v>\(Double(percent) / 100)</v></c>"
                case .day(let day):
                    note(index, 10)
                    data += "<c r=\"\(reference)\" s=\"3\"><v>\(serial(day))</v></c>"
                case .empty:
                    continue
                }
            }
            data += "</row>"
        }
        if let header { cells(header.map { .text($0) }, bold: true) }
        for row in rows { cells(row, bold: false) }
        let columns = widths.keys.sorted().map { key in "<col min=\"\(key + 1)\" max=\"\(key + 1)\" width=\"\(widths[key]!)\" customWidth=\"1\"/>" }.joined()
        // The header row stays in view as the sheet scrolls.
        let frozen = header == nil ? "" : #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        let widthsXML = columns.isEmpty ? "" : "<cols>" + columns + "</cols>"
        return WordPackage.declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(WordPackage.r)\">" + frozen + widthsXML + "<sheetData>" + data + "</sheetData></worksheet>"
    }

    /// A, B, ... Z, AA, AB...
    static func column(_ index: Int) -> String {
        var index = index + 1, name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// A day as a spreadsheet's serial number: days since 30 December 1899.
    static func serial(_ day: Day) -> Int { Day(year: 1899, month: 12, day: 30)!.days(to: day) }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func contentTypes(_ count: Int) -> String {
        WordPackage.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            \((1...count).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
            </Types>
            """
    }

    static let packageRelationships = WordPackage.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static func workbook(_ names: [String]) -> String {
        WordPackage.declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(WordPackage.r)"><sheets>\
            \(names.enumerated().map { "<sheet name=\"\(WordPackage.escapeXML($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined())\
            </sheets></workbook>
            """
    }

    static func workbookRelationships(_ count: Int) -> String {
        WordPackage.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \((1...count).map { "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined())\
            <Relationship Id="rId\(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
    }

    /// Fonts: Arial, Arial bold. Formats: 9 is "0%" (built in); 164 a UK date.
    static let styles = WordPackage.declaration + """
        <styleSheet xmlns="\(main)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
