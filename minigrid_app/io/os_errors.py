"""Why a file could not be read or written, in the user's words and language.

The operating system reports in English ("No such file or directory", "Permission
denied"); a Dutch message with an English fragment in it is exactly what a resident cannot
act on. :func:`plain_reason` maps ``errno`` to a sentence in Dutch and English that says
what happened and hints at what to do. The window, the command line and the file readers
and writers of :mod:`minigrid_app.io` all use it.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import sys

from minigrid_app.core.problems import Problem

_NO_PERMISSION_WRITE = (
    "u mag in deze map niet schrijven, of het bestand is alleen-lezen of nog geopend in een ander programma",
    "you may not write in this folder, or the file is read-only or still open in another program",
)
_NO_PERMISSION_READ = (
    "u mag dit bestand niet lezen (geen toegang); vraag de eigenaar van het bestand of kopieer het naar uw eigen map",
    "you may not read this file (no access); ask the file's owner or copy it to your own folder",
)

#: errno → (Dutch, English), for writing a file
_WRITE_REASONS = {
    errno.ENOENT: ("de map bestaat niet (meer); kies een andere map", "the folder does not exist (any more); choose another folder"),
    errno.EACCES: _NO_PERMISSION_WRITE,
    errno.EPERM: _NO_PERMISSION_WRITE,
    errno.ENOSPC: ("de schijf of USB-stick is vol; maak ruimte vrij of kies een andere plek",
                   "the disk or USB stick is full; free some space or choose another place"),
    errno.EDQUOT: ("uw schijfruimte (quotum) is op; maak ruimte vrij of kies een andere plek",
                   "your disk quota is used up; free some space or choose another place"),
    errno.EFBIG: ("het bestand is te groot voor deze schijf", "the file is too large for this disk"),
    errno.EROFS: ("de schijf of USB-stick is alleen-lezen", "the disk or USB stick is read-only"),
    errno.ENOTDIR: ("een deel van de plek is geen map", "part of the location is not a folder"),
    errno.EISDIR: ("er staat al een map met deze naam", "a folder with this name already exists"),
    errno.ENAMETOOLONG: ("de naam van het bestand is te lang", "the file name is too long"),
    errno.EIO: ("de schijf gaf een leesfout of schrijffout; is de USB-stick of netwerkschijf nog aangesloten?",
                "the disk reported a read or write error; is the USB stick or network drive still connected?"),
    errno.EBUSY: ("het bestand is in gebruik door een ander programma", "the file is in use by another program"),
    errno.ETXTBSY: ("het bestand is in gebruik door een ander programma", "the file is in use by another program"),
    errno.EXDEV: ("het bestand kon niet naar deze schijf worden verplaatst", "the file could not be moved to this disk"),
    errno.ELOOP: ("de snelkoppeling verwijst naar zichzelf", "the shortcut points to itself"),
    errno.EMFILE: ("er zijn te veel bestanden tegelijk open; sluit andere programma's en probeer het opnieuw",
                   "too many files are open; close other programs and try again"),
    errno.ENFILE: ("er zijn te veel bestanden tegelijk open; sluit andere programma's en probeer het opnieuw",
                   "too many files are open; close other programs and try again"),
    errno.EINVAL: ("de naam of plek is niet geldig op deze schijf", "the name or place is not valid on this disk"),
    errno.EEXIST: ("er staat al een bestand met deze naam; kies een andere naam of map",
                   "a file with this name already exists; choose another name or folder"),
}
#: errno → (Dutch, English), for reading a file (where the wording differs from writing)
_READ_REASONS = {
    **_WRITE_REASONS,
    errno.ENOENT: ("het bestand bestaat niet (meer); misschien is het verplaatst of hernoemd",
                   "the file does not exist (any more); perhaps it was moved or renamed"),
    errno.EACCES: _NO_PERMISSION_READ,
    errno.EPERM: _NO_PERMISSION_READ,
    errno.EISDIR: ("dit is een map, geen bestand", "this is a folder, not a file"),
}


def plain_reason(exc: OSError, reading: bool = False) -> tuple[str, str]:
    """(Dutch, English) reason for ``exc``, without a final full stop.

    Parameters
    ----------
    exc : OSError
        The error the operating system raised.
    reading : bool
        True when a file was being read (a missing file is then "does not exist", not
        "the folder does not exist").

    Errors without a sentence of their own get a general one; the system's English words
    are never shown, only its error number for a helper to look up.
    """
    table = _READ_REASONS if reading else _WRITE_REASONS
    if exc.errno in table:
        return table[exc.errno]
    if not exc.errno:
        if reading:
            return ("de computer kon het bestand niet lezen", "the computer could not read the file")
        return ("de computer kon het bestand niet schrijven", "the computer could not write the file")
    code = errno.errorcode.get(exc.errno, str(exc.errno))
    if reading:
        return (f"de computer kon het bestand niet lezen (foutcode {code})",
                f"the computer could not read the file (error code {code})")
    return (f"de computer kon het bestand niet schrijven (foutcode {code})",
            f"the computer could not write the file (error code {code})")


def write_reason(exc: BaseException) -> tuple[str, str]:
    """(Dutch, English) reason a write failed with ``exc`` (a library's error with an OSError
    behind it, or a failure the library could not name: then the general sentence)."""
    return plain_reason(os_error_in(exc) or OSError())


def with_advice(reason: tuple[str, str], advice: tuple[str, str]) -> tuple[str, str]:
    """(Dutch, English): a reason of :func:`plain_reason` as a sentence, with ``advice`` (a
    sentence) after it only when the reason says no step of its own. A reason that does has it
    after a semicolon or asks a question ('de schijf of USB-stick is vol; maak ruimte vrij of
    kies een andere plek'), and a second 'Kies een andere map.' would only repeat it."""
    sentences = []
    for text, extra in zip(reason, advice, strict=True):
        advised = ";" in text or text.endswith("?")
        sentence = text if text.endswith(("?", ".")) else f"{text}."
        sentences.append(sentence if advised or not extra else f"{sentence} {extra}")
    return sentences[0], sentences[1]


@contextlib.contextmanager
def quiet_abandoned_writers():
    """Report a failed write once, by us: openpyxl leaves a sheet writer or a ZipFile (holding
    a file) open when a write fails; when it is collected Python printed "Exception ignored …
    Traceback" after our own message. Collect those here, quietly.
    """
    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        yield
    finally:
        gc.collect()
        sys.unraisablehook = previous


def os_error_in(exc: BaseException) -> OSError | None:
    """The OSError behind ``exc`` (itself, or the error it was raised from), if any."""
    for candidate in (exc, exc.__cause__, exc.__context__):
        if isinstance(candidate, OSError):
            return candidate
    return None


def save_failed(exc: OSError, earlier_file: bool = True) -> Problem:
    """Saving a project failed; the file is written whole or not at all (an atomic replace).

    Parameters
    ----------
    earlier_file : bool
        Whether a file was there before: it is untouched. Without one, no file was made (saying
        "the previous file is untouched" of a new project or a folder that is gone misleads).
    """
    nl, en = plain_reason(exc)
    if earlier_file:
        return Problem(f"Opslaan mislukt: {nl}. Het vorige bestand is niet aangetast.", f"Saving failed: {en}. The previous file is untouched.")
    return Problem(f"Opslaan mislukt: {nl}. Er is geen bestand gemaakt.", f"Saving failed: {en}. No file was made.")


def read_failed(exc: OSError, target: str) -> Problem:
    nl, en = plain_reason(exc, reading=True)
    return Problem(f"{target} kan niet worden geopend: {nl}.", f"{target} cannot be opened: {en}.")


def export_failed(exc: OSError, target: str) -> Problem:
    nl, en = plain_reason(exc)
    return Problem(f"Het werkboek kon niet worden geschreven naar {target}: {nl}.", f"The workbook could not be written to {target}: {en}.")


def write_failed(exc: OSError, target: str) -> Problem:
    """A document or folder (PDF, PNG, …) could not be written to ``target``."""
    nl, en = plain_reason(exc)
    return Problem(f"{target} kon niet worden geschreven: {nl}.", f"{target} could not be written: {en}.")
