import Foundation

/// The entries of a ZIP file, stored or deflated, each checked against its CRC-32: for
/// reading back a workbook, whoever saved it last.
enum ZipReader {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func entries(_ data: Data) throws -> [String: Data] {
        let bytes = [UInt8](data)
        func le16(_ at: Int) throws -> Int {
            guard at + 2 <= bytes.count else { throw Malformed(description: "it ends too soon") }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func le32(_ at: Int) throws -> Int { let low = try le16(at), high = try le16(at + 2); return low | high << 16 }
        // The end record: the last 22 bytes, or before a comment of up to 64 KiB.
        guard let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1).first(where: { at in
            at >= 0 && bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == 0x05 && bytes[at + 3] == 0x06
        }) else { throw Malformed(description: "it is not a ZIP file (no end record)") }
        let count = try le16(end + 10)
        var offset = try le32(end + 16)
        var found: [String: Data] = [:]
        for _ in 0..<count {
            guard try le32(offset) == 0x0201_4B50 else { throw Malformed(description: "its directory is damaged") }
            let method = try le16(offset + 10), crc = try le32(offset + 16), compressed = try le32(offset + 20), size = try le32(offset + 24)
            let nameLength = try le16(offset + 28), extra = try le16(offset + 30), comment = try le16(offset + 32), local = try le32(offset + 42)
            guard offset + 46 + nameLength <= bytes.count else { throw Malformed(description: "its directory is damaged") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let start = local + 30 + (try le16(local + 26)) + (try le16(local + 28))
            guard start + compressed <= bytes.count else { throw Malformed(description: "\(name) runs past the end") }
            let raw = Data(bytes[start..<(start + compressed)])
            let contents: Data
            switch method {
            case 0: contents = raw
            case 8: contents = try Inflate.decompress(raw)
            default: throw Malformed(description: "\(name) is compressed in a way panel does not read (method \(method))")
            }
            guard contents.count == size, CRC32.of(contents) == UInt32(crc) else { throw Malformed(description: "\(name) fails its CRC check") }
            found[name] = contents
            offset += 46 + nameLength + extra + comment
        }
        return found
    }
}
