import Foundation
import PanelApplication
import PanelDomain

struct ImportSSDA903: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "ssda903", summary: "Derive children's adoption journeys from SSDA903 returns and import them.",
        discussion: """
            Reads the return's CSV tables (Episodes, AD1, PlacedAdoption; Header and the
            others are recognised and skipped), known by their header rows whatever the files
            are called, or the return as XML; a folder is read file by file. Several years'
            returns go together: an episode in two of them counts once. Each child with a plan
            for adoption becomes a children.csv row (README.md, "From the SSDA903 return",
            gives the derivation) and is imported as 'panel import children' would, keeping
            the adopter it was matched with. Nothing else is kept: no date of birth, postcode
            or other detail of the return is stored.
            A child that cannot be derived is named with what is missing and not imported;
            the others are, and the command exits 1. A file that cannot be read imports nothing.
              panel import ssda903 returns/2023-24/ returns/2024-25/ --dry-run
            """)

    @Arguments("FILE", help: "The return's files (CSV tables or XML), or folders of them.") var files: [String]
    @Flag(help: "Print the derived children.csv rows and what would change, writing nothing.") var dryRun: Bool
    @OptionGroup var writer: WriterOptions

    func run(_ context: Context) throws {
        var read: [(name: String, data: Data)] = []
        for path in files {
            let names = context.isFolder(path) ? try folderFiles(path, context) : [path]
            for name in names {
                guard let data = FileManager.default.contents(atPath: context.absolute(name)) else { throw CLIError.noInput("cannot read \(context.absolute(name)): no such file") }
                read.append((name, data))
            }
        }
        let result = try context.workspace(writer).importReturn(read, dryRun: dryRun)
        if dryRun { context.print(result.rows) }
        let derivation = result.derivation
        context.print((result.files.map { "\($0.file): \($0.table), \($0.rows) \($0.rows == 1 ? "row" : "rows")" } + [
            "\(derivation.children.count) with a plan for adoption, \(derivation.refused.count) refused, \(derivation.notAdoption) without a plan for adoption (not imported)",
            ImportCommand.report("children", result.counts, dryRun: dryRun),
        ]).joined(separator: "\n"))
        guard derivation.refused.isEmpty else {
            for refusal in derivation.refused { context.warn("refused: \(refusal)") }
            throw ProblemsFound(summary: "\(derivation.refused.count) \(derivation.refused.count == 1 ? "child" : "children") could not be derived from the return and \(derivation.refused.count == 1 ? "was" : "were") not imported; the others were\(dryRun ? " (dry run: nothing written)" : "")")
        }
    }

    /// The CSV and XML files directly in a folder, in name order.
    func folderFiles(_ folder: String, _ context: Context) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: context.absolute(folder))
            .filter { name in [".csv", ".xml"].contains { name.lowercased().hasSuffix($0) } }.sorted()
        guard !names.isEmpty else { throw CLIError.noInput("no .csv or .xml files in \(context.absolute(folder))") }
        return names.map { (folder.hasSuffix("/") ? folder : folder + "/") + $0 }
    }
}
