#!/usr/bin/env bash
# Set up what PartnerDesk needs to run on a fresh Debian 12 machine (run as root or with sudo):
# the system libraries of Qt and a font, a virtualenv with the pinned Python packages, the
# compiled translations. Safe to run again; it only installs what is missing. What only the
# tests need (PostgreSQL, poppler, network tools, binutils) is installed by scripts/test.sh.
#   scripts/setup.sh [REQUIREMENTS_FILE] [EXTRA DEBIAN PACKAGES...]
set -euo pipefail
cd "$(dirname "$0")/.."

REQS=${1:-requirements.txt}
shift || true
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "$@")
missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(sha256sum "$REQS" requirements.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$REQS"
  touch "$stamp"
fi

# Compile the interface translations (Qt Linguist .ts -> .qm).
QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/i18n.py compile
