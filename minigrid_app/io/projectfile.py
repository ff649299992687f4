"""The ``.minigrid`` project file: JSON, versioned, validated on load, saved atomically.

Format (see docs/project-format.md)::

    {"format": "minigrid-project", "version": 2, "app_version": "...", "saved": "...",
     "intake": {...}, "households": [...], "first_evening": {...}, "second_evening": {...},
     "conditions": [...], "clusters": {..., "manual": [{"id": "cl-…", "name": "…"}]},
     "parameter_overrides": {...}, "steps": {...}, "created": "...", "modified": "..."}

Reading goes through one door, :func:`load_project`: the file is refused before reading
when it is not a regular file, read with a size limit counted while reading, decoded as
UTF-8 (a byte-order mark is accepted), parsed with bounded numbers, migrated to the
current version and validated field by field (:mod:`minigrid_app.io.project_validation`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import math
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from minigrid_app import __version__
from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.io.os_errors import save_failed
from minigrid_app.io.safe_read import CUT_OFF, ReadRefused, decode_cut_off, read_file_limited

__all__ = [
    "FORMAT", "VERSION", "SUFFIX", "MAX_FILE_BYTES", "MAX_HOUSEHOLDS", "MIGRATIONS", "LoadResult",  # noqa: F822 (__getattr__)
    "ProjectFileError", "atomic_write_bytes", "atomic_write_files", "atomic_write_text", "dumps_project", "load_project", "loads_project", "migrate",
    "project_from_dict", "project_to_dict", "save_project",
]  # fmt: skip


def __getattr__(name: str):
    """``MAX_HOUSEHOLDS`` (the validation's): that module is loaded when a project is first read
    or this is asked for, not when the window opens (PEP 562)."""
    if name == "MAX_HOUSEHOLDS":
        from minigrid_app.io.project_validation import MAX_HOUSEHOLDS

        return MAX_HOUSEHOLDS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

FORMAT = "minigrid-project"
VERSION = 3
SUFFIX = ".minigrid"
#: Project files larger than this are refused; counted while reading [bytes].
MAX_FILE_BYTES = 20 * 1024 * 1024
#: a temporary file of an interrupted save older than this is removed by the next save [s]
STALE_TEMP_AGE_S = 600


class ProjectFileError(ProblemError):
    """A project file cannot be read or written; ``problem`` says why in Dutch and English."""


@dataclass
class LoadResult:
    """Outcome of reading a project file.

    ``project`` is None when the file could not be used at all; ``problems`` lists
    what was wrong or repaired. ``repaired`` is True when values had to be dropped or
    moved, so the UI can ask before overwriting the original.
    """

    project: Project | None
    problems: list[Problem] = field(default_factory=list)
    repaired: bool = False

    @property
    def ok(self) -> bool:
        return self.project is not None


# ---------------------------------------------------------------- migrations


def _v1_to_v2(data: dict) -> dict:
    """Version 2: a manual cluster is an entity with an internal id; households refer to the id.

    In version 1 ``household.cluster`` held the cluster's *name*, which doubled as its id
    (a cluster called "C1" collided with the automatic cluster C1, issue 14).
    """
    households = data.get("households")
    manual: list[dict] = []
    ids_by_name: dict[str, str] = {}
    if isinstance(households, list):
        moved = []
        for raw in households:
            name = raw.get("cluster") if isinstance(raw, dict) else None
            if isinstance(name, str) and name.strip():
                name = name.strip()
                if name not in ids_by_name:
                    # the same id at every load: a command that reads a v1 file without saving it
                    # (hand-off, tender) must name its fields as the previous run did
                    ids_by_name[name] = f"cl-v1-{len(ids_by_name) + 1}"
                    manual.append({"id": ids_by_name[name], "name": name})
                raw = {**raw, "cluster": ids_by_name[name]}
            elif isinstance(raw, dict) and isinstance(name, str):
                raw = {**raw, "cluster": None}
            moved.append(raw)
        data["households"] = moved
    clusters = data.get("clusters", {})
    if isinstance(clusters, dict):
        data["clusters"] = {**clusters, "manual": manual}
    return data


def _v2_to_v3(data: dict) -> dict:
    """Version 3 adds the intake's ``notes`` (the intake conversation's notes about the group): empty in a file
    before it. Its own version, so a Minigrid that does not know the notes refuses the file (asking to update)
    instead of dropping them at its next save."""
    intake = data.get("intake")
    if isinstance(intake, dict):
        data["intake"] = {**intake, "notes": intake.get("notes", "")}
    return data


# Migrations: version n → n+1, applied in order to the raw dict.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {2: _v1_to_v2, 3: _v2_to_v3}


def migrate(data: dict) -> dict:
    """Bring a raw project dict up to the current version."""
    version = data.get("version")
    while version < VERSION:
        step = MIGRATIONS.get(version + 1)
        if step is None:
            raise ProjectFileError(
                Problem(
                    f"Projectbestand versie {version} kan niet worden omgezet.",
                    f"Project file version {version} cannot be converted.",
                )
            )
        data = step(data)
        version = data["version"] = version + 1
    return data


# ---------------------------------------------------------------- dataclass <-> dict


def to_dict(obj) -> dict:
    return dataclasses.asdict(obj)


def project_to_dict(project: Project) -> dict:
    data = {"format": FORMAT, "version": VERSION, "app_version": __version__}
    data["saved"] = datetime.datetime.now().isoformat(timespec="seconds")
    data.update(dataclasses.asdict(project))
    return data


#: a version written as text: digits, maybe with spaces around them ("2", " 2 ")
_VERSION_TEXT = re.compile(r"\s*([0-9]{1,6})\s*")


def file_version(value) -> int | Problem:
    """The format version a project file states, as a whole number, or why it cannot be used.

    The number may be written as text ("2" means 2, as a tool or a hand edit may write it) or as
    a number without decimals (2.0). Missing, or anything else (a word, a fraction, 0, a negative
    number, true), is refused with a message saying what the file states and which versions
    this Minigrid reads; the file is left as it is.
    """
    whole = isinstance(value, int) and not isinstance(value, bool)
    whole = whole or (isinstance(value, float) and value.is_integer())
    whole = whole or (isinstance(value, str) and _VERSION_TEXT.fullmatch(value) is not None)
    number = int(value) if whole else None
    if value is None:
        return Problem(
            "Het projectbestand zegt niet welke formaatversie het heeft, dus Minigrid weet niet hoe het "
            f"te lezen is (deze Minigrid leest versie 1 tot en met {VERSION}). Het bestand is niet geopend "
            "en niet aangepast.",
            "The project file does not say which format version it has, so Minigrid does not know how to "
            f"read it (this Minigrid reads versions 1 to {VERSION}). The file was not opened or changed.",
        )
    if number is None or number < 1:
        return Problem(
            f"Het projectbestand heeft een onbekende formaatversie ({_shown_value(value, 'nl')}); deze Minigrid "
            f"leest versie 1 tot en met {VERSION}. Is het bestand met de hand of door een ander programma "
            "aangepast? Het bestand is niet geopend en niet aangepast.",
            f"The project file has an unknown format version ({_shown_value(value, 'en')}); this Minigrid reads versions 1 to "
            f"{VERSION}. Was the file edited by hand or by another program? The file was not opened or changed.",
        )
    return number


def _shown_value(value, language: str) -> str:
    """A version from the file as a message shows it: text in quotes (at most 30 characters), a
    number in the language's way, a list or a group of fields as brackets."""
    from minigrid_app.core.formatting import parameter_value

    if isinstance(value, str):
        return f"‘{value}’" if len(value) <= 30 else f"‘{value[:29]}…’"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return parameter_value(value, language) if math.isfinite(value) else str(value)
    return "[…]" if isinstance(value, list) else "{…}"


