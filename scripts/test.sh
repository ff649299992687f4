#!/usr/bin/env bash
# Set everything up and run the whole test suite (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# One worker per core (pytest-xdist). Each test file stays on one worker, so what a file's tests
# share (a computed street, a recalculated workbook) is made once. MINIGRID_TEST_WORKERS=0 runs
# everything in this one process.
exec .venv/bin/python -m pytest -n "${MINIGRID_TEST_WORKERS:-auto}" --dist loadfile "$@"
