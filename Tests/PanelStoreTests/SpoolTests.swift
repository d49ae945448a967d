import Testing

@testable import PanelStore

struct SpoolTests {
    /// Rows come back ordered by their keys, first key first, as signed integers from the
    /// smallest to the largest; rows with equal keys in the order they were set aside; and
    /// each row's values as written: an empty text, quotes and commas, text beyond ASCII, a
    /// NUL, nil and the extreme integers.
    @Test func rowsComeBackInKeyOrderWithTheirValues() throws {
        let database = try Database(path: ":memory:")
        let spool = try Spool(database, keys: 2)
        let rows: [(keys: [Int], number: Int?, text: String)] = [
            ([3, 1], 1, "third"),
            ([Int.max, 0], Int.max, "last"),
            ([1, 2], nil, "\"quoted\", with a comma"),
            ([1, 1], Int.min, ""),
            ([Int.min, 5], -1, "Łódź \u{0}"),
            ([1, 2], 0, "tie, appended second"),
        ]
        for row in rows {
            try spool.append(keys: row.keys) { blob in
                blob.int(row.number)
                blob.text(row.text)
            }
        }
        var read: [(Int?, String)] = []
        try spool.forEachSorted { row in read.append((row.int(), row.text())) }
        #expect(read.map(\.0) == [-1, Int.min, nil, 0, 1, Int.max])
        #expect(read.map(\.1) == ["Łódź \u{0}", "", "\"quoted\", with a comma", "tie, appended second", "third", "last"])
    }

    /// A second pass reads the same rows again (an aligned table reads twice).
    @Test func rowsCanBeReadTwice() throws {
        let database = try Database(path: ":memory:")
        let spool = try Spool(database, keys: 1)
        for key in [2, 1] { try spool.append(keys: [key]) { $0.int(key) } }
        var read: [Int?] = []
        try spool.forEachSorted { read.append($0.int()) }
        try spool.forEachSorted { read.append($0.int()) }
        #expect(read == [1, 2, 1, 2])
    }
}
