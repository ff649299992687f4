"""Draw the Minigrid icons: SVG sources, PNG sizes, Windows .ico and macOS .icns.

    .venv/bin/python installers/make_icons.py

The application icon is a house with a ground loop (a U-shaped borehole pipe) below it,
green ``#2ca02c`` on white, the colour of the shared ground loop everywhere in the program.
The file icon is a page with the same drawing, for ``.minigrid`` project files. The SVGs are
the sources; the PNGs are rendered from them with QtSvg and packed with Pillow. Run again
after changing a drawing and commit the results (the build scripts do not need Qt to draw).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

GREEN = "#2ca02c"
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# House and loop on a 256 × 256 grid: solid house with a white door and window, a ground line,
# and the U-tube of a borehole going down from the house.
HOUSE_AND_LOOP = f"""
    <path d="M128 34 L214 108 L190 108 L190 162 L66 162 L66 108 L42 108 Z"
          fill="{GREEN}" stroke="{GREEN}" stroke-width="6" stroke-linejoin="round"/>
    <rect x="76" y="120" width="26" height="42" rx="3" fill="#ffffff"/>
    <rect x="144" y="118" width="28" height="24" rx="3" fill="#ffffff"/>
    <line x1="34" y1="176" x2="222" y2="176" stroke="{GREEN}" stroke-width="6"
          stroke-linecap="round" opacity="0.55"/>
    <path d="M108 162 V206 A20 20 0 0 0 148 206 V162" fill="none" stroke="{GREEN}"
          stroke-width="13" stroke-linecap="round"/>
"""

APP_SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Minigrid application icon: a house with a shared ground loop below it. -->
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="6" y="6" width="244" height="244" rx="44" fill="#ffffff" stroke="{GREEN}" stroke-width="8"/>
  <g>{HOUSE_AND_LOOP}  </g>
</svg>
"""

FILE_SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Minigrid project file icon (.minigrid): a page with the house and its ground loop. -->
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <path d="M44 8 H168 L220 60 V248 H44 Z" fill="#ffffff" stroke="#6b6b6b" stroke-width="8"
        stroke-linejoin="round"/>
  <path d="M168 8 V60 H220" fill="#ececec" stroke="#6b6b6b" stroke-width="8" stroke-linejoin="round"/>
  <g transform="translate(46 62) scale(0.64)">{HOUSE_AND_LOOP}  </g>
</svg>
"""


def render_png(svg_path: Path, size: int, out: Path) -> None:
    """Render ``svg_path`` to a square PNG of ``size`` pixels with QtSvg."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")


def make(stem: str, svg_text: str) -> None:
    from PIL import Image

    svg_path = ICON_DIR / f"{stem}.svg"
    svg_path.write_text(svg_text, encoding="utf-8")
    for size in PNG_SIZES:
        render_png(svg_path, size, ICON_DIR / f"{stem}-{size}.png")
    largest = Image.open(ICON_DIR / f"{stem}-256.png").convert("RGBA")
    # Pillow picks the exact rendered PNG for each size when given them all, so small sizes
    # keep their own hinting instead of being scaled down from 256 px.
    frames = [Image.open(ICON_DIR / f"{stem}-{size}.png").convert("RGBA") for size in ICO_SIZES]
    largest.save(ICON_DIR / f"{stem}.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames)
    Image.open(ICON_DIR / f"{stem}-512.png").convert("RGBA").save(ICON_DIR / f"{stem}.icns")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QtSvg needs it)
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    make("minigrid", APP_SVG)
    make("minigrid-file", FILE_SVG)
    print(f"icons written to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
