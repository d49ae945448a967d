#!/usr/bin/env bash
# Opens what panel writes for spreadsheets and calendars the way people do, with programs
# that are not panel's: each CSV file is converted by LibreOffice headless (its default
# import, as a double-click does) and read back with openpyxl; the .ics is parsed with the
# icalendar library. Checks: accented names intact, no formula cells, numbers numeric,
# every event there with its time zone. Not run by `swift test`. Needs:
#   apt-get install libreoffice-calc-nogui     pip install openpyxl icalendar
#   bash Tests/spreadsheet-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.db
"$panel" demo --db "$db" >/dev/null
# Names a spreadsheet would garble or run.
"$panel" adopter update AD001 --name 'Zoë Ó Súilleabháin' --db "$db" >/dev/null
"$panel" adopter update AD002 --name '=HYPERLINK("http://x","Open")' --db "$db" >/dev/null
"$panel" adopter update AD003 --name '-2+3' --db "$db" >/dev/null
"$panel" adopter update AD004 --name '@SUM(A1)' --db "$db" >/dev/null
"$panel" export adopters --output "$work/adopters.csv" --db "$db" 2>/dev/null
"$panel" timeliness summary --year 2024/25 --as-of 2025-03-31 --format csv --output "$work/summary.csv" --db "$db" 2>/dev/null
"$panel" report annual --service adoption --year 2024/25 --as-of 2025-03-31 --format xlsx --output "$work/report-in.xlsx" --db "$db" 2>/dev/null
# Through LibreOffice and out again, as a service manager's save would.
mkdir -p "$work/lo" && soffice --headless --convert-to xlsx --outdir "$work/lo" "$work/report-in.xlsx" >/dev/null 2>&1
mv "$work/lo/report-in.xlsx" "$work/report.xlsx"
# Every record to one workbook, saved again by LibreOffice (compressed, shared strings), and
# read back into a fresh database: every export must be the same.
"$panel" export all "$work/records.xlsx" --format xlsx --db "$db" 2>/dev/null
mkdir -p "$work/saved" && soffice --headless --convert-to xlsx --outdir "$work/saved" "$work/records.xlsx" >/dev/null 2>&1
"$panel" init --db "$work/fresh.db" --service "Someone else" >/dev/null
"$panel" import all "$work/saved/records.xlsx" --db "$work/fresh.db" >/dev/null
same=0; kinds=0
for kind in service panels members meetings attendance items item-moves item-absences adopters children carers; do
    kinds=$((kinds + 1))
    cmp -s <("$panel" export "$kind" --db "$db") <("$panel" export "$kind" --db "$work/fresh.db") && same=$((same + 1))
done
echo "records workbook saved by LibreOffice and read back: $same of $kinds kinds the same"
[ "$same" = "$kinds" ] || exit 1
# Ofsted's Annex A lists as a workbook, saved again by LibreOffice, and list 11 as CSV.
"$panel" export annex-a --list 10 --as-of 2025-03-04 --format xlsx --output "$work/list10-in.xlsx" --db "$db" 2>/dev/null
mkdir -p "$work/lo10" && soffice --headless --convert-to xlsx --outdir "$work/lo10" "$work/list10-in.xlsx" >/dev/null 2>&1
mv "$work/lo10/list10-in.xlsx" "$work/list10.xlsx"
"$panel" export annex-a --list 11 --as-of 2025-03-04 --output "$work/list11.csv" --db "$db" 2>/dev/null
"$panel" meeting calendar --year 2024/25 --output "$work/meetings.ics" --db "$db" 2>/dev/null
for file in adopters summary list11; do
    # Headless, LibreOffice's CSV import ignores the byte-order mark and reads the system's
    # 8-bit character set (the accented name comes out garbled: tried, LibreOffice 7.4);
    # its import dialog and Excel do take the mark. So the script names UTF-8 (76), and the
    # mark is checked by `swift test` instead.
    soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$work" "$work/$file.csv" >/dev/null 2>&1
