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
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            if needsQuotes(field) {
                text += "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                text += field
            }
        }
        text += "\r\n"
    }

    // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    private static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}
