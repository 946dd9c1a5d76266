#!/usr/bin/env bash
# Set up and start PartnerDesk. Data lives in your user data folder; the first run offers demo
# data. Without a screen (no DISPLAY/WAYLAND_DISPLAY) it renders the dashboard to PNG instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements.txt
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  exec .venv/bin/python main.py "$@"
fi
db="${PARTNERDESK_DB:-$HOME/.local/share/PartnerDesk/partnerdesk.db}"
mkdir -p "$(dirname "$db")"
[ -s "$db" ] || .venv/bin/python main.py demo --db "$db"
echo "No screen here: rendering the dashboard of $db to partnerdesk-dashboard.png instead."
QT_QPA_PLATFORM=offscreen exec .venv/bin/python main.py shot --db "$db" --view dashboard \
  --out partnerdesk-dashboard.png
