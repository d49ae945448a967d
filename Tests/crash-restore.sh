#!/usr/bin/env bash
# Kills 'panel restore' with SIGKILL at every point of its work, ROUNDS times at delays
# spread evenly over how long a whole restore takes (checking the backup, copying and
# migrating it, locking, keeping the old database aside, copying the new one in), and after
# each kill checks that the database opens and holds either all of the old records or all
# of the new ones, and passes 'panel check'. Never neither, never a mixture.
# Then restores again and again while four processes add adopters, and checks that every add
# a writer was told succeeded is in the database or in one of the copies restore kept.
#   bash Tests/crash-restore.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-60}
swift build -c release --product panel >/dev/null
panel=${PANEL:-$PWD/.build/release/panel}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PANEL_DB=$work/panel.db
"$panel" demo --db "$PANEL_DB" >/dev/null
# A larger database, so a restore takes long enough to be stopped part-way.
python3 - >"$work/carers.csv" <<'PY'
print("id,enquiry_on,information_visit_on")
for i in range(40000):
    print(f"BULK{i:06d},2024-0{1 + i % 9}-1{i % 10},2024-0{1 + i % 9}-2{i % 8}")
PY
"$panel" import carers "$work/carers.csv" >/dev/null
"$panel" backup "$work/new.db" >/dev/null
# The old database: the backup's records and 500 more households.
python3 - >"$work/more.csv" <<'PY'
print("id,enquiry_on")
for i in range(500):
    print(f"OLD{i:04d},2024-05-01")
PY
"$panel" import carers "$work/more.csv" >/dev/null
sqlite3 "$PANEL_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$PANEL_DB" "$work/old.db"
old=$(sqlite3 "$PANEL_DB" "SELECT count(*) FROM carers")
new=$(sqlite3 "$work/new.db" "SELECT count(*) FROM carers")

reset() {
    rm -f "$PANEL_DB" "$PANEL_DB-wal" "$PANEL_DB-shm" "$PANEL_DB".before-restore-* "$PANEL_DB".restoring*
    cp "$work/old.db" "$PANEL_DB"
}
reset
start=$(date +%s%N)
"$panel" restore "$work/new.db" >/dev/null
whole=$(( ($(date +%s%N) - start) / 1000000 ))
echo "a whole restore takes ${whole} ms; the old database has $old households, the new one $new"

seen_old=0 seen_new=0 bad=0
for round in $(seq 1 "$rounds"); do
    reset
    delay_ms=$(( whole * round / rounds ))
    "$panel" restore "$work/new.db" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '0.%03d' "$delay_ms")" 2>/dev/null || sleep "$((delay_ms / 1000))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    count=$("$panel" carer list --format csv --no-headers 2>/dev/null | wc -l || echo "unreadable")
    if [ "$count" = "$old" ] && "$panel" check >/dev/null 2>&1; then
        seen_old=$((seen_old + 1))
    elif [ "$count" = "$new" ] && "$panel" check >/dev/null 2>&1; then
        seen_new=$((seen_new + 1))
    else
        bad=$((bad + 1))
        echo "  round $round (killed after ${delay_ms} ms): $count households; check: $("$panel" check 2>&1 | tail -1)"
    fi
done
echo "killed $rounds restores at 0 to ${whole} ms: old database $seen_old times, new database $seen_new times, anything else $bad times"

# Restores during writes: no acknowledged write may be in no file.
reset
writer() {
    local id=$1 i=0
    while [ ! -e "$work/stop" ]; do
        i=$((i + 1))
        if "$panel" adopter add "W$id-$i" --roi-on 2024-01-10 >/dev/null 2>&1; then echo "W$id-$i" >>"$work/acknowledged-$id"; fi
    done
}
rm -f "$work/stop" "$work"/acknowledged-*
for id in 1 2 3 4; do writer "$id" & done
restores=0
for i in $(seq 1 8); do
    sleep 0.3
    "$panel" restore "$work/new.db" >/dev/null 2>&1 && restores=$((restores + 1))
done
touch "$work/stop"
wait
cat "$work"/acknowledged-* | sort -u >"$work/told"
for file in "$PANEL_DB" "$PANEL_DB".before-restore-*; do
    sqlite3 "$file" "SELECT id FROM adopters WHERE id LIKE 'W%'"
done | sort -u >"$work/kept"
missing=$(comm -23 "$work/told" "$work/kept" | wc -l)
echo "restores during writes: $restores restores, $(wc -l <"$work/told") adds acknowledged, $missing of them in no file"
[ "$bad" -eq 0 ] && [ "$seen_old" -gt 0 ] && [ "$seen_new" -gt 0 ] && [ "$missing" -eq 0 ] && echo "PASS" || { echo "FAIL"; exit 1; }
