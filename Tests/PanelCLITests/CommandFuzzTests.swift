import Foundation
import Testing

@testable import PanelCLI

/// A seeded random walk over every command, each with some of its options and arguments
/// given extreme or malformed values: days at the ends of the calendar and past them, the
/// largest integers, years that are not years, empty text, NUL, very long text, paths that
/// are pipes, links, folders or missing. Every command line must end with one of the
/// documented exit codes: a crash (a signal) ends the test run, and every value is bounded,
/// so none can hang.
struct CommandFuzzTests {
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

    /// Each command is tried this many times, with fresh choices each time.
    static let rounds = 24

    static let days = ["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "2024-02-29", "2023-02-29",
                       "31/12/2199", "2024-13-45", "today", "yesterday", "", "\u{0}", "2025-03-31", "2024-04-08", String(repeating: "9", count: 40)]
    static let numbers = ["0", "1", "-1", "5", "260", "261", "-80001", "9223372036854775807", "-9223372036854775808", "99999999999", "abc", "", "1e9", "\u{0}"]
    static let years = ["9999/00", "0000/01", "2024/25", "2023/24", "1899/00", "2198/99", "2199/00", "abcd/ef", "", "2024/2025"]
    static let times = ["25:00", "09:30", "", "9.30", "23:59", "-1:00"]
    static let texts = ["", "x", String(repeating: "Long name ", count: 30), String(repeating: "y", count: 20_000), "Jane\u{0}Doe", "=HYPERLINK(\"x\")",
                        "I0001", "F250409", "fostering", "adoption", "M01", "AD001", "CH001", "FC-1042", "../../etc/passwd", "Zoë Ó Súilleabháin ✓", "a,b;c\nd"]
    static let paths = ["out.txt", "pipe", "link", "missing/x.csv", "afolder", "afolder/", "demo.db", "demo.db-wal", "", "bad.csv", "data.json",
                        "copy.db", "tables/", "t/own.txt.mustache"]

    static func value(for declaration: Declaration, _ random: inout SplitMix64) -> String {
        let pool: [String]
        switch declaration.placeholder {
        case "DAY", "FROM", "TO": pool = days
        case "N", "DAYS", "YYYY": pool = numbers
        case "YYYY/YY": pool = years
        case "HH:MM": pool = times
        case "PATH", "FILE", "DIR", "FILE|DIR", "TEMPLATE": pool = paths
        case "ID", "MEETING", "MEMBER", "ITEM", "RULE-ID", "REF", "KIND:ID": pool = texts + ["D3", "D12", "item:I0001", "adopter:", ":", "fostering-2024-04-08"]
        case "LIST": pool = ["overdue,due", "item,adopter", "scorecard,nothing", "met", "", ",", "bogus"]
        case "YES-NO": pool = ["yes", "no", "maybe", ""]
        default: pool = texts + ["approve", "agreed", "held", "cancelled", "present", "none", "csv", "json", "md", "html", "txt", "table", "waiting", "fostering"]
        }
        return pool.randomElement(using: &random)!
    }

    @Test func everyCommandLineEndsWithADocumentedExitCode() throws {
        let panel = demoRunner()
        panel.environment["PANEL_DB"] = "demo.db"
        #expect(panel("backup", "copy.db").code == 0)
        #expect(mkfifo(panel.folder + "/pipe", 0o600) == 0)
        panel.write("target.txt", "not to be written through a link\n")
        #expect(symlink(panel.folder + "/target.txt", panel.folder + "/link") == 0)
        try FileManager.default.createDirectory(atPath: panel.folder + "/afolder", withIntermediateDirectories: true)
        panel.write("bad.csv", "id,name\n\"unclosed,\n")
        panel.write("data.json", "{\"service\": \"x\"}")
        panel.write("t/own.txt.mustache", "{{service}} {{#items}}{{/items}}")

        let commands = CommandTreeTests.commands().filter { !CommandParser.isGroup($0.type) && $0.path != ["demo"] }
        var random = SplitMix64(state: 0x5EED_1DEA)
        let allowed: Set<Int32> = [0, 1, 64, 65, 66, 74, 75]
        var tried = 0
        var codes: [Int32: Int] = [:]
        let started = Date()
        for round in 0..<Self.rounds {
            for (type, path) in commands {
                let declared = declarations(of: type.init())
                var line = path
                for declaration in declared where declaration.kind == .argument {
                    if round > 0 && Int.random(in: 0..<10, using: &random) == 0 { continue }
                    line.append(Self.value(for: declaration, &random))
                }
                for declaration in declared where declaration.kind != .argument && Int.random(in: 0..<3, using: &random) == 0 {
                    // The database stays the demo's mostly, so that commands get past opening it.
                    if declaration.name == "db" && Int.random(in: 0..<4, using: &random) > 0 { continue }
                    line.append("--" + declaration.name!)
                    if declaration.kind == .option { line.append(Self.value(for: declaration, &random)) }
                }
                let result = panel.run(line)
                tried += 1
                codes[result.code, default: 0] += 1
                #expect(allowed.contains(result.code), "\(line.map { $0.prefix(40) }): exit \(result.code): \(result.err.prefix(300))")
                #expect(result.code == 0 || result.code == 1 || result.err.contains("error: "), "\(line.map { $0.prefix(40) }) gave no error")
            }
        }
        // What the fixture's files still are: nothing was written through the link or the pipe.
        var status = stat()
        #expect(lstat(panel.folder + "/pipe", &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        #expect(try String(contentsOfFile: panel.folder + "/target.txt", encoding: .utf8) == "not to be written through a link\n")
        print("Command fuzz: \(tried) command lines over \(commands.count) commands in \(Int(Date().timeIntervalSince(started))) s; exit codes "
              + codes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))
        #expect(tried == commands.count * Self.rounds)
    }
}
