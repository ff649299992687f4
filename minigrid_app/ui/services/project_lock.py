"""One writer per project: a lock file next to the project while a window edits it.

Qt's ``QLockFile`` writes the process id, the program and the computer into
``.NAME.minigrid.lock``. A second window that opens the same project finds the lock and
offers to open it read-only or as a copy. A lock left behind by a program that crashed
(its process is gone, on this computer) is detected by Qt and taken over at once; the
lock never expires by age alone, because a project stays open for hours.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

#: what :meth:`ProjectLock.acquire` found
ACQUIRED, HELD_ELSEWHERE, NOT_POSSIBLE = "acquired", "held", "not_possible"


def lock_path_for(project_path: str | os.PathLike) -> Path:
    """The lock file of a project: next to the file itself, whatever link or relative path names it."""
    path = Path(os.path.realpath(os.path.abspath(project_path)))
    return path.with_name(f".{path.name}.lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock: process id, computer name and program name (as far as known)."""

    pid: int = 0
    host: str = ""
    program: str = ""


class ProjectLock:
    """The lock of one project file.

    ``acquire()`` returns :data:`ACQUIRED`, :data:`HELD_ELSEWHERE` (another running
    Minigrid edits it; see :attr:`holder`) or :data:`NOT_POSSIBLE` (the folder cannot hold
    a lock file, e.g. a read-only USB stick: then no other window can write there either).
    """

    def __init__(self, project_path: str | os.PathLike, lock_file: str | os.PathLike | None = None):
        self.project_path = os.path.realpath(os.path.abspath(project_path))
        # ``lock_file``: another lock of the same kind (a recovery folder's: file_session)
        self.path = Path(lock_file) if lock_file is not None else lock_path_for(project_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the holder's process is gone
        self.holder = LockHolder()

    def acquire(self) -> str:
        if self._lock.isLocked():
            return ACQUIRED
        if self._lock.tryLock(0):
            return ACQUIRED
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()
            if isinstance(info, tuple) and len(info) >= 3:
                pid, host, program = info[-3:]
                self.holder = LockHolder(int(pid or 0), str(host or ""), str(program or ""))
            return HELD_ELSEWHERE
        return NOT_POSSIBLE

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
