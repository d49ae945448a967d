import Foundation
import Testing

@testable import PanelStore

func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "panel-tests-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

struct StoreTests {
    @Test func initCreatesAPrivateFileWithEveryMigrationRecorded() throws {
        let path = temporaryDirectory() + "/panel.db"
        let (database, applied) = try Store.initialise(path: path, serviceName: "Northvale Fostering Service")
        #expect(applied == Schema.migrations.map(\.name))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try Store.serviceName(database) == "Northvale Fostering Service")
        #expect(try database.scalar("PRAGMA journal_mode") == "wal")
        #expect(try database.scalar("PRAGMA foreign_keys") == "1")
        #expect(try Migrator.pending(in: database).isEmpty)
    }

    @Test func initAgainAppliesNothingAndKeepsTheName() throws {
        let path = temporaryDirectory() + "/panel.db"
        _ = try Store.initialise(path: path, serviceName: "Northvale")
        let (database, applied) = try Store.initialise(path: path, serviceName: nil)
        #expect(applied.isEmpty)
        #expect(try Store.serviceName(database) == "Northvale")
    }

    @Test func openingAMissingFileDoesNotCreateIt() {
        let path = temporaryDirectory() + "/absent.db"
        #expect(throws: StorageError.missingDatabase(path: path)) { try Store.open(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let path = temporaryDirectory() + "/panel.db"
        let (database, _) = try Store.initialise(path: path, serviceName: nil)
        try database.run("INSERT INTO panel_migrations (name) VALUES ('9999-from-the-future')")
        #expect(throws: StorageError.newerSchema(path: path, unknown: ["9999-from-the-future"])) {
            try Store.open(path: path)
        }
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let path = temporaryDirectory() + "/other.db"
        let other = try Database(path: path, create: true)
        try other.execute("CREATE TABLE recipes (name TEXT)")
        #expect(throws: StorageError.notAPanelDatabase(path: path)) { try Store.open(path: path) }
        #expect(throws: StorageError.notAPanelDatabase(path: path)) { try Store.initialise(path: path, serviceName: nil) }
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        let path = temporaryDirectory() + "/notes.db"
        try "Panel notes, not a database".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StorageError.notSQLite(path: path)) { try Store.open(path: path) }
    }

    @Test func aFailedTransactionLeavesNothingBehind() throws {
        let (database, _) = try Store.initialise(path: ":memory:", serviceName: "Before")
        #expect(throws: (any Error).self) {
            try database.transaction {
                try database.run("UPDATE service SET name = 'After'")
                try database.run("UPDATE service SET name = ''")  // violates the CHECK
            }
        }
        #expect(try Store.serviceName(database) == "Before")
    }

    @Test func errorsShowTheStatementButNeverTheBoundValues() throws {
        let (database, _) = try Store.initialise(path: ":memory:", serviceName: nil)
        do {
            try database.run("UPDATE service SET name = ? WHERE id = 1", [.text("")])
            Issue.record("expected the CHECK constraint to fail")
        } catch {
            let message = error.localizedDescription
            #expect(message.contains("UPDATE service SET name = ? WHERE id = 1"))
            #expect(message.contains("CHECK constraint failed"))
        }
        do {
            try database.run("INSERT INTO service (id, name) VALUES (2, ?)", [.text("Child A. Example")])
            Issue.record("expected the id CHECK to fail")
        } catch {
            #expect(!error.localizedDescription.contains("Child A. Example"))
        }
    }

    /// Upserts gathered 64 to a statement (issue 21) are all written, in the order asked
    /// for: before any other statement reads, and a repeated key in one statement updates.
    @Test func batchedUpsertsAreWrittenBeforeAnythingElseRuns() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL CHECK (n <> 0))")
        func upsert(_ id: String, _ n: Int) throws { try database.upsert("t", columns: ["id", "n"], values: [.text(id), .integer(Int64(n))]) }
        var countsSeen: [String?] = []
        try database.transaction {
            try database.batchingUpserts {
                for n in 1...70 { try upsert("r\(n)", n) }
                // 64 went in one statement; the other 6 wait, and go in before this read.
                countsSeen.append(try database.scalar("SELECT count(*) FROM t"))
                for n in 71...130 { try upsert("r\(n)", n) }
                try upsert("r5", -5)  // the same key again, in the same statement as r71 to r130
            }
        }
        #expect(countsSeen == ["70"])
        #expect(try database.scalar("SELECT count(*) FROM t") == "130")
        #expect(try database.scalar("SELECT sum(n) FROM t") == String(130 * 131 / 2 - 10))
    }

    /// A record's rows in a table of their own wait in a batch of their own, and are
    /// written after the records they refer to even when the records' batch was written
    /// first and a new one begun after theirs: parent 64 fills the parents' batch, its
    /// children start the children's, and parent 65 a new parents' batch after it.
    @Test func rowsThatReferToARecordAreWrittenAfterIt() throws {
        let database = try Database(path: ":memory:")
        try database.execute("""
            PRAGMA foreign_keys = ON;
            CREATE TABLE parent (id TEXT PRIMARY KEY);
            CREATE TABLE child (parent_id TEXT NOT NULL REFERENCES parent (id), n INTEGER NOT NULL, PRIMARY KEY (parent_id, n));
            """)
        try database.transaction {
            try database.batchingUpserts {
                for p in 1...100 {
                    try database.upsert("parent", columns: ["id"], values: [.text("p\(p)")])
                    for n in 1...3 { try database.insert("child", columns: ["parent_id", "n"], values: [.text("p\(p)"), .integer(Int64(n))]) }
                }
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM parent") == "100")
        #expect(try database.scalar("SELECT count(*) || ' ' || sum(n) FROM child") == "300 600")
        #expect(try database.scalar("SELECT group_concat(n) FROM child WHERE parent_id = 'p65'") == "1,2,3")
    }

    /// A record's own rows read alongside the records, both in order of id: each record
    /// gets its rows and no other's, a record with none gets none, rows of an id with no
    /// record are passed over, and ids compare byte by byte, as SQLite orders them
    /// ("Z" before "a").
    @Test func rowsAreReadAlongsideTheirRecords() throws {
        let database = try Database(path: ":memory:")
        try database.execute("""
            CREATE TABLE part (owner TEXT NOT NULL, n INTEGER NOT NULL);
            INSERT INTO part VALUES ('a1', 1), ('a1', 2), ('a2x', 9), ('a3', 3), ('Z9', 7), ('b', 4), ('b', 5), ('c', 6);
            """)
        let parts = try database.cursor("SELECT owner, n FROM part ORDER BY owner, n", table: "part")
        var found: [String: [Int]] = [:]
        for owner in ["Z9", "a1", "a2", "a3", "b", "d"] {
            try parts.rows(of: owner) { row in found[owner, default: []].append(row.int(1)!) }
        }
        #expect(found == ["Z9": [7], "a1": [1, 2], "a3": [3], "b": [4, 5]])
        #expect(parts.row == nil)
    }

    /// Texts are bound from the statement's own buffer: an empty text is text, not NULL;
    /// characters beyond ASCII and a text longer than any before (the buffer grows) come
    /// back as they went in, and a bound text lasts while a query's rows are stepped.
    @Test func textsAreBoundExactly() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, s TEXT)")
        let long = String(repeating: "Ünïcødé – ", count: 1_000)
        let texts = ["", "é", "short", long, "after the long one", ""]
        for (n, text) in texts.enumerated() { try database.run("INSERT INTO t (n, s) VALUES (?, ?)", [.integer(Int64(n)), .text(text)]) }
        #expect(try database.query("SELECT s, typeof(s) FROM t ORDER BY n") { row in "\(row.text(1)!):\(row.text(0)!.count)" }
            == ["text:0", "text:1", "text:5", "text:10000", "text:18", "text:0"])
        #expect(try database.query("SELECT n FROM t WHERE s = ?1 OR s = ?2 ORDER BY n", [.text(long), .text("é")]) { $0.int(0)! } == [1, 3])
    }

    @Test func aBatchedUpsertThatBreaksAConstraintUndoesTheWholeTransaction() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL CHECK (n <> 0))")
        #expect(throws: StorageError.self) {
            try database.transaction {
                try database.batchingUpserts {
                    for n in 1...100 { try database.upsert("t", columns: ["id", "n"], values: [.text("r\(n)"), .integer(n == 90 ? 0 : Int64(n))]) }
                }
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM t") == "0")
        // Outside a batch, an upsert is written at once.
        try database.upsert("t", columns: ["id", "n"], values: [.text("a"), .integer(1)])
        #expect(try database.scalar("SELECT count(*) FROM t") == "1")
    }
}
