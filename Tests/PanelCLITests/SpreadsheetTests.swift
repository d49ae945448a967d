import Foundation
@testable import PanelDocuments
import PanelDomain
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@testable import PanelCLI

/// CSV for people who double-click (issue 19): a byte-order mark on files, and no text that
/// a spreadsheet would run as a formula.
struct SpreadsheetTests {
    static let dangerous = ["=HYPERLINK(\"http://x\",\"Open\")", "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturned", "'=already quoted"]

    /// Written with a `'` before, read back to exactly the value; a number stays a number.
    @Test(arguments: dangerous)
    func aFormulaIsWrittenAsTextAndReadBack(value: String) {
        let line = CSVWriter.line([value, "-2", "+3", "2024-03-01"])
        #expect(line.hasPrefix("\"'") || line.hasPrefix("'"))
        #expect(line.hasSuffix(",-2,+3,2024-03-01\r\n"))
        let read = try? CSVReader.read(line).first?.fields.map(CSVWriter.unneutralised)
        #expect(read == [value, "-2", "+3", "2024-03-01"])
    }

    @Test func namesThatLookLikeFormulasGoOutNeutralisedAndComeBackTheSame() throws {
        let panel = journeyRunner()
        #expect(panel("adopter", "update", "A1", "--name", "=HYPERLINK(\"http://x\",\"Open\")").code == 0)
        #expect(panel("adopter", "update", "A2", "--name", "-2+3").code == 0)
        #expect(panel("adopter", "update", "A3", "--name", "@SUM(A1)").code == 0)
        let exported = panel("export", "adopters").out
        #expect(exported.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"Open\"\")\","))
        #expect(exported.contains(",'-2+3,") && exported.contains(",'@SUM(A1),"))
        panel.write("back.csv", exported)
        #expect(panel("init", "--db", "fresh.db").code == 0)
        #expect(panel("import", "adopters", "back.csv", "--db", "fresh.db").code == 0)
        #expect(panel("export", "adopters", "--db", "fresh.db").out == exported)
        #expect(panel("adopter", "show", "A2", "--db", "fresh.db", "--format", "json").out.contains("\"name\": \"-2+3\""))
    }

    /// Every CSV the tool writes to a file starts with the UTF-8 byte-order mark; standard
    /// output does not.
    @Test func csvFilesStartWithTheByteOrderMark() throws {
        let panel = journeyRunner()
        #expect(panel("export", "adopters", "--output", "a.csv").code == 0)
        #expect(panel("export", "all", "all/").code == 0)
        #expect(panel("adopter", "list", "--format", "csv", "--output", "l.csv").code == 0)
        #expect(panel("timeliness", "--format", "csv", "--output", "t.csv").code == 0)
        for file in ["a.csv", "all/adopters.csv", "all/service.csv", "l.csv", "t.csv"] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: panel.folder + "/" + file))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file)")
        }
        #expect(!panel("export", "adopters").out.hasPrefix("\u{FEFF}"))
        #expect(panel("export", "adopters", "--bom").out.hasPrefix("\u{FEFF}id,"))
        #expect(panel("adopter", "list", "--format", "csv", "--bom").out.hasPrefix("\u{FEFF}id,"))
        #expect(!panel("adopter", "list", "--format", "json", "--bom").out.hasPrefix("\u{FEFF}"))
        // Read back as they are: import takes the mark.
        #expect(panel("import", "adopters", "a.csv").out == "a.csv: 0 added, 0 updated, 3 unchanged\n")
    }
}

/// Panel dates for Outlook (issue 19): the .ics file's structure, as RFC 5545 has it.
struct CalendarFileTests {
    @Test func meetingsAsAnICalendarFile() throws {
        let panel = agendaRunner()
        panel.now = "2024-03-01T09:15:00Z"
        #expect(panel("meeting", "update", "F0325", "--end-time", "13:30", "--link", "https://meet.example.org/panel?id=1,2;3",
                      "--venue", "Room 2; Annexe, Town Hall\\ North").code == 0)
        #expect(panel("meeting", "cancel", "F0422", "--reason", "insufficient business").code == 0)
        let ics = panel("meeting", "calendar", "--panel", "fostering").out
        // Every line ends CRLF and none is longer than 75 octets.
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
        // Unfolded, the 25 March meeting: its own UID, London times, escaped text.
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("""
            BEGIN:VEVENT\r
            UID:F0325@northvale-fostering-service.panel\r
            DTSTAMP:20240301T091500Z\r
            DTSTART;TZID=Europe/London:20240325T100000\r
            DTEND;TZID=Europe/London:20240325T133000\r
            SUMMARY:Fostering Panel\r
            LOCATION:Room 2\\; Annexe\\, Town Hall\\\\ North\r
            URL:https://meet.example.org/panel?id=1,2;3\r
            DESCRIPTION:Join: https://meet.example.org/panel?id=1\\,2\\;3\r
            STATUS:CONFIRMED\r
            END:VEVENT\r
            """))
        #expect(unfolded.contains("UID:F0422@northvale-fostering-service.panel\r\nDTSTAMP:20240301T091500Z\r\nDTSTART;TZID=Europe/London:20240422T100000\r\nDURATION:PT3H\r\nSUMMARY:Fostering Panel (cancelled)\r\n"))
        #expect(unfolded.contains("STATUS:CANCELLED\r\n"))
        #expect(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"))
        // Nothing about cases.
        #expect(!ics.contains("FC-"))
    }

    @Test func aLongNameIsFoldedWithoutSplittingALetter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)
        let folded = PanelDocuments.ICalendar.folded(line)
        let parts = folded.components(separatedBy: "\r\n").dropLast()
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.count == 2 && parts[1].hasPrefix(" "))
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
    }
}

