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
                """),
        Migration(
            name: "0002-central-list",
            sql: """
                CREATE TABLE panels (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    name TEXT NOT NULL CHECK (name <> ''),
                    kind TEXT NOT NULL CHECK (kind IN ('fostering', 'adoption', 'long-term-matching')),
                    start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
                    venue TEXT NOT NULL,
                    independent_chair INTEGER NOT NULL CHECK (independent_chair IN (0, 1))
                ) STRICT;

                CREATE TABLE members (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    name TEXT NOT NULL CHECK (name <> ''),
                    category TEXT NOT NULL CHECK (category IN ('social-worker', 'independent-member',
                        'elected-member', 'health', 'education', 'care-experienced', 'foster-carer', 'adopter',
                        'other', 'panel-adviser', 'medical-adviser', 'legal-adviser', 'minute-taker')),
                    independent INTEGER NOT NULL CHECK (independent IN (0, 1)),
                    qualified_on TEXT CHECK (qualified_on IS date(qualified_on)),
                    joined_on TEXT CHECK (joined_on IS date(joined_on)),
                    left_on TEXT CHECK (left_on IS date(left_on)),
                    notice_on TEXT CHECK (notice_on IS date(notice_on)),
                    appraised_on TEXT CHECK (appraised_on IS date(appraised_on)),
                    dbs_on TEXT CHECK (dbs_on IS date(dbs_on)),
                    CHECK (left_on IS NULL OR joined_on IS NULL OR joined_on <= left_on)
                ) STRICT;

                CREATE TABLE memberships (
                    member_id TEXT NOT NULL REFERENCES members (id),
                    panel_id TEXT NOT NULL REFERENCES panels (id),
                    role TEXT NOT NULL CHECK (role IN ('chair', 'vice-chair', 'member')),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (member_id, panel_id)
                ) STRICT;
                CREATE INDEX memberships_by_panel ON memberships (panel_id);

                CREATE TABLE meetings (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    panel_id TEXT NOT NULL REFERENCES panels (id),
                    date TEXT NOT NULL CHECK (date IS date(date)),
                    start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
                    venue TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
                    cancel_reason TEXT,
                    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
                ) STRICT;
                CREATE INDEX meetings_by_panel_date ON meetings (panel_id, date);
                CREATE INDEX meetings_by_date ON meetings (date);

                CREATE TABLE attendance (
                    meeting_id TEXT NOT NULL REFERENCES meetings (id),
                    member_id TEXT NOT NULL REFERENCES members (id),
                    expected INTEGER NOT NULL CHECK (expected IN (0, 1)),
                    attended TEXT CHECK (attended IN ('present', 'apologies', 'absent')),
                    PRIMARY KEY (meeting_id, member_id)
                ) STRICT;
                CREATE INDEX attendance_by_member ON attendance (member_id);
                """),
    ]
}