done
python3 - "$work" <<'PY'
import sys, openpyxl, icalendar
work = sys.argv[1]
failed = False
def check(what, ok):
    global failed
    print(("ok   " if ok else "FAIL ") + what)
    failed |= not ok
sheet = openpyxl.load_workbook(f"{work}/adopters.xlsx").active
rows = list(sheet.iter_rows())
names = {row[0].value: row[[c.value for c in rows[0]].index("name")] for row in rows[1:]}
check("accented name intact: " + str(names["AD001"].value), names["AD001"].value == "Zoë Ó Súilleabháin")
formulas = [c.coordinate for row in rows for c in row if c.data_type == "f"]
check(f"no formula cells ({len(formulas)} found)", not formulas)
check("the formula-like names are text: " + ", ".join(str(names[i].value) for i in ("AD002", "AD003", "AD004")),
      all(names[i].data_type == "s" for i in ("AD002", "AD003", "AD004")))
summary = openpyxl.load_workbook(f"{work}/summary.xlsx").active
counts = [c for row in list(summary.iter_rows())[1:] for c in row[2:7] if c.value is not None]
check(f"timeliness counts are numbers ({len(counts)} cells)", counts and all(isinstance(c.value, (int, float)) for c in counts))
import datetime
book = openpyxl.load_workbook(f"{work}/report.xlsx")
check(f"the report workbook opens: {len(book.sheetnames)} sheets, the first {book.sheetnames[0]}", book.sheetnames[0] == "About" and len(book.sheetnames) == 14)
score = [[c for c in row] for row in book["scorecard"].iter_rows(min_row=2)]
check("scorecard percentages are percentages: " + ", ".join(f"{r[1].value}" for r in score if r[1].number_format == "0%"),
      any(r[1].number_format == "0%" and isinstance(r[1].value, float) for r in score))
check("averages are numbers", all(isinstance(r[1].value, (int, float)) for r in score if r[1].value is not None))
joined = [c.value for row in book["central-list"].iter_rows(min_row=2) for c in row[3:4]]
check(f"days are dates ({len(joined)} on the central list)", joined and all(isinstance(v, datetime.datetime) for v in joined if v is not None))
annex = openpyxl.load_workbook(f"{work}/list10.xlsx")
list10 = annex["List 10"]
rows = list(list10.iter_rows())
check(f"Annex A list 10 after LibreOffice: sheets {annex.sheetnames}, {len(rows) - 1} children, 16 headings",
      annex.sheetnames == ["List 10", "About"] and len(rows[0]) == 16 and rows[0][0].value == "Child Unique ID" and len(rows) > 10)
entered = [row[7] for row in rows[1:]]
check("list 10 days are dates shown DD/MM/YYYY: " + str(entered[0].value.date()) + " as " + entered[0].number_format,
      all(isinstance(c.value, datetime.datetime) and c.number_format.lower() in ("dd/mm/yyyy", "dd/mm/yyyy;@") for c in entered))
check("list 10's empty columns are empty", all(row[i].value is None for row in rows[1:] for i in range(1, 7)))
list11 = list(openpyxl.load_workbook(f"{work}/list11.xlsx").active.iter_rows())
check(f"Annex A list 11 CSV in LibreOffice: {len(list11[0])} headings, {len(list11) - 1} households, the last heading {list11[0][-1].value}",
      len(list11[0]) == 19 and list11[0][-1].value == "Reason for leaving adoption process")
placed = [row[15].value for row in list11[1:] if row[15].value is not None]
check(f"children placed are numbers ({len(placed)} households)", placed and all(isinstance(v, (int, float)) for v in placed))
calendar = icalendar.Calendar.from_ical(open(f"{work}/meetings.ics", "rb").read())
events = [e for e in calendar.walk("VEVENT")]
check(f"the calendar parses: {len(events)} events", len(events) > 20)
check("each event has a UID, a start in Europe/London and a status",
      all(e.get("uid") and e.decoded("dtstart").tzinfo is not None and str(e.decoded("dtstart").tzinfo).endswith("London") and e.get("status") for e in events))
check("UIDs are unique", len({str(e.get("uid")) for e in events}) == len(events))
sys.exit(1 if failed else 0)
PY