struct ReportFigureTests {
    /// In the report's CSV every figure is a number a spreadsheet can sum: each cell after
    /// the row's label is empty or a number, and a day (ISO) where a table holds days.
    @Test(arguments: ["fostering", "adoption"])
    func everyFigureInTheReportCSVIsANumber(service: String) throws {
        let panel = demoRunner()
        let csv = panel("report", "annual", "--service", service, "--year", "2024/25", "--as-of", "2025-03-31", "--format", "csv", "--db", "demo.db").out
        let body = try CSVReader.read(csv).filter { $0.fields.first != "table" }
        #expect(body.count > 40)
        // Tables whose cells are words or days, not figures: the central list, cancellations.
        let wordy: Set<String> = ["central-list", "cancellations", "long-term-matching-cancellations", "registration-status"]
        // Timeliness tables have two labels (the rule and its name) before their figures.
        let cells = body.filter { !wordy.contains($0.fields[0]) }.flatMap { $0.fields.dropFirst($0.fields[0].hasSuffix("timeliness") ? 3 : 2) }
        let notNumbers = cells.filter { !$0.isEmpty && Double($0) == nil }
        #expect(notNumbers.isEmpty, "\(notNumbers.prefix(5))")
    }
}

struct WorkbookTests {
    /// The adoption report as a workbook: an About sheet and a sheet a table, read back by
    /// Python's zipfile; every part parses; the scorecard's A10 share is a percentage (0.82
    /// shown as 82%), its counts numbers, as in the CSV.
    @Test func theReportAsAWorkbook() throws {
        let panel = demoRunner()
        let arguments = ["report", "annual", "--service", "adoption", "--year", "2024/25", "--as-of", "2025-03-31", "--db", "demo.db"]
        #expect(panel.run(arguments + ["--format", "xlsx", "--output", "report.xlsx"]).code == 0)
        let words = WordDocumentTests()
        let entries = try words.zipEntries(panel.folder + "/report.xlsx")
        #expect(entries.contains("xl/workbook.xml") && entries.filter { $0.hasPrefix("xl/worksheets/") }.count == 14)
        let parts = try words.parts(panel.folder + "/report.xlsx")
        for (name, bytes) in parts { #expect(XMLParser(data: bytes).parse(), "\(name)") }
        let workbook = String(decoding: parts["xl/workbook.xml"]!, as: UTF8.self)
        #expect(workbook.contains(#"<sheet name="About" sheetId="1" r:id="rId1"/><sheet name="adopters""#))
        let scorecard = String(decoding: parts["xl/worksheets/sheet7.xml"]!, as: UTF8.self)
        let csv = panel.run(arguments + ["--format", "csv", "--table", "scorecard"]).out
        // "A10 within the threshold": 82, 14, 17 in the CSV; 0.82 (as a percentage), 14, 17 here.
        #expect(csv.contains(",82,14,17,"))
        #expect(scorecard.contains(#"<c r="B3" s="2"><v>0.82</v></c><c r="C3"><v>14</v></c><c r="D3"><v>17</v></c>"#))
        #expect(panel.run(arguments + ["--format", "xlsx"]).code == 64)
    }
}

/// Reading back a workbook another program saved: DEFLATE (RFC 1951) and whole records.
struct WorkbookRoundTripTests {
    /// Streams made by zlib (level 9, raw): a fixed-Huffman one, a stored one, and a
    /// dynamic-Huffman one of 4,670 bytes in 429.
    @Test func inflateReadsZlibStreams() throws {
        let fixed: [UInt8] = [11, 72, 204, 75, 205, 81, 40, 72, 44, 72, 45, 42, 214, 1, 210, 184, 120, 86, 10, 81, 249, 135, 87, 43, 28, 158, 172, 16, 124, 120, 87, 102, 78, 78, 106, 98, 82, 198, 225, 133, 153, 121, 122, 10, 1, 131, 192, 4, 0]
        #expect(String(decoding: try Inflate.decompress(Data(fixed)), as: UTF8.self)
            == String(repeating: "Panel papers, panel papers, panel papers: Zoë Ó Súilleabháin. ", count: 3))
        #expect(try Inflate.decompress(Data([1, 6, 0, 249, 255, 115, 116, 111, 114, 101, 100])) == Data("stored".utf8))
        let dynamic = Data(base64Encoded: "ldc7TgMxFIXhnlV4ASD5vvyAEilS6nR0QRqJiDxQZnbCCqjZAe1sjLABjo97/5U/+d7tMp1Sfky798PxOKflkjaXeZmuaT/P0zyfpvOSrtPH5brcp83zQ76d+/RyWb/T+pl268/t1rR/fVu/Duenu+1fTIiYVRBTIlYdxGw8JiIg5kTMG4gFEWsBYmU8pqogVolYdBBrRKwXEOvjMTNDj5YgYBUSIAx4RgaEQOCOEAihwBtSIASDEMRACAcRyIEQEKIjCEJIKIokCEGhFERBCAs1IwtKWKiOLChhoVb4HxAWmiALSlhogSwoYaE1ZEEJC12RBSUs9IIsKGGhd2RBxy1INmRBO1GryIKNW7iNDMiCCVFzZMGUqDU4HI1bEFVkwZyoBbJgQdQ6smDjFsQMWbBK1AqyYIQFz8iCERbckQUnLHhDFpywEIIsOGEhAllwwkJ0uCkQFooiC05YKAVZcMJCzciCExaqIQtOWKgVWXDCQhNkIQgLLZCFICy0hiwEYaErshCEhV6QhSAs9A7X5nELmg1ZiELUKrIQ4xZUMrIQjag5shCdqLV/LPwC")!
        let expected = (0..<60).map { String(format: "Item %d: Skills to Foster assessment report, FC-%04d, Zoë Ó Súilleabháin;\n", $0, $0 * 37 % 9973) }.joined()
        #expect(String(decoding: try Inflate.decompress(dynamic), as: UTF8.self) == expected)
        // A damaged stream is an error, not a crash or a loop.
        #expect(throws: Inflate.Malformed.self) { try Inflate.decompress(dynamic.prefix(200)) }
        #expect(throws: Inflate.Malformed.self) { try Inflate.decompress(Data([0xFF, 0xFF, 0xFF])) }
    }

