import Testing

@testable import PanelDocuments

struct CSVReaderTests {
    @Test func readsQuotedFieldsAndKeepsTheLineEachRecordStartsOn() throws {
        let text = "\u{FEFF}id,name,venue\r\nM1,\"Harrow, Alex\",\"Room \"\"A\"\"\"\r\nM2,\"Two\nlines\",\r\n\r\nM3,,x"
        let records = try CSVReader.read(text)
        #expect(records == [
            .init(line: 1, fields: ["id", "name", "venue"]),
            .init(line: 2, fields: ["M1", "Harrow, Alex", "Room \"A\""]),
            .init(line: 3, fields: ["M2", "Two\nlines", ""]),
            .init(line: 6, fields: ["M3", "", "x"]),
        ])
    }

    @Test func roundTripsWhatTheWriterWrites() throws {
        let fields = ["plain", "with, comma", "with \"quotes\"", "two\r\nlines", "", "Zoë"]
        #expect(try CSVReader.read(CSVWriter.line(fields)) == [.init(line: 1, fields: fields)])
    }

    @Test(arguments: [
        ("a,\"b\nc", 1, "a quoted field is never closed"),
        ("a,b\nc,d\"e", 2, "a quote inside an unquoted field; quote the whole field and double the quote"),
        ("a,\"b\"c", 1, "a closing quote must end the field; to put a quote inside a quoted field, double it"),
    ])
    func syntaxErrorsNameTheLine(text: String, line: Int, message: String) {
        #expect(throws: CSVReader.SyntaxError(line: line, message: message)) { try CSVReader.read(text) }
    }
}
