-- The sqlite3 shell's equivalent of 'panel import all csv/' (Tests/bench-scale.sh runs it
-- beside a folder csv/): the same rows into the same schema, with its constraints and audit
-- triggers, in one transaction, but no checks beyond the schema's and no minute numbers.
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO audit_session (id, actor, command, at) VALUES (1, 'bench', 'sqlite3 import', '2026-01-01T00:00:00Z')
    ON CONFLICT (id) DO UPDATE SET actor = excluded.actor, command = excluded.command, at = excluded.at;
.import --csv --schema temp csv/panels.csv s_panels
.import --csv --schema temp csv/meetings.csv s_meetings
.import --csv --schema temp csv/items.csv s_items
.import --csv --schema temp csv/adopters.csv s_adopters
.import --csv --schema temp csv/children.csv s_children
.import --csv --schema temp csv/carers.csv s_carers
INSERT INTO panels (id, name, kind, start_time, venue, independent_chair)
    SELECT id, name, kind, start_time, venue, independent_chair = 'yes' FROM s_panels;
INSERT INTO meetings (id, panel_id, date, start_time, venue, status, cancel_reason)
    SELECT id, panel, date, start_time, venue, status, nullif(cancel_reason, '') FROM s_meetings;
INSERT INTO agenda_items (id, meeting_id, type, case_ref, subject, presenting_worker, supervising_worker, applicants_attending, confidential,
        draft_report_on, papers_sent_on, draft_minutes_on, final_minutes_on, adm_received_on, recommendation, adm_decision, adm_decided_on,
        oral_notified_on, written_notified_on, terms, terms_age_range, reasons, minority_view, report_quality, adm)
    SELECT id, meeting_id, type, case_ref, '', '', '', 0, 0, nullif(draft_report_on, ''), nullif(papers_sent_on, ''), nullif(draft_minutes_on, ''),
        nullif(final_minutes_on, ''), nullif(adm_received_on, ''), nullif(recommendation, ''), nullif(adm_decision, ''), nullif(adm_decided_on, ''),
        nullif(oral_notified_on, ''), nullif(written_notified_on, ''), '', '', '', '', '', '' FROM s_items;
INSERT INTO adopters (id, name, enquiry_on, initial_visit_on, roi_on, roi_decided_on, roi_outcome, stage1_start_on, stage1_end_on, stage2_start_on,
        stage2_end_on, fast_track, panel_on, adm_decided_on, approved_on, withdrawn_on, withdrawal_reason)
    SELECT id, '', nullif(enquiry_on, ''), nullif(initial_visit_on, ''), nullif(roi_on, ''), nullif(roi_decided_on, ''), nullif(roi_outcome, ''),
        nullif(stage1_start_on, ''), nullif(stage1_end_on, ''), nullif(stage2_start_on, ''), nullif(stage2_end_on, ''), 0, nullif(panel_on, ''),
        nullif(adm_decided_on, ''), nullif(approved_on, ''), nullif(withdrawn_on, ''), nullif(withdrawal_reason, '') FROM s_adopters;
INSERT INTO children (id, entered_care_on, shobpa_on, placement_order_on, matched_on, placed_on, adoption_order_on, foster_carer_adoption,
        moved_in_with_carers_on, early_permanence, plan_change_reason)
    SELECT id, nullif(entered_care_on, ''), nullif(shobpa_on, ''), nullif(placement_order_on, ''), nullif(matched_on, ''), nullif(placed_on, ''),
        nullif(adoption_order_on, ''), foster_carer_adoption = 'yes', nullif(moved_in_with_carers_on, ''), 0, '' FROM s_children;
INSERT INTO carers (id, name, enquiry_on, enquiry_source, information_visit_on, application_on, approved_on, household_type, terms_age_range,
        closure_reason, left_on, leaving_route, leaving_reason)
    SELECT id, '', nullif(enquiry_on, ''), '', nullif(information_visit_on, ''), nullif(application_on, ''), nullif(approved_on, ''),
        nullif(household_type, ''), '', '', nullif(left_on, ''), nullif(leaving_route, ''), nullif(leaving_reason, '') FROM s_carers;
INSERT INTO carer_days (carer_id, kind, day)
    SELECT s.id, 'review', d.value FROM s_carers s, json_each('["' || replace(s.reviews_on, ';', '","') || '"]') d WHERE s.reviews_on <> '';
COMMIT;
