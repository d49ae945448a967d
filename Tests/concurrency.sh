#!/usr/bin/env bash
# Starts WRITERS panel processes at once, each adding RECORDS adopters, then checks that every
# write is present, the audit trail has one entry a write, and the file passes 'panel check'.
# A writer that meets the lock waits (busy timeout); one that waits too long gets exit 75,
# "database busy, try again", and this script tries again, counting how often.
#   bash Tests/concurrency.sh [WRITERS] [RECORDS]
set -euo pipefail
cd "$(dirname "$0")/.."
writers=${1:-8}
records=${2:-40}
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PANEL_DB=$work/panel.db
"$panel" init --service "Concurrency test" >/dev/null

writer() {
    local id=$1 busy=0
    for i in $(seq 1 "$records"); do
        until "$panel" adopter add "W$id-$i" --roi-on 2024-01-10 --by "writer $id" >/dev/null 2>"$work/err-$id"; do
            code=$?
            if [ "$code" -ne 75 ]; then echo "writer $id: exit $code: $(cat "$work/err-$id")" >&2; exit 1; fi
            busy=$((busy + 1))
        done
    done
    echo "$busy" >"$work/busy-$id"
}

start=$(date +%s.%N)
for id in $(seq 1 "$writers"); do writer "$id" & done
wait
end=$(date +%s.%N)

expected=$((writers * records))
present=$(sqlite3 "$PANEL_DB" "SELECT count(*) FROM adopters")
audited=$(sqlite3 "$PANEL_DB" "SELECT count(*) FROM audit_log WHERE record_kind = 'adopter' AND action = 'added'")
retries=$(cat "$work"/busy-* | paste -sd+ | bc)
echo "writers: $writers, writes each: $records, seconds: $(echo "$end - $start" | bc)"
echo "adopters present: $present of $expected; audit entries: $audited; busy retries: $retries"
"$panel" check
[ "$present" -eq "$expected" ] && [ "$audited" -eq "$expected" ] && echo "PASS: every write is present" || { echo "FAIL"; exit 1; }