def project_from_dict(data) -> LoadResult:
    """Validate a raw dict and build a Project; never raises on bad content."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return LoadResult(None, [Problem("Dit is geen Minigrid-projectbestand.", "This is not a Minigrid project file.")])
    version = file_version(data.get("version"))
    if isinstance(version, Problem):
        return LoadResult(None, [version])
    if version > VERSION:
        return LoadResult(
            None,
            [
                Problem(
                    f"Dit projectbestand is gemaakt met een nieuwere Minigrid (formaat {version}); "
                    "werk het programma bij om het te openen.",
                    f"This project file was made by a newer Minigrid (format {version}); "
                    "update the program to open it.",
                )
            ],
        )
    try:
        data = migrate({**data, "version": version})
    except ProjectFileError as exc:
        return LoadResult(None, [exc.problem])
    # the validation is loaded with the first project read, not when the window opens
    from minigrid_app.io.project_validation import build_project

    project, report, refusal = build_project(data)
    if refusal is not None:
        return LoadResult(None, [refusal])
    return LoadResult(project, report.problems, repaired=report.repaired)


def _damaged(position) -> LoadResult:
    return LoadResult(
        None,
        [
            Problem(
                f"Het projectbestand is beschadigd (regel {position}); het origineel is niet aangepast.",
                f"The project file is damaged (line {position}); the original was not changed.",
            )
        ],
    )


def _not_a_project() -> LoadResult:
    return LoadResult(
        None,
        [
            Problem(
                "Dit bestand is geen Minigrid-project: het is een ander soort tekstbestand (bijvoorbeeld een "
                "tabel of een CSV-bestand).",
                "This file is not a Minigrid project: it is another kind of text file (for example a table or a "
                "CSV file).",
            )
        ],
    )


def loads_project(text: str) -> LoadResult:
    """Read a project from JSON text (a leading byte-order mark is allowed). Never raises."""
    import json

    from minigrid_app.io.project_fields import loads_json

    text = text.removeprefix("\ufeff")
    try:
        data = loads_json(text)
    except json.JSONDecodeError as exc:
        if text.lstrip()[:1] not in ("{", "[") and FORMAT not in text:
            return _not_a_project()  # a table, a CSV survey, a letter: never a project that broke
        return _damaged(exc.lineno)
    except (RecursionError, ValueError):
        return _damaged("?")
    return project_from_dict(data)


def load_project(path: str | os.PathLike) -> LoadResult:
    """Read a project file. Never raises: problems come back in the result.

    Folders, devices, pipes and sockets are refused before reading; more than
    :data:`MAX_FILE_BYTES` bytes are refused while reading (whatever the file's size
    said); text must be UTF-8, optionally with a byte-order mark.
    """
    path = Path(path)
    try:
        raw = read_file_limited(path, MAX_FILE_BYTES)
    except ReadRefused as exc:
        return LoadResult(None, [exc.problem])
    decoded = decode_cut_off(raw)  # a file opened and saved in Notepad may be UTF-16 or "ANSI"
    if decoded is None:
        return LoadResult(
            None,
            [
                Problem(
                    "Dit bestand is geen Minigrid-project: het bevat geen tekst (het is bijvoorbeeld een "
                    "afbeelding, een werkmap of een beschadigd bestand).",
                    "This file is not a Minigrid project: it holds no text (it is for example a picture, "
                    "a workbook or a damaged file).",
                )
            ],
        )
    text, encoding, padded = decoded
    if not text.strip():
        return LoadResult(
            None,
            [Problem("Het projectbestand is leeg (beschadigd); het origineel is niet aangepast.",
                     "The project file is empty (damaged); the original was not changed.")],
        )  # fmt: skip
    result = loads_project(text)
    if padded:  # the file's length was written, its last bytes not: a save cut off (a USB stick pulled out)
        said = CUT_OFF
        if result.project is None:  # said with the refusal, which is all a window or the command line shows
            first = result.problems[0]
            result.problems[0] = dataclasses.replace(first, nl=f"{first.nl} {said.nl}", en=f"{first.en} {said.en}")
        else:
            result.problems.insert(0, said)
            result.repaired = True  # saving over it asks first
    if result.project is not None and encoding != "utf-8":
        result.problems.append(Problem(
            f"Het projectbestand was in een andere tekstcodering opgeslagen ({encoding}), bijvoorbeeld door een "
            "teksteditor; het is gelezen en wordt bij opslaan weer UTF-8.",
            f"The project file was saved in another text encoding ({encoding}), for example by a text editor; "
            "it was read and is saved as UTF-8 again.",
            severity="warning",
        ))
    return result


def dumps_project(project: Project) -> str:
    import json

    from minigrid_app.core.safe_text import without_surrogates  # when saving, not at start

    # a lone surrogate (pasted from somewhere) must not make every save fail
    return without_surrogates(json.dumps(project_to_dict(project), ensure_ascii=False, indent=2))


# ---------------------------------------------------------------- writing


def _temp_pattern(*names: str) -> re.Pattern:
    """Names of the temporary files :func:`atomic_write_text` makes for files named ``names``."""
    return re.compile(r"\.(?:" + "|".join(map(re.escape, names)) + r")\.[A-Za-z0-9_]{6,12}\.tmp")


def remove_stale_temp_files(path: str | os.PathLike, older_than_s: float = STALE_TEMP_AGE_S) -> list[Path]:
    """Remove ``.NAME.*.tmp`` files an interrupted save of ``path`` left behind; returns them.

    Only files of this exact pattern, only regular files, only when older than
    ``older_than_s`` (a save in progress in another window is never touched).
    """
    path = Path(path)
    return _remove_stale_temp_files(_folder(path), [path.name], older_than_s)


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _remove_stale_temp_files(directory: Path, names: Sequence[str], older_than_s: float = STALE_TEMP_AGE_S) -> list[Path]:
    """:func:`remove_stale_temp_files` for the files ``names`` in ``directory``, in one look through it."""
    pattern = _temp_pattern(*names)
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than_s:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def write_target(path: str | os.PathLike) -> Path:
    """The file a write to ``path`` must replace: the file a symbolic link points to (renaming
    a new file over the link would replace the link and leave the real file as it was)."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write bytes so that a crash or a full disk leaves either the old or the new file, never a mix.

    Writes a temporary file ``.NAME.xxxxxxxx.tmp`` in the same folder, flushes and fsyncs
    it, then renames it over the target (atomic on POSIX and Windows). Temporary files
    that earlier, interrupted writes of the same file left behind are removed first. On
    any error the temporary file is removed and the error raised (OSError). A path that is
    a symbolic link writes the file it points to (the rename would replace the link itself
    and leave the real file as it was).
    """
    atomic_write_files([(path, data)])


def atomic_write_files(files: Sequence[tuple[str | os.PathLike, bytes]]) -> None:
    """:func:`atomic_write_bytes` for each of ``files`` (path, bytes), in order; what is done per folder, once.

    Each file is written as :func:`atomic_write_bytes` writes it (a temporary file, flushed and
    synced, renamed into place). A folder is looked through for the temporary files of earlier,
    interrupted writes once for all its files, and synced once, after its last rename: the evening
    pack's 47 PDFs in one folder were 47 looks and 47 syncs of it (half the CPU time of putting
    them in place, and 0.3 s of waiting, issue 16). An error stops at the file it happens to
    (raised, OSError): the files before it are in place, it and those after are as they were.
    """
    targets = [(write_target(path), data) for path, data in files]
    folders: dict[Path, list[str]] = {}
    for path, _data in targets:
        folders.setdefault(_folder(path), []).append(path.name)
    for directory, names in folders.items():
        _remove_stale_temp_files(directory, names)
    try:
        for path, data in targets:
            _write_and_rename(path, _folder(path), data)
    finally:
        for directory in folders:
            _sync_folder(directory)


def _write_and_rename(path: Path, directory: Path, data: bytes) -> None:
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, _target_mode(path))
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _sync_folder(directory: Path) -> None:
    """Make the renames in ``directory`` durable where the platform allows."""
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """:func:`atomic_write_bytes` of ``text`` in UTF-8 (line ends as given)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _target_mode(path: Path) -> int:
    """Keep the permissions of the file being replaced; else the usual 0666 less umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def is_read_only(path: str | os.PathLike) -> bool:
    """True when ``path`` exists and its permissions forbid writing it (0444, Windows 'alleen-lezen').

    A rename into the folder would replace such a file anyway; Minigrid respects the
    owner's choice instead.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK))


def read_only_problem(path: str | os.PathLike) -> Problem:
    name = Path(path).name
    return Problem(
        f"Opslaan mislukt: {name} is alleen-lezen (beveiligd tegen schrijven). Het bestand is niet aangetast; "
        "sla het project op onder een andere naam, of haal de beveiliging eraf.",
        f"Saving failed: {name} is read-only (write-protected). The file is untouched; save the project "
        "under another name, or remove the protection.",
    )


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Save atomically. Raises ProjectFileError with a Dutch message when writing fails.

    A read-only target file is not replaced (:func:`is_read_only`).
    """
    if is_read_only(path):
        raise ProjectFileError(read_only_problem(path))
    project.modified = datetime.datetime.now().isoformat(timespec="seconds")
    if not project.created:
        project.created = project.modified
    earlier_file = os.path.exists(path)
    try:
        atomic_write_text(path, dumps_project(project))
    except OSError as exc:
        raise ProjectFileError(save_failed(exc, earlier_file)) from exc
