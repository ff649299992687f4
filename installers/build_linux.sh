#!/usr/bin/env bash
# Build the Linux bundle of Minigrid: one command, from the repository root or anywhere.
#
#     bash installers/build_linux.sh
#
# Produces
#   dist/Minigrid/                                  the program folder (run dist/Minigrid/Minigrid)
#   dist/Minigrid-<version>-linux-x86_64.tar.gz     that folder packed, with install.sh,
#                                                   Minigrid.desktop and minigrid-mime.xml inside
# Needs the virtual environment with the installer extra:
#     .venv/bin/pip install -e ".[installer]"
# PYTHON overrides the interpreter (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
started=$(date +%s)

if ! "$PYTHON" -c "import PyInstaller, sys; v = tuple(int(p) for p in PyInstaller.__version__.split('.')[:2]); sys.exit(v < (6, 5))" 2>/dev/null; then
  echo "PyInstaller >= 6.5 is missing: run  $PYTHON -m pip install -e \".[installer]\"" >&2
  exit 1
fi
# PyInstaller puts the program archive into an ELF section with objcopy (binutils).
if ! command -v objcopy >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends binutils >/dev/null
  else
    echo "objcopy is missing: install binutils" >&2
    exit 1
  fi
fi
# A frozen program carries libpython: Debian/Ubuntu's python3.X ships it in libpython3.X.
if ! "$PYTHON" -c "from PyInstaller.depend.bindepend import get_python_library_path as find; find()" >/dev/null 2>&1; then
  PYVER=$("$PYTHON" -c "import sys; print(f'{sys.version_info[0]}.{sys.version_info[1]}')")
  echo "libpython$PYVER is missing: installing it (or use a Python built with --enable-shared)" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "libpython$PYVER" >/dev/null
fi
VERSION=$("$PYTHON" -c "import minigrid_app; print(minigrid_app.__version__)")
ARCH=$(uname -m)

# Compiled translations (.qm) are build products, never committed.
if "$PYTHON" -c "import minigrid_app.ui.i18n" 2>/dev/null; then
  "$PYTHON" -m minigrid_app.ui.i18n build >/dev/null
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/minigrid.spec

cp installers/linux/install.sh installers/linux/Minigrid.desktop installers/linux/minigrid-mime.xml dist/Minigrid/
chmod +x dist/Minigrid/install.sh dist/Minigrid/Minigrid

ARCHIVE=dist/Minigrid-$VERSION-linux-$ARCH.tar.gz
rm -f "$ARCHIVE"
if command -v pigz >/dev/null 2>&1; then
  tar -C dist -cf - Minigrid | pigz -6 > "$ARCHIVE"
else
  tar -C dist -czf "$ARCHIVE" Minigrid
fi

echo "Minigrid $VERSION built in $(( $(date +%s) - started )) s:"
echo "  dist/Minigrid/      $(du -sh dist/Minigrid | cut -f1) unpacked"
echo "  $ARCHIVE  $(du -sh "$ARCHIVE" | cut -f1)"
