import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Trimmed of spaces as `CharacterSet.whitespaces` has them, through Foundation only
    /// when an end is a space, a tab or beyond ASCII: Foundation trims through NSString, and
    /// reading the rules and bank holidays at start-up spent a third of its time there.
    func trimmingWhitespace() -> String {
        func plain(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? true }
        if plain(utf8.first) && plain(utf8.last) { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
