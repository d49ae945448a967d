import PanelDocuments
import PanelApplication

struct ExportKind<Kind: RecordFileKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(name: Kind.file.name, summary: "Export \(Kind.summary) (columns: \(Kind.file.columns.joined(separator: ","))).")
    }

    @Option(name: "output", "FILE", help: "Write to this file (created readable by its owner only).") var output: String?
    @Flag(help: "Start standard output with a UTF-8 byte-order mark too (files always have one).") var bom: Bool
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        if let output {
            let count = try context.writeCSVFile(output) { write in try workspace.exportRecords(Kind.file, to: write) }
            context.warn("\(count) \(Kind.file.name) written to \(context.absolute(output))")
        } else {
            if bom { context.writeOut(CSVWriter.byteOrderMark) }
            _ = try workspace.exportRecords(Kind.file, to: context.writeOut)
        }
    }
}
