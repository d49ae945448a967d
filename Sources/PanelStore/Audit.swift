import Foundation

/// The audit trail: triggers on every table write a row to `audit_log` with who, when, the
/// command and the record before and after, in the same transaction as the change, so
/// that no write path (command, import, a future one) can forget it. Who and which command
/// come from the one-row `audit_session`, which `Database.transaction` fills in first.
public enum Audit {
    /// Written out, not taken from the stores, because a shipped migration never changes.
    /// The audited tables: the kind of record each row belongs to, the SQL for that record's
    /// id (`ROW` is the new or old row), and the columns to keep. Rows of a part of a record (an adopter's breaks, a
    /// member's panels) are logged under the record they belong to.
    static let tables: [(table: String, kind: String, id: String, columns: [String])] = [
        ("service", "service", "ROW.id", ["id", "name"]),
        ("panels", "panel", "ROW.id", ["id", "name", "kind", "start_time", "venue", "independent_chair"]),
        ("members", "member", "ROW.id", ["id", "name", "category", "independent", "qualified_on", "joined_on", "left_on", "notice_on", "appraised_on", "dbs_on"]),
        ("memberships", "member", "ROW.member_id", ["member_id", "panel_id", "role", "position"]),
        ("meetings", "meeting", "ROW.id", ["id", "panel_id", "date", "start_time", "venue", "status", "cancel_reason"]),
        ("attendance", "attendance", "ROW.meeting_id || '/' || ROW.member_id", ["meeting_id", "member_id", "expected", "attended"]),
        ("agenda_items", "item", "ROW.id", ["id", "meeting_id", "type", "case_ref", "subject", "presenting_worker", "supervising_worker", "position", "slot", "applicants_attending", "confidential", "draft_report_on", "papers_sent_on", "draft_minutes_on", "final_minutes_on", "adm_received_on", "adm_decided_on", "oral_notified_on", "written_notified_on", "recommendation", "terms", "terms_children", "terms_age_range", "reasons", "minority_view", "report_quality", "adm_decision", "adm", "minute_number", "capacity_override"]),
        ("item_moves", "item", "ROW.item_id", ["item_id", "sequence", "from_meeting", "to_meeting", "moved_on", "reason"]),
        ("adopters", "adopter", "ROW.id", ["id", "name", "enquiry_on", "initial_visit_on", "roi_on", "roi_decided_on", "roi_outcome", "stage1_start_on", "stage1_end_on", "stage2_start_on", "stage2_end_on", "fast_track", "item_id", "panel_on", "adm_decided_on", "approved_on", "withdrawn_on", "withdrawal_reason"]),
        ("adopter_breaks", "adopter", "ROW.adopter_id", ["adopter_id", "sequence", "start_on", "end_on", "reason"]),
        ("children", "child", "ROW.id", ["id", "entered_care_on", "shobpa_on", "placement_order_on", "matched_on", "placed_on", "adoption_order_on", "foster_carer_adoption", "moved_in_with_carers_on", "early_permanence", "plan_changed_on", "plan_change_reason", "adopter_id"]),
        ("carers", "carer", "ROW.id", ["id", "name", "enquiry_on", "enquiry_source", "information_visit_on", "followup_visit_on", "application_on", "assessment", "stage1_start_on", "stage1_end_on", "stage2_start_on", "stage2_end_on", "reg24_on", "item_id", "panel_on", "approved_on", "household_type", "terms_children", "terms_age_range", "closed_on", "closure_reason", "left_on", "leaving_route", "leaving_reason"]),
        ("carer_days", "carer", "ROW.carer_id", ["carer_id", "kind", "day"]),
    ]

    /// Every trigger the migrations leave: one for each write to each audited table (the
    /// later migrations remake some tables' triggers under the same names).
    static let triggerNames: Set<String> = Set((tables + tables0007 + tables0008).flatMap { table in
        ["insert", "update", "delete"].map { "audit_\(table.table)_\($0)" }
    })

