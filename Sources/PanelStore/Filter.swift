/// A WHERE clause of only the conditions given. Written into the SQL rather than as
/// `?1 IS NULL OR column = ?1`, which SQLite cannot answer from an index: saving each of
/// 100,000 imported records, or reading one year of 300,000 items, would read the whole table.
struct Filter {
    private(set) var conditions: [String] = []
    private(set) var values: [SQLValue] = []

    /// Adds `condition`, whose one `?` is `value`, when there is a value.
    mutating func add(_ condition: String, _ value: SQLValue) {
        guard value != .null else { return }
        conditions.append(condition)
        values.append(value)
    }

    /// Adds a condition that binds nothing.
    mutating func add(_ condition: String) {
        conditions.append(condition)
    }

    /// Adds `column` IN `texts` when there is a list: one statement takes any number of
    /// them, where `IN (?, ?, …)` stops at SQLite's limit.
    mutating func add(_ column: String, in texts: [String]?) {
        add("\(column) IN (SELECT value FROM json_each(?))", texts.map { .list($0) } ?? .null)
    }

    /// The filter on one column's value, or none.
    static func only(_ column: String, _ value: String?) -> Filter {
        var filter = Filter()
        filter.add("\(column) = ?", SQLValue(value))
        return filter
    }

    var clause: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }
}
