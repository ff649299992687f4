#!/usr/bin/env sh
# Install Minigrid for this user (no administrator rights needed), or remove it again.
#
#     ./install.sh              copy the program to ~/.local/lib/minigrid, add it to the
#                               applications menu and let .minigrid files open with it
#     ./install.sh --uninstall  remove all of that again (projects are never touched)
#
# Run it from the unpacked folder (the one holding the Minigrid program). Honours
# XDG_DATA_HOME; PREFIX (default ~/.local) chooses where lib/ and bin/ go.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$PREFIX/lib/minigrid
BIN=$PREFIX/bin
SIZES="16 24 32 48 64 128 256"

refresh() {
  # Desktop databases: best effort, the menu also picks the files up at the next login.
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true; fi
}

uninstall() {
  rm -rf "$TARGET"
  rm -f "$BIN/minigrid" "$DATA/applications/Minigrid.desktop" "$DATA/mime/packages/minigrid.xml"
  for size in $SIZES; do
    rm -f "$DATA/icons/hicolor/${size}x${size}/apps/minigrid.png" \
          "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-minigrid.png"
  done
  rm -f "$DATA/icons/hicolor/scalable/apps/minigrid.svg" "$DATA/icons/hicolor/scalable/mimetypes/application-x-minigrid.svg"
  refresh
  echo "Minigrid is verwijderd. Uw projecten (.minigrid) zijn niet aangeraakt."
  echo "Minigrid has been removed. Your projects (.minigrid) were not touched."
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  exit 0
fi

if [ ! -x "$HERE/Minigrid" ] || [ ! -d "$HERE/_internal" ]; then
  echo "Fout: start install.sh vanuit de uitgepakte map Minigrid." >&2
  echo "Error: run install.sh from the unpacked Minigrid folder." >&2
  exit 2
fi

ICONS=$HERE/_internal/resources/icons
if [ "$HERE" != "$TARGET" ]; then
  rm -rf "$TARGET.new"
  mkdir -p "$TARGET.new"
  cp -Rp "$HERE/." "$TARGET.new/"  # -p: keep the times (a .qm must stay newer than its .ts)
  rm -rf "$TARGET"
  mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/mime/packages"
ln -sf "$TARGET/Minigrid" "$BIN/minigrid"
# The menu entry names the program by its full path: ~/.local/bin is not always on PATH.
# Its file name matches the Wayland app id Qt derives from the executable ("Minigrid"), so
# the desktop shows the icon of this entry for the running window.
sed "s|^Exec=.*|Exec=\"$TARGET/Minigrid\" %f|" "$HERE/Minigrid.desktop" > "$DATA/applications/Minigrid.desktop"
cp "$HERE/minigrid-mime.xml" "$DATA/mime/packages/minigrid.xml"
for size in $SIZES; do
  mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps" "$DATA/icons/hicolor/${size}x${size}/mimetypes"
  cp "$ICONS/minigrid-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/minigrid.png"
  cp "$ICONS/minigrid-file-$size.png" "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-minigrid.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
cp "$ICONS/minigrid.svg" "$DATA/icons/hicolor/scalable/apps/minigrid.svg"
cp "$ICONS/minigrid-file.svg" "$DATA/icons/hicolor/scalable/mimetypes/application-x-minigrid.svg"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default Minigrid.desktop application/x-minigrid >/dev/null 2>&1 || true
fi
echo "Minigrid is geïnstalleerd in $TARGET en staat in het menu (Kantoor)."
echo "Minigrid is installed in $TARGET and is in the applications menu (Office)."
echo "Verwijderen / remove: $TARGET/install.sh --uninstall"
