#!/usr/bin/env bash
# Set up Minigrid on a fresh Debian/Ubuntu machine: system libraries for Qt, LibreOffice
# (recalculation check of the Excel export), poppler (PDF checks), and a virtual
# environment in .venv with the program and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libx11-xcb1 libxrender1 libxi6
  fonts-dejavu-core xvfb xauth poppler-utils libreoffice-calc-nogui
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# compiled translations (.qm) are built from resources/translations/*.ts
if .venv/bin/python -c "import minigrid_app.ui.i18n" 2>/dev/null; then
  .venv/bin/python -m minigrid_app.ui.i18n build >/dev/null || echo "warning: translations not built"
fi
