"""An Agg renderer that remembers its text: the documents' charts draw the same words again and again.

The evening's pack draws 33 charts at one resolution; their words (variant names, euro ticks,
the years, the units) come back chart after chart, and drawing text was a third of a chart's
time (issue 16): each string shaped into glyphs (``FT2Font._layout``) and each glyph rendered
by FreeType at its place. :class:`TextRemembering` keeps both, as matplotlib's Agg renderer
makes them:

- the glyphs of a string, by the string, its font properties, size, resolution and hinting
  (shaping depends on nothing else);
- the bitmap of a glyph, by its font, size, resolution, rotation and the fraction of a pixel
  (1/64) its pen position falls on: FreeType renders an outline moved by whole pixels into the
  same bitmap, moved by as many pixels.

So a chart is drawn with the same pixels as by :class:`~matplotlib.backends.backend_agg.RendererAgg`
(``tests/io/test_chart_cache.py`` compares them with ``savefig``'s). The memory is per
thread (matplotlib's fonts are) and let go when it grows past :data:`REMEMBERED` glyphs.
Needs the glyph drawing of matplotlib ≥ 3.11; with another matplotlib it draws as Agg does.
"""

from __future__ import annotations

import math
import threading

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag

try:  # matplotlib ≥ 3.11 draws a string glyph by glyph, from Python
    from matplotlib.ft2font import FT2Font, RenderMode

    _GLYPH_BY_GLYPH = all(hasattr(FT2Font, name) for name in ("_layout", "_render_glyph", "_set_transform")) and hasattr(
        RendererAgg, "_draw_text_glyphs_and_boxes"
    )
except ImportError:  # pragma: no cover - another matplotlib: Agg's own drawing
    _GLYPH_BY_GLYPH = False

#: Glyph bitmaps kept per thread before the memory starts again (a pack's charts need about 2 000).
REMEMBERED = 20_000

_MEMORY = threading.local()


def _memory() -> tuple[dict, dict]:
    found = getattr(_MEMORY, "found", None)
    if found is None or len(found[1]) > REMEMBERED:
        found = _MEMORY.found = ({}, {})
    return found


class TextRemembering(RendererAgg):
    """:class:`RendererAgg` whose :meth:`draw_text` remembers shaped strings and rendered glyphs (module docstring),
    and that measures a font's height once (:meth:`_get_font_height_metrics`)."""

    def _get_font_height_metrics(self, prop):
        """The ascent, descent and line gap of the font of ``prop`` at this renderer's resolution [px],
        as :meth:`matplotlib.text.Text._get_layout` measures them when a renderer has no such method.

        matplotlib looks the font up and reads its tables for every text it lays out (a tenth of
        a chart's time, issue 16: a chart lays out its ticks' words several times); here once per
        font properties. The figure drawn has this renderer's resolution (:func:`~minigrid_app.io.documents.common.figure_pixels`).
        """
        found = self.__dict__.setdefault("_font_heights", {})
        key = (prop.copy(), prop.get_size_in_points())
        metrics = found.get(key)
        if metrics is None:
            metrics = found[key] = _font_height_metrics(prop, self.dpi)
        return metrics

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath or not _GLYPH_BY_GLYPH:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        layouts, glyphs = _memory()
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        flags = get_hinting_flag()
        size = prop.get_size_in_points()
        key = (s, prop.copy(), size, self.dpi, flags, None if features is None else tuple(features), language)
        items = layouts.get(key)
        if items is None:  # RendererAgg.draw_text's shaping
            font = self._prepare_font(prop)
            items = layouts[key] = [
                (item.ft_object, item.glyph_index, item.x, item.y)
                for item in font._layout(s, flags=flags, features=features, language=language)
            ]
        # RendererAgg._draw_text_glyphs_and_boxes for an upright font (no slant, no extension)
        cos = math.cos(math.radians(angle))
        sin = math.sin(math.radians(angle))
        matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]]) @ [[1, 0], [0, 1]]).round().astype(int)
        turn = tuple(matrix.ravel().tolist())
        smooth = gc.get_antialiased()
        height = self.height
        for font, index, dx, dy in items:
            pen_x = round(0x40 * (x + dx * cos - dy * sin))
            pen_y = round(0x40 * (height - y + dx * sin + dy * cos))  # FreeType's y is upwards
            glyph_key = (font, size, self.dpi, index, turn, pen_x & 63, pen_y & 63, flags, smooth)
            found = glyphs.get(glyph_key)
            if found is None:
                font.set_size(size, self.dpi)
                font._set_transform(matrix, [pen_x, pen_y])
                bitmap = font._render_glyph(index, flags, RenderMode.NORMAL if smooth else RenderMode.MONO)
                buffer = np.array(bitmap.buffer)  # a copy: the glyph's own is the font's
                if not smooth:
                    buffer *= 0xFF
                found = glyphs[glyph_key] = (buffer, bitmap.left - (pen_x >> 6), bitmap.top - (pen_y >> 6))
            buffer, left, top = found
            # draw_text_image's y is downwards and the bitmap's bottom side
            self._renderer.draw_text_image(
                buffer, left + (pen_x >> 6), int(height) - (top + (pen_y >> 6)) + buffer.shape[0], 0, gc
            )
        return None


def _font_height_metrics(prop, dpi: float) -> tuple[float | None, float | None, float | None]:
    """matplotlib.text.Text._get_layout's measurement of a font's height (matplotlib 3.11), or Nones
    (then matplotlib measures it itself)."""
    from matplotlib.font_manager import fontManager, get_font

    font = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, linegap_key, ascent_key, descent_key in (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    ):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        fontsize = prop.get_size_in_points()
        units_per_em = font.get_sfnt_table("head")["unitsPerEm"]
        scale = 1 / units_per_em * fontsize * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[linegap_key] * scale
    return None, None, None
