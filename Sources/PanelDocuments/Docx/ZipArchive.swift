import Foundation
import PanelDomain

/// Where a ZIP archive goes as it is written: bytes appended in order, and bytes already
/// written replaced, for an entry written piece by piece, whose CRC and size are known only
/// once its last piece is. `Data` in memory, or a file (the command line's), so that a
/// workbook of every record is never held whole.
public protocol ZipOutput {
    /// How many bytes have been written.
    var count: Int { get }
    mutating func append(_ bytes: Data) throws
    mutating func replace(at offset: Int, with bytes: Data) throws
}

extension Data: ZipOutput {
    public mutating func replace(at offset: Int, with bytes: Data) {
        replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    }
}

/// A ZIP file of stored (uncompressed) entries, as a .docx or .xlsx package needs, written
/// entry by entry to its output: each entry's local header, its bytes, then the central
/// directory and its end record (APPNOTE 6.3.x, sections 4.3.7, 4.3.12, 4.3.16). No
/// compression keeps it small and plain; Word, Excel, LibreOffice and every unzip read
/// stored entries. Times are fixed (1 January 1980), so the same document makes the same
/// bytes. Without ZIP64, an archive stops at 4 GiB: past that it is refused, not damaged.
struct ZipArchive<Output: ZipOutput> {
    private(set) var output: Output
    private var directory = Data()
    private var count: UInt16 = 0
    /// The entry being written: its name, where its header is, and its CRC and size so far.
    private var entry: (name: Data, offset: UInt32, crc: CRC32, size: Int)?

    init(_ output: Output) { self.output = output }

    /// Adds a file. Names are ASCII paths such as `word/document.xml`.
    mutating func add(_ name: String, _ contents: Data) throws {
        try begin(name)
        try write(contents)
        try end()
    }

    /// Begins a file whose contents are then written piece by piece: its header goes first,
    /// and its CRC and size are put in it at `end`.
    mutating func begin(_ name: String) throws {
        precondition(entry == nil, "a ZIP entry begun before the last one ended")
        guard let offset = UInt32(exactly: output.count), count < UInt16.max else { throw Self.tooLarge }
        let nameBytes = Data(name.utf8)
        try output.append(Self.header(local: true, name: nameBytes, crc: 0, size: 0, offset: 0))
        entry = (nameBytes, offset, CRC32(), 0)
    }

    mutating func write(_ piece: Data) throws {
        precondition(entry != nil, "a ZIP entry written to before it began")
        entry!.crc.add(piece)
        entry!.size += piece.count
        try output.append(piece)
    }

    mutating func end() throws {
        guard let (name, offset, crc, size) = entry else { preconditionFailure("a ZIP entry ended that had not begun") }
        entry = nil
        guard let size = UInt32(exactly: size), UInt32(exactly: output.count) != nil else { throw Self.tooLarge }
        // The CRC, then the compressed and uncompressed sizes (the same: stored), 14 bytes in.
        var sizes = Data()
        sizes.append(le32: crc.value)
        sizes.append(le32: size)
        sizes.append(le32: size)
        try output.replace(at: Int(offset) + 14, with: sizes)
        directory.append(Self.header(local: false, name: name, crc: crc.value, size: size, offset: offset))
        count += 1
    }

    /// Writes the central directory and its end record: the archive is whole.
    mutating func finish() throws -> Output {
        precondition(entry == nil, "a ZIP archive finished with an entry not ended")
        guard let start = UInt32(exactly: output.count), UInt32(exactly: output.count + directory.count) != nil else { throw Self.tooLarge }
        var end = directory
        end.append(le32: 0x0605_4B50)
        end.append(le16: 0)
        end.append(le16: 0)
        end.append(le16: count)
        end.append(le16: count)
        end.append(le32: UInt32(directory.count))
        end.append(le32: start)
        end.append(le16: 0)
        try output.append(end)
        return output
    }

    /// A local file header, or the entry's header in the central directory (which says who
    /// made it and where the local header is).
    private static func header(local: Bool, name: Data, crc: UInt32, size: UInt32, offset: UInt32) -> Data {
        var header = Data()
        header.append(le32: local ? 0x0403_4B50 : 0x0201_4B50)
        if !local { header.append(le16: 20) }  // version made by
        header.append(le16: 20)                // version needed: 2.0
        header.append(le16: 0)                 // flags
        header.append(le16: 0)                 // method: stored
        header.append(le16: 0)                 // time 00:00
        header.append(le16: 0x0021)            // date 1980-01-01
        header.append(le32: crc)
        header.append(le32: size)
        header.append(le32: size)
        header.append(le16: UInt16(name.count))
        header.append(le16: 0)                 // extra field length
        if !local {
            header.append(le16: 0)             // comment
            header.append(le16: 0)             // disk
            header.append(le16: 0)             // internal attributes
            header.append(le32: 0)             // external attributes
            header.append(le32: offset)
        }
        header.append(name)
        return header
    }

    static var tooLarge: Problem {
        Problem(field: nil, message: "the file would pass 4 GiB, the most a ZIP file without ZIP64 holds; write the records as CSV instead")
    }
}

/// CRC-32 as ZIP uses it (the reflected polynomial 0xEDB88320), added to piece by piece.
struct CRC32 {
    private var crc: UInt32 = 0xFFFF_FFFF

    var value: UInt32 { crc ^ 0xFFFF_FFFF }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { bytes in
            for byte in bytes { crc = Self.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
    }

    static func of(_ data: Data) -> UInt32 {
        var crc = CRC32()
        crc.add(data)
        return crc.value
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }
}

extension Data {
    mutating func append(le16 value: UInt16) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
    mutating func append(le32 value: UInt32) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
}