    static var migration: String {
        var sql = """
            CREATE TABLE audit_session (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                actor TEXT NOT NULL,
                command TEXT NOT NULL,
                at TEXT NOT NULL
            ) STRICT;
            INSERT INTO audit_session VALUES (1, 'panel', 'migration', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

            CREATE TABLE audit_log (
                sequence INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                command TEXT NOT NULL,
                record_kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                part TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
                before TEXT,
                after TEXT
            ) STRICT;
            CREATE INDEX audit_by_record ON audit_log (record_kind, record_id);
            CREATE INDEX audit_by_time ON audit_log (at);

            """
        for (table, kind, id, columns) in tables {
            func json(_ row: String) -> String { "json_object(" + columns.map { "'\($0)', \(row).\($0)" }.joined(separator: ", ") + ")" }
            sql += triggers(table, kind: kind, id: id, added: json("NEW"), changed: (json("OLD"), json("NEW")), removed: json("OLD"))
        }
        return sql
    }

    /// Migration 0006: the same triggers, keeping only what says something. An added or
    /// removed row leaves out its empty fields and a change keeps only the fields that
    /// changed (a field that became empty is absent after), because whole rows made the log
    /// ten times the size of the records it followed: 1 GB beside 100 MB at 150 services.
    static var compactMigration: String {
        var sql = ""
        for (table, kind, id, columns) in tables {
            for event in ["insert", "update", "delete"] { sql += "DROP TRIGGER audit_\(table)_\(event);\n" }
            sql += compactTriggers(table, kind: kind, id: id, columns: columns)
        }
        return sql
    }

    /// Migration 0007's tables: who did not take part in an item, adopters' annual reviews,
    /// and panels again, now with `joint`. Written out here, as `tables` is, because a
    /// shipped migration never changes.
    static let tables0007: [(table: String, kind: String, id: String, columns: [String])] = [
        ("panels", "panel", "ROW.id", ["id", "name", "kind", "start_time", "venue", "independent_chair", "joint"]),
        ("item_absences", "item", "ROW.item_id", ["item_id", "member_id", "reason"]),
        ("adopter_reviews", "adopter", "ROW.adopter_id", ["adopter_id", "day"]),
    ]

    static var migration0007: String {
        var sql = """
            ALTER TABLE panels ADD COLUMN joint INTEGER NOT NULL DEFAULT 0 CHECK (joint IN (0, 1));
            DROP TRIGGER audit_panels_insert;
            DROP TRIGGER audit_panels_update;
            DROP TRIGGER audit_panels_delete;

            -- Members present at a meeting who took no part in one item: an interest declared,
            -- or out of the room for it. They do not count towards that item's quorum.
            CREATE TABLE item_absences (
                item_id TEXT NOT NULL REFERENCES agenda_items (id),
                member_id TEXT NOT NULL REFERENCES members (id),
                reason TEXT NOT NULL CHECK (reason IN ('interest', 'left')),
                PRIMARY KEY (item_id, member_id)
            ) STRICT;
            CREATE INDEX item_absences_by_member ON item_absences (member_id);

            -- The annual reviews of approved adopters not yet matched.
            CREATE TABLE adopter_reviews (
                adopter_id TEXT NOT NULL REFERENCES adopters (id),
                day TEXT NOT NULL CHECK (day IS date(day)),
                PRIMARY KEY (adopter_id, day)
            ) STRICT;

            """
        for (table, kind, id, columns) in tables0007 { sql += compactTriggers(table, kind: kind, id: id, columns: columns) }
        return sql
    }

    /// Migration 0008: what the papers need: on the item, the ADM's own decision and reasons,
    /// an addressee and address; on adopters and households, an address; on meetings, the end
    /// time and an online link. The four tables' triggers made again with the new columns.
    static let tables0008: [(table: String, kind: String, id: String, columns: [String])] = [
        ("agenda_items", "item", "ROW.id", ["id", "meeting_id", "type", "case_ref", "subject", "presenting_worker", "supervising_worker", "position", "slot", "applicants_attending", "confidential", "draft_report_on", "papers_sent_on", "draft_minutes_on", "final_minutes_on", "adm_received_on", "adm_decided_on", "oral_notified_on", "written_notified_on", "recommendation", "terms", "terms_children", "terms_age_range", "reasons", "minority_view", "report_quality", "adm_decision", "adm", "minute_number", "capacity_override", "adm_outcome", "adm_reasons", "addressee", "address"]),
        ("adopters", "adopter", "ROW.id", ["id", "name", "enquiry_on", "initial_visit_on", "roi_on", "roi_decided_on", "roi_outcome", "stage1_start_on", "stage1_end_on", "stage2_start_on", "stage2_end_on", "fast_track", "item_id", "panel_on", "adm_decided_on", "approved_on", "withdrawn_on", "withdrawal_reason", "address"]),
        ("carers", "carer", "ROW.id", ["id", "name", "enquiry_on", "enquiry_source", "information_visit_on", "followup_visit_on", "application_on", "assessment", "stage1_start_on", "stage1_end_on", "stage2_start_on", "stage2_end_on", "reg24_on", "item_id", "panel_on", "approved_on", "household_type", "terms_children", "terms_age_range", "closed_on", "closure_reason", "left_on", "leaving_route", "leaving_reason", "address"]),
        ("meetings", "meeting", "ROW.id", ["id", "panel_id", "date", "start_time", "venue", "status", "cancel_reason", "end_time", "link"]),
    ]

