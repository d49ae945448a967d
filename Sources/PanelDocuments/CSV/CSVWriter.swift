import Foundation

/// Writes CSV as RFC 4180 asks and Excel reads cleanly: CRLF line ends, fields quoted when
/// they hold a comma, quote or line break, quotes doubled.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        var text = ""
        append(fields, to: &text)
        return text
    }

    /// Appends one line to `text` in place.
    public static func append(_ fields: [String], to text: inout String) {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one line's UTF-8 to `bytes` in place: a listing of three million rows builds
    /// no string per field or line (appending to a String, field by field, was a fifth of
    /// a CSV listing's time).
    public static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            let quoted = needsQuotes(field)
            if quoted { bytes.append(UInt8(ascii: "\"")) }
            if isFormulaLike(field) { bytes.append(UInt8(ascii: "'")) }
            if quoted {
                for byte in field.utf8 {
                    bytes.append(byte)
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: field.utf8)
            }
        }
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    /// A text that a spreadsheet would run as a formula: it starts with `= + - @`, a tab or a
    /// carriage return (OWASP's list), and is not a plain number (`-2` stays a number); or it
    /// is such a text already behind one `'`, so that reading back is exact.
    /// Written with a `'` before it, which spreadsheets show as text, and `unneutralised`
    /// takes it away again.
    public static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return Double(text) == nil
        case UInt8(ascii: "'"): return isFormulaLike(String(text.dropFirst()))
        default: return false
        }
    }

    /// A field as it was before `append` neutralised it.
    public static func unneutralised(_ field: String) -> String {
        field.utf8.first == UInt8(ascii: "'") && isFormulaLike(String(field.dropFirst())) ? String(field.dropFirst()) : field
    }

    /// The byte-order mark that files for people begin with, so Excel and LibreOffice read
    /// them as UTF-8 when double-clicked (standard output goes without, for pipes).
    public static let byteOrderMark = "\u{FEFF}"

    // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    private static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}

/// CSV lines gathered into pieces of about 64 KB, for a long file written piece by piece:
/// `append` hands back a piece once one is full, `rest` what is left at the end.
public struct CSVPieces {
    private var bytes: [UInt8] = []

    public init(header: [String]) { CSVWriter.append(header, to: &bytes) }

    public mutating func append(_ fields: [String]) -> String? {
        CSVWriter.append(fields, to: &bytes)
        guard bytes.count >= 1 << 16 else { return nil }
        defer { bytes.removeAll(keepingCapacity: true) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var rest: String { String(decoding: bytes, as: UTF8.self) }
}
