/// The database schema, as the ordered list of its migrations.
///
/// Conventions: STRICT tables, days as ISO `TEXT`, choices as `TEXT` with a `CHECK`,
/// declared foreign keys and no cascading deletes of case history.
public enum Schema {
    public static let migrations: [Migration] = [
        Migration(
            name: "0001-service",
            sql: """
                CREATE TABLE service (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT NOT NULL CHECK (name <> '')
                ) STRICT;
                """)
    ]
}
