import Foundation
import Mustache
import PanelDomain

/// An annual report as an .xlsx workbook (Office Open XML SpreadsheetML), written with the
/// same ZIP writer as the Word documents: a first sheet with the title, the period and every
/// definition note, then a sheet a table, with counts and averages as numbers, percentages
/// as percentages, days as dates, and columns wide enough for what they hold.
public enum Workbook {
    /// `data` is the report's, as the templates receive it (title, service, period, made on).
    public static func report(_ tables: [ReportTable], data: DataValue) throws -> Data {
        let title = data.text("title")
        var about: [[ReportTable.Cell]] = [[.text(title)], [.text(data.text("service"))], [.text(data.text("period"))],
                                           [.text("Computed from the records on " + data.text("made_on"))], []]
        for table in tables {
            about.append([.text(table.title)])
            about += table.notes.map { [.text("  " + $0)] }
        }
        var workbook = try WorkbookWriter(Data(), title: title, sheets: ["About"] + tables.map(\.id))
        try workbook.sheet(header: nil, rows: about)
        for table in tables {
            let typed = table.typedColumns
            try workbook.sheet(header: typed.header, rows: typed.rows)
        }
        return try workbook.finish()
    }

    /// One of Ofsted's Annex A lists: the list on its own sheet, headed as Ofsted's template,
    /// days as dates shown DD/MM/YYYY and counts as numbers; then a sheet saying what the
    /// list covers and which columns panel's records cannot fill. `rows` hands over the
    /// list's rows and returns how many; it is called twice (the widths, then the rows),
    /// and `about` is given the count.
    public static func annexA<Output: ZipOutput>(
        _ list: AnnexAList, to output: Output, about: (_ count: Int) -> [String], rows: (_ row: ([String]) throws -> Void) throws -> Int
    ) throws -> Output {
        func cells(_ row: [String]) -> [ReportTable.Cell] {
            zip(list.columns, row).map { column, text -> ReportTable.Cell in
                if text.isEmpty { return .empty }
                if column.hasPrefix("Date"), let day = Day(parsing: text) { return .day(day) }
                if column.hasPrefix("No. of") { return .number(text) }
                return .text(text)
            }
        }
        var workbook = try WorkbookWriter(output, title: "Annex A list \(list.number): \(list.title)", sheets: ["List \(list.number)", "About"])
        var widths = Widths(header: list.columns)
        let count = try rows { widths.note(cells($0)) }
        try workbook.beginSheet(header: list.columns, widths: widths)
        _ = try rows { try workbook.row(cells($0)) }
        try workbook.endSheet()
        try workbook.sheet(header: nil, rows: about(count).map { [.text($0)] })
        return try workbook.finish()
    }

    /// A record's fields' texts (a CSV row) as a sheet's cells: text, never formulas, so the
    /// CSV's guarding ' is not needed, and `import all` reads the sheet back exactly.
    public static func cells(texts: [String]) -> [ReportTable.Cell] {
        texts.map { $0.isEmpty ? .empty : .text($0) }
    }

    /// The columns' widths of a sheet, as wide as what they hold (at most 80 characters),
    /// noted from every row before the first is written: a sheet's XML gives them first.
    public struct Widths {
        fileprivate var columns: [Int: Int] = [:]

        public init(header: [String]? = nil) {
            if let header { note(header.map { .text($0) }) }
        }

        public mutating func note(_ row: [ReportTable.Cell]) {
            for (column, cell) in row.enumerated() {
                let length: Int
                switch cell {
                case .text(let text), .number(let text): length = text.count
                case .percent: length = 5
                case .day: length = 10
                case .empty: continue
                }
                columns[column] = max(columns[column] ?? 8, min(length + 2, 80))
            }
        }
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

/// A workbook written to its output sheet by sheet and row by row, holding only the row
/// being written (a workbook of every record is hundreds of megabytes): the parts that name
/// the sheets first, then each sheet, then the ZIP's directory. Style indexes in
/// `Workbook.styles`: 0 text and numbers (General), 1 bold (headers), 2 per cent, 3 a date.
public struct WorkbookWriter<Output: ZipOutput> {
    private var zip: ZipArchive<Output>
    private let sheets: Int
    private var begun = 0
    private var xml = ""
    private var rowNumber = 0

