#!/usr/bin/env bash
# Set everything up and open Minigrid on the bundled example "hofje-8".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: rendering screenshots of every step to ./screenshots-out instead."
  QT_QPA_PLATFORM=offscreen exec .venv/bin/minigrid --example hofje-8 --screenshot screenshots-out
fi
exec .venv/bin/minigrid --example hofje-8
