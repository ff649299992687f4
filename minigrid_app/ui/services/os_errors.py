"""Why a file could not be written, in the user's words and language.

The operating system reports in English ("No such file or directory"); a Dutch message with
an English fragment in it is exactly what a resident cannot act on. These texts say what
happened and hint at what to do.
"""

from __future__ import annotations

import errno

from minigrid_app.core.problems import Problem

_NO_PERMISSION = (
    "u mag in deze map niet schrijven, of het bestand is nog geopend in een ander programma",
    "you may not write in this folder, or the file is still open in another program",
)
#: errno → (Dutch, English)
_REASONS = {
    errno.ENOENT: ("de map bestaat niet (meer); kies een andere map", "the folder does not exist (any more); choose another folder"),
    errno.EACCES: _NO_PERMISSION,
    errno.EPERM: _NO_PERMISSION,
    errno.ENOSPC: ("de schijf of USB-stick is vol", "the disk or USB stick is full"),
    errno.EROFS: ("de schijf of USB-stick is alleen-lezen", "the disk or USB stick is read-only"),
    errno.ENOTDIR: ("een deel van de plek is geen map", "part of the location is not a folder"),
    errno.EISDIR: ("er staat al een map met deze naam", "a folder with this name already exists"),
    errno.ENAMETOOLONG: ("de naam van het bestand is te lang", "the file name is too long"),
}


def plain_reason(exc: OSError) -> tuple[str, str]:
    """(Dutch, English) reason for ``exc``; unknown errors quote the system's own words."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    said = exc.strerror or str(exc)
    return (f"de computer meldt: {said}", f"the computer says: {said}")


def os_error_in(exc: BaseException) -> OSError | None:
    """The OSError behind ``exc`` (itself, or the error it was raised from), if any."""
    for candidate in (exc, exc.__cause__, exc.__context__):
        if isinstance(candidate, OSError):
            return candidate
    return None


def save_failed(exc: OSError) -> Problem:
    nl, en = plain_reason(exc)
    return Problem(f"Opslaan mislukt: {nl}. Het vorige bestand is niet aangetast.", f"Saving failed: {en}. The previous file is untouched.")


def export_failed(exc: OSError, target: str) -> Problem:
    nl, en = plain_reason(exc)
    return Problem(f"Het werkboek kon niet worden geschreven naar {target}: {nl}.", f"The workbook could not be written to {target}: {en}.")
