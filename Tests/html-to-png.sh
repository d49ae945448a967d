#!/usr/bin/env bash
# Renders the reviewed HTML documents (the golden files) in headless Chromium, to PNG pages
# and a PDF, for checking by eye that they are complete, printable A4 pages.
#   bash Tests/html-to-png.sh [OUTPUT-DIR]     (needs: apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/panel-html-check}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "no Chromium found: apt-get install chromium" >&2
    exit 66
fi
for page in Tests/PanelCLITests/Golden/*.html; do
    name=$(basename "$page" .html)
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1300 \
        --screenshot="$out/$name.png" "file://$PWD/$page" 2>/dev/null
    "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out/$name.pdf" "file://$PWD/$page" 2>/dev/null
    echo "$out/$name.png  $out/$name.pdf"
done
