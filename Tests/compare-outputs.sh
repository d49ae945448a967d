#!/usr/bin/env bash
# Compares what two builds of panel print for the same database, byte for byte: the full
# timeliness listing (CSV, JSON and the aligned table), rule D3 alone, upcoming deadlines,
# every item, the audit trail, the timeliness summary, every export, the Annex A lists and
# the workbooks (files compared byte for byte). For a change that must not change output
# (streaming, speed). Prints one line a listing: same or DIFFERENT, sizes and each side's
# peak memory (MiB).
#   bash Tests/compare-outputs.sh OLD_PANEL NEW_PANEL DB
set -euo pipefail
old=${1:?the panel binary before}; new=${2:?the panel binary after}; db=${3:?a database}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
asof=2025-06-30
different=0
check() {
    local name=$1; shift
    /usr/bin/time -f "%M" -o "$work/old.mem" "$old" "$@" --db "$db" >"$work/old.out" 2>"$work/old.err" || true
    /usr/bin/time -f "%M" -o "$work/new.mem" "$new" "$@" --db "$db" >"$work/new.out" 2>"$work/new.err" || true
    local verdict=same
    cmp -s "$work/old.out" "$work/new.out" && cmp -s "$work/old.err" "$work/new.err" || { verdict=DIFFERENT; different=$((different + 1)); }
    printf '%-34s %-9s %12s bytes   peak %5s -> %5s MiB\n' "$name" "$verdict" "$(wc -c <"$work/new.out")" \
        "$(($(tail -1 "$work/old.mem") / 1024))" "$(($(tail -1 "$work/new.mem") / 1024))"
}
# A file the command writes (OUT in its arguments is the file's path): the files compared,
# not the messages, which name the path.
check_file() {
    local name=$1; shift
    local args=("$@")
    /usr/bin/time -f "%M" -o "$work/old.mem" "$old" "${args[@]/OUT/$work/old.file}" --db "$db" >/dev/null 2>&1 || true
    /usr/bin/time -f "%M" -o "$work/new.mem" "$new" "${args[@]/OUT/$work/new.file}" --db "$db" >/dev/null 2>&1 || true
    local verdict=same
    cmp -s "$work/old.file" "$work/new.file" || { verdict=DIFFERENT; different=$((different + 1)); }
    printf '%-34s %-9s %12s bytes   peak %5s -> %5s MiB\n' "$name" "$verdict" "$(wc -c <"$work/new.file")" \
        "$(($(tail -1 "$work/old.mem") / 1024))" "$(($(tail -1 "$work/new.mem") / 1024))"
    rm -f "$work/old.file" "$work/new.file"
}
check "timeliness csv" timeliness --as-of $asof --format csv
check "timeliness json" timeliness --as-of $asof --format json
check "timeliness table" timeliness --as-of $asof
check "timeliness D3 overdue,missed" timeliness --as-of $asof --rule D3 --status overdue,missed --format csv
check "timeliness upcoming" timeliness upcoming --as-of 2024-03-04 --days 20 --format csv
check "timeliness summary" timeliness summary --year 2023/24 --as-of $asof --format csv
check "item list" item list --format csv
check "audit" audit --format csv
for kind in service panels members meetings attendance items item-moves item-absences adopters children carers; do
    check "export $kind" export "$kind"
done
check "export annex-a 10" export annex-a --list 10 --as-of $asof
check "export annex-a 11" export annex-a --list 11 --as-of $asof
check_file "export annex-a 11 xlsx" export annex-a --list 11 --as-of $asof --format xlsx --output OUT
check_file "export all xlsx" export all OUT --format xlsx
echo "$different different"
[ "$different" = 0 ]
