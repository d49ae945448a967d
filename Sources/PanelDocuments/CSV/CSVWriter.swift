import Foundation

/// Writes CSV as RFC 4180 asks and Excel reads cleanly: CRLF line ends, fields quoted when
/// they hold a comma, quote or line break, quotes doubled.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        var text = ""
        append(fields, to: &text)
        return text
    }

    /// Appends one line to `text` in place: a listing of three million rows builds no
    /// string per field or line.
    public static func append(_ fields: [String], to text: inout String) {
        for (index, raw) in fields.enumerated() {
            if index > 0 { text += "," }
            let field = isFormulaLike(raw) ? "'" + raw : raw
            if needsQuotes(field) {
                text += "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                text += field
            }
        }
        text += "\r\n"
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
        field.hasPrefix("'") && isFormulaLike(String(field.dropFirst())) ? String(field.dropFirst()) : field
    }

    /// The byte-order mark that files for people begin with, so Excel and LibreOffice read
    /// them as UTF-8 when double-clicked (standard output goes without, for pipes).
    public static let byteOrderMark = "\u{FEFF}"

    // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    private static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}
