"""Read a file the user pointed at without hanging, filling memory or raising at them.

A path can name anything: a folder, a named pipe (reading it waits for a writer that never
comes), ``/dev/zero`` or a link to it (endless bytes), a file that grows while it is read,
or one the user may not read. :func:`read_file_limited` refuses everything but a regular
file *before* reading, checks the opened file again (the path may change in between), and
stops reading at ``max_bytes`` whatever ``st_size`` said.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from minigrid_app.core.formatting import number
from minigrid_app.core.problems import Problem
from minigrid_app.io.os_errors import read_failed

_CHUNK = 1 << 16


class ReadRefused(Exception):
    """The file was not read; ``problem`` says why in Dutch and English."""

    def __init__(self, problem: Problem):
        super().__init__(problem.en)
        self.problem = problem


def shown_name(path: Path) -> str:
    """How a message names the file or folder ``path``: its name, also for '.', '..' or a drive ('/', 'C:\\'),
    whose name is empty ('compute .' said ' is een map')."""
    return path.name or Path(os.path.abspath(path)).name or str(path)


def _not_regular(path: Path, mode: int) -> Problem:
    name = shown_name(path)
    if stat.S_ISDIR(mode):
        return Problem(
            f"{name} is een map, geen bestand. Kies het bestand zelf (in die map).",
            f"{name} is a folder, not a file. Choose the file itself (inside that folder).",
        )
    return Problem(
        f"{name} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); "
        "Minigrid leest alleen gewone bestanden.",
        f"{name} is not a regular file (but for example a device or a pipe); "
        "Minigrid only reads regular files.",
    )


def _too_large(path: Path, max_bytes: int) -> Problem:
    name = shown_name(path)
    megabytes = max_bytes / (1024 * 1024)
    return Problem(
        f"{name} is groter dan {number(megabytes, 0, 'MB', 'nl')}; zo groot is een Minigrid-bestand nooit. "
        "Is dit het goede bestand?",
        f"{name} is larger than {number(megabytes, 0, 'MB', 'en')}; a Minigrid file is never that large. "
        "Is this the right file?",
    )


def read_file_limited(path: str | os.PathLike, max_bytes: int) -> bytes:
    """All bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Parameters
    ----------
    path : str or PathLike
        The file to read (a symbolic link is followed, then checked like the file itself).
    max_bytes : int
        Largest size accepted [bytes]; counted while reading.

    Raises
    ------
    ReadRefused
        The path is missing, unreadable, a folder, a device, a pipe or a socket, or holds
        more than ``max_bytes`` bytes; ``problem`` says so in Dutch and English, without
        the system's English words.
    """
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise ReadRefused(read_failed(exc, shown_name(path))) from exc
    except ValueError as exc:  # a NUL character in the path
        raise ReadRefused(Problem(f"{shown_name(path)!r} is geen geldige bestandsnaam.", f"{shown_name(path)!r} is not a valid file name.")) from exc
    if not stat.S_ISREG(mode):
        raise ReadRefused(_not_regular(path, mode))
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as exc:
        raise ReadRefused(read_failed(exc, shown_name(path))) from exc
    try:
        opened = os.fstat(handle).st_mode
        if not stat.S_ISREG(opened):  # swapped for something else after the check
            raise ReadRefused(_not_regular(path, opened))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(handle, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise ReadRefused(_too_large(path, max_bytes))
        return b"".join(chunks)
    except OSError as exc:
        raise ReadRefused(read_failed(exc, shown_name(path))) from exc
    finally:
        os.close(handle)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of a text is zero (no byte order mark)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, str] | None:
    """The text of a file someone saved, and its encoding; None when it holds no text.

    Every text file Minigrid reads from outside (a survey CSV, an engineer's design, a
    project file that was opened and saved in an editor) is decoded here, in this order:
    UTF-16 with a byte-order mark (Windows Notepad's and Excel's "Unicode"), UTF-16 without
    one (every other byte zero), UTF-8 with or without a byte-order mark, and the Windows
    code page 1252 (Notepad's "ANSI"; Latin-1 where 1252 has no character). Bytes with NUL
    characters that are not UTF-16 are no text (a picture, a workbook).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    bare = _utf16_without_bom(data)  # before UTF-8: "a\x00b\x00" is valid UTF-8 too
    if bare:
        try:
            return data.decode(bare), bare
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:65536]:
        return None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"  # every byte is a character: never fails


#: said of a file that is no text only because it ends in NUL bytes (:func:`decode_cut_off`)
CUT_OFF = Problem(
    "Het bestand eindigt met lege bytes, zoals na een opslag die werd onderbroken (bijvoorbeeld een USB-stick die "
    "werd uitgetrokken); die zijn niet gelezen.",
    "The file ends in empty bytes, as after a save that was cut off (for example a USB stick that was pulled out); "
    "they were not read.",
    severity="warning",
)


def decode_cut_off(data: bytes) -> tuple[str, str, bool] | None:
    """:func:`decode_text`, and for a file that is no text only because it ends in NUL bytes, the text before them.

    A file whose length was written but whose last bytes were not (a save cut off, a USB stick pulled out) ends
    in NUL bytes; it was refused as 'geen tekst' (a picture, a workbook) while all it holds up to there is text.
    The third value is True when such bytes were left out (:data:`CUT_OFF` says so).
    """
    decoded = decode_text(data)
    if decoded is not None:
        return (*decoded, False)
    if data.endswith(b"\x00") and (decoded := decode_text(data.rstrip(b"\x00"))) is not None:
        return (*decoded, True)
    return None
