import Foundation
import PanelApplication
import PanelDocuments
import PanelDomain

struct ImportAll: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "all", summary: "Import a folder of CSV files, as 'panel export all' writes them, in one transaction.",
        discussion: """
            Reads DIR/service.csv, panels.csv, members.csv, meetings.csv, attendance.csv,
            items.csv, item-moves.csv, item-absences.csv, adopters.csv, children.csv and
            carers.csv, in that order, skipping any that are not there. Either every file goes in or, at the first file with a problem, nothing does.
            """)

    @Argument("DIR", help: "The folder of CSV files.") var folder: String
    @Flag(help: "Check the files and say what would change, writing nothing.") var dryRun: Bool
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        if folder.lowercased().hasSuffix(".xlsx") && !context.isFolder(folder) { return try importWorkbook(context) }
        guard context.isFolder(folder) else { throw CLIError.noInput("\(context.absolute(folder)) is not a folder") }
        let folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let present = RecordFile.all.filter { FileManager.default.fileExists(atPath: context.absolute(folder + "/" + $0.name + ".csv")) }
        guard !present.isEmpty else {
            throw CLIError.noInput("no CSV files to import in \(context.absolute(folder)); expected \(RecordFile.all.map { $0.name + ".csv" }.joined(separator: ", "))")
        }
        let files = try present.map { kind in (kind: kind, file: folder + "/" + kind.name + ".csv", text: try context.readInput(folder + "/" + kind.name + ".csv")) }
        let counts = try context.workspace(writer).importRecords(files, dryRun: dryRun)
        context.print(zip(files, counts).map { ImportCommand.report($0.file, $1, dryRun: dryRun) }.joined(separator: "\n"))
    }

    /// A workbook as 'export all --format xlsx' writes it: each sheet named for a kind of
    /// record, read as that kind's CSV would be, in the same order and one transaction.
    func importWorkbook(_ context: Context) throws {
        let path = context.absolute(folder)
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError.noInput("cannot read \(path): no such file") }
        let sheets: [(name: String, rows: [[String]])]
        do { sheets = try WorkbookReader.sheets(data) } catch { throw Problem(file: path, field: nil, message: "\(error)") }
        let byName = Dictionary(sheets.map { ($0.name, $0.rows) }, uniquingKeysWith: { first, _ in first })
        let files = RecordFile.all.compactMap { kind -> (kind: RecordFile, file: String, text: String)? in
            byName[kind.name].map { rows in (kind, "\(folder)[\(kind.name)]", rows.map { CSVWriter.line($0) }.joined()) }
        }
        guard !files.isEmpty else {
            throw CLIError.noInput("no sheets to import in \(path); expected sheets named \(RecordFile.all.map(\.name).joined(separator: ", "))")
        }
        let counts = try context.workspace(writer).importRecords(files, dryRun: dryRun)
        context.print(zip(files, counts).map { ImportCommand.report($0.file, $1, dryRun: dryRun) }.joined(separator: "\n"))
    }
}
