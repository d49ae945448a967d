import Foundation
import Testing
import PanelDomain

func day(_ text: String) -> Day { Day(parsing: text)! }

@testable import PanelCLI

/// The repository root, where Data/ and Templates/ are.
let repositoryRoot: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}()

/// Compares `text` with the reviewed file `Golden/NAME`; PANEL_UPDATE_GOLDEN=1 rewrites the
/// file instead (then review the difference before committing it).
func matchesGolden(_ text: String, _ name: String) throws {
    let path = repositoryRoot + "/Tests/PanelCLITests/Golden/" + name
    if ProcessInfo.processInfo.environment["PANEL_UPDATE_GOLDEN"] == "1" {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == expected, "\(name) differs from its golden file")
}

/// What one `panel` command printed and returned.
struct PanelResult: Equatable {
    var out: String
    var err: String
    var code: Int32
}

/// Runs `panel` in-process against a scratch folder (holding the database and local/),
/// on a fixed day so that every result is repeatable.
final class PanelRunner {
    let folder: String
    var today = Day(parsing: "2024-03-04")!
    /// The moment the audit trail records for each write.
    var now = "2024-03-04T09:00:00Z"
    var environment: [String: String] = [:]

    init() {
        folder = NSTemporaryDirectory() + "panel-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @discardableResult
    func callAsFunction(_ arguments: String...) -> PanelResult {
        run(arguments)
    }

    func run(_ arguments: [String]) -> PanelResult {
        final class Buffer { var text = "" }
        let out = Buffer(), err = Buffer()
        let now = self.now
        let context = Context(
            environment: environment, today: today, now: { now }, workingDirectory: folder,
            dataDirectory: repositoryRoot + "/Data",
            out: { out.text += $0 }, err: { err.text += $0 })
        let code = PanelTool.run(arguments, context: context)
        return PanelResult(out: out.text, err: err.text, code: code)
    }

    /// Writes a file in the scratch folder, making folders as needed.
    func write(_ relativePath: String, _ text: String) {
        let path = folder + "/" + relativePath
        try! FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
