import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Trimmed of spaces as `CharacterSet.whitespaces` has them, through Foundation only
    /// when an end is a space, a tab or beyond ASCII: Foundation trims through NSString, and
    /// reading the rules and bank holidays at start-up spent a third of its time there.
    func trimmingWhitespace() -> String {
        if hasPlainEnds(utf8.first, utf8.last) { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}

/// Whether a text whose first and last bytes these are (nil for none) has nothing to trim:
/// both ASCII, neither a space nor a tab. Nearly every line and field is such a text.
@usableFromInline
func hasPlainEnds(_ first: UInt8?, _ last: UInt8?) -> Bool {
    func plain(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? true }
    return plain(first) && plain(last)
}
