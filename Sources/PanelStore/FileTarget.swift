import Foundation

/// Where the tool may put a file it makes (an output, a backup, a new database), and how:
/// one set of checks behind them all, so that no output lands on a database, its journal or
/// a temporary file of someone else's.
public enum FileTarget {
    /// What a path holds now.
    public enum Content: Equatable, Sendable {
        case nothing
        /// An SQLite database, its write-ahead log or its rollback journal.
        case database
        case otherFile
        /// A folder, device, pipe or link.
        case notRegular
    }

    /// The first bytes of an SQLite database, a write-ahead log (two byte orders) and a
    /// rollback journal (sqlite.org/fileformat.html).
    static let databaseHeaders: [[UInt8]] = [
        Array("SQLite format 3\0".utf8), [0x37, 0x7F, 0x06, 0x82], [0x37, 0x7F, 0x06, 0x83],
        [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7],
    ]

    public static func content(of path: String) -> Content {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .nothing }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .otherFile }
        defer { close(descriptor) }
        var start = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &start, 16)
        guard count > 0 else { return .otherFile }
        return databaseHeaders.contains { Array(start.prefix(count)).starts(with: $0) } ? .database : .otherFile
    }

    /// The file whose journal `path` would be (`panel.db` for `panel.db-wal`), when there is
    /// one: SQLite deletes or replays a journal it finds, so nothing else may live there.
    public static func journalOwner(of path: String) -> String? {
        for suffix in ["-wal", "-shm", "-journal"] where path.hasSuffix(suffix) {
            let owner = String(path.dropLast(suffix.count))
            if !owner.isEmpty, FileManager.default.fileExists(atPath: owner) { return owner }
        }
        return nil
    }

    /// Refuses a path the tool may not write: one whose folder is missing, a journal's name,
    /// one of `protecting` (databases in use, with their journals, however spelt or linked),
    /// anything that is not a regular file, and a database, a log or a journal, unless
    /// `replaceable` says this one may go (an earlier backup of the same service).
    public static func check(_ path: String, protecting databases: [String] = [],
                             replaceable: (String) -> Bool = { _ in false }) throws(StorageError) {
        let folder = (path as NSString).deletingLastPathComponent
        var status = stat()
        guard stat(folder.isEmpty ? "." : folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { throw .missingFolder(path: path) }
        if let owner = journalOwner(of: path) {
            throw .refusedTarget(path: path, reason: "it is the name of the journal of \(owner), which SQLite would delete or replay; choose another path")
        }
        let files = databases.flatMap { database in ["", "-wal", "-shm", "-journal"].map { database + $0 } }
        if files.map(resolved).contains(resolved(path)) {
            throw .refusedTarget(path: path, reason: "it is the database or one of its journal files; choose another path")
        }
        switch content(of: path) {
        case .nothing: return
        case .notRegular:
            throw .refusedTarget(path: path, reason: "it is not a regular file (a folder, device, pipe or link); give a new path or a file")
        case .database where !replaceable(path):
            throw .refusedTarget(path: path, reason: "it holds an SQLite database or its log; choose another path")
        case .database, .otherFile: break
        }
        guard lstat(path, &status) == 0 else { return }
        for file in files {
            var other = stat()
            if stat(file, &other) == 0 && other.st_dev == status.st_dev && other.st_ino == status.st_ino {
                throw .refusedTarget(path: path, reason: "it is the database or one of its journal files under another name; choose another path")
            }
        }
    }

    /// The path with its folder's links and `..` resolved, as the file system sees it.
    static func resolved(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let real = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
        defer { free(real) }
        return String(cString: real) + "/" + (path as NSString).lastPathComponent
    }

    /// A new, empty file private to its owner beside `path`, named after it with `suffix`
    /// or, when that is taken, with `-2`, `-3`... after: never a file already there.
    public static func temporary(beside path: String, suffix: String) throws(StorageError) -> String {
        let base = path + suffix
        for attempt in 1...1000 {
            let candidate = base + (attempt == 1 ? "" : "-\(attempt)")
            let descriptor = open(candidate, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            if descriptor >= 0 {
                close(descriptor)
                return candidate
            }
            guard errno == EEXIST else { throw .cannotWrite(path: candidate, reason: String(cString: strerror(errno))) }
        }
        throw .cannotWrite(path: path, reason: "a thousand files of that name are already there")
    }

    /// Writes `data` to `path` whole or not at all, private to its owner: into a new
    /// temporary file beside it, flushed, then renamed over it.
    public static func write(_ data: Data, to path: String) throws(StorageError) {
        do { try write(to: path) { file in try file.append(data) } } catch let error as StorageError { throw error } catch { throw .cannotWrite(path: path, reason: "\(error)") }
    }

    /// Writes what `produce` hands its file, piece by piece, to a new file beside `path`,
    /// then puts it in `path`'s place: a listing of any length in constant memory, and
    /// never half a file under the name asked for. An error from `produce` leaves nothing.
    public static func write(to path: String, _ produce: (_ file: Writer) throws -> Void) throws {
        let temporary = try temporary(beside: path, suffix: ".panel-tmp")
        let descriptor = open(temporary, O_WRONLY | O_TRUNC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StorageError.cannotWrite(path: path, reason: reason)
        }
        var closed = false
        defer { if !closed { close(descriptor); unlink(temporary) } }
        try produce(Writer(descriptor: descriptor, path: path))
        let synced = fsync(descriptor) == 0
        closed = true
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StorageError.cannotWrite(path: path, reason: reason)
        }
    }

    /// A file being written: bytes added at its end, or put over bytes already written (a
    /// ZIP entry's size, known once its contents are written).
    public struct Writer {
        let descriptor: Int32
        let path: String

        public func append(_ data: Data) throws(StorageError) { try write(data, at: nil) }

        public func replace(at offset: Int, with data: Data) throws(StorageError) { try write(data, at: offset) }

        private func write(_ data: Data, at position: Int?) throws(StorageError) {
            var offset = 0
            let written = data.withUnsafeBytes { bytes -> Bool in
                while offset < bytes.count {
                    let pointer = bytes.baseAddress! + offset, remaining = bytes.count - offset
                    let count = position.map { pwrite(descriptor, pointer, remaining, off_t($0 + offset)) } ?? Foundation.write(descriptor, pointer, remaining)
                    if count < 0 { if errno == EINTR { continue }; return false }
                    offset += count
                }
                return true
            }
            guard written else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        }
    }
}
