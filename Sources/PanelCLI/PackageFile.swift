import Foundation
import PanelDocuments
import PanelStore

/// A file as the output of a ZIP package (a Word document, a workbook), counting what has
/// been written so that an entry's size can be put back in its header.
struct PackageFile: ZipOutput {
    let file: FileTarget.Writer
    private(set) var count = 0

    init(file: FileTarget.Writer) { self.file = file }

    mutating func append(_ bytes: Data) throws {
        try file.append(bytes)
        count += bytes.count
    }

    func replace(at offset: Int, with bytes: Data) throws { try file.replace(at: offset, with: bytes) }
}
