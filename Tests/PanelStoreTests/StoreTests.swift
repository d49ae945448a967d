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
}
