#!/usr/bin/env bash
# CI: build the Linux bundle and smoke-test the FROZEN program (no display needed).
#
#     bash installers/ci_build_and_smoke.sh
#
# Fails loudly (exit 1, with the program's output) when a check fails: a missing module or
# data file shows up here and not in the source test suite. Checks, each on the bundle in
# dist/Minigrid, run from an empty folder with an empty HOME:
#   --version, selftest, example + compute (table and JSON), bad input gives exit 2 without a
#   traceback, the screenshots in Dutch and English and the plain window on an X server
#   (xvfb-run) until its first paint, the Excel export, the evening documents (intent), the
#   tender request with its bill of quantities and decision record, the engineer's files
#   (handoff), and install.sh/--uninstall into a scratch HOME. Every check runs: none is
#   skipped because a source file moved (the intent check was, after io/documents.py
#   became a package).
# Budget: about 2 minutes on 2 cores (build ≈ 1 min, checks ≈ 30 s).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
started=$(date +%s)

step() { echo; echo "== $* ($(( $(date +%s) - started )) s)"; }
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

step "installing the installer extra"
if "$PYTHON" -c "import PyInstaller, sys; sys.exit(tuple(map(int, PyInstaller.__version__.split('.')[:2])) < (6, 5))" 2>/dev/null; then
  echo "PyInstaller $("$PYTHON" -c "import PyInstaller; print(PyInstaller.__version__)") is already installed"
else
  "$PYTHON" -m pip install -q -e ".[installer]"
fi

step "building the Linux bundle"
bash installers/build_linux.sh
build_seconds=$(( $(date +%s) - started ))

APP=$ROOT/dist/Minigrid/Minigrid
[ -x "$APP" ] || fail "$APP was not built"
VERSION=$("$PYTHON" -c "import minigrid_app; print(minigrid_app.__version__)")

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/run"
cd "$WORK/run"  # nothing of the source tree in reach of the frozen program
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME

# Signs of a broken bundle in any output (PyInstaller, Python or Qt).
BROKEN='ModuleNotFoundError|No module named|ImportError|FileNotFoundError|Traceback|Failed to execute script|Could not load the Qt platform plugin|Cannot load library|vertaling kon niet'

# run NAME EXPECTED_EXIT COMMAND...: runs the frozen program, keeps its output in $WORK/NAME.log
run() {
  local name=$1 expected=$2
  shift 2
  local code=0
  "$@" >"$WORK/$name.log" 2>&1 || code=$?
  if [ "$code" -ne "$expected" ] || grep -Eq "$BROKEN" "$WORK/$name.log"; then
    echo "--- output of: $* (exit $code, expected $expected)" >&2
    tail -n 60 "$WORK/$name.log" >&2
    fail "$name"
  fi
  echo "ok  $name"
}

expect_in_log() {
  grep -q -- "$2" "$WORK/$1.log" || { tail -n 40 "$WORK/$1.log" >&2; fail "$1: '$2' not in the output"; }
}

step "smoke-testing the frozen program"
run version 0 "$APP" --version
expect_in_log version "Minigrid $VERSION"

run selftest 0 "$APP" selftest
expect_in_log selftest "Zelftest geslaagd"

run example 0 "$APP" example hofje-8 -o "$WORK/hofje-8.minigrid"
[ -s "$WORK/hofje-8.minigrid" ] || fail "example: no project file written"

run compute 0 "$APP" compute "$WORK/hofje-8.minigrid" --quick
expect_in_log compute "Gedeelde bodemlus"
run compute-json 0 "$APP" compute "$WORK/hofje-8.minigrid" --quick --json
"$PYTHON" -c "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))" "$WORK/compute-json.log" \
  || fail "compute --json: output is not JSON"

# Bad input: a clear message in Dutch and English, exit code 2, no traceback.
echo "dit is geen project" > "$WORK/kapot.minigrid"
run bad-input 2 "$APP" compute "$WORK/kapot.minigrid"
expect_in_log bad-input "Fout:"
expect_in_log bad-input "Error:"

