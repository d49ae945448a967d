import PanelDocuments
import PanelApplication

struct ExportAll: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "all", summary: "Write every kind of record to a folder, one CSV file each, as 'panel import all' reads them.",
        discussion: "The folder is made if it is not there (readable by its owner only); files in it with the same names are replaced.")

    @Argument("DIR", help: "The folder to write to.") var folder: String
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let files = try context.workspace(store).exportAll()
        let folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        try context.makeFolder(folder)
        for file in files { try context.writeFile(folder + "/" + file.kind.name + ".csv", CSVWriter.byteOrderMark + file.text) }
        context.warn(files.map { "\($0.count) \($0.kind.name)" }.joined(separator: ", ") + " written to \(context.absolute(folder))")
    }
}
