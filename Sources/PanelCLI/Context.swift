import Foundation
import PanelApplication
import PanelDocuments
import PanelDomain
import PanelStore

/// What a command runs against: where output goes, the day and the moment it is, the
/// environment and the service's files. Tests make one with a fixed day and moment and
/// captured output; `panel` makes one from the process, where only the real clock is read.
public final class Context {
    let environment: [String: String]
    let today: Day
    /// The moment of each write, for the audit trail, in UTC as ISO 8601.
    let now: @Sendable () -> String
    let workingDirectory: String
    /// The shipped `Data/` folder; found on first use when not given.
    private var dataDirectory: String?
    /// Standard output, as given: no line break added.
    let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// The command as the audit trail records it, set once the command line is read.
    var commandText = "panel"

    public init(
        environment: [String: String], today: Day, now: @escaping @Sendable () -> String, workingDirectory: String, dataDirectory: String? = nil,
        out: @escaping (String) -> Void, err: @escaping (String) -> Void
    ) {
        self.environment = environment
        self.today = today
        self.now = now
        self.workingDirectory = workingDirectory
        self.dataDirectory = dataDirectory
        self.writeOut = out
        self.writeErr = err
    }

    /// The same context with its output discarded.
    func quiet() -> Context {
        Context(environment: environment, today: today, now: now, workingDirectory: workingDirectory, dataDirectory: dataDirectory,
                out: { _ in }, err: { _ in })
    }

    /// Results, on standard output.
    func print(_ text: String) { writeOut(text.endsLine ? text : text + "\n") }

    /// Warnings and errors, on standard error, so that results pipe cleanly.
    func warn(_ text: String) { writeErr(text.endsLine ? text : text + "\n") }

    /// A listing in the format asked for, to standard output or the file asked for.
    func print(_ listing: Listing, _ options: ListingOptions) throws {
        if let output = options.output {
            let count = try writeFile(output, byteOrderMark: options.format == .csv) { write in try listing.write(options.format, headers: !options.noHeaders, to: write) }
            warn("\(count) rows written to \(absolute(output))")
        } else {
            // Written as it is made; no rows and no header is no output at all.
            if options.bom && options.format == .csv { writeOut(CSVWriter.byteOrderMark) }
            try listing.write(options.format, headers: !options.noHeaders, to: writeOut)
        }
    }

    /// Text to standard output, or to the file asked for.
    func emit(_ text: String, to output: String?) throws {
        if let output {
            try writeFile(output, text)
            warn("written to \(absolute(output))")
        } else {
            print(text)
        }
    }

    /// A binary document (a .docx) to the file asked for: never to a terminal.
    func writeBinary(_ data: Data, to output: String?) throws {
        try writePackage(to: output) { file in
            var file = file
            try file.append(data)
            return file
        }
    }

    /// A Word document or a workbook, written to the file `output` as `produce` makes it
    /// (a workbook of every record is never held whole), never half there under its name.
    func writePackage(to output: String?, _ produce: (PackageFile) throws -> PackageFile) throws {
        guard let output else { throw CLIError.usage("--output: a Word document or a workbook is written to a file, not the terminal; give --output FILE", command: "") }
        let target = absolute(output)
        try FileTarget.check(target)
        try FileTarget.write(to: target) { file in _ = try produce(PackageFile(file: file)) }
        warn("written to \(target)")
    }

    // MARK: The workspace

    func databasePath(_ options: StoreOptions) -> String {
        absolute(options.database ?? environment["PANEL_DB"] ?? "panel.db")
    }

    /// Who the audit trail says made a change: `--by`, `$PANEL_USER`, or the login name.
    func actor(_ by: String?) -> Workspace.Actor {
        let name = by ?? environment["PANEL_USER"] ?? environment["USER"] ?? environment["LOGNAME"]
            ?? getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "unknown"
        return Workspace.Actor(name: name, command: commandText, now: now)
    }

    /// The database and data files a command works with.
    func workspace(_ options: StoreOptions, by: String? = nil) throws -> Workspace {
        let local = (options.local ?? environment["PANEL_LOCAL"]).map { (absolute($0), true) }
        return Workspace(databasePath: databasePath(options), local: local, dataDirectory: try shippedDataDirectory(), today: today, actor: actor(by),
                         access: Store.Access(allowNetworkFileSystem: options.allowNetworkFs))
    }

