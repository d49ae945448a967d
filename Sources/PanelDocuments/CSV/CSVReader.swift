/// Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; lines
/// end in CRLF or LF; a UTF-8 byte-order mark (as Excel writes) is skipped. Each record keeps
/// the line it starts on, so errors can point at it.
public enum CSVReader {
    public struct Record: Equatable, Sendable {
        public let line: Int
        public let fields: [String]
    }

    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func read(_ text: String) throws(SyntaxError) -> [Record] {
        var records: [Record] = []
        try forEach(text) { records.append($0) }
        return records
    }

    /// Hands each record to `body` as it is read, none of them held: an import of 300,000
    /// items decodes each row as it comes, rather than holding every row's fields first.
    /// A syntax error is thrown when it is reached, after the records before it.
    public static func forEach(_ text: String, _ body: (Record) -> Void) throws(SyntaxError) {
        var text = text
        if let error = text.withUTF8({ read(bytes: $0, body) }) { throw error }
    }

    // Works on UTF-8 bytes and makes one string a field: every byte with a meaning here is
    // ASCII, so it never falls inside a multi-byte character, and an import of 300,000
    // rows spends its time on the rows, not on reading them.
    static func read(bytes: UnsafeBufferPointer<UInt8>, _ body: (Record) -> Void) -> SyntaxError? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while index < bytes.count {
            let recordLine = line
            var fields: [String] = []
            var lastWasQuoted = false
            fieldLoop: while true {
                if index < bytes.count && bytes[index] == quote {
                    index += 1
                    var field: [UInt8] = []
                    var closed = false
                    while index < bytes.count {
                        let byte = bytes[index]
                        index += 1
                        if byte == quote {
                            guard index < bytes.count && bytes[index] == quote else {
                                closed = true
                                break
                            }
                            index += 1
                        } else if byte == lf {
                            line += 1
                        }
                        field.append(byte)
                    }
                    guard closed else { return SyntaxError(line: recordLine, message: "a quoted field is never closed") }
                    if index < bytes.count && ![comma, cr, lf].contains(bytes[index]) {
                        return SyntaxError(line: line, message: "a closing quote must end the field; to put a quote inside a quoted field, double it")
                    }
                    fields.append(String(decoding: field, as: UTF8.self))
                    lastWasQuoted = true
                } else {
                    let start = index
                    while index < bytes.count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                        if bytes[index] == quote {
                            return SyntaxError(line: line, message: "a quote inside an unquoted field; quote the whole field and double the quote")
                        }
                        index += 1
                    }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    lastWasQuoted = false
                }
                guard index < bytes.count else { break fieldLoop }
                let delimiter = bytes[index]
                index += 1
                switch delimiter {
                case comma: continue fieldLoop
                case cr where index < bytes.count && bytes[index] == lf: index += 1
                default: break
                }
                line += 1
                break fieldLoop
            }
            // A blank line is no record (Excel leaves one at the end).
            if !(fields.count == 1 && fields[0].isEmpty && !lastWasQuoted) {
                body(Record(line: recordLine, fields: fields))
            }
        }
        return nil
    }
}
