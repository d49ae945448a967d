import Foundation

/// A ZIP file of stored (uncompressed) entries, as a .docx package needs: each entry's
/// local header, its bytes, then the central directory and its end record (APPNOTE 6.3.x,
/// sections 4.3.7, 4.3.12, 4.3.16). No compression keeps it small and plain; Word, LibreOffice
/// and every unzip read stored entries. Times are fixed (1 January 1980), so the same
/// document makes the same bytes.
struct ZipArchive {
    private var body = Data()
    private var directory = Data()
    private var count: UInt16 = 0

    /// Adds a file. Names are ASCII paths such as `word/document.xml`.
    mutating func add(_ name: String, _ contents: Data) {
        let nameBytes = Data(name.utf8)
        let crc = Self.crc32(contents)
        let offset = UInt32(body.count)
        // Local file header.
        body.append(le32: 0x0403_4B50)
        body.append(le16: 20)            // version needed: 2.0
        body.append(le16: 0)             // flags
        body.append(le16: 0)             // method: stored
        body.append(le16: 0)             // time 00:00
        body.append(le16: 0x0021)        // date 1980-01-01
        body.append(le32: crc)
        body.append(le32: UInt32(contents.count))
        body.append(le32: UInt32(contents.count))
        body.append(le16: UInt16(nameBytes.count))
        body.append(le16: 0)             // extra field length
        body.append(nameBytes)
        body.append(contents)
        // Its central directory entry.
        directory.append(le32: 0x0201_4B50)
        directory.append(le16: 20)       // version made by
        directory.append(le16: 20)
        directory.append(le16: 0)
        directory.append(le16: 0)
        directory.append(le16: 0)
        directory.append(le16: 0x0021)
        directory.append(le32: crc)
        directory.append(le32: UInt32(contents.count))
        directory.append(le32: UInt32(contents.count))
        directory.append(le16: UInt16(nameBytes.count))
        directory.append(le16: 0)        // extra
        directory.append(le16: 0)        // comment
        directory.append(le16: 0)        // disk
        directory.append(le16: 0)        // internal attributes
        directory.append(le32: 0)        // external attributes
        directory.append(le32: offset)
        directory.append(nameBytes)
        count += 1
    }

    /// The whole archive.
    var data: Data {
        var archive = body
        archive.append(directory)
        archive.append(le32: 0x0605_4B50)
        archive.append(le16: 0)
        archive.append(le16: 0)
        archive.append(le16: count)
        archive.append(le16: count)
        archive.append(le32: UInt32(directory.count))
        archive.append(le32: UInt32(body.count))
        archive.append(le16: 0)
        return archive
    }

    /// CRC-32 as ZIP uses it (the reflected polynomial 0xEDB88320).
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
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
