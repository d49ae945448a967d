import Foundation

/// Errors the command layer raises itself; each maps to one exit code.
enum CLIError: Error, LocalizedError {
    /// The command line is wrong; `command` is the path whose help would put it right.
    case usage(String, command: String)
    case noInput(String)
    case cannotWrite(String)

    var errorDescription: String? {
        switch self {
        case .usage(let message, _), .noInput(let message), .cannotWrite(let message): message
        }
    }
}

/// Thrown by a command that ran to the end but found what it was asked to fail on.
struct ProblemsFound: Error {
    let summary: String
}
