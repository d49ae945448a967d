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
        Migration(
            name: "0004-journeys",
            sql: """
                CREATE TABLE adopters (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    name TEXT NOT NULL,
                    enquiry_on TEXT CHECK (enquiry_on IS date(enquiry_on)),
                    initial_visit_on TEXT CHECK (initial_visit_on IS date(initial_visit_on)),
                    roi_on TEXT CHECK (roi_on IS date(roi_on)),
                    roi_decided_on TEXT CHECK (roi_decided_on IS date(roi_decided_on)),
                    roi_outcome TEXT CHECK (roi_outcome IN ('accepted', 'declined')),
                    stage1_start_on TEXT CHECK (stage1_start_on IS date(stage1_start_on)),
                    stage1_end_on TEXT CHECK (stage1_end_on IS date(stage1_end_on)),
                    stage2_start_on TEXT CHECK (stage2_start_on IS date(stage2_start_on)),
                    stage2_end_on TEXT CHECK (stage2_end_on IS date(stage2_end_on)),
                    fast_track INTEGER NOT NULL CHECK (fast_track IN (0, 1)),
                    item_id TEXT REFERENCES agenda_items (id),
                    panel_on TEXT CHECK (panel_on IS date(panel_on)),
                    adm_decided_on TEXT CHECK (adm_decided_on IS date(adm_decided_on)),
                    approved_on TEXT CHECK (approved_on IS date(approved_on)),
                    withdrawn_on TEXT CHECK (withdrawn_on IS date(withdrawn_on)),
                    withdrawal_reason TEXT CHECK (withdrawal_reason IN ('self-withdrew', 'counselled-out', 'other-agency',
                        'medical', 'circumstances', 'other')),
                    CHECK (stage2_end_on IS NULL OR stage2_start_on IS NULL OR stage2_start_on <= stage2_end_on)
                ) STRICT;

                CREATE TABLE adopter_breaks (
                    adopter_id TEXT NOT NULL REFERENCES adopters (id),
                    sequence INTEGER NOT NULL,
                    start_on TEXT NOT NULL CHECK (start_on IS date(start_on)),
                    end_on TEXT CHECK (end_on IS date(end_on)),
                    reason TEXT NOT NULL,
                    PRIMARY KEY (adopter_id, sequence)
                ) STRICT;

                CREATE TABLE children (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    entered_care_on TEXT CHECK (entered_care_on IS date(entered_care_on)),
                    shobpa_on TEXT CHECK (shobpa_on IS date(shobpa_on)),
                    placement_order_on TEXT CHECK (placement_order_on IS date(placement_order_on)),
                    matched_on TEXT CHECK (matched_on IS date(matched_on)),
                    placed_on TEXT CHECK (placed_on IS date(placed_on)),
                    adoption_order_on TEXT CHECK (adoption_order_on IS date(adoption_order_on)),
                    foster_carer_adoption INTEGER NOT NULL CHECK (foster_carer_adoption IN (0, 1)),
                    moved_in_with_carers_on TEXT CHECK (moved_in_with_carers_on IS date(moved_in_with_carers_on)),
                    early_permanence INTEGER NOT NULL CHECK (early_permanence IN (0, 1)),
                    plan_changed_on TEXT CHECK (plan_changed_on IS date(plan_changed_on)),
                    plan_change_reason TEXT NOT NULL,
                    adopter_id TEXT REFERENCES adopters (id)
                ) STRICT;
                CREATE INDEX children_by_adopter ON children (adopter_id);

                CREATE TABLE carers (
                    id TEXT PRIMARY KEY CHECK (id <> ''),
                    name TEXT NOT NULL,
                    enquiry_on TEXT CHECK (enquiry_on IS date(enquiry_on)),
                    enquiry_source TEXT NOT NULL,
                    information_visit_on TEXT CHECK (information_visit_on IS date(information_visit_on)),
                    followup_visit_on TEXT CHECK (followup_visit_on IS date(followup_visit_on)),
                    application_on TEXT CHECK (application_on IS date(application_on)),
                    assessment TEXT CHECK (assessment IN ('skills-to-foster', 'family-and-friends')),
                    stage1_start_on TEXT CHECK (stage1_start_on IS date(stage1_start_on)),
                    stage1_end_on TEXT CHECK (stage1_end_on IS date(stage1_end_on)),
                    stage2_start_on TEXT CHECK (stage2_start_on IS date(stage2_start_on)),
                    stage2_end_on TEXT CHECK (stage2_end_on IS date(stage2_end_on)),
                    reg24_on TEXT CHECK (reg24_on IS date(reg24_on)),
                    item_id TEXT REFERENCES agenda_items (id),
                    panel_on TEXT CHECK (panel_on IS date(panel_on)),
                    approved_on TEXT CHECK (approved_on IS date(approved_on)),
                    household_type TEXT CHECK (household_type IN ('mainstream', 'family-and-friends', 'short-breaks',
                        'foster-plus', 'early-permanence', 'supported-lodgings')),
                    terms_children INTEGER CHECK (terms_children >= 0),
                    terms_age_range TEXT NOT NULL,
                    closed_on TEXT CHECK (closed_on IS date(closed_on)),
                    closure_reason TEXT NOT NULL,
                    left_on TEXT CHECK (left_on IS date(left_on)),
                    leaving_route TEXT CHECK (leaving_route IN ('resignation', 'deregistration')),
                    leaving_reason TEXT CHECK (leaving_reason IN ('retirement', 'health', 'circumstances', 'special-guardianship',
                        'staying-put', 'child-returned-home', 'standards-of-care', 'inactive', 'other-agency', 'other')),
                    CHECK (left_on IS NULL OR approved_on IS NULL OR approved_on <= left_on)
                ) STRICT;

                -- The days of a household's repeating events: annual reviews, reviews at panel,
                -- extensions of a Regulation 24 temporary approval.
                CREATE TABLE carer_days (
                    carer_id TEXT NOT NULL REFERENCES carers (id),
                    kind TEXT NOT NULL CHECK (kind IN ('review', 'panel-review', 'reg24-extension')),
                    day TEXT NOT NULL CHECK (day IS date(day)),
                    PRIMARY KEY (carer_id, kind, day)
                ) STRICT;
                """),
        Migration(name: "0005-audit", sql: Audit.migration),
        Migration(name: "0006-compact-audit", sql: Audit.compactMigration),
        Migration(name: "0007-quorum-per-item", sql: Audit.migration0007),
        Migration(name: "0008-letters", sql: Audit.migration0008),
    ]
}
