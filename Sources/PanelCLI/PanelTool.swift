import Foundation
import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain
import PanelStore

/// The `panel` program: parses a command line, runs the command, and turns any error into
/// its exit code and message. Commands throw; only this function decides what is printed
/// for an error and how the program exits.
public enum PanelTool {
    public static let version = "0.2.0"

    public static func run(_ arguments: [String], context: Context) -> Int32 {
        var command: (any ParsableCommand.Type)?
        var path: [String] = []
        do {
            switch try CommandParser.parse(arguments, root: RootCommand.self, context: ParseContext(today: context.today)) {
            case .version:
                context.print("panel \(version)")
            case .help(let type, let helpPath):
                context.print(Help.text(for: type, path: helpPath, details: type.helpDetails(context)))
            case .run(let parsed, let runPath):
                command = type(of: parsed)
                path = runPath
                context.commandText = auditText(arguments)
                do {
                    try parsed.run(context)
                } catch is HelpRequested {
                    context.print(Help.text(for: type(of: parsed), path: runPath))
                }
            }
            return ExitCode.ok.rawValue
        } catch {
            return report(error, command: command, path: path, context: context).rawValue
        }
    }

    /// Prints an error the one way errors are printed: `error: ` and what went wrong, with
    /// every problem of a file on a line of its own first.
    static func report(_ error: any Error, command: (any ParsableCommand.Type)?, path: [String], context: Context) -> ExitCode {
        func seeHelp(_ words: String) { context.warn("See '\((["panel"] + (words.isEmpty ? [] : [words])).joined(separator: " ")) --help'.") }
        switch error {
        case let problems as Problems:
            // Problems with a file are listed as a compiler lists them, then summed up;
            // problems with what a command was given each name its option.
            if problems.list.contains(where: { $0.file != nil }) {
                problems.list.forEach { context.warn($0.description) }
                context.warn("error: \(problems.summary)")
                return .dataError
            }
            for problem in problems.list {
                var located = problem
                located.field = problem.field.map { command?.location(of: $0) ?? $0 }
                context.warn("error: \(located.description)")
            }
            if problems.cause == .values {
                seeHelp(path.joined(separator: " "))
                return .usage
            }
            return .dataError
        case let problem as Problem:
            context.warn("error: \(problem.description)")
            return .dataError
        case CLIError.usage(let message, let words):
            context.warn("error: \(message)")
            seeHelp(words)
            return .usage
        case ApplicationError.alreadyExists(let kind, let id):
            context.warn("error: \(kind) '\(id)' already exists; change it with 'panel \(path.first ?? kind) update \(id)'")
            return .dataError
        case let found as ProblemsFound:
            context.warn("error: \(found.summary)")
            return .problemsFound
        default:
            let (code, message) = describe(error)
            context.warn("error: \(message)")
            return code
        }
    }

    /// The exit code and message for an error from any layer.
    static func describe(_ error: any Error) -> (ExitCode, String) {
        switch error {
        case let error as CLIError:
            switch error {
            case .usage: return (.usage, error.localizedDescription)
            case .noInput: return (.noInput, error.localizedDescription)
            case .cannotWrite: return (.cannotWrite, error.localizedDescription)
            }
        case let error as ApplicationError:
            switch error {
            case .alreadyExists, .refused: return (.dataError, error.localizedDescription)
            case .noInput: return (.noInput, error.localizedDescription)
            case .cannotWrite: return (.cannotWrite, error.localizedDescription)
            }
        case let error as StorageError:
            switch error {
            case .missingDatabase, .notInitialised, .isFolder, .cannotOpen: return (.noInput, error.localizedDescription)
            case .missingFolder, .refusedTarget, .journalName, .networkFileSystem, .cannotWrite: return (.cannotWrite, error.localizedDescription)
            case .busy: return (.tryAgain, error.localizedDescription)
            case .notSQLite, .notAPanelDatabase, .newerSchema, .needsUpgrade, .decoding, .notFound, .unaudited: return (.dataError, error.localizedDescription)
            case .sqlite:
                switch error.cause {
                case .cannotWrite?: return (.cannotWrite, error.localizedDescription)
                case .damaged?, .schemaChanged?, .refusedValue?: return (.dataError, error.localizedDescription)
                default: return (.internalError, error.localizedDescription)
                }
            }
        case let error as MustacheError:
            return (.dataError, error.description)
        case let error as DocumentError:
            switch error {
            case .missingTemplate, .unreadable: return (.noInput, error.localizedDescription)
            case .badTemplateName, .notReady: return (.dataError, error.localizedDescription)
            }
        default:
            return (.internalError, String(describing: error))
        }
    }

    /// The command line as the audit trail records it: as typed, each word quoted as a
    /// shell would need it, less the options that only say where and as whom it ran.
    static func auditText(_ arguments: [String]) -> String {
        var words = ["panel"]
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if ["--db", "--local", "--by"].contains(word) {
                index += 1
                continue
            }
            if ["--db=", "--local=", "--by="].contains(where: word.hasPrefix) { continue }
            words.append(quoted(word))
        }
        return words.joined(separator: " ")
    }

    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./:=,@%+".unicodeScalars.contains($0) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A context for the running process: real output streams, and today and each write's
    /// moment from the real clock, which nothing in the environment can change.
    public static func processContext() -> Context {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let today = Day(year: parts.year!, month: parts.month!, day: parts.day!)!
        return Context(
            environment: ProcessInfo.processInfo.environment, today: today,
            now: {
                let formatter = ISO8601DateFormatter()
                formatter.formatOptions = [.withInternetDateTime]
                return formatter.string(from: Date())
            },
            workingDirectory: FileManager.default.currentDirectoryPath,
            out: { writeOrExit($0, to: STDOUT_FILENO, name: "standard output") },
            err: { writeOrExit($0, to: STDERR_FILENO, name: "standard error") })
    }

    /// Writes all of `text`, or, when the stream is closed or full (a pipe whose reader has
    /// gone, `> /dev/full`), says so on standard error if it can and exits 74. Output comes
    /// after a command's transaction has committed, so stopping here loses nothing.
    static func writeOrExit(_ text: String, to descriptor: Int32, name: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let code = errno
                let reason = String(cString: strerror(code))
                // A reader that has gone (`| head`) wanted no more: nothing to say.
                if descriptor != STDERR_FILENO && code != EPIPE {
                    let message = Array("error: cannot write \(name): \(reason)\n".utf8)
                    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
                }
                exit(ExitCode.cannotWrite.rawValue)
            }
            bytes = bytes.dropFirst(count)
        }
    }
}
