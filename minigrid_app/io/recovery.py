"""Autosaved versions of open projects, kept until the user has chosen what to do with them.

Layout of the recovery folder (the user's app data folder)::

    recovery/
      p-1a2b3c4d5e6f7a8b/                 one folder per project file (hash of its path)
        meta.json                         {"original": "/…/straat.minigrid", "resolved_upto": "…"}
        autosave-20261130-101500-123456.minigrid   the newest HISTORY autosaves
        in-use.lock                       held (QLockFile) while a running window autosaves here
      n-<session>/                        a project that was never saved

Rules (issue 14): every start, with or without a file, looks for autosaves newer than the
file they belong to and offers them; nothing here is deleted except older autosaves beyond
the short history of a project. When the user has chosen (recovered, declined, saved,
closed after "discard"), the entry is marked *resolved up to* its newest autosave, so it is
not offered again, while autosaves written later (a new crash) are.

No Qt here: the controller in ``ui`` decides when to write and what to ask.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from minigrid_app.io.projectfile import SUFFIX, LoadResult, atomic_write_text, load_project

#: autosaves kept per project (newest first); older ones are removed when a new one is written
HISTORY = 5
META = "meta.json"
#: the lock a running window holds on the folder it autosaves into (Qt's QLockFile, in ``ui``)
IN_USE = "in-use.lock"
_AUTOSAVE = re.compile(r"autosave-(\d{8}-\d{6}-\d{6})" + re.escape(SUFFIX))
#: the single recovery file of Minigrid versions before the history (read once, then moved)
LEGACY_NAME = "recovery" + SUFFIX
LEGACY_META = "recovery.json"


def _canonical(path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.abspath(os.path.realpath(os.fspath(path))))


def key_for(original: str | os.PathLike | None, session: str) -> str:
    """Folder name for a project: from its file path, or from the session when never saved."""
    if original:
        import hashlib  # not at start: only a saved project's recovery folder needs it

        return "p-" + hashlib.sha256(_canonical(original).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return "n-" + re.sub(r"[^A-Za-z0-9]", "", session)[:32]


@dataclass
class RecoveryEntry:
    """The autosaves of one project.

    Attributes
    ----------
    key : str
        Folder name in the recovery folder.
    folder : Path
    original : str
        Path of the project file ("" when the project was never saved).
    autosaves : list of Path
        Newest first.
    resolved_upto : str
        File name of the newest autosave the user has already decided about ("" none).
    """

    key: str
    folder: Path
    original: str = ""
    autosaves: list[Path] = field(default_factory=list)
    resolved_upto: str = ""

    @property
    def newest(self) -> Path | None:
        return self.autosaves[0] if self.autosaves else None

    @property
    def newest_time(self) -> datetime.datetime | None:
        return _mtime(self.newest) if self.newest else None

    @property
    def original_time(self) -> datetime.datetime | None:
        """When the project file was last saved (None: never saved, or gone)."""
        return _mtime(Path(self.original)) if self.original else None

    @property
    def pending(self) -> bool:
        """An autosave the user has not decided about, newer than the saved file."""
        newest = self.newest
        if newest is None or newest.name <= self.resolved_upto:
            return False
        saved = self.original_time
        return saved is None or self.newest_time > saved

    def load_newest(self) -> LoadResult:
        return load_project(self.newest)


def _mtime(path: Path) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


class RecoveryStore:
    """The recovery folder: write autosaves, find the ones to offer, mark them resolved."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def in_use_path(self, key: str) -> Path:
        """The lock file of folder ``key``: held while a running window autosaves there, so another
        Minigrid does not take that window's autosaves for a crash's."""
        return self.root / key / IN_USE

    # ------------------------------------------------------------------ reading
    def entry(self, key: str) -> RecoveryEntry:
        folder = self.root / key
        meta = {}
        with contextlib.suppress(OSError, ValueError):
            text = (folder / META).read_text(encoding="utf-8")
            import json  # when there is a recovery folder to read, not at every start and close

            loaded = json.loads(text)
            if isinstance(loaded, dict):
                meta = loaded
        autosaves = []
        with contextlib.suppress(OSError):
            autosaves = sorted((p for p in folder.iterdir() if _AUTOSAVE.fullmatch(p.name)), key=lambda p: p.name, reverse=True)
        original = meta.get("original") if isinstance(meta.get("original"), str) else ""
        resolved = meta.get("resolved_upto") if isinstance(meta.get("resolved_upto"), str) else ""
        return RecoveryEntry(key, folder, original, autosaves, resolved)

    def entries(self) -> list[RecoveryEntry]:
        """Every project with autosaves, the most recently autosaved first."""
        self._adopt_legacy()
        found = []
        with contextlib.suppress(OSError):
            for folder in self.root.iterdir():
                if folder.is_dir() and folder.name[:2] in ("p-", "n-"):
                    entry = self.entry(folder.name)
                    if entry.autosaves:
                        found.append(entry)
        return sorted(found, key=lambda e: e.newest.name, reverse=True)

    def pending(self, original: str | os.PathLike | None = None) -> list[RecoveryEntry]:
        """Entries to offer: all of them, or only the one of project file ``original``."""
        if original is not None:
            entry = self.entry(key_for(original, ""))
            return [entry] if entry.pending else []
        return [e for e in self.entries() if e.pending]

    # ------------------------------------------------------------------ writing
    def write(self, text: str, original: str | None, session: str) -> Path:
        """Store ``text`` (a project file's contents) as the newest autosave; returns its path.

        Raises OSError when the folder cannot be written.
        """
        import json  # when a recovery folder is read or written, not at start

        key = key_for(original, session)
        folder = self.root / key
        folder.mkdir(parents=True, exist_ok=True)
        entry = self.entry(key)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"autosave-{stamp}{SUFFIX}"
        if entry.newest is not None and target.name <= entry.newest.name:  # clock went back
            target = folder / f"autosave-{_next_stamp(entry.newest.name)}{SUFFIX}"
        atomic_write_text(target, text)
        meta = {"original": os.path.abspath(original) if original else "", "resolved_upto": entry.resolved_upto}
        atomic_write_text(folder / META, json.dumps(meta, ensure_ascii=False))
        for old in [target, *entry.autosaves][HISTORY:]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def resolve(self, entry: RecoveryEntry) -> None:
        """The user has decided about everything autosaved so far: do not offer it again."""
        fresh = self.entry(entry.key)
        if fresh.newest is None:
            return
        import json  # when there is something to resolve, not at every close

        meta = {"original": fresh.original, "resolved_upto": fresh.newest.name}
        with contextlib.suppress(OSError):
            atomic_write_text(fresh.folder / META, json.dumps(meta, ensure_ascii=False))

    def resolve_key(self, original: str | None, session: str) -> None:
        self.resolve(self.entry(key_for(original, session)))

    # ------------------------------------------------------------------ older versions
    def _adopt_legacy(self) -> None:
        """Move the single recovery file of earlier versions into the history (never lost)."""
        legacy = self.root / LEGACY_NAME
        if not legacy.is_file():
            return
        import json  # when a recovery folder is read or written, not at start

        original = ""
        with contextlib.suppress(OSError, ValueError, AttributeError):
            original = json.loads((self.root / LEGACY_META).read_text(encoding="utf-8")).get("original", "") or ""
        folder = self.root / key_for(original or None, "legacy")
        stamp = datetime.datetime.fromtimestamp(legacy.stat().st_mtime).strftime("%Y%m%d-%H%M%S-%f")
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_text(folder / META, json.dumps({"original": original, "resolved_upto": ""}, ensure_ascii=False))
            legacy.replace(folder / f"autosave-{stamp}{SUFFIX}")
            (self.root / LEGACY_META).unlink(missing_ok=True)


def _next_stamp(name: str) -> str:
    """A stamp sorting just after the autosave ``name`` (when the clock went back)."""
    stamp = _AUTOSAVE.fullmatch(name).group(1)
    moment = datetime.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f") + datetime.timedelta(microseconds=1)
    return moment.strftime("%Y%m%d-%H%M%S-%f")
