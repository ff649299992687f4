"""Console output that cannot crash, whatever encoding the console or the redirect uses.

A redirected console on Windows writes cp1252 (``PYTHONIOENCODING=cp1252``), an old
terminal ASCII; Minigrid prints "CO₂", "←", "€" and Dutch names. Python's default for
such streams is ``strict``: the first character the encoding lacks ends the command with
``UnicodeEncodeError`` (issue 14). :func:`make_console_safe` keeps the encoding the user
chose and gives the streams the error handler ``"minigrid-console"``, which writes a
readable stand-in instead: "CO2", "<-", "EUR", "e" for "ë", and "?" for the rest.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata

HANDLER = "minigrid-console"

#: readable ASCII stand-ins for characters Minigrid prints
STAND_INS = {
    **{chr(0x2080 + d): str(d) for d in range(10)},  # subscript digits: CO₂
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    "←": "<-", "→": "->", "↑": "^", "↓": "v", "↔": "<->", "⇒": "=>",
    "‘": "'", "’": "'", "‚": ",", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "−": "-", "‐": "-", "…": "...", "•": "*", "·": ".",
    "≤": "<=", "≥": ">=", "≠": "!=", "≈": "~", "±": "+/-", "×": "x", "÷": "/",
    "€": "EUR", "°": "", "½": "1/2", "¼": "1/4", "¾": "3/4",
    "✓": "v", "✔": "v", "✗": "x", "✘": "x", "⚠": "!", "◐": "o", "●": "*", "○": "o",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "",
}  # fmt: skip


def _stand_in(character: str) -> str:
    if character in STAND_INS:
        return STAND_INS[character]
    decomposed = unicodedata.normalize("NFKD", character)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    if plain and plain.isascii():
        return plain
    return "?"


def _handle(error: UnicodeError):
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_stand_in(c) for c in text), error.end


def register() -> None:
    """Make the error handler known to Python (idempotent)."""
    try:
        codecs.lookup_error(HANDLER)
    except LookupError:
        codecs.register_error(HANDLER, _handle)


def make_console_safe(streams=None) -> None:
    """Give ``sys.stdout`` and ``sys.stderr`` (or ``streams``) the forgiving error handler.

    The encoding stays as it is (a program reading the redirected output expects it);
    only characters it cannot hold are replaced. Streams that cannot be reconfigured
    (a test's capture object, None under pythonw) are left alone. Libraries' own warnings stay
    off the console (:func:`quiet_library_warnings`).
    """
    register()
    quiet_library_warnings()
    for stream in (sys.stdout, sys.stderr) if streams is None else streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            reconfigure(errors=HANDLER)
        except (ValueError, OSError, TypeError):  # closed or detached stream
            continue


def quiet_library_warnings() -> None:
    """Keep libraries' own warnings off a command's console: it says what happened in the user's words.

    matplotlib logs "Could not save font_manager cache [Errno 27] File too large" (in English,
    with the system's error number) when the disk fills while it builds its font cache, after
    which the command's own message said the same in Dutch and English. Its errors still show.
    """
    import logging

    logging.getLogger("matplotlib").setLevel(logging.ERROR)
