#!/usr/bin/env bash
# Benchmark (not a test): panel beside the sqlite3 shell doing the same work on the same
# database. For rule D3 (the ADM's decision within 7 working days of receiving the final
# minutes) sqlite3 builds the working-day calendar from Data/bank-holidays.txt, numbers the
# working days, finds each item's due day, judges it met or missed with its lateness in
# working days, and sorts as panel does (due day, panel day, agenda order); for rule A1
# (entering care to placement for adoption, 426 calendar days) the same over children.
# Both outputs must be byte-identical. Prints the best of RUNS times, the ratio and each
# side's peak memory (/usr/bin/time). The SQL covers the statuses the synthetic data has
# (met and missed: every item decided); panel judges due, overdue and not-applicable too.
#   bash Tests/bench-limit.sh DB [RUNS]        (DB: made by Tests/bench-scale.sh with BENCH_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?a database made from Tests/synth.py data, such as BENCH_DIR/bench.db}
runs=${2:-5}
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
asof=2025-06-30
grep -v '^#' Data/bank-holidays.txt | cut -c1-10 | grep . >"$work/holidays.txt"

# List mode with CSV's separators: no value here holds a comma or a quote, and sqlite3's
# csv mode quotes every text with a space in it, where RFC 4180 (and panel) need none.
cat >"$work/d3.sql" <<SQL
.mode list
.separator "," "\\r\\n"
.headers on
.output /dev/null
CREATE TEMP TABLE holiday (day TEXT PRIMARY KEY);
.mode csv
.import $work/holidays.txt holiday
.mode list
-- Every working day from 2009 to 2031, numbered: n counts the working days up to it.
CREATE TEMP TABLE working (day TEXT PRIMARY KEY, n INTEGER UNIQUE) WITHOUT ROWID;
INSERT INTO working
WITH RECURSIVE d(day) AS (SELECT '2009-01-01' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2031-12-31')
SELECT day, row_number() OVER (ORDER BY day) FROM d
WHERE strftime('%w', day) NOT IN ('0', '6') AND day NOT IN (SELECT day FROM holiday);
.output stdout
.separator "," "\\r\\n"
WITH item AS (
    SELECT i.id, i.case_ref, i.meeting_id, m.date AS panel_on, i.adm_received_on AS anchor, i.adm_decided_on AS event,
           row_number() OVER (ORDER BY m.date, m.start_time, i.meeting_id, i.position IS NULL, i.position, i.slot, i.id) AS place
    FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id),
judged AS (
    SELECT item.*, due.day AS due_on,
           -- Late by the working days after the due day up to the decision, and at least 1:
           -- a decision on Friday 25 December 2015 against a due day of Wednesday 23rd is 1
           -- late (Thursday 24th), and so is one on Friday 3 June 2022 (a bank holiday, as
           -- was the 2nd) against Wednesday 1 June.
           CASE WHEN item.event > due.day THEN max(1, (SELECT n FROM working WHERE day <= item.event ORDER BY day DESC LIMIT 1) - due.n) ELSE 0 END AS late
    FROM item
    JOIN working due ON due.n = (SELECT n FROM working WHERE day <= item.anchor ORDER BY day DESC LIMIT 1) + 7)
SELECT due_on, CASE WHEN late > 0 THEN 'missed' ELSE 'met' END AS status,
       CASE WHEN late > 0 THEN late || ' working ' || CASE late WHEN 1 THEN 'day' ELSE 'days' END || ' late' ELSE '' END AS detail,
       'D3' AS rule, 'ADM decision' AS title, 'item' AS kind, id AS subject, case_ref, meeting_id AS meeting, panel_on, anchor AS anchor_on, event AS event_on
FROM judged ORDER BY due_on, panel_on, place;
SQL

cat >"$work/a1.sql" <<SQL
.mode list
.separator "," "\\r\\n"
.headers on
SELECT date(entered_care_on, '+426 days') AS due_on,
       CASE WHEN julianday(placed_on) > julianday(entered_care_on, '+426 days') THEN 'missed' ELSE 'met' END AS status,
       CASE WHEN julianday(placed_on) > julianday(entered_care_on, '+426 days')
            THEN CAST(julianday(placed_on) - julianday(entered_care_on, '+426 days') AS INTEGER)
                 || CASE WHEN julianday(placed_on) - julianday(entered_care_on, '+426 days') = 1 THEN ' day late' ELSE ' days late' END ELSE '' END AS detail,
       'A1' AS rule, 'Entered care to placed for adoption (A1)' AS title, 'child' AS kind, id AS subject, '' AS case_ref, '' AS meeting, '' AS panel_on,
       entered_care_on AS anchor_on, placed_on AS event_on
FROM children ORDER BY due_on, id;
SQL

# Best of RUNS wall times, and the largest peak resident set, of a command whose output goes to FILE.
measure() {
    local out=$1; shift
    local best=999 peak=0 t kb
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$out"
        read -r t kb < <(tail -1 "$work/time")
        best=$(echo "if ($t < $best) $t else $best" | bc)
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    echo "$best $((peak / 1024))"
}

printf '%-44s %9s %9s %7s %10s %10s  %s\n' "work (best of $runs)" "panel s" "sqlite3 s" "ratio" "panel MiB" "sqlite MiB" "rows"
for rule in D3 A1; do
    sql=$work/$(echo "$rule" | tr 'A-Z' 'a-z').sql
    read -r pt pm < <(measure "$work/panel.csv" "$panel" timeliness --rule "$rule" --as-of $asof --format csv --db "$db")
    read -r st sm < <(measure "$work/sqlite.csv" sqlite3 "$db" ".read $sql")
    rows=$(($(wc -l <"$work/panel.csv") - 1))
    same=identical
    cmp -s "$work/panel.csv" "$work/sqlite.csv" || same="DIFFER: $(diff <(tr -d '\r' <"$work/panel.csv") <(tr -d '\r' <"$work/sqlite.csv") | head -3 | tr '\n' ' ' || true)"
    printf '%-44s %9s %9s %7s %10s %10s  %s %s\n' "timeliness --rule $rule --format csv" "$pt" "$st" "$(echo "scale=2; $pt / $st" | bc -l)" "$pm" "$sm" "$rows" "$same"
done
