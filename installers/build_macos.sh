#!/usr/bin/env bash
# Build the macOS app of Minigrid: one command, on a Mac, from anywhere.
#
#     bash installers/build_macos.sh
#
# Produces
#   dist/Minigrid.app                               the program, with the .minigrid document type
#   dist/Minigrid-<version>-macos-<arch>.dmg        the app on a disk image with a link to
#                                                   /Applications (drag to install)
# Needs Python 3.11+ (python.org installer or `brew install python@3.11`) and the Xcode
# command line tools (`xcode-select --install`: codesign, hdiutil). The app is built for the
# architecture of the Python that runs PyInstaller (arm64 on Apple silicon, x86_64 on Intel);
# build on each kind of Mac for both.
#
# Signing and notarisation (optional; without them Gatekeeper asks the user to confirm
# via right-click → Open the first time):
#   MINIGRID_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"
#   MINIGRID_NOTARY_PROFILE=<profile made with `xcrun notarytool store-credentials`>
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON_FOR_VENV=${PYTHON:-python3}
started=$(date +%s)

if [ ! -x .venv/bin/python ]; then
  "$PYTHON_FOR_VENV" -m venv .venv
fi
PYTHON=.venv/bin/python
"$PYTHON" -m pip install -q --upgrade pip
"$PYTHON" -m pip install -q -e ".[installer]"
VERSION=$("$PYTHON" -c "import minigrid_app; print(minigrid_app.__version__)")
ARCH=$("$PYTHON" -c "import platform; print(platform.machine())")

# Compiled translations (.qm) are build products, never committed.
"$PYTHON" -m minigrid_app.ui.i18n build >/dev/null

# The icons (resources/icons/minigrid.icns and minigrid-file.icns, 16-1024 px with the retina
# sizes) are committed, drawn by installers/make_icons.py; nothing to convert here.

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/minigrid.spec

APP=dist/Minigrid.app
# The frozen program must work before it is packed.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/Minigrid" selftest
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/Minigrid" --example hofje-8 --screenshot build/smoke-screenshots >/dev/null

DMG=dist/Minigrid-$VERSION-macos-$ARCH.dmg
STAGE=build/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Minigrid.app"  # keeps symlinks, signatures and file times
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Minigrid $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ -n "${MINIGRID_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --sign "$MINIGRID_CODESIGN_IDENTITY" "$DMG"
  if [ -n "${MINIGRID_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MINIGRID_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
  fi
fi

echo "Minigrid $VERSION built in $(( $(date +%s) - started )) s:"
echo "  $APP  $(du -sh "$APP" | cut -f1)"
echo "  $DMG  $(du -sh "$DMG" | cut -f1)"
