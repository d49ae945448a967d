#!/usr/bin/env bash
# Reads a large invented SSDA903 return (Tests/synth-ssda903.py: CHILDREN children over
# YEARS years, the last year as XML) into a new database and checks what came out against
# what the generator says must: the number derived, and every refusal one it explains (a
# period of care that began before the earliest file). Prints the time and peak memory.
#   bash Tests/bench-ssda903.sh [CHILDREN [YEARS]]      (default 20000 children, 8 years)
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-20000}; years=${2:-8}
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
expected=$(python3 Tests/synth-ssda903.py "$children" "$years" "$work/return")
echo "$expected"
"$panel" init --db "$work/s.db" --service Bench >/dev/null
set +e
/usr/bin/time -f "%e %M" -o "$work/time" "$panel" import ssda903 "$work"/return/*/ --db "$work/s.db" >"$work/out" 2>"$work/err"
code=$?
set -e
read -r seconds kilobytes < <(tail -1 "$work/time")
tail -2 "$work/out"
echo "import ssda903: $seconds s, peak $((kilobytes / 1024)) MiB, exit $code, $(du -sh "$work/return" | cut -f1) of files"
derived=$(sed -n 's/^\([0-9]*\) with a plan for adoption.*/\1/p' "$work/out")
refused=$(grep -c '^refused: ' "$work/err" || true)
unexplained=$(grep '^refused: ' "$work/err" | grep -vc ': the period of care starts before the earliest file' || true)
want_derived=$(sed -n 's/.*, \([0-9]*\) derived,.*/\1/p' <<<"$expected")
want_refused=$(sed -n 's/.* derived, \([0-9]*\) refused.*/\1/p' <<<"$expected")
echo "derived $derived (expected $want_derived), refused $refused (expected $want_refused), refusals not explained: $unexplained"
[ "$derived" = "$want_derived" ] && [ "$refused" = "$want_refused" ] && [ "$unexplained" = 0 ] || { grep '^refused: ' "$work/err" | grep -v 'before the earliest file' | head; exit 1; }
# A second import of the same files changes nothing.
"$panel" import ssda903 "$work"/return/*/ --db "$work/s.db" >"$work/again" 2>/dev/null || true
grep -q "children: 0 added, 0 updated, $derived unchanged" "$work/again" || { echo "second import changed records"; exit 1; }
echo PASS
