@testable import PanelDocuments

/// The first CSV reader, one Unicode scalar at a time: slow but plain, kept as the oracle
/// the byte-wise `CSVReader` must agree with on every fuzzed input.
enum ReferenceCSVReader {
    static func read(_ text: String) throws(CSVReader.SyntaxError) -> [CSVReader.Record] {
        var records: [CSVReader.Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0

        func endRecord() {
            fields.append(field)
            // A blank line is no record (Excel leaves one at the end).
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(CSVReader.Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count && scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                        if index < scalars.count && !["," as Unicode.Scalar, "\r", "\n"].contains(scalars[index]) {
                            throw CSVReader.SyntaxError(line: line, message: "a closing quote must end the field; to put a quote inside a quoted field, double it")
                        }
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\"":
                guard field.isEmpty else {
                    throw CSVReader.SyntaxError(line: line, message: "a quote inside an unquoted field; quote the whole field and double the quote")
                }
                inQuotes = true
                fieldWasQuoted = true
            case "\r":
                if index < scalars.count && scalars[index] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw CSVReader.SyntaxError(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
