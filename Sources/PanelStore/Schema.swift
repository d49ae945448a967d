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
        Migration(
            name: "0003-agenda-items",
            sql: """
                CREATE TABLE agenda_items (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    meeting_id TEXT NOT NULL REFERENCES meetings (id),
                    type TEXT NOT NULL CHECK (type <> ''),
                    case_ref TEXT NOT NULL CHECK (case_ref <> ''),
                    subject TEXT NOT NULL,
                    presenting_worker TEXT NOT NULL,
                    supervising_worker TEXT NOT NULL,
                    position INTEGER CHECK (position > 0),
                    slot TEXT CHECK (slot GLOB '[0-2][0-9]:[0-5][0-9]'),
                    applicants_attending INTEGER NOT NULL CHECK (applicants_attending IN (0, 1)),
                    confidential INTEGER NOT NULL CHECK (confidential IN (0, 1)),
                    draft_report_on TEXT CHECK (draft_report_on IS date(draft_report_on)),
                    papers_sent_on TEXT CHECK (papers_sent_on IS date(papers_sent_on)),
                    draft_minutes_on TEXT CHECK (draft_minutes_on IS date(draft_minutes_on)),
                    final_minutes_on TEXT CHECK (final_minutes_on IS date(final_minutes_on)),
                    adm_received_on TEXT CHECK (adm_received_on IS date(adm_received_on)),
                    adm_decided_on TEXT CHECK (adm_decided_on IS date(adm_decided_on)),
                    oral_notified_on TEXT CHECK (oral_notified_on IS date(oral_notified_on)),
                    written_notified_on TEXT CHECK (written_notified_on IS date(written_notified_on)),
                    recommendation TEXT CHECK (recommendation IN ('approve', 'not-approve', 'defer',
                        'continue-approval', 'change-terms', 'terminate', 'match', 'no-match', 'noted', 'withdrawn')),
                    terms TEXT NOT NULL,
                    terms_children INTEGER CHECK (terms_children >= 0),
                    terms_age_range TEXT NOT NULL,
                    reasons TEXT NOT NULL,
                    minority_view TEXT NOT NULL,
                    report_quality TEXT NOT NULL,
                    adm_decision TEXT CHECK (adm_decision IN ('agreed', 'not-agreed', 'referred-back')),
                    adm TEXT NOT NULL,
                    minute_number INTEGER CHECK (minute_number > 0),
                    capacity_override TEXT
                ) STRICT;
                CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id);

                -- An item moved off a meeting (cancelled, or deferred) keeps where it was.
                CREATE TABLE item_moves (
                    item_id TEXT NOT NULL REFERENCES agenda_items (id),
                    sequence INTEGER NOT NULL,
                    from_meeting TEXT NOT NULL REFERENCES meetings (id),
                    to_meeting TEXT NOT NULL REFERENCES meetings (id),
                    moved_on TEXT NOT NULL CHECK (moved_on IS date(moved_on)),
                    reason TEXT NOT NULL,
                    PRIMARY KEY (item_id, sequence)
                ) STRICT;
                """),
    ]
}