    /// Sheet names are made fit for a workbook (`Workbook.sheetName`), in the order given.
    public init(_ output: Output, title: String, sheets ids: [String]) throws {
        var used: Set<String> = []
        let names = ids.map { Workbook.sheetName($0, used: &used) }
        sheets = names.count
        zip = ZipArchive(output)
        try zip.add("[Content_Types].xml", Data(Workbook.contentTypes(names.count).utf8))
        try zip.add("_rels/.rels", Data(Workbook.packageRelationships.utf8))
        try zip.add("docProps/core.xml", Data(WordPackage.core(title: title).utf8))
        try zip.add("xl/workbook.xml", Data(Workbook.workbook(names).utf8))
        try zip.add("xl/_rels/workbook.xml.rels", Data(Workbook.workbookRelationships(names.count).utf8))
        try zip.add("xl/styles.xml", Data(Workbook.styles.utf8))
    }

    /// A whole sheet of rows already in hand.
    public mutating func sheet(header: [String]?, rows: [[ReportTable.Cell]]) throws {
        var widths = Workbook.Widths(header: header)
        rows.forEach { widths.note($0) }
        try beginSheet(header: header, widths: widths)
        for cells in rows { try row(cells) }
        try endSheet()
    }

    /// Begins the next sheet: its columns' widths, and its header, bold, kept in view as
    /// the sheet scrolls.
    public mutating func beginSheet(header: [String]?, widths: Workbook.Widths) throws {
        precondition(begun < sheets, "more sheets than the workbook names")
        begun += 1
        try zip.begin("xl/worksheets/sheet\(begun).xml")
        let columns = widths.columns.keys.sorted().map { key in "<col min=\"\(key + 1)\" max=\"\(key + 1)\" width=\"\(widths.columns[key]!)\" customWidth=\"1\"/>" }.joined()
        let frozen = header == nil ? "" : #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        xml = WordPackage.declaration + "<worksheet xmlns=\"\(Workbook.main)\" xmlns:r=\"\(WordPackage.r)\">" + frozen
            + (columns.isEmpty ? "" : "<cols>" + columns + "</cols>") + "<sheetData>"
        rowNumber = 0
        if let header { try row(header.map { .text($0) }, bold: true) }
    }

    public mutating func row(_ cells: [ReportTable.Cell]) throws { try row(cells, bold: false) }

    private mutating func row(_ cells: [ReportTable.Cell], bold: Bool) throws {
        rowNumber += 1
        xml += "<row r=\"\(rowNumber)\">"
        for (index, cell) in cells.enumerated() {
            let reference = Workbook.column(index) + String(rowNumber)
            switch cell {
            case .text(let text):
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"\(bold ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(WordPackage.escapeXML(text))</t></is></c>"
            case .number(let text):
                xml += "<c r=\"\(reference)\"><v>\(text)</v></c>"
            case .percent(let percent):
                xml += "<c r=\"\(reference)\" s=\"2\"><v>\(Double(percent) / 100)</v></c>"
            case .day(let day):
                xml += "<c r=\"\(reference)\" s=\"3\"><v>\(Workbook.serial(day))</v></c>"
            case .empty:
                continue
            }
        }
        xml += "</row>"
        // Into the archive about 64 KB at a time.
        if xml.utf8.count >= 1 << 16 {
            try zip.write(Data(xml.utf8))
            xml.removeAll(keepingCapacity: true)
        }
    }

    public mutating func endSheet() throws {
        xml += "</sheetData></worksheet>"
        try zip.write(Data(xml.utf8))
        xml = ""
        try zip.end()
    }

    /// The ZIP's directory: the workbook is whole.
    public mutating func finish() throws -> Output {
        precondition(begun == sheets, "fewer sheets than the workbook names")
        return try zip.finish()
    }
}
