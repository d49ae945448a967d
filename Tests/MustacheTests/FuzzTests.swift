import Mustache
import PanelDocuments
import Testing

/// A small seeded generator, so that a failing input can be found again from the seed.
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

/// Random text built mostly from the characters a format gives meaning to.
func hostileText(_ random: inout SplitMix64, alphabet: [String], maximumLength: Int) -> String {
    let length = Int.random(in: 0...maximumLength, using: &random)
    return (0..<length).map { _ in alphabet.randomElement(using: &random)! }.joined()
}

/// Seeded random inputs, a few thousand per parser: each must finish with a value or its
/// own located error, never a crash or a hang. CI runs the same seeds every time.
struct FuzzTests {
    static let iterations = 3000

    /// And the same records or error as the plain reference reader.
    @Test func csvReaderGivesRecordsOrALocatedError() {
        var random = SplitMix64(state: 1)
        let alphabet = ["a", "1", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "é", "\u{0}", "\u{FEFF}", ";"]
        for _ in 0..<Self.iterations {
            let text = hostileText(&random, alphabet: alphabet, maximumLength: 80)
            let lines = text.utf8.filter { $0 == 10 || $0 == 13 }.count + 1
            let expected = Result { () throws(CSVReader.SyntaxError) in try ReferenceCSVReader.read(text) }
            do {
                let records = try CSVReader.read(text)
                #expect(records.allSatisfy { $0.line >= 1 && $0.line <= lines }, "\(text.debugDescription)")
                #expect(expected == .success(records), "\(text.debugDescription)")
            } catch {
                #expect(error.line >= 1 && error.line <= lines && !error.message.isEmpty, "\(text.debugDescription)")
                #expect(expected == .failure(error), "\(text.debugDescription)")
            }
        }
    }

    @Test func mustacheParsesOrReportsWhereItStopped() {
        var random = SplitMix64(state: 2)
        let alphabet = ["{{", "}}", "{{{", "}}}", "#", "^", "/", "!", ">", "&", "=", "<% %>", " ", "\n", "a", "b.c", ".", "{", "}", "|"]
        let data = DataValue.object([("a", .list([.object([("b", .string("<x>"))])])), ("b", .object([("c", .bool(true))]))])
        for _ in 0..<Self.iterations {
            let source = hostileText(&random, alphabet: alphabet, maximumLength: 40)
            do {
                let template = try Template(source, path: "fuzz")
                _ = try? template.render(data, options: .init(strict: true, partials: { _ in "{{a}}" }))
                _ = try template.render(data)
            } catch {
                #expect(error.line >= 1 && error.path == "fuzz", "\(source.debugDescription)")
            }
        }
    }
}
