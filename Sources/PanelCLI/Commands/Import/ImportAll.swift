import Foundation
import PanelApplication
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
}
