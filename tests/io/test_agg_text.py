"""The documents' Agg renderer remembers the words it drew and draws them with Agg's pixels (issue 16)."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

from minigrid_app.io import agg_text
from minigrid_app.io.agg_text import TextRemembering

WORDS = ["€ 1.250", "Gedeelde bodemlus", "Luchtwarmtepomp", "€ 1.250"]


def _draw(renderer, words, placed):
    gc = renderer.new_gc()
    gc.set_foreground("#222222")
    for index, (x, y, angle) in enumerate(placed):
        prop = FontProperties(size=9 + index % 3, weight="bold" if index % 2 else "normal")
        renderer.draw_text(gc, x, y, words[index % len(words)], prop, angle)
    gc.restore()
    return bytes(renderer.buffer_rgba())


# whole and fractional pen positions, the same word again at other fractions, upright and turned
PLACED = [(10.0, 30.0, 0), (10.25, 60.4, 0), (200.7, 30.0, 0), (10.0, 90.0, 0), (60.31, 150.9, 90), (60.31, 150.9, 90), (120.5, 160.0, 30)]


def test_remembered_words_are_drawn_with_aggs_pixels():
    agg_text._MEMORY.__dict__.clear()
    plain = _draw(RendererAgg(320, 200, 150), WORDS, PLACED)
    first = _draw(TextRemembering(320, 200, 150), WORDS, PLACED)
    again = _draw(TextRemembering(320, 200, 150), WORDS, PLACED)  # every string and glyph from the memory
    assert plain == first == again
    assert plain != bytes(RendererAgg(320, 200, 150).buffer_rgba())  # something was drawn


@pytest.mark.skipif(not agg_text._GLYPH_BY_GLYPH, reason="matplotlib draws text in C++: nothing remembered")
def test_a_word_drawn_again_is_taken_from_the_memory():
    agg_text._MEMORY.__dict__.clear()
    _draw(TextRemembering(320, 200, 150), ["Gasketel"], [(10.0, 30.0, 0)])
    layouts, glyphs = agg_text._memory()
    kept = (len(layouts), len(glyphs))
    _draw(TextRemembering(320, 200, 150), ["Gasketel"], [(55.0, 80.0, 0)])  # the same fraction of a pixel
    assert (len(layouts), len(glyphs)) == kept and kept[0] == 1 and kept[1] >= len(set("Gasketel"))
    _draw(TextRemembering(320, 200, 150), ["Gasketel"], [(55.5, 80.0, 0)])  # half a pixel on: rendered anew
    assert len(layouts) == 1 and len(glyphs) > kept[1]


def test_a_fonts_height_is_measured_as_matplotlib_measures_it():
    """Words laid out on the renderer that measures a font's height once have matplotlib's own
    boxes, at two resolutions, several sizes and weights, one line and two."""
    from matplotlib.figure import Figure

    for dpi in (100, 150):
        figure = Figure(figsize=(4, 3), dpi=dpi)
        texts = [
            figure.text(0.1, 0.1 + 0.1 * index, word, fontsize=size, fontweight=weight)
            for index, (word, size, weight) in enumerate(
                [("€ 1.250", 9, "normal"), ("Gedeelde bodemlus", 11, "bold"), ("Twee\nregels", 10.8, "normal"), ("jg", 13, "bold")]
            )
        ]
        plain, remembering = RendererAgg(400, 300, dpi), TextRemembering(400, 300, dpi)
        for text in texts:
            (box, lines, rest), (box_plain, lines_plain, rest_plain) = text._get_layout(remembering), text._get_layout(plain)
            assert (box.bounds, repr(lines), repr(rest)) == (box_plain.bounds, repr(lines_plain), repr(rest_plain))
            assert text.get_window_extent(remembering).bounds == text.get_window_extent(plain).bounds
        assert len(remembering._font_heights) == 4  # each font measured once
