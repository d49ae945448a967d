#!/usr/bin/env bash
# The three ways two panel commands at once used to lose or break something, each run many
# times with real processes against one database (a demo), counting the failures:
#   1. lost updates: 'item update I0001 --reasons rN' and '--terms tN' at once, ROUNDS times;
#      both changes must be there after each round;
#   2. double adds: two 'adopter add X' at once, ROUNDS times; exactly one is added and the
#      other is refused as already there (exit 65), never both "Added";
#   3. capacity: six 'item add ... --type skills-to-foster-assessment' at once onto a new
#      meeting, TRIALS times; at most the policy's maximum (2) are booked, the rest refused.
# A command that meets a busy database past the timeout (exit 75) is tried again.
#   bash Tests/concurrency-rules.sh [ROUNDS] [TRIALS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-40}
trials=${2:-10}
swift build -c release --product panel >/dev/null
panel=${PANEL:-$PWD/.build/release/panel}   # PANEL=another build, to compare
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PANEL_DB=$work/panel.db
"$panel" demo --db "$PANEL_DB" >/dev/null

# Runs a panel command, trying again while the database is busy; prints its exit code.
run() {
    local code
    while true; do
        code=0
        "$panel" "$@" >/dev/null 2>>"$work/errors" || code=$?
        [ "$code" -ne 75 ] && break
    done
    echo "$code"
}

lost=0
for i in $(seq 1 "$rounds"); do
    run item update I0001 --reasons "r$i" >"$work/a" &
    run item update I0001 --terms "t$i" >"$work/b" &
    wait
    row=$(sqlite3 "$PANEL_DB" "SELECT reasons || '|' || terms FROM agenda_items WHERE id = 'I0001'")
    [ "$row" = "r$i|t$i" ] || lost=$((lost + 1))
done
echo "lost updates: $lost of $rounds rounds"

doubled=0
refused=0
for i in $(seq 1 "$rounds"); do
    run adopter add "TWICE$i" --roi-on 2024-01-10 >"$work/a" &
    run adopter add "TWICE$i" --enquiry-on 2024-01-02 >"$work/b" &
    wait
    codes="$(cat "$work/a") $(cat "$work/b")"
    case "$codes" in
        "0 65" | "65 0") refused=$((refused + 1)) ;;
        *) doubled=$((doubled + 1)); echo "  pair $i ended $codes" ;;
    esac
done
echo "double adds: $doubled of $rounds pairs (exactly one of each pair refused: $refused)"

exceeded=0
for t in $(seq 1 "$trials"); do
    meeting="CAP$t"
    run meeting add "$meeting" --panel fostering --date "2027-0$((1 + t % 9))-1$((t % 10))" >/dev/null
    for n in 1 2 3 4 5 6; do
        run item add "CAP$t-$n" --meeting-id "$meeting" --type skills-to-foster-assessment --case-ref "FC-$t$n" >"$work/c$n" &
    done
    wait
    booked=$(sqlite3 "$PANEL_DB" "SELECT count(*) FROM agenda_items WHERE meeting_id = '$meeting'")
    [ "$booked" -le 2 ] || { exceeded=$((exceeded + 1)); echo "  trial $t booked $booked"; }
done
echo "capacity exceeded: $exceeded of $trials trials"
"$panel" check --as-of 2025-03-31 | tail -1
[ "$lost" -eq 0 ] && [ "$doubled" -eq 0 ] && [ "$exceeded" -eq 0 ] && echo "PASS" || { echo "FAIL"; exit 1; }
