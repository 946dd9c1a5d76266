#!/usr/bin/env bash
# Set up and start PartnerDesk. Data lives in your user data folder; the first run offers to join
# your office, to set one up, or to explore demo data (kept apart, in demo.db beside it).
# Without a screen (no DISPLAY/WAYLAND_DISPLAY) it renders the dashboard of the DEMO file to PNG
# instead: the office's own database is never written by this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements.txt
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  exec .venv/bin/python main.py "$@"
fi
real="${PARTNERDESK_DB:-$HOME/.local/share/PartnerDesk/partnerdesk.db}"
demo="$(dirname "$real")/demo.db"
[ "$(basename "$real")" != demo.db ] || demo="$(dirname "$real")/demo-2.db"  # as models.demo
mkdir -p "$(dirname "$demo")"
[ -s "$demo" ] || .venv/bin/python main.py demo --db "$demo"
out="${PARTNERDESK_SHOT:-partnerdesk-dashboard.png}"
echo "No screen here: rendering the dashboard of the demo data ($demo) to $out."
QT_QPA_PLATFORM=offscreen exec .venv/bin/python main.py shot --db "$demo" --view dashboard \
  --out "$out" --size 1024x600
