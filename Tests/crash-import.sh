#!/usr/bin/env bash
# Kills 'panel import' with SIGKILL part-way through writing a large file (once its write-ahead
# log has grown past 20 MB, so rows really are being written), then checks the database is
# exactly as before the import: same rows, integrity and foreign keys intact.
#   bash Tests/crash-import.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-200000}
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PANEL_DB=$work/panel.db
"$panel" demo --db "$PANEL_DB" >/dev/null
python3 - "$rows" >"$work/carers.csv" <<'PY'
import sys
print("id,enquiry_on,information_visit_on,application_on")
for i in range(int(sys.argv[1])):
    print(f"BULK{i:07d},2024-0{1 + i % 9}-1{i % 10},2024-0{1 + i % 9}-2{i % 8},")
PY
before=$(sqlite3 "$PANEL_DB" "SELECT (SELECT count(*) FROM carers) || ' carers, ' || (SELECT count(*) FROM audit_log) || ' audit rows'")
"$panel" import carers "$work/carers.csv" >/dev/null 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null && [ "$(stat -c %s "$PANEL_DB-wal" 2>/dev/null || echo 0)" -lt 20000000 ]; do sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    echo "killed the import (pid $pid) mid-write; its log file then held $(stat -c %s "$PANEL_DB-wal") bytes"
else
    echo "the import finished before it could be killed; give more ROWS" >&2
    exit 1
fi
after_rows=$(sqlite3 "$PANEL_DB" "SELECT (SELECT count(*) FROM carers) || ' carers, ' || (SELECT count(*) FROM audit_log) || ' audit rows'")
echo "before: $before"
echo "after:  $after_rows"
"$panel" check --as-of 2025-04-01
[ "$before" = "$after_rows" ] && echo "PASS: the killed import left the database as it was" || { echo "FAIL"; exit 1; }
