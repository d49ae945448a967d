import Testing

@testable import PanelDomain

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Seeded random inputs for the date parser and the rules-file loader: a value or a clear
/// error, never a crash, on every one.
struct DomainFuzzTests {
    @Test func dayParsingAcceptsOnlyRealDaysAndRoundTrips() {
        var random = SplitMix64(state: 3)
        let alphabet = ["0", "1", "2", "3", "9", "-", "/", " ", "+", "a", "٣", "29", "02", "2024", "31", "00"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            guard let day = Day(parsing: text) else { continue }
            #expect(Day(parsing: day.iso) == day, "\(text)")
            #expect(Day(year: day.year, month: day.month, day: day.day) == day, "\(text)")
            #expect((1...12).contains(day.month) && day.day >= 1 && day.day <= Day.length(ofMonth: day.month, year: day.year), "\(text)")
        }
    }

    @Test func aMangledRulesFileLoadsOrNamesItsLine() throws {
        let shipped = try String(contentsOfFile: shippedRulesPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var random = SplitMix64(state: 4)
        let junk = ["[", "]", "=", "amount = -3", "unit = fortnights", "from = nowhere", "[D1]", "", "applies = ", "enabled = perhaps", "\u{0}", "amount = 99999999999999999999"]
        for _ in 0..<1500 {
            var lines = shipped
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<lines.count, using: &random)
                switch Int.random(in: 0...2, using: &random) {
                case 0: lines[index] = junk.randomElement(using: &random)!
                case 1: lines.insert(junk.randomElement(using: &random)!, at: index)
                default: lines[index] = String(lines[index].shuffled(using: &random))
                }
            }
            let text = lines.joined(separator: "\n")
            do {
                _ = try RuleBook.load(shipped: try SettingsFile.parse(text, file: "rules.ini"))
            } catch {
                #expect(error.file == "rules.ini" && (error.line ?? 0) >= 1 && (error.line ?? 0) <= lines.count && !error.message.isEmpty, "\(error)")
            }
        }
    }
}