count_png() { find "$1" -name '*.png' -size +1k 2>/dev/null | wc -l; }
run screenshots 0 "$APP" --example hofje-8 --screenshot "$WORK/shots"
[ "$(count_png "$WORK/shots")" -ge 5 ] || fail "screenshots: fewer than 5 PNG files in $WORK/shots"
run screenshots-en 0 "$APP" --example hofje-8 --lang en --screenshot "$WORK/shots-en"
[ "$(count_png "$WORK/shots-en")" -ge 5 ] || fail "screenshots --lang en: fewer than 5 PNG files"
# The window as a user gets it: no arguments, on a real X server (the xcb platform plugin
# and its libraries, not just offscreen); MINIGRID_EXIT_AFTER_PAINT quits after the first paint.
if command -v xvfb-run >/dev/null 2>&1; then
  run window-x11 0 env QT_QPA_PLATFORM=xcb MINIGRID_EXIT_AFTER_PAINT=1 timeout 120 xvfb-run -a "$APP"
else
  echo "--  window-x11: xvfb-run is not installed"
fi
"$PYTHON" - "$WORK/shots" <<'EOF' || fail "screenshots: not valid PNG images"
import sys
from pathlib import Path

for png in Path(sys.argv[1]).glob("*.png"):
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
EOF

run export 0 "$APP" export "$WORK/hofje-8.minigrid" --out "$WORK/hofje-8.xlsx"
"$PYTHON" -c "import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); assert wb.sheetnames" "$WORK/hofje-8.xlsx" \
  || fail "export: $WORK/hofje-8.xlsx is not a workbook"

is_pdfs() {  # every PDF in $1 starts as one, and at least $2 of them are larger than 1 kB
  local folder=$1 least=$2 name=$3
  [ "$(find "$folder" -name '*.pdf' -size +1k | wc -l)" -ge "$least" ] || fail "$name: fewer than $least PDFs in $folder"
  for pdf in "$folder"/*.pdf; do
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$name: $pdf is not a PDF"
  done
}
# hofje-8's 8 homes: a declaration of intent and a kitchen-table sheet each, both bundled, and the report
run intent 0 "$APP" intent "$WORK/hofje-8.minigrid" --out "$WORK/documents"
is_pdfs "$WORK/documents" 19 intent
run intent-en 0 "$APP" intent "$WORK/hofje-8.minigrid" --out "$WORK/documents-en" --lang en
is_pdfs "$WORK/documents-en" 19 intent-en

run tender 0 "$APP" tender "$WORK/hofje-8.minigrid" --out "$WORK/tender" --budget --decision
is_pdfs "$WORK/tender" 2 tender
"$PYTHON" - "$WORK/tender" <<'EOF' || fail "tender: no readable bill of quantities in $WORK/tender"
import sys
from pathlib import Path

import openpyxl

books = [openpyxl.load_workbook(path) for path in Path(sys.argv[1]).glob("*.xlsx")]
assert books and all(book.sheetnames for book in books)
EOF

run handoff 0 "$APP" handoff "$WORK/hofje-8.minigrid" --out "$WORK/handoff"
[ "$(find "$WORK/handoff" -name '*.json' -size +0 | wc -l)" -ge 1 ] || fail "handoff: no JSON written in $WORK/handoff"

step "install.sh into a scratch HOME"
tar -xzf "$ROOT/dist/Minigrid-$VERSION-linux-$(uname -m).tar.gz" -C "$WORK"
run install 0 sh "$WORK/Minigrid/install.sh"
for file in "$HOME/.local/lib/minigrid/Minigrid" "$XDG_DATA_HOME/applications/Minigrid.desktop" \
            "$XDG_DATA_HOME/mime/packages/minigrid.xml" "$XDG_DATA_HOME/icons/hicolor/256x256/apps/minigrid.png"; do
  [ -e "$file" ] || fail "install: $file missing"
done
run installed-version 0 "$HOME/.local/bin/minigrid" --version
run uninstall 0 sh "$HOME/.local/lib/minigrid/install.sh" --uninstall
[ ! -e "$HOME/.local/lib/minigrid" ] && [ ! -e "$XDG_DATA_HOME/applications/Minigrid.desktop" ] \
  || fail "uninstall: files left behind"

step "size"
size_mb=$(du -sm "$ROOT/dist/Minigrid" | cut -f1)
echo "bundle dist/Minigrid: $size_mb MB unpacked (target ≤ 300 MB), largest parts:"
du -sh "$ROOT"/dist/Minigrid/_internal/* | sort -h | tail -n 8
ls -l "$ROOT"/dist/Minigrid-*.tar.gz
if [ "$size_mb" -gt 300 ]; then
  echo "WARNING: the bundle is above the 300 MB target: see what grew above." >&2
fi
echo
echo "frozen Linux bundle OK: built in $build_seconds s, everything in $(( $(date +%s) - started )) s"