    /// An entry written piece by piece has its CRC and size put back in its header: the
    /// archive is byte for byte the one made with the entry whole, and reads back. CRC-32
    /// of "123456789" is 0xCBF43926, the check value of the algorithm.
    @Test func aStreamedEntryIsTheSameAsAWholeOne() throws {
        var whole = ZipArchive(Data())
        try whole.add("a.txt", Data("123456789".utf8))
        try whole.add("empty.txt", Data())
        var streamed = ZipArchive(Data())
        try streamed.begin("a.txt")
        for piece in ["1234", "", "56789"] { try streamed.write(Data(piece.utf8)) }
        try streamed.end()
        try streamed.begin("empty.txt")
        try streamed.end()
        let bytes = try streamed.finish()
        #expect(bytes == (try whole.finish()))
        #expect(CRC32.of(Data("123456789".utf8)) == 0xCBF4_3926)
        #expect(bytes[14..<18] == Data([0x26, 0x39, 0xF4, 0xCB]))  // the first header's CRC, little-endian
        #expect(try ZipReader.entries(bytes) == ["a.txt": Data("123456789".utf8), "empty.txt": Data()])
    }

    /// Past 4 GiB a ZIP without ZIP64 cannot say where an entry is: refused, not written
    /// wrong. (An output that only counts, starting 100 bytes short of the limit.)
    @Test func anArchivePastFourGiBIsRefused() throws {
        struct Counter: ZipOutput {
            var count = Int(UInt32.max) - 100
            mutating func append(_ bytes: Data) { count += bytes.count }
            func replace(at offset: Int, with bytes: Data) {}
        }
        var zip = ZipArchive(Counter())
        try zip.begin("sheet.xml")
        try zip.write(Data(count: 50))
        try zip.end()
        try zip.begin("next.xml")
        try zip.write(Data(count: 200))
        #expect(throws: Problem.self) { try zip.end() }
        var late = ZipArchive(Counter(count: Int(UInt32.max) + 1))
        #expect(throws: Problem.self) { try late.add("late.xml", Data()) }
    }

    /// Every record out to one workbook and back into a fresh database: every export the same.
    @Test func exportAllAsAWorkbookReadsBackExactly() {
        let panel = demoRunner()
        #expect(panel("adopter", "update", "AD002", "--name", "=HYPERLINK(\"http://x\",\"Open\")", "--db", "demo.db").code == 0)
        #expect(panel("export", "all", "records.xlsx", "--format", "xlsx", "--db", "demo.db").code == 0)
        #expect(panel("init", "--db", "fresh.db", "--service", "Someone else").code == 0)
        let imported = panel("import", "all", "records.xlsx", "--db", "fresh.db")
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.hasPrefix("records.xlsx[service]: 0 added, 1 updated, 0 unchanged\n"))
        for kind in ["service", "panels", "members", "meetings", "attendance", "items", "item-moves", "item-absences", "adopters", "children", "carers"] {
            #expect(panel("export", kind, "--db", "fresh.db").out == panel("export", kind, "--db", "demo.db").out, "\(kind)")
        }
        panel.write("not.xlsx", "plain text")
        #expect(panel("import", "all", "not.xlsx", "--db", "fresh.db").code == 65)
    }
}
