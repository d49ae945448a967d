import Foundation

/// Fields as text: how a CSV cell or an option's value is read into a field's value, with a
/// message saying what was expected when it cannot be, and how a value is written back.
extension FieldKind {
    /// Reads `text`, already trimmed and not empty. Messages name what was expected and
    /// quote the value only where it is a mistyped day, time, number or code, never where
    /// it may be free text such as a name.
    public func parse(_ text: String) -> Result<FieldValue, FieldTextError> {
        switch self {
        case .identifier:
            guard text.utf8.allSatisfy(Self.isIdentifierByte) else {
                return .failure(.init("is not an id; use letters, digits, '-', '_' and '.'"))
            }
            return .success(.text(text))
        case .text:
            return .success(.text(text))
        case .day:
            guard let day = Day(parsing: text) else { return .failure(.init(Self.quoted(text, if: Self.dayCharacters) + "is not a day; write YYYY-MM-DD")) }
            guard Day.accepted.contains(day) else { return .failure(.init("'\(text)' \(Day.outsideAccepted)")) }
            return .success(.day(day))
        case .time:
            guard let time = TimeOfDay(parsing: text) else { return .failure(.init(Self.quoted(text, if: "0123456789:.") + "is not a time; write HH:MM on the 24-hour clock")) }
            return .success(.time(time))
        case .number(let range):
            guard let number = Int(text) else { return .failure(.init(Self.quoted(text, if: "0123456789+-.,") + "is not a whole number")) }
            guard range.contains(number) else { return .failure(.init(Self.describe(range))) }
            return .success(.number(number))
        case .yesNo:
            switch text.lowercased() {
            case "yes", "y", "true": return .success(.flag(true))
            case "no", "n", "false": return .success(.flag(false))
            default: return .failure(.init("is not yes or no"))
            }
        case .choice(let choices):
            guard choices.contains(text) else { return .failure(.init(Self.quoted(text, if: Self.codeCharacters) + "is not one of \(choices.joined(separator: ", "))")) }
            return .success(.text(text))
        case .days, .dayList:
            var days: [Day?] = []
            for part in text.split(separator: ";", omittingEmptySubsequences: false) {
                let piece = part.trimmingCharacters(in: .whitespaces)
                if piece.isEmpty {
                    guard self == .dayList else { return .failure(.init("has an empty place between ';'s")) }
                    days.append(nil)
                    continue
                }
                guard let day = Day(parsing: piece) else {
                    return .failure(.init(Self.quoted(piece, if: Self.dayCharacters) + "is not a day; write YYYY-MM-DD, several separated by ';'"))
                }
                guard Day.accepted.contains(day) else { return .failure(.init("'\(piece)' \(Day.outsideAccepted)")) }
                days.append(day)
            }
            return .success(.days(days))
        case .list:
            // Places are kept, blank ones too, so that lists can line up.
            return .success(.texts(text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }))
        }
    }

    /// The value as a CSV cell or option value: days ISO, flags yes or no, lists `;`-separated.
    public func text(of value: FieldValue) -> String {
        switch value {
        case .none: ""
        case .text(let text): text
        case .day(let day): day.iso
        case .time(let time): time.description
        case .number(let number): String(number)
        case .flag(let flag): flag ? "yes" : "no"
        case .days(let days): days.map { $0?.iso ?? "" }.joined(separator: ";")
        case .texts(let texts): texts.joined(separator: ";")
        }
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }

    /// `'text' `, when the text is short and made only of `characters`: a mistyped day or
    /// code, quoted so the user can find it. Anything else (a name pasted into the wrong
    /// column, say) is not repeated, since messages end up in logs and it may be a child's.
    public static func quoted(_ text: String, if characters: String) -> String {
        text.count <= 24 && text.allSatisfy(characters.contains) ? "'\(text)' " : ""
    }

    public static let dayCharacters = "0123456789-/"
    public static let idCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:"

    /// `'F0408'` for text that could be an id (short, letters, digits and `-_./:`), else
    /// `fallback`: what a user typed where an id belongs may be a name.
    public static func id(_ text: String, or fallback: String) -> String {
        !text.isEmpty && text.count <= 64 && text.allSatisfy(idCharacters.contains) ? "'\(text)'" : fallback
    }
    public static let codeCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-"

    /// "must be 1 or more", "must be from 0 to 20".
    public static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "must be \(range.lowerBound) or more" }
        return "must be a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
}

/// Why a field's text could not be read.
public struct FieldTextError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
