"""A build year with words around it ('voor 1945', '1975, gerenoveerd 2005'), for :mod:`minigrid_app.core.reading`.

:func:`minigrid_app.core.reading_dates.read_build_year` asks here when the text is no plain year,
date, decade or estimate: the year it names is read and always flagged.
"""

from __future__ import annotations

import re

from minigrid_app.core.reading import DOUBTFUL, Reading, short

#: 'voor 1945', 'na 2000', 'bouwjaar 1975', '1975/1976', '1975 (verbouwd 2010)': a year with words around it
_YEAR_WORDS = re.compile(r"^(?:(bouwjaar|gebouwd( in)?|anno|uit|in|built( in)?|year)\s+)?"
                         r"(?:(voor|vóór|voor het jaar|before|na|after|vanaf|since)\s+)?((?:1[5-9]|20)\d\d)(.*)$", re.IGNORECASE)


def build_year_in_words(raw: str, this_year: int) -> Reading:
    """A build year with words around it, read as the year it names and always flagged; else unreadable."""
    match = _YEAR_WORDS.match(" ".join(raw.split()))
    if match is None:
        return Reading(None, DOUBTFUL, "unreadable", f"‘{short(raw)}’ is geen jaartal", f"‘{short(raw)}’ is not a year")
    side, year, rest = (match.group(4) or "").lower(), int(match.group(5)), match.group(6).strip(" ,;")
    second = re.fullmatch(r"[/&]\s*((?:1[5-9]|20)\d\d)", rest)
    if second and not side:  # '1975/1976': either year
        year, rest = (year + int(second.group(1))) // 2, ""
    elif side in ("voor", "vóór", "voor het jaar", "before"):
        year -= 5
    elif side:
        year = min(year + 5, this_year)
    said = f"{year} aangenomen" + (f"; ‘{short(rest, 30)}’ is niet gelezen" if rest else "")
    said_en = f"{year} assumed" + (f"; ‘{short(rest, 30)}’ was not read" if rest else "")
    return Reading(year, DOUBTFUL, "words", f"‘{short(raw)}’ is geen jaartal; {said}: controleer het",
                   f"‘{short(raw)}’ is not a year; {said_en}: check it")
