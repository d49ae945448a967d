import Foundation

/// Errors the command layer raises itself; each maps to one exit code.
enum CLIError: Error, LocalizedError {
    /// The command line is wrong; `command` is the path whose help would put it right.
    case usage(String, command: String)
    case data(String)
    case noInput(String)
    case cannotWrite(String)
    /// Bad data found in several places: each problem is printed on a line of its own,
    /// then the summary as the error.
    case dataProblems([String], summary: String)

    var errorDescription: String? {
        switch self {
        case .usage(let message, _), .data(let message), .noInput(let message), .cannotWrite(let message),
            .dataProblems(_, let message):
            message
        }
    }
}
