#!/usr/bin/env bash
# Makes each Word document from the demo (agenda, minutes, a letter, both annual reports),
# converts it with LibreOffice headless to PDF, and renders the first pages to PNG, to look
# at: what Word users will see. Prints each document's page count. Debian packages:
#   apt-get install libreoffice-writer-nogui poppler-utils
#   bash Tests/docx-to-png.sh [OUT-DIR]      (default: docx-pages/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docx-pages}
mkdir -p "$out"
swift build -c release --product panel >/dev/null
panel=$PWD/.build/release/panel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.db
"$panel" demo --db "$db" >/dev/null
"$panel" meeting agenda F250409 --format docx --output "$out/agenda.docx" --db "$db" 2>/dev/null
"$panel" meeting minutes F250312 --format docx --output "$out/minutes.docx" --db "$db" 2>/dev/null
"$panel" item letter I0001 --format docx --output "$out/letter.docx" --db "$db" 2>/dev/null
for service in fostering adoption; do
    "$panel" report annual --service "$service" --year 2024/25 --as-of 2025-03-31 --format docx --output "$out/report-$service.docx" --db "$db" 2>/dev/null
done
for file in "$out"/*.docx; do
    name=$(basename "$file" .docx)
    soffice --headless --convert-to pdf --outdir "$out" "$file" >/dev/null 2>&1
    pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ { print $2 }')
    pdftoppm -png -r 60 -f 1 -l 2 "$out/$name.pdf" "$out/$name"
    echo "$name: $pages pages"
done
