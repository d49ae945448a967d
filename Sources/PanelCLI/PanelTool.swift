import Foundation
import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

/// The `panel` program: parses a command line, runs the command, maps any error to its exit
/// code and a one-line message. Commands throw; only this function decides what exits.
public enum PanelTool {
    public static let version = "0.1.0"

    public static func run(_ arguments: [String], context: Context) -> Int32 {
        do {
            switch try ArgumentParser.parse(arguments, root: RootCommand.command) {
            case .version:
                context.print("panel \(version)")
            case .help(let path, let command):
                context.print(Help.text(for: command, path: path))
            case .run(let invocation):
                context.invocation = invocation
                try invocation.command.run?(invocation, context)
            }
            return ExitCode.ok.rawValue
        } catch let failure {
            let (code, message) = describe(failure)
            if case CLIError.dataProblems(let problems, _) = failure { problems.forEach(context.warn) }
            context.warn("error: \(message)")
            if case CLIError.usage(_, let path) = failure {
                context.warn("See '\((["panel"] + (path.isEmpty ? [] : [path])).joined(separator: " ")) --help'.")
            }
            return code.rawValue
        }
    }

    /// The exit code and message for an error from any layer.
    static func describe(_ error: any Error) -> (ExitCode, String) {
        switch error {
        case let error as CLIError:
            switch error {
            case .usage: return (.usage, error.localizedDescription)
            case .data, .dataProblems: return (.dataError, error.localizedDescription)
            case .noInput: return (.noInput, error.localizedDescription)
            case .cannotWrite: return (.cannotWrite, error.localizedDescription)
            }
        case let error as DataFileError:
            return (.dataError, error.description)
        case let error as StorageError:
            switch error {
            case .missingDatabase: return (.noInput, error.localizedDescription)
            case .busy: return (.tryAgain, error.localizedDescription)
            case .notAPanelDatabase, .newerSchema, .decoding, .notFound: return (.dataError, error.localizedDescription)
            case .cannotOpen, .sqlite: return (.internalError, error.localizedDescription)
            }
        case let error as MustacheError:
            return (.dataError, error.description)
        case let error as DocumentError:
            switch error {
            case .missingTemplate, .unreadable: return (.noInput, error.localizedDescription)
            case .badTemplateName, .notReady: return (.dataError, error.localizedDescription)
            }
        case let error as ProblemsFound:
            return (.problemsFound, error.summary)
        default:
            return (.internalError, String(describing: error))
        }
    }

    /// A context for the running process: real output streams, today's date where it runs.
    public static func processContext() -> Context {
        let environment = ProcessInfo.processInfo.environment
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let today = environment["PANEL_TODAY"].flatMap(Day.init(parsing:))
            ?? Day(year: parts.year!, month: parts.month!, day: parts.day!)!
        return Context(
            environment: environment, today: today, workingDirectory: FileManager.default.currentDirectoryPath,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) })
    }
}

/// Thrown by a command that ran to the end but found what it was asked to fail on.
struct ProblemsFound: Error {
    let summary: String
}
