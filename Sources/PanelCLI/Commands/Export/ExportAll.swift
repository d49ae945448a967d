import PanelDocuments
import PanelApplication

struct ExportAll: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "all", summary: "Write every kind of record to a folder, one CSV file each, as 'panel import all' reads them.",
        discussion: """
            The folder is made if it is not there (readable by its owner only); files in it
            with the same names are replaced. With --format xlsx, DIR is instead one workbook
            file with a sheet a kind of record, to correct in a spreadsheet and read back with
            'panel import all FILE.xlsx'.
              panel export all records.xlsx --format xlsx
            """)

    @Argument("DIR", help: "The folder to write to (or, with --format xlsx, the workbook file).") var folder: String
    @Option(help: "csv (a file a kind, in a folder) or xlsx (one workbook, a sheet a kind) (default: csv).") var format: Format = .csv
    @OptionGroup var store: StoreOptions

    enum Format: String, ChoiceValue {
        case csv, xlsx
    }

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        if format == .xlsx {
            try context.writePackage(to: folder) { try workspace.exportWorkbook(to: $0) }
            return
        }
        let folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        try context.makeFolder(folder)
        var counts: [String] = []
        try workspace.exportAll { kind, export in
            let count = try context.writeCSVFile(folder + "/" + kind.name + ".csv") { write in try withoutActuallyEscaping(write) { try export($0) } }
            counts.append("\(count) \(kind.name)")
        }
        context.warn(counts.joined(separator: ", ") + " written to \(context.absolute(folder))")
    }
}
