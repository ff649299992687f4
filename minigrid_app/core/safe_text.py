"""Text that is safe to keep, show, save and export: one normalisation for every free-text field.

A project file can hold text no keyboard produces: lone UTF-16 surrogates (``"\\ud83d"``,
which no UTF-8 file can store, so every later save fails), control characters, bidi
overrides that make a name read backwards in a workbook, or ten megabytes in one label.
:func:`clean_text` turns any string into one that every writer (JSON, XLSX, PDF, the
console) accepts, and says what it changed so the loader can report it.

No Qt and no files here: the loader, the survey import and the UI share it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: the replacement character put where a lone surrogate was
REPLACEMENT = "\ufffd"

#: bidi embeddings, overrides and isolates (they change the order text is shown in),
#: the directional marks, and the byte-order mark / zero-width no-break space
BIDI_AND_INVISIBLE = (
    "\u061c\u200e\u200f"  # Arabic letter mark, left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\ufeff"  # byte-order mark
)
_REMOVED_SINGLE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f" + BIDI_AND_INVISIBLE + "\ufffe\uffff]"
)
# multi-line fields keep line breaks and tabs
_REMOVED_MULTI_LINE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + BIDI_AND_INVISIBLE + "\ufffe\uffff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: a line break or tab in a single-line field: one space, so the words on either side stay apart
#: ('Lindehof\n1' was 'Lindehof1')
_BREAK = re.compile("[ ]*[\r\n\t\x0b\x0c\x85\u2028\u2029]+[ ]*")


@dataclass(frozen=True)
class TextChanges:
    """What :func:`clean_text` changed (all False: the text came through as it was)."""

    surrogates: bool = False
    removed_characters: bool = False
    shortened_from: int | None = None

    @property
    def any(self) -> bool:
        return self.surrogates or self.removed_characters or self.shortened_from is not None


def clean_text(value: str, max_length: int | None = None, multiline: bool = False) -> tuple[str, TextChanges]:
    """Normalise one piece of free text.

    Parameters
    ----------
    value : str
        Any Python string (it may hold lone surrogates).
    max_length : int or None
        Longest text kept [characters]; longer text is cut off there. None: no limit.
    multiline : bool
        Keep line breaks and tabs (notes); single-line fields lose them.

    Returns
    -------
    (str, TextChanges)
        The text in Unicode normal form C, with lone surrogates replaced by U+FFFD,
        control characters, bidi controls and the byte-order mark removed, ``\\r\\n`` and
        ``\\r`` made ``\\n`` (a single-line field: each line break or tab one space), and at most
        ``max_length`` characters; and what was changed.
    """
    surrogates = bool(_SURROGATE.search(value))
    if surrogates:
        value = _SURROGATE.sub(REPLACEMENT, value)
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    broken = False
    if not multiline:
        spaced = _BREAK.sub(" ", value)
        broken, value = spaced != value, spaced
    pattern = _REMOVED_MULTI_LINE if multiline else _REMOVED_SINGLE_LINE
    stripped = pattern.sub("", value)
    removed = broken or len(stripped) != len(value)
    value = unicodedata.normalize("NFC", stripped)
    shortened_from = None
    if max_length is not None and len(value) > max_length:
        shortened_from = len(value)
        value = value[:max_length]
        while value and unicodedata.combining(value[-1]):  # never end on half a letter
            value = value[:-1]
    return value, TextChanges(surrogates, removed, shortened_from)


def without_surrogates(value: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD (what any UTF-8 writer needs)."""
    return _SURROGATE.sub(REPLACEMENT, value)
