import Foundation
import PanelApplication
import PanelDomain

struct ImportKind<Kind: RecordFileKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: Kind.file.name, summary: "Import \(Kind.summary).",
            discussion: "Columns: \(Kind.file.columns.joined(separator: ",")) (required: \(Kind.file.required.joined(separator: ", "))).")
    }

    @Argument("FILE", help: "The CSV file to import.") var file: String
    @Flag(help: "Check the file and say what would change, writing nothing.") var dryRun: Bool
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        let text = try context.readInput(file)
        let counts = try context.workspace(writer).importRecords([(Kind.file, file, text)], dryRun: dryRun)
        context.print(ImportCommand.report(file, counts[0], dryRun: dryRun))
    }
}
