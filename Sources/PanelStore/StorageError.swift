import Foundation

/// What can go wrong between the tool and its database file. Messages name the file, table
/// or statement but never a bound value: those are children's and carers' details.
public enum StorageError: Error, Equatable, Sendable {
    case missingDatabase(path: String)
    case cannotOpen(path: String, reason: String)
    case notAPanelDatabase(path: String)
    case newerSchema(path: String, unknown: [String])
    case busy(path: String)
    case sqlite(code: Int32, message: String, sql: String)
    case decoding(table: String, column: String, reason: String)
    case notFound(kind: String, id: String)
}

extension StorageError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .missingDatabase(let path):
            "no database at \(path); create one with 'panel init' or choose another with --db PATH"
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .notAPanelDatabase(let path):
            "\(path) is an SQLite database but not a panel database; choose another with --db PATH"
        case .newerSchema(let path, let unknown):
            "\(path) was written by a newer version of panel (it has migrations \(unknown.joined(separator: ", ")) this version does not know); upgrade panel before using it"
        case .busy(let path):
            "the database \(path) is busy with another panel command; try again in a moment"
        case .sqlite(let code, let message, let sql):
            "database error \(code): \(message) (in: \(sql.prefix(120)))"
        case .decoding(let table, let column, let reason):
            "the database has a bad value in \(table).\(column): \(reason); run 'panel check'"
        case .notFound(let kind, let id):
            "no \(kind) with id '\(id)'"
        }
    }
}
