#!/usr/bin/env bash
# Set up everything the tests need and run the whole suite (GUI offscreen, real PostgreSQL,
# real PDFs, the installer build). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements-dev.txt
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
