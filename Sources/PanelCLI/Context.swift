import Foundation
import PanelDocuments
import PanelDomain
import PanelStore

/// What a command runs against: where output goes, the day it is, and the service's files.
/// Tests build one with a fixed day and captured output; `panel` builds it from the process.
public final class Context {
    let environment: [String: String]
    let today: Day
    let workingDirectory: String
    /// The shipped `Data/` folder; found on first use when not given.
    private var dataDirectory: String?
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    private var loadedServiceData: ServiceData?
    /// Set once the command line is parsed.
    var invocation: Invocation?

    public init(
        environment: [String: String], today: Day, workingDirectory: String, dataDirectory: String? = nil,
        out: @escaping (String) -> Void, err: @escaping (String) -> Void
    ) {
        self.environment = environment
        self.today = today
        self.workingDirectory = workingDirectory
        self.dataDirectory = dataDirectory
        self.writeOut = out
        self.writeErr = err
    }

    /// The same context with its output discarded, for running a command as one step of
    /// another (`panel demo` importing its files).
    func quiet() throws -> Context {
        Context(environment: environment, today: today, workingDirectory: workingDirectory, dataDirectory: try shippedDataDirectory(),
                out: { _ in }, err: { _ in })
    }

    /// Results, on standard output.
    func print(_ text: String) { writeOut(text.endsLine ? text : text + "\n") }

    /// A listing in the format the command line asks for (`--format`, `--no-headers`).
    func print(_ listing: Listing, _ invocation: Invocation) {
        // Written as it is made; no rows and no header is no output at all.
        listing.write(invocation.format(Listing.Format.self, default: .table), headers: !invocation.flag("no-headers"), to: writeOut)
    }

    /// Warnings and errors, on standard error, so that results pipe cleanly.
    func warn(_ text: String) { writeErr(text.endsLine ? text : text + "\n") }

    // MARK: Files

    /// Resolves a path the user typed against the working directory.
    func absolute(_ path: String) -> String {
        path.hasPrefix("/") || path == ":memory:" ? path : workingDirectory + "/" + path
    }

    var databasePath: String {
        absolute(invocation?.option("db") ?? environment["PANEL_DB"] ?? "panel.db")
    }

    /// The folder of local overrides, and whether the user named it (then it must exist).
    var localDirectory: (path: String, explicit: Bool) {
        if let given = invocation?.option("local") ?? environment["PANEL_LOCAL"] { return (absolute(given), true) }
        return ((databasePath as NSString).deletingLastPathComponent + "/local", false)
    }

    func openDatabase() throws -> Database {
        let database = try Store.open(path: databasePath)
        if let invocation { database.audit = (actor, invocation.auditText, now) }
        return database
    }

    /// Who the audit trail says made a change: `--by`, `$PANEL_USER`, or the login name.
    var actor: String {
        invocation?.option("by") ?? environment["PANEL_USER"] ?? environment["USER"] ?? environment["LOGNAME"]
            ?? getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "unknown"
    }

    /// The moment, in UTC, for the audit trail; `PANEL_NOW` fixes it for tests.
    var now: String {
        if let fixed = environment["PANEL_NOW"] { return fixed }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    func serviceData() throws -> ServiceData {
        if let loadedServiceData { return loadedServiceData }
        let data = try ServiceData.load(shipped: try shippedDataDirectory(), local: localDirectory)
        loadedServiceData = data
        return data
    }

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
}

extension String {
    /// True when the text ends with a line break, CRLF included ("\r\n" is one Character,
    /// so `hasSuffix("\n")` would miss it).
    var endsLine: Bool { unicodeScalars.last == "\n" }
}

extension Context {
    /// Every record the reports are computed from, with the service's data files. For one
    /// service's report, only its kinds of panel and its journeys; meetings and items only
    /// between `from` and `through` when they are given.
    func serviceRecords(for service: AnnualReport.Service? = nil, from: Day? = nil, through: Day? = nil) throws -> ServiceRecords {
        let database = try openDatabase()
        let central = CentralListStore(database)
        let journeys = JourneyStore(database)
        let data = try serviceData()
        let panels = try central.panels()
        let wanted = service.map { service in panels.filter { service.panelKinds.contains($0.kind) }.map(\.id) }
        return ServiceRecords(
            serviceName: try Store.serviceName(database), panels: panels, members: try central.members(),
            meetings: try central.meetings(panels: wanted, from: from, through: through),
            items: try AgendaStore(database).items(panels: wanted, from: from, through: through),
            adopters: service == .fostering ? [] : try journeys.adopters(),
            children: service == .fostering ? [] : try journeys.children(),
            carers: service == .adoption ? [] : try journeys.carers(),
            itemTypes: data.itemTypes, rules: data.rules, calendar: data.calendar, policy: data.policy)
    }

    /// The service's policy (quorum, central-list limits) with local overrides.
    func policy() throws -> PanelPolicy { try serviceData().policy }

    /// Writes a file the way every output of the tool is written: private to its owner
    /// (0600), and whole or not at all (a temporary file renamed into place).
    func writeFile(_ path: String, _ text: String) throws {
        let target = absolute(path)
        let temporary = target + ".panel-tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError.cannotWrite("cannot write \(target)")
        }
        guard rename(temporary, target) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CLIError.cannotWrite("cannot write \(target): \(String(cString: strerror(errno)))")
        }
    }

    /// Makes a folder (and its parents) readable by its owner only, if it is not there yet.
    func makeFolder(_ path: String) throws {
        let target = absolute(path)
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
            throw CLIError.data("\(target) is not UTF-8 text; save it as CSV UTF-8")
        }
        return text
    }
}
