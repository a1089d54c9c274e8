#!/usr/bin/env bash
# Renders SchemaParity's HTML report to a PNG in headless Chromium (Debian's `chromium` package), to look at the
# page as a browser draws it, offline.
#
#   scripts/report-screenshot.sh target/schemaparity/report.html report.png [WIDTHxHEIGHT]
#
# The report is opened from disk (file://); a filter can be given as the URL fragment of the report argument, e.g.
# 'target/schemaparity/report.html#status=failing'. Default size 1280x1800. CHROMIUM overrides the binary.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 REPORT.html[#filter] OUT.png [WIDTHxHEIGHT]" >&2
  exit 2
fi
report="${1%%#*}"
fragment=""
case "$1" in *"#"*) fragment="#${1#*#}" ;; esac
out="$2"
size="${3:-1280x1800}"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"

if [ -z "$chromium" ]; then
  echo "chromium not found: install it with 'apt-get install -y chromium' (or set CHROMIUM)" >&2
  exit 3
fi
if [ ! -f "$report" ]; then
  echo "report not found: $report (run a SchemaParity check or compare first)" >&2
  exit 2
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")$fragment"
mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out_abs"

# --no-sandbox: CI runs as root; the background-networking flags keep Chromium off a closed network.
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-sync \
  --disable-background-networking --disable-component-update --disable-quic --disable-extensions \
  --user-data-dir="$profile" --window-size="${size/x/,}" --screenshot="$out_abs" "$url" \
  >"$profile/chromium.log" 2>&1 || true

if [ ! -s "$out_abs" ]; then
  echo "chromium wrote no screenshot for $url:" >&2
  tail -n 20 "$profile/chromium.log" >&2
  exit 1
fi
echo "$out_abs"
