import Foundation
import PanelDocuments
import PanelDomain

/// What an import of SSDA903 returns read, derived and did.
public struct ReturnImport: Sendable {
    public var files: [SSDA903Reader.FileSummary]
    public var derivation: SSDA903.Derivation
    /// The derived child records as `children.csv` rows: what `--dry-run` shows.
    public var rows: String
    public var counts: ImportCounts
}

extension Workspace {
    /// Reads one or more years' SSDA903 returns, derives a child record for each child with
    /// a plan for adoption and saves those, in one transaction, as `import children` would:
    /// the columns the return gives replace what was recorded, and the adopter a child was
    /// matched with (which the return does not name) is kept. A child that cannot be derived
    /// is refused and the others imported; a file that cannot be read imports nothing.
    public func importReturn(_ files: [(name: String, data: Data)], dryRun: Bool) throws -> ReturnImport {
        let read = try SSDA903Reader.read(files)
        let derivation = read.return.children()
        let rows = RecordCSV.encode(derivation.children, table: Child.fields, columns: Child.fields.columns.filter { $0 != "adopter_id" })
        let counts = try importRecords([(RecordFile.children, "children derived from the return", rows)], dryRun: dryRun)[0]
        return ReturnImport(files: read.files, derivation: derivation, rows: rows, counts: counts)
    }
}
