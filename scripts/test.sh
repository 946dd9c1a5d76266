#!/usr/bin/env bash
# Set up everything the tests need and run the whole suite (GUI offscreen, real PostgreSQL,
# real PDFs, the installer build). Extra arguments go to pytest.
# Beyond what the application needs (scripts/setup.sh): PostgreSQL (the HQ store on its
# production database), poppler-utils (PDFs read back and rendered), iproute2 (the bad-link
# tests shape a loopback link), binutils (PyInstaller's build of the installer).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements-dev.txt postgresql poppler-utils iproute2 binutils
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
