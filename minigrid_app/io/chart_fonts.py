"""The charts' fonts: DejaVu Sans, then the fonts on this machine that have other scripts' letters.

matplotlib draws with DejaVu Sans, which has Latin, Greek and Cyrillic letters but no Chinese,
Japanese, Korean or Thai: a home named '张伟' or '山田' was drawn as boxes on step 3's street, the
report's chart per home and the tender's drawing of a field (and matplotlib said 'Glyph … missing'
on the command line). :func:`install` puts the fonts of :data:`FALLBACK_FAMILIES` found on the
machine behind DejaVu Sans, so matplotlib takes a letter DejaVu lacks from the first that has it
(nothing is downloaded). Where no font on the machine has a name's letters, :func:`chart_label`
gives what can be drawn instead: its house number, or 'Woning 3' (its place in the chart, said by the caller).
"""

from __future__ import annotations

import functools
import logging
import os
import re

#: Fonts that have the letters DejaVu Sans lacks, with the file names they come in (for a font cache made
#: before the font was installed): Windows, macOS, then Linux's.
FALLBACK_FAMILIES = (
    ("Microsoft YaHei", ("msyh.ttc", "msyh.ttf")),
    ("Microsoft JhengHei", ("msjh.ttc", "msjh.ttf")),
    ("Yu Gothic", ("yugothr.ttc", "yugothm.ttc")),
    ("Meiryo", ("meiryo.ttc",)),
    ("MS Gothic", ("msgothic.ttc",)),
    ("Malgun Gothic", ("malgun.ttf",)),
    ("SimSun", ("simsun.ttc",)),
    ("Nirmala UI", ("nirmala.ttf",)),
    ("Leelawadee UI", ("leelawui.ttf",)),
    ("Segoe UI", ("segoeui.ttf",)),
    ("Arial Unicode MS", ("arialuni.ttf",)),
    ("PingFang SC", ("pingfang.ttc",)),
    ("Hiragino Sans", ("hiragino sans gb.ttc",)),
    ("Apple SD Gothic Neo", ("applesdgothicneo.ttc",)),
    ("Noto Sans CJK JP", ("notosanscjk-regular.ttc", "notosanscjkjp-regular.otf")),
    ("Noto Sans CJK SC", ("notosanscjksc-regular.otf",)),
    ("Droid Sans Fallback", ("droidsansfallbackfull.ttf", "droidsansfallback.ttf")),
    ("Noto Sans Thai", ("notosansthai-regular.ttf",)),
    ("Noto Sans Devanagari", ("notosansdevanagari-regular.ttf",)),
    ("Noto Sans Arabic", ("notosansarabic-regular.ttf",)),
    ("Noto Sans Hebrew", ("notosanshebrew-regular.ttf",)),
)
FIRST_FAMILY = "DejaVu Sans"


@functools.cache
def installed_families() -> tuple[str, ...]:
    """The charts' font families in order: DejaVu Sans and the fallbacks on this machine (matplotlib's
    ``font.family``, set once)."""
    import matplotlib
    from matplotlib import font_manager

    known = {entry.name for entry in font_manager.fontManager.ttflist}
    missing = {stem: name for name, stems in FALLBACK_FAMILIES if name not in known for stem in stems}
    if missing:  # installed after matplotlib's font list was made: added for this run only
        for path in font_manager.findSystemFonts():
            if os.path.basename(path).lower() in missing:
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):  # an unreadable font file is no font
                    continue
        known = {entry.name for entry in font_manager.fontManager.ttflist}
    families = (FIRST_FAMILY, *(name for name, _ in FALLBACK_FAMILIES if name in known))
    matplotlib.rcParams["font.family"] = list(families)
    if len(families) > 1:
        # a fallback without a bold face is used in its regular one, as meant: matplotlib said so on every bold
        # title ('findfont: Failed to find font weight bold for Droid Sans Fallback, now using 400.' on the
        # terminal of the window and of a test run); a letter no font has is chart_label's, not a log line
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    return families


def install() -> None:
    """Has matplotlib draw with :func:`installed_families` (once per run; before a chart's text is made)."""
    installed_families()


@functools.cache
def _charmaps() -> tuple[frozenset[int], ...]:
    from matplotlib import font_manager
    from matplotlib.font_manager import FontProperties

    maps = []
    for family in installed_families():
        try:
            path = font_manager.fontManager.findfont(FontProperties(family=family), fallback_to_default=False)
            maps.append(frozenset(font_manager.get_font(path).get_charmap()))
        except (OSError, RuntimeError, ValueError):
            continue
    return tuple(maps)


def drawable(text: str) -> bool:
    """Whether every letter of ``text`` is in one of the charts' fonts (spaces and controls need none)."""
    if text.isascii():  # DejaVu Sans has every one: no font's letters read (some 8 ms)
        return True
    maps = _charmaps()
    return all(ch.isspace() or any(ord(ch) in found for found in maps) for ch in text)


def chart_label(text: str, fallback: str) -> str:
    """``text`` as a chart can draw it: itself, or (when no font here has its letters) its drawable words with a
    house number ('สมชาย 12' → '12'), or ``fallback`` ('Woning 3': no boxes in place of a name)."""
    if drawable(text):
        return text
    words = [word for word in text.split() if drawable(word) and re.search(r"\d", word)]
    return " ".join(words) if words else fallback
