/// The exit codes of every command (sysexits.h where one fits), listed in README.md.
public enum ExitCode: Int32, Sendable {
    case ok = 0
    /// The command ran and found problems it was asked to fail on (overdue deadlines).
    case problemsFound = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case internalError = 70
    case cannotWrite = 74
    /// The database was busy with another command past the busy timeout: try again.
    case tryAgain = 75
}
