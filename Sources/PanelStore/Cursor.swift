/// A query's rows, stepped when its reader asks rather than all in one loop: two queries in
/// the same order read side by side (a record's table and the rows of its own, by id) hold
/// nothing but the row each is on.
public final class Cursor {
    private let statement: Statement
    private let table: String
    /// The row the query is on, nil once every row has been read. Valid until `step`.
    public private(set) var row: Row?

    init(_ statement: Statement, _ values: [SQLValue], table: String) throws(StorageError) {
        self.statement = statement
        self.table = table
        statement.inUse = true
        do {
            try statement.bind(values)
            try step()
        } catch {
            statement.finish()
            throw error
        }
    }

    deinit { statement.finish() }

    /// Moves to the next row.
    public func step() throws(StorageError) {
        row = try statement.step() ? Row(statement: statement, table: table) : nil
    }

    /// Each row whose `column` (the first, unless told) is `id`, from where the cursor is,
    /// handed to `body`: for a query ordered by that column, read alongside records in the
    /// same order. Rows of ids before `id` (of no record read) are passed over. Ids compare
    /// as SQLite orders text, byte by byte.
    public func rows(of id: String, column: Int32 = 0, _ body: (Row) throws(StorageError) -> Void) throws(StorageError) {
        while let row, let owner = row.text(column), owner.utf8.lexicographicallyPrecedes(id.utf8) { try step() }
        while let row, let owner = row.text(column), owner.utf8.elementsEqual(id.utf8) {
            try body(row)
            try step()
        }
    }
}

extension Database {
    /// The rows of `sql`, read by stepping a `Cursor`.
    public func cursor(_ sql: String, _ values: [SQLValue] = [], table: String = "query") throws(StorageError) -> Cursor {
        try Cursor(try statement(sql), values, table: table)
    }
}
