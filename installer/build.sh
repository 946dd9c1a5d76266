#!/usr/bin/env bash
# Build the one-folder PartnerDesk bundle into dist/partnerdesk (or $1) with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
work=${2:-build}
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath "$work" installer/partnerdesk.spec
echo "Built $out/partnerdesk/partnerdesk"
