#!/usr/bin/env bash
# What a real process does when it cannot write its output, which `swift test` (output
# captured in memory) cannot see: standard output full, closed, or a pipe whose reader has
# gone, and standard error full. Each must end with exit 74 (or a quiet 74 for a closed
# pipe), never a signal. Prints each case and its exit code; exits 1 if any is wrong.
#   bash Tests/output-errors.sh
set -uo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product panel >/dev/null || exit 1
panel=${PANEL:-$PWD/.build/release/panel}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$panel" demo --db "$work/d.db" >/dev/null
failed=0
check() {   # check NAME EXPECTED ACTUAL
    printf '%-44s exit %s (expected %s)\n' "$1" "$3" "$2"
    [ "$3" = "$2" ] || failed=1
}
"$panel" rules list --db "$work/d.db" >/dev/full 2>/dev/null; check "standard output full (/dev/full)" 74 $?
"$panel" rules list --db "$work/d.db" >&- 2>/dev/null; check "standard output closed" 74 $?
"$panel" nosuch 2>/dev/full; check "standard error full" 74 $?
"$panel" timeliness --as-of 2025-03-31 --db "$work/d.db" 2>"$work/err" | head -1 >/dev/null; check "a pipe closed early (| head -1)" 74 "${PIPESTATUS[0]}"
[ -s "$work/err" ] && { echo "  but it printed: $(cat "$work/err")"; failed=1; }
exit $failed