    func workspace(_ options: WriterOptions) throws -> Workspace { try workspace(options.store, by: options.by) }

    /// `$PANEL_HOME/Data`, else a `Data/` folder beside or above the executable (as built by
    /// `swift build`, or installed under `share/panel`), else `Data/` in the working directory.
    func shippedDataDirectory() throws -> String {
        if let dataDirectory { return dataDirectory }
        var candidates: [String] = []
        if let home = environment["PANEL_HOME"] { candidates.append(home + "/Data") }
        var folder = (Bundle.main.executablePath.map { ($0 as NSString).resolvingSymlinksInPath } ?? "") as NSString
        while folder.length > 1 {
            folder = folder.deletingLastPathComponent as NSString
            candidates += [folder.appendingPathComponent("Data"), folder.appendingPathComponent("share/panel/Data")]
        }
        candidates.append(absolute("Data"))
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/rules.ini") }) else {
            throw CLIError.noInput("cannot find the shipped Data folder (with rules.ini); set PANEL_HOME to the folder that holds Data/")
        }
        dataDirectory = found
        return found
    }

    // MARK: Files

    /// Resolves a path the user typed against the working directory.
    func absolute(_ path: String) -> String {
        path.hasPrefix("/") || path == ":memory:" ? path : workingDirectory + "/" + path
    }

    /// Writes a file the way every output of the tool is written: private to its owner
    /// (0600), and whole or not at all (a new temporary file renamed into place). Writes
    /// only a new file or over a regular one, never over a database, its log or journal, a
    /// device, a pipe or a link (`FileTarget.check`).
    func writeFile(_ path: String, _ text: String) throws { try writeFile(path, Data(text.utf8)) }

    func writeFile(_ path: String, _ data: Data) throws {
        let target = absolute(path)
        try FileTarget.check(target)
        try FileTarget.write(data, to: target)
    }

    /// A CSV file for people: the byte-order mark first, so a double-click reads UTF-8.
    func writeCSVFile(_ path: String, _ text: String) throws {
        try writeFile(path, CSVWriter.byteOrderMark + text)
    }

    /// A CSV file written piece by piece as `produce` makes it (the byte-order mark first);
    /// returns what `produce` does.
    func writeCSVFile<T>(_ path: String, _ produce: (_ write: (String) throws -> Void) throws -> T) throws -> T {
        try writeFile(path, byteOrderMark: true, produce)
    }

    /// A text file written piece by piece as `produce` makes it, never half there under
    /// its name; returns what `produce` does.
    func writeFile<T>(_ path: String, byteOrderMark: Bool, _ produce: (_ write: (String) throws -> Void) throws -> T) throws -> T {
        let target = absolute(path)
        try FileTarget.check(target)
        var result: T?
        try FileTarget.write(to: target) { file in
            if byteOrderMark { try file.append(Data(CSVWriter.byteOrderMark.utf8)) }
            result = try produce { try file.append(Data($0.utf8)) }
        }
        return result!
    }

    /// Makes a folder (and its parents) readable by its owner only, if it is not there yet.
    func makeFolder(_ path: String) throws {
        let target = absolute(path)
        if let owner = FileTarget.journalOwner(of: target.hasSuffix("/") ? String(target.dropLast()) : target) {
            throw CLIError.cannotWrite("will not make \(target): it is the name of the journal of \(owner); choose another path")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw CLIError.cannotWrite("\(target) is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError.cannotWrite("cannot make the folder \(target)")
        }
    }

    /// Whether a path the user typed names an existing folder, or is written as one (`DIR/`).
    func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isFolder) && isFolder.boolValue)
    }

    /// Reads a UTF-8 text file the user named.
    func readInput(_ path: String) throws -> String {
        let target = absolute(path)
        guard let data = FileManager.default.contents(atPath: target) else {
            throw CLIError.noInput("cannot read \(target): no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Problem(file: target, field: nil, message: "is not UTF-8 text; save it as CSV UTF-8")
        }
        return text
    }
}

extension String {
    /// True when the text ends with a line break, CRLF included ("\r\n" is one Character,
    /// so `hasSuffix("\n")` would miss it).
    var endsLine: Bool { unicodeScalars.last == "\n" }

    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
