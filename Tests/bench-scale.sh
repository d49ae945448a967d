#!/usr/bin/env bash
# Benchmark (not a test) at scale: SERVICES services x YEARS years of synthetic data
# (Tests/synth.py; 150 x 10 is about 300,000 items, 50,000 adopters, 60,000 children).
# Prints, for import, the annual report and timeliness, panel's time beside the time the
# sqlite3 shell takes for the equivalent work on the same data.
#   bash Tests/bench-scale.sh [SERVICES] [YEARS]      (BENCH_DIR=DIR keeps the files)
set -euo pipefail
cd "$(dirname "$0")/.."
services=${1:-150}
years=${2:-10}
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=${BENCH_DIR:-$(mktemp -d)}; mkdir -p "$work"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
asof=2025-06-30
python3 Tests/synth.py "$work/csv" "$services" "$years"
db=$work/bench.db
rm -f "$db"*
"$panel" init --db "$db" --service "Benchmark" >/dev/null
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
best() { local best=999 t; for _ in 1 2 3; do t=$(seconds "$@"); best=$(echo "if ($t < $best) $t else $best" | bc); done; printf '%.3f' "$best"; }

import_panel=$(seconds "$panel" import all "$work/csv" --db "$db")
# sqlite3 putting the same rows into the same schema (constraints, indexes, audit triggers)
# in one transaction: Tests/bench-import.sql. And, for scale, the same CSV files into bare
# tables of text with no schema at all.
same=$work/same.db; rm -f "$same"*
"$panel" init --db "$same" --service "Benchmark" >/dev/null
import_same=$(cd "$work" && seconds sqlite3 "$same" < "$OLDPWD/Tests/bench-import.sql")
plain=$work/plain.db; rm -f "$plain"
import_sqlite=$(seconds sqlite3 "$plain" ".mode csv" "BEGIN" \
    ".import $work/csv/panels.csv panels" ".import $work/csv/meetings.csv meetings" ".import $work/csv/items.csv items" \
    ".import $work/csv/adopters.csv adopters" ".import $work/csv/children.csv children" ".import $work/csv/carers.csv carers" "COMMIT")

report_panel=$(best "$panel" report annual --db "$db" --service fostering --year 2023/24 --as-of $asof --format csv)
report_sqlite=$(best sqlite3 "$db" "
    SELECT m.status, count(DISTINCT m.id), count(i.id) FROM meetings m JOIN panels p ON p.id = m.panel_id
    LEFT JOIN agenda_items i ON i.meeting_id = m.id WHERE p.kind = 'fostering' AND m.date BETWEEN '2022-04-01' AND '2024-03-31' GROUP BY m.status;
    SELECT i.type, count(*) FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN panels p ON p.id = m.panel_id
    WHERE p.kind = 'fostering' AND m.status <> 'cancelled' AND m.date BETWEEN '2022-04-01' AND '2024-03-31' GROUP BY i.type, m.date >= '2023-04-01';
    SELECT count(*) FILTER (WHERE enquiry_on BETWEEN '2023-04-01' AND '2024-03-31'), count(*) FILTER (WHERE approved_on BETWEEN '2023-04-01' AND '2024-03-31'),
           count(*) FILTER (WHERE left_on BETWEEN '2023-04-01' AND '2024-03-31'), count(*) FILTER (WHERE approved_on <= '2024-03-31' AND (left_on IS NULL OR left_on > '2024-03-31')) FROM carers;")
adoption_panel=$(best "$panel" report annual --db "$db" --service adoption --year 2023/24 --as-of $asof --format csv)
adoption_sqlite=$(best sqlite3 "$db" "
    SELECT count(*), avg(julianday(adm_decided_on) - julianday(roi_on)) FROM adopters WHERE adm_decided_on BETWEEN '2023-04-01' AND '2024-03-31';
    SELECT count(*), avg(julianday(placed_on) - julianday(entered_care_on)), avg(julianday(matched_on) - julianday(placement_order_on)) FROM children WHERE adoption_order_on BETWEEN '2023-04-01' AND '2024-03-31';")
timeliness_panel=$(best "$panel" timeliness --db "$db" --as-of $asof --format csv)
timeliness_sqlite=$(best sqlite3 "$db" "SELECT i.*, m.date, p.kind FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN panels p ON p.id = m.panel_id")
overdue_panel=$(best "$panel" timeliness --db "$db" --as-of $asof --status overdue --format csv)
rows_panel=$("$panel" timeliness --db "$db" --as-of $asof --format csv | wc -l)

echo "data: $(sqlite3 "$db" "SELECT (SELECT count(*) FROM agenda_items) || ' items, ' || (SELECT count(*) FROM meetings) || ' meetings, ' || (SELECT count(*) FROM adopters) || ' adopters, ' || (SELECT count(*) FROM children) || ' children, ' || (SELECT count(*) FROM carers) || ' households'")"
printf '%-56s %10s %10s\n' "" "panel (s)" "sqlite3 (s)"
printf '%-56s %10.3f %10.3f\n' "import all (sqlite3: the same rows into the same schema)" "$import_panel" "$import_same"
printf '%-56s %10s %10.3f\n' "  (sqlite3: .import the CSV into bare tables)" "" "$import_sqlite"
printf '%-56s %10s %10s\n' "report annual fostering 2023/24 (best of 3)" "$report_panel" "$report_sqlite"
printf '%-56s %10s %10s\n' "report annual adoption 2023/24 (best of 3)" "$adoption_panel" "$adoption_sqlite"
printf '%-56s %10s %10s\n' "timeliness --format csv, $((rows_panel - 1)) rows (best of 3)" "$timeliness_panel" "$timeliness_sqlite"
printf '%-56s %10s %10s\n' "timeliness --status overdue (best of 3)" "$overdue_panel" ""
