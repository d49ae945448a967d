import Foundation
import Testing

@testable import PanelCLI

/// Every command of the tree, walked once: what it reads from its command line it declares
/// as properties, which is the only way a command can read an option, and the declarations
/// hold together.
struct CommandTreeTests {
    static func commands(_ type: any ParsableCommand.Type = RootCommand.self, _ path: [String] = []) -> [(type: any ParsableCommand.Type, path: [String])] {
        [(type, path)] + type.configuration.subcommands.flatMap { commands($0, path + [$0.configuration.name]) }
    }

    @Test func everyCommandReadsOnlyWhatItDeclares() {
        let all = Self.commands()
        #expect(all.count > 90)
        for (type, path) in all {
            let command = type.init()
            // Each stored property is a declaration (or a group of them): a command holds no
            // other state, so it has nowhere to read an undeclared option from.
            for child in Mirror(reflecting: command).children {
                #expect(child.value is Declaring, "panel \(path.joined(separator: " ")): \(child.label ?? "?") is not a declared option or argument")
            }
            let declared = declarations(of: command)
            let names = declared.map(\.displayName)
            #expect(Set(names).count == names.count, "panel \(path.joined(separator: " ")) declares an option twice: \(names)")
            #expect(!names.contains("--help"), "panel \(path.joined(separator: " ")) declares --help, which every command has")
            // Problems are located by the option or argument that gave the field.
            for location in type.fieldLocations.values {
                #expect(names.contains(location), "panel \(path.joined(separator: " ")) locates a field at \(location), which it does not declare")
            }
        }
    }

    @Test func onlyWritingCommandsTakeWho() {
        let readers = [["timeliness"], ["item", "list"], ["report", "annual"], ["audit"], ["export", "items"], ["meeting", "quorum"]]
        for path in readers {
            let command = Self.commands().first { $0.path == path }!.type
            #expect(!declarations(of: command.init()).map(\.displayName).contains("--by"), "\(path)")
        }
        let writers = [["item", "add"], ["import", "items"], ["meeting", "cancel"], ["restore"]]
        for path in writers {
            let command = Self.commands().first { $0.path == path }!.type
            #expect(declarations(of: command.init()).map(\.displayName).contains("--by"), "\(path)")
        }
    }

    @Test func anUndeclaredOptionIsRefusedByName() {
        #expect(PanelRunner()("rules", "list", "--by", "Sam") == PanelResult(
            out: "", err: "error: unknown option '--by' for 'panel rules list'\nSee 'panel rules list --help'.\n", code: 64))
    }

    @Test func aRequiredOptionLeftOutIsNamed() {
        #expect(PanelRunner()("item", "decide", "I1") == PanelResult(
            out: "", err: "error: --decision is required\nSee 'panel item decide --help'.\n", code: 64))
    }

    @Test func daysMayBeWrittenTodayOrYesterday() {
        let panel = PanelRunner()
        panel.today = day("2024-05-08")
        #expect(panel("calendar", "add-working-days", "today", "1").out == "2024-05-09\n")
        #expect(panel("calendar", "add-working-days", "yesterday", "0").out == "2024-05-07\n")
    }

    @Test func aNumberOutOfItsRangeSaysTheRange() {
        let panel = agendaRunner()
        #expect(panel("item", "add", "I1", "--meeting-id", "F0311", "--type", "first-review", "--case-ref", "FC-1", "--order", "-2") == PanelResult(
            out: "", err: "error: --order: must be a whole number from 1 to 999\nSee 'panel item add --help'.\n", code: 64))
    }

    @Test func aTableKeepsItsColumnsWhenTheFirstCellIsEmpty() {
        let panel = documentRunner()
        let lines = panel("timeliness", "--as-of", "2024-03-26", "--status", "not-applicable", "--rule", "D6").out.split(separator: "\n")
        #expect(lines[0].hasPrefix("due_on  status          detail"))
        // The row's status sits under its header: the empty due day keeps its place.
        let column = lines[0].range(of: "status")!.lowerBound.utf16Offset(in: lines[0])
        #expect(lines[1].dropFirst(column).hasPrefix("not-applicable"))
    }
}
