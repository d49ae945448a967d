#!/usr/bin/env bash
# Benchmark (not a test): 100,000 agenda items with full date chains, 50 panels, meetings
# fortnightly 2015-2024. Prints the time of `panel timeliness --format csv > /dev/null`
# beside the time sqlite3 takes to read the same rows (SELECT * FROM agenda_items).
#   bash Tests/bench-timeliness.sh        (needs sqlite3; builds panel in release mode)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=${BENCH_DIR:-$(mktemp -d)}; mkdir -p "$work"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
db=$work/bench.db
rm -f "$db"*; "$panel" init --db "$db" --service "Benchmark service" >/dev/null
sqlite3 "$db" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO panels (id, name, kind, start_time, venue, independent_chair)
SELECT 'p' || i, 'Panel ' || i, CASE i % 3 WHEN 0 THEN 'adoption' WHEN 1 THEN 'fostering' ELSE 'long-term-matching' END, '10:00', 'Town Hall', 1 FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 249)
INSERT INTO meetings (id, panel_id, date, start_time, venue, status)
SELECT p.id || '-' || n.i, p.id, date('2015-01-05', '+' || (n.i * 14) || ' days'), '10:00', 'Town Hall', 'held' FROM panels p, n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
INSERT INTO agenda_items (id, meeting_id, type, case_ref, subject, presenting_worker, supervising_worker, position, slot,
    applicants_attending, confidential, draft_report_on, papers_sent_on, draft_minutes_on, final_minutes_on, adm_received_on,
    adm_decided_on, oral_notified_on, written_notified_on, recommendation, terms, terms_children, terms_age_range, reasons,
    minority_view, report_quality, adm_decision, adm, minute_number, capacity_override)
SELECT m.id || '-' || n.i, m.id, 'information', 'REF-' || m.id || '-' || n.i, '', 'Worker', '', n.i, '10:00', 0, 0,
    date(m.date, '-22 days'), date(m.date, '-' || (6 + n.i % 3) || ' days'), date(m.date, '+' || (1 + n.i % 3) || ' days'),
    date(m.date, '+4 days'), date(m.date, '+4 days'), date(m.date, '+' || (8 + n.i % 5) || ' days'),
    date(m.date, '+9 days'), date(m.date, '+12 days'), 'noted', '', NULL, '', '', '', '', 'agreed', 'ADM', NULL, NULL
FROM meetings m, n;
SQL
items=$(sqlite3 "$db" "SELECT count(*) FROM agenda_items")
rows=$("$panel" timeliness --db "$db" --as-of 2025-01-01 --format csv | wc -l)
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
best() { local best=999 t; for _ in 1 2 3; do t=$(seconds "$@"); best=$(echo "if ($t < $best) $t else $best" | bc); done; printf '%.3f' "$best"; }
panel_time=$(best "$panel" timeliness --db "$db" --as-of 2025-01-01 --format csv)
sqlite_time=$(best sqlite3 "$db" "SELECT * FROM agenda_items")
echo "items: $items; timeliness rows: $((rows - 1))"
echo "panel timeliness --format csv > /dev/null: ${panel_time} s (best of 3)"
echo "sqlite3 SELECT * FROM agenda_items > /dev/null: ${sqlite_time} s (best of 3)"
