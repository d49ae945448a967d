import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@testable import PanelCLI

/// A held meeting with two decided items (one a qualifying determination), attendance with
/// an adviser and a minute taker, and a `<script>` in a case reference to show escaping.
func documentRunner() -> PanelRunner {
    let panel = agendaRunner()
    panel.today = day("2024-03-01")
    for command in [
        ["member", "add", "M07", "--name", "Gwen Holt", "--category", "minute-taker", "--joined-on", "2020-01-01"],
        ["member", "add", "M08", "--name", "Hal Ingram", "--category", "independent-member", "--panels", "fostering", "--role", "member",
         "--independent", "yes", "--joined-on", "2021-01-01"],
        ["member", "add", "M09", "--name", "Ivo Jessop", "--category", "foster-carer", "--panels", "fostering", "--role", "member",
         "--independent", "no", "--joined-on", "2022-01-01"],
        ["item", "add", "I1", "--meeting-id", "F0311", "--type", "skills-to-foster-assessment", "--case-ref", "FC-1042",
         "--subject", "Household Aster", "--presenting-worker", "Rowan Example", "--order", "1", "--slot", "10:30", "--applicants-attending", "yes",
         "--addressee", "Sam and Alex Aster", "--address", "1 Example Road; Northvale; NV1 2AB"],
        ["item", "add", "I2", "--meeting-id", "F0311", "--type", "periodic-review", "--case-ref", "<script>FC-7</script>",
         "--presenting-worker", "Sam Quill", "--order", "2", "--slot", "11:15", "--confidential", "yes",
         "--addressee", "Robin Example", "--address", "Flat 2, 3 Sample Street; Northvale; NV2 3CD"],
    ] {
        precondition(panel.run(command).code == 0, "\(command)")
    }
    for member in ["M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09"] {
        precondition(panel("meeting", "attendance", "F0311", member, "--expected", "yes").code == 0)
    }
    panel.today = day("2024-03-08")
    precondition(panel("item", "update", "I1", "--papers-sent-on", "2024-03-04").code == 0)
    precondition(panel("item", "update", "I2", "--papers-sent-on", "2024-03-01").code == 0)
    panel.today = day("2024-03-11")
    // The chair sends apologies: the vice chair (M02, not independent) chairs, so an
    // independent member must be there (M04, M08); M05 declares an interest in I2 and leaves
    // five members for it (M02, M03, M04, M08, M09; M06 advises and M07 takes the minutes).
    for member in ["M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09"] {
        precondition(panel("meeting", "attendance", "F0311", member, "--attended", "present").code == 0)
    }
    let absence = panel("item", "absence", "I2", "M05", "--reason", "interest")
    precondition(absence.code == 0, absence.err)
    precondition(panel("meeting", "attendance", "F0311", "M01", "--attended", "apologies").code == 0)
    precondition(panel("item", "recommend", "I1", "--recommendation", "approve", "--terms-children", "2", "--terms-age-range", "0-10",
                       "--reasons", "A thorough assessment; the household's support network is strong.").code == 0)
    precondition(panel("item", "recommend", "I2", "--recommendation", "change-terms", "--terms", "respite only",
                       "--reasons", "Health needs limit full-time care.", "--minority-view", "One member favoured continuing approval.").code == 0)
    panel.today = day("2024-03-25")
    precondition(panel("item", "update", "I1", "--draft-minutes-on", "2024-03-13", "--final-minutes-on", "2024-03-15").code == 0)
    precondition(panel("item", "update", "I2", "--draft-minutes-on", "2024-03-13", "--final-minutes-on", "2024-03-15").code == 0)
    precondition(panel("item", "decide", "I1", "--decision", "agreed", "--on", "2024-03-20", "--received-on", "2024-03-15", "--adm", "Morgan Reed, Head of Service").code == 0)
    precondition(panel("item", "decide", "I2", "--decision", "agreed", "--on", "2024-03-22", "--received-on", "2024-03-15", "--adm", "Morgan Reed, Head of Service").code == 0)
    return panel
}

struct DocumentTests {
    @Test(arguments: ["txt", "md", "html", "json"])
    func everyDocumentInEveryFormat(format: String) throws {
        let panel = documentRunner()
        for (document, arguments) in [("agenda", ["meeting", "agenda", "F0311"]), ("agenda-redacted", ["meeting", "agenda", "F0311", "--redact"]),
                                      ("minutes", ["meeting", "minutes", "F0311"]), ("letter-approve", ["item", "letter", "I1", "--date", "2024-03-25"]),
                                      ("letter-qualifying", ["item", "letter", "I2", "--date", "2024-03-25"])] {
            let result = panel.run(arguments + ["--format", format])
            #expect(result.code == 0, "\(document): \(result.err)")
            try matchesGolden(result.out, "\(document).\(format)")
        }
    }