    static var migration0008: String {
        let outcomes = ["approve", "not-approve", "continue-approval", "change-terms", "terminate", "match", "no-match", "defer", "noted", "withdrawn"]
        var sql = """
            ALTER TABLE agenda_items ADD COLUMN adm_outcome TEXT CHECK (adm_outcome IN (\(outcomes.map { "'\($0)'" }.joined(separator: ", "))));
            ALTER TABLE agenda_items ADD COLUMN adm_reasons TEXT NOT NULL DEFAULT '';
            ALTER TABLE agenda_items ADD COLUMN addressee TEXT NOT NULL DEFAULT '';
            ALTER TABLE agenda_items ADD COLUMN address TEXT NOT NULL DEFAULT '';
            ALTER TABLE adopters ADD COLUMN address TEXT NOT NULL DEFAULT '';
            ALTER TABLE carers ADD COLUMN address TEXT NOT NULL DEFAULT '';
            ALTER TABLE meetings ADD COLUMN end_time TEXT;
            ALTER TABLE meetings ADD COLUMN link TEXT NOT NULL DEFAULT '';

            """
        for (table, kind, id, columns) in tables0008 {
            for event in ["insert", "update", "delete"] { sql += "DROP TRIGGER audit_\(table)_\(event);\n" }
            sql += compactTriggers(table, kind: kind, id: id, columns: columns)
        }
        return sql
    }

    /// A table's triggers that keep only what says something: an added or removed row
    /// without its empty fields, a change with only the fields that changed (a field that
    /// became empty is absent after).
    private static func compactTriggers(_ table: String, kind: String, id: String, columns: [String]) -> String {
        // json_patch onto {} drops the members whose value is null.
        func json(_ value: (String) -> String) -> String {
            "json_patch('{}', json_object(" + columns.map { "'\($0)', \(value($0))" }.joined(separator: ", ") + "))"
        }
        return triggers(
            table, kind: kind, id: id,
            added: json { "nullif(NEW.\($0), '')" },
            changed: (json { "CASE WHEN OLD.\($0) IS NOT NEW.\($0) THEN OLD.\($0) END" }, json { "CASE WHEN OLD.\($0) IS NOT NEW.\($0) THEN NEW.\($0) END" }),
            removed: json { "nullif(OLD.\($0), '')" })
    }

    /// The three triggers of a table, given the SQL for the rows they log.
    private static func triggers(_ table: String, kind: String, id: String, added: String, changed: (before: String, after: String), removed: String) -> String {
        func key(_ row: String) -> String { id.replacingOccurrences(of: "ROW", with: row) }
        var sql = ""
        for (event, action, row, before, after) in [("INSERT", "added", "NEW", "NULL", added), ("UPDATE", "changed", "NEW", changed.before, changed.after), ("DELETE", "removed", "OLD", removed, "NULL")] {
            sql += """
                CREATE TRIGGER audit_\(table)_\(event.lowercased()) AFTER \(event) ON \(table) BEGIN
                    INSERT INTO audit_log (at, actor, command, record_kind, record_id, part, action, before, after)
                    SELECT at, actor, command, '\(kind)', \(key(row)), '\(table)', '\(action)', \(before), \(after) FROM audit_session;
                END;

                """
        }
        return sql
    }
}