    /// A subject with a `|`, a line break and a `<script>` stays in its Markdown table cell
    /// and is shown as text; the plain text keeps it as it is.
    @Test func markdownKeepsEveryValueInsideItsCell() {
        let panel = documentRunner()
        #expect(panel("item", "update", "I1", "--subject", "A | B\nC <script>x</script> *bold* [link](y) & é").code == 0)
        let md = panel("meeting", "agenda", "F0311", "--format", "md").out
        let row = md.split(separator: "\n").first { $0.hasPrefix("| 4 |") }.map(String.init) ?? ""
        #expect(row == "| 4 | 10:30 | Skills to Foster assessment | FC-1042 (A \\| B C &lt;script&gt;x&lt;/script&gt; \\*bold\\* \\[link\\](y) &amp; é) | Rowan Example | Yes |")
        #expect(!md.contains("<script>"))
        #expect(panel("meeting", "agenda", "F0311").out.contains("Case reference: FC-1042 (A | B\nC <script>x</script> *bold* [link](y) & é)"))
    }

    /// A letter is dated the day it is sent: `--date` records the written notice, a reprint
    /// keeps that date, and one with no address is refused, naming the field.
    @Test func aLetterIsDatedWhenSentAndGoesToAnAddress() {
        let panel = documentRunner()
        #expect(panel("item", "letter", "I1").err.hasPrefix("error: --date: a letter is dated the day it is sent: give --date DAY"))
        #expect(panel("item", "letter", "I1", "--date", "2024-03-25").code == 0)
        #expect(panel("item", "show", "I1").out.contains("written_notified_on   2024-03-25\n"))
        panel.today = day("2025-11-20")
        // Printed again 20 months on, the letter still says 25 March 2024 and its own deadline.
        #expect(panel("item", "letter", "I1").out.contains("\nMonday 25 March 2024\n"))
        #expect(panel("item", "letter", "I1", "--date", "2025-11-20").err.hasPrefix("error: --date: the written decision was recorded as sent on 2024-03-25"))
        #expect(panel("item", "update", "I2", "--address", "").code == 0)
        #expect(panel("item", "letter", "I2", "--date", "2024-03-25") == PanelResult(out: "", err: """
            error: ITEM: the letter has no address: record it with 'panel item update I2 --address "LINE; LINE; POSTCODE"' (or on the adopter's or household's record)

            """, code: 65))
        #expect(panel("item", "show", "I2").out.contains("\nwritten_notified_on\n"))
        // A file copy: initials, no address.
        #expect(panel("item", "letter", "I1", "--redact").out.hasPrefix("Northvale Fostering Service\nPRIVATE AND CONFIDENTIAL\n\nS.a.A.A.\n\nMonday 25 March 2024\n"))
    }

    /// An ADM who does not agree: what they decided, and their reasons, in the family's words;
    /// an adoption letter counts 40 working days beginning with its date (AAR 2005 reg
    /// 30B(5)(c)): sent Friday 28 April 2023, 1, 8 and 29 May bank holidays, the last day is
    /// Tuesday 27 June 2023.
    @Test func anAdoptionLetterWhenTheADMDoesNotAgree() {
        let panel = PanelRunner()
        panel.today = day("2023-04-28")
        #expect(panel("init", "--service", "Northvale Adoption").code == 0)
        #expect(panel("panel", "add", "adoption", "--name", "Adoption Panel", "--kind", "adoption", "--start-time", "13:30").code == 0)
        panel.write("members.csv", """
            id,name,category,panels,role,independent,qualified_on,joined_on
            A1,Ann One,independent-member,adoption,chair,yes,,2020-01-01
            A2,Ben Two,social-worker,adoption,vice-chair,no,2010-01-01,2020-01-01
            A3,Cat Three,adopter,adoption,member,yes,,2020-01-01
            A4,Dan Four,health,adoption,member,no,,2020-01-01
            A5,Eve Five,education,adoption,member,no,,2020-01-01

            """)
        #expect(panel("import", "members", "members.csv").code == 0)
        #expect(panel("meeting", "add", "A1", "--panel", "adoption", "--date", "2023-04-20").code == 0)
        #expect(panel("item", "add", "P1", "--meeting-id", "A1", "--type", "adopter-approval", "--case-ref", "AD-7",
                      "--addressee", "Kim Sample", "--address", "4 Test Lane;Northvale;NV4 5EF").code == 0)
        for member in ["A1", "A2", "A3", "A4", "A5"] { #expect(panel("meeting", "attendance", "A1", member, "--attended", "present").code == 0) }
        #expect(panel("item", "recommend", "P1", "--recommendation", "approve").code == 0)
        #expect(panel("item", "update", "P1", "--final-minutes-on", "2023-04-24").code == 0)
        #expect(panel("item", "decide", "P1", "--decision", "not-agreed", "--outcome", "not-approve", "--received-on", "2023-04-24", "--on", "2023-04-27",
                      "--reasons", "The references raise concerns the assessment did not address.").code == 0)
        let letter = panel("item", "letter", "P1", "--date", "2023-04-28").out
        #expect(letter.contains("\nYour application to adopt\n"))
        #expect(letter.contains("and did not agree with it. On Thursday 27 April 2023 the agency decision maker proposed not to approve your application.\n"))
        #expect(letter.contains("The agency decision maker's reasons: The references raise concerns the assessment did not address.\n"))
        #expect(letter.contains("within 40 working days beginning with the date of this letter (by Tuesday 27 June 2023)"))
    }

    /// The agenda names the contact officer and carries the service's marking
    /// (`[papers]` in local/panels.ini); the administrator's note is on their copy only; the
    /// next meeting's agenda gives the previous one.
    @Test func theAgendaHasItsContactMarkingAndPreviousPanel() {
        let panel = documentRunner()
        panel.write("local/panels.ini", "[papers]\ncontact-name = Jo Officer\ncontact-telephone = 01234 567890\ncontact-email = panel@example.org\nmarking = OFFICIAL-SENSITIVE\n")
        let members = panel("meeting", "agenda", "F0311").out
        #expect(members.hasPrefix("Northvale Fostering Service\nFostering Panel: AGENDA\nOFFICIAL-SENSITIVE\n"))
        #expect(members.contains("\nContact: Jo Officer, 01234 567890, panel@example.org\n"))
        #expect(!members.contains("Administrator's note"))
        #expect(panel("meeting", "agenda", "F0311", "--admin").out.contains("\nAdministrator's note: papers sent to members: Monday 4 March 2024\n"))
        #expect(panel("meeting", "agenda", "F0325").out.contains("\nPrevious panel: Monday 11 March 2024\n"))
        // A panel held online: its link, and when it ends.
        #expect(panel("meeting", "update", "F0325", "--end-time", "13:00", "--link", "https://meet.example.org/panel-0325").code == 0)
        #expect(panel("meeting", "agenda", "F0325").out.contains("Time:   10:00 to 13:00\nVenue:  Northvale Town Hall\nJoin:   https://meet.example.org/panel-0325\n"))
        #expect(panel("meeting", "agenda", "F0311", "--format", "html").out.contains("@bottom-left { content: \"OFFICIAL-SENSITIVE\";"))
    }

    @Test func htmlEscapesEveryDataValue() {
        let html = documentRunner()("meeting", "agenda", "F0311", "--format", "html").out
        #expect(html.contains("&lt;script&gt;FC-7&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
    }

    @Test func aServiceTemplateReplacesTheShippedOneAndATypoIsLocated() {
        let panel = documentRunner()
        panel.write("own/agenda.txt.mustache", "{{panel.name}} on {{meeting.day}}\n{{#items}}{{number}}. {{case_ref}}\n{{/items}}")
        #expect(panel("meeting", "agenda", "F0311", "--templates", "own").out == "Fostering Panel on Monday 11 March 2024\n4. FC-1042\n5. <script>FC-7</script>\n")
        panel.write("own/agenda.txt.mustache", "{{panel.name}}\n\n  {{meeting.dya}}\n")
        #expect(panel("meeting", "agenda", "F0311", "--templates", "own") == PanelResult(
            out: "", err: "error: \(panel.folder)/own/agenda.txt.mustache:3:3: no value named 'meeting.dya' in the data\n", code: 65))
    }

    @Test func aLetterNeedsADecision() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I9", "--meeting-id", "F0408", "--type", "first-review", "--case-ref", "FC-9").code == 0)
        #expect(panel("item", "letter", "I9") == PanelResult(out: "", err: "error: item I9 has no ADM decision yet; record it with 'panel item decide I9'\n", code: 65))
    }

    @Test func outputFilesArePrivate() throws {
        let panel = documentRunner()
        #expect(panel("meeting", "minutes", "F0311", "--format", "html", "--output", "minutes.html").code == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: panel.folder + "/minutes.html")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func templateRenderTakesAnyTemplateWithJSONData() {
        let panel = PanelRunner()
        panel.write("t/hello.html.mustache", "<p>{{greeting}}, {{#names}}{{.}} {{/names}}{{> sign}}</p>")
        panel.write("t/sign.html.mustache", "({{from}})")
        panel.write("data.json", #"{"greeting": "Hello & welcome", "names": ["Ann", "Bo"], "from": "<panel>"}"#)
        #expect(panel("template", "render", "t/hello.html.mustache", "--data", "data.json", "--strict").out == "<p>Hello &amp; welcome, Ann Bo (&lt;panel&gt;)</p>\n")
        panel.write("bad.json", "{ not json")
        #expect(panel("template", "render", "t/hello.html.mustache", "--data", "bad.json").code == 65)
        panel.write("t/broken.txt.mustache", "line one\n{{#open}}never closed\n")
        #expect(panel("template", "render", "t/broken.txt.mustache", "--data", "data.json").err
            == "error: \(panel.folder)/t/broken.txt.mustache:2:1: section 'open' is never closed; expected {{/open}}\n")
    }

    @Test func templateNamesCannotEscapeTheFolder() {
        let library = PanelDocumentsLibraryProbe.library
        #expect(throws: (any Error).self) { try library.locate("../../etc/passwd", format: .txt) }
    }
}

import PanelDocuments

enum PanelDocumentsLibraryProbe {
    static let library = TemplateLibrary(folders: [repositoryRoot + "/Templates"])
}

/// Word documents: the package is read back by an independent ZIP reader (Python's
/// zipfile, which checks every entry's CRC-32 and sizes), each XML part parses, and the
/// annual report's tables hold the figures of its CSV.
struct WordDocumentTests {
    /// Runs Python's zipfile over `path`: the names of the entries, or the error.
    func zipEntries(_ path: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nbad = z.testzip()\nprint('BAD ' + bad if bad else '\\n'.join(z.namelist()))", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The text of every `w:t` in a part, row by row for table rows (cells joined by tabs).
    final class WordText: NSObject, XMLParserDelegate {
        var rows: [[String]] = []
        var paragraphs: [String] = []
        private var row: [String]?
        private var cell = ""
        private var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "w:tr" { row = [] }
            if name == "w:tc" || name == "w:p" { cell = "" }
            inText = name == "w:t"
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { cell += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:t" { inText = false }
            if name == "w:p" && row == nil { paragraphs.append(cell) }
            if name == "w:tc" { row?.append(cell) }
            if name == "w:tr", let done = row { rows.append(done); row = nil }
        }
    }

    func parts(_ path: String) throws -> [String: Data] {
        // Read back with our own reader of stored entries, once Python has vouched for the file.
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var found: [String: Data] = [:]
        var offset = 0
        func le16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
        func le32(_ at: Int) -> Int { le16(at) | le16(at + 2) << 16 }
        while offset + 30 <= data.count, le32(offset) == 0x0403_4B50 {
            let size = le32(offset + 18), nameLength = le16(offset + 26), extra = le16(offset + 28)
            let name = String(decoding: data[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            let start = offset + 30 + nameLength + extra
            found[name] = data[start..<(start + size)]
            offset = start + size
        }
        return found
    }

    @Test func everyDocumentIsAWordPackageThatParses() throws {
        let panel = documentRunner()
        for (name, arguments) in [("agenda", ["meeting", "agenda", "F0311"]), ("minutes", ["meeting", "minutes", "F0311"]),
                                  ("letter", ["item", "letter", "I2", "--date", "2024-03-25"])] {
            let result = panel.run(arguments + ["--format", "docx", "--output", "\(name).docx"])
            #expect(result.code == 0, "\(name): \(result.err)")
            let entries = try zipEntries(panel.folder + "/\(name).docx")
            #expect(entries == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml",
                                "word/styles.xml", "word/header1.xml", "word/footer1.xml"], "\(name)")
            for (part, bytes) in try parts(panel.folder + "/\(name).docx") {
                let parser = XMLParser(data: bytes)
                #expect(parser.parse(), "\(name) \(part): \(parser.parserError.map(String.init(describing:)) ?? "")")
            }
        }
        let letter = WordText()
        let parser = XMLParser(data: try parts(panel.folder + "/letter.docx")["word/document.xml"]!)
        parser.delegate = letter
        #expect(parser.parse())
        #expect(letter.paragraphs.contains("Dear Robin Example,"))
        #expect(letter.paragraphs.contains("Our reference: <script>FC-7</script>"))
        #expect(String(decoding: try parts(panel.folder + "/letter.docx")["word/footer1.xml"]!, as: UTF8.self).contains("CONFIDENTIAL"))
        // A Word document goes to a file, not a terminal.
        #expect(panel("meeting", "agenda", "F0311", "--format", "docx").code == 64)
    }

    @Test func theAnnualReportTablesHoldTheFiguresOfItsCSV() throws {
        let panel = demoRunner()
        let arguments = ["report", "annual", "--service", "adoption", "--year", "2024/25", "--as-of", "2025-03-31", "--db", "demo.db"]
        #expect(panel.run(arguments + ["--format", "docx", "--output", "report.docx"]).code == 0)
        let document = WordText()
        let parser = XMLParser(data: try parts(panel.folder + "/report.docx")["word/document.xml"]!)
        parser.delegate = document
        #expect(parser.parse())
        // The CSV's rows, less the table id each starts with. Its figures are numbers in
        // columns of their own ("86% (12 of 14)" is 86, 12, 14): each row's label and then
        // every number in it, in order, must be the same in both. Days are ISO in CSV and
        // written out in documents ("Tuesday 1 March 2022"): both stand as DAY.
        let records = try CSVReader.read(panel.run(arguments + ["--format", "csv"]).out)
        // Header rows differ by design ("2024/25 part" columns): compared are the body rows.
        let headers = Set(records.filter { $0.fields.first == "table" }.compactMap { $0.fields.dropFirst().first })
        let csv = records.filter { $0.fields.first != "table" }.map { Array($0.fields.dropFirst()) }
        func isDay(_ cell: String) -> Bool {
            cell.range(of: #"^(\d{4}-\d{2}-\d{2}|[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4})$"#, options: .regularExpression) != nil
        }
        func figures(_ row: [String]) -> [String] {
            guard let label = row.first else { return [] }
            return [isDay(label) ? "DAY" : label] + row.dropFirst().flatMap { cell -> [String] in
                if isDay(cell) { return ["DAY"] }
                let numbers = cell.matches(of: /\d+(\.\d+)?/).map { String($0.output.0) }
                return numbers.isEmpty && !cell.isEmpty && cell != "none" ? [cell] : numbers
            }
        }
        #expect(document.rows.filter { !headers.contains($0.first ?? "") }.map(figures) == csv.map(figures))
        #expect(document.rows.count > 60)
    }

    /// `& < > " '`, a line break and letters beyond ASCII come through every format intact.
    @Test func aValueWithMarkupComesThroughEveryFormat() throws {
        let panel = documentRunner()
        let value = "Tom & Jerry <Ltd> \"quoted\" 'single'\nSecond line: Zoë Øster"
        #expect(panel("item", "update", "I1", "--subject", value).code == 0)
        #expect(panel("meeting", "agenda", "F0311").out.contains(value))
        #expect(panel("meeting", "agenda", "F0311", "--format", "html").out.contains("Tom &amp; Jerry &lt;Ltd&gt; &quot;quoted&quot; &#39;single&#39;\nSecond line: Zoë Øster"))
        #expect(panel("meeting", "agenda", "F0311", "--format", "md").out.contains("Tom &amp; Jerry &lt;Ltd&gt; \"quoted\" 'single' Second line: Zoë Øster"))
        let json = try JSONSerialization.jsonObject(with: Data(panel("meeting", "agenda", "F0311", "--format", "json").out.utf8)) as! [String: Any]
        #expect((json["items"] as! [[String: Any]])[0]["subject"] as? String == value)
        #expect(panel("meeting", "agenda", "F0311", "--format", "docx", "--output", "a.docx").code == 0)
        let document = WordText()
        let parser = XMLParser(data: try parts(panel.folder + "/a.docx")["word/document.xml"]!)
        parser.delegate = document
        #expect(parser.parse())
        #expect(document.rows.contains { $0.contains("FC-1042 (\(value))") })
    }
}
