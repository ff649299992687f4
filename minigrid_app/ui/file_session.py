"""Who may write the open project, and the autosaves that protect it (issue 14).

:class:`FileSession` is the part of the controller that guards a resident's work:

- one writer per project: a :class:`ProjectLock` while the file is open for editing; a
  second window is offered to open it read-only or as a copy;
- a file that is read-only on disk, or had to be repaired on opening, is never saved over
  without asking;
- autosaves go to the recovery folder (:class:`minigrid_app.io.recovery.RecoveryStore`)
  with a short history per project, and are offered on every start and every opening of
  the file they belong to, with both times and what differs. Nothing is deleted there
  before the user has chosen.

It holds no widgets: every question goes to the dialog service.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSysInfo

from minigrid_app.core.model import Project
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.project_diff import describe_differences
from minigrid_app.io.projectfile import LoadResult, dumps_project, is_read_only, load_project
from minigrid_app.io.recovery import RecoveryEntry, RecoveryStore, key_for
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.services.project_lock import ACQUIRED, HELD_ELSEWHERE, ProjectLock


def _new_session_id() -> str:
    """A random id of this window's session (32 hex digits; os.urandom, as uuid4 uses, without
    loading the uuid module and the platform probing it does at start)."""
    return os.urandom(16).hex()

#: how a file is open in this window
EDIT, READ_ONLY, COPY, CANCELLED = "edit", "read_only", "copy", "cancel"


def _project_name(project: Project) -> str:
    """What a resident calls the project: its name, else its place, else its first home's address ("" none)."""
    intake = project.intake
    for text in (intake.name, intake.location, *(h.address or h.label for h in project.households)):
        if text and text.strip():
            return text.strip()
    return ""


def same_file(a: str | None, b: str | None) -> bool:
    """Whether paths ``a`` and ``b`` name the same file (links resolved; False when one is empty)."""
    if not a or not b:
        return False
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


class FileSession(QObject):
    """Lock, write protection and autosave/recovery of the project in one window.

    Attributes
    ----------
    mode : str
        :data:`EDIT`, :data:`READ_ONLY` (another window edits it, or the file is
        read-only on disk) or :data:`COPY` (opened as an unsaved copy).
    protected_path : str or None
        A file that was repaired on opening: saving over it asks first.
    """

    def __init__(self, dialogs, recovery_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.dialogs = dialogs
        self.store = RecoveryStore(recovery_dir)
        self.session = _new_session_id()
        self.lock: ProjectLock | None = None
        # the lock of the recovery folder this window autosaves into, and that folder's key
        self.autosave_lock: ProjectLock | None = None
        self.autosave_key = ""
        self.mode = EDIT
        self.read_only_reason = ""
        self.protected_path: str | None = None

    def _text(self, value) -> str:
        return value.text(ui_language()) if isinstance(value, Bilingual) else str(value)

    # ------------------------------------------------------------------ opening
    def choose_mode(self, path: str) -> tuple[str, ProjectLock | None]:
        """Lock ``path`` for editing, or ask what to do when another window has it.

        Returns the mode (EDIT, READ_ONLY, COPY or CANCELLED) and the lock to keep (EDIT).
        """
        if self.lock is not None and same_file(self.lock.project_path, path):
            return EDIT, self.lock  # this window already holds it
        lock = ProjectLock(path)
        state = lock.acquire()
        if state == HELD_ELSEWHERE:
            holder = lock.holder
            # the computer only when it is another one: 'op de computer vm' on this very computer read as elsewhere
            elsewhere = holder.host and holder.host != QSysInfo.machineHostName()
            where = self.tr(" op de computer '{0}'").format(holder.host) if elsewhere else ""
            choice = self.dialogs.ask_choice(
                self.tr("Project is al geopend"),
                self.tr(
                    "{0} is al geopend in een ander Minigrid-venster{1}. Twee vensters die hetzelfde bestand "
                    "opslaan, overschrijven elkaars werk.\n\nWilt u het alleen bekijken (alleen lezen), of een "
                    "kopie openen die u onder een nieuwe naam opslaat?"
                ).format(Path(path).name, where),
                [(READ_ONLY, self.tr("Alleen lezen")), (COPY, self.tr("Kopie openen")), (CANCELLED, self.tr("Annuleren"))],
            )
            return (choice if choice in (READ_ONLY, COPY) else CANCELLED), None
        if is_read_only(path):
            lock.release()
            return READ_ONLY, None
        return EDIT, lock if state == ACQUIRED else None

    def enter(self, path: str | None, mode: str, lock: ProjectLock | None, repaired: bool = False) -> None:
        """The window now shows ``path`` in ``mode`` (after the document was replaced)."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock if mode == EDIT else None
        self._release_autosave_folder()  # the project before is settled (leave)
        self.mode = mode
        self.session = _new_session_id()
        self.protected_path = path if repaired and mode == EDIT else None
        self.read_only_reason = ""
        if mode == READ_ONLY and path:
            if is_read_only(path):
                self.read_only_reason = self.tr("Het bestand is alleen-lezen (beveiligd tegen schrijven).")
            else:
                self.read_only_reason = self.tr("Het project is geopend in een ander Minigrid-venster.")

    def leave(self, original: str | None) -> None:
        """The user has decided about the open project (saved, discarded, closed): its autosaves are settled."""
        self.store.resolve_key(self.autosave_original(original), self.session)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self._release_autosave_folder()

    def _release_autosave_folder(self) -> None:
        if self.autosave_lock is not None:
            self.autosave_lock.release()
        self.autosave_lock, self.autosave_key = None, ""

    # ------------------------------------------------------------------ saving
    def may_save_over(self, path: str) -> bool:
        """True: save over ``path``; False: ask for a new name instead (read-only, a copy, or a repaired file the user keeps)."""
        if self.mode != EDIT:
            self.dialogs.inform(
                self.tr("Alleen lezen"),
                self.tr("{0}\nSla het project op onder een nieuwe naam.").format(self.read_only_reason or self.tr("Dit is een kopie.")),
            )
            return False
        if not self.protected_path or not same_file(self.protected_path, path):
            return True
        return self.dialogs.ask_yes_no(
            self.tr("Gerepareerd bestand overschrijven?"),
            self.tr(
                "Bij het openen moest Minigrid onleesbare delen van {0} weglaten of omzetten (zie de melding van "
                "toen). Wilt u het originele bestand overschrijven met de gerepareerde versie?\n\n"
                "Kiest u Nee, dan kiest u een nieuwe naam en blijft het origineel zoals het was."
            ).format(Path(path).name),
        )

    def claim(self, path: str) -> ProjectLock | None | bool:
        """Before saving as ``path``: its lock (or None when no lock file is possible); False when another window has it."""
        if self.lock is not None and same_file(self.lock.project_path, path):
            return self.lock
        lock = ProjectLock(path)
        state = lock.acquire()
        if state == HELD_ELSEWHERE:
            self.dialogs.warn(
                self.tr("Opslaan als"),
                self.tr("{0} is geopend in een ander Minigrid-venster. Kies een andere naam, of sluit dat venster eerst.").format(Path(path).name),
            )
            return False
        return lock if state == ACQUIRED else None

    def saved_as(self, old_original: str | None, path: str, lock: ProjectLock | None) -> None:
        """A save to ``path`` succeeded: this window now edits ``path``."""
        self.store.resolve_key(self.autosave_original(old_original), self.session)
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock
        self._release_autosave_folder()  # autosaves now go to the new file's folder
        self.mode = EDIT
        self.read_only_reason = ""
        self.protected_path = None

    # ------------------------------------------------------------------ autosave
    def autosave_original(self, path: str | None) -> str | None:
        """The project file autosaves are filed under (None: this window's own folder)."""
        return path if self.mode == EDIT and path else None

    def autosave(self, project: Project, path: str | None) -> Path:
        """Write an autosave, holding the folder's lock first (raises OSError when it cannot be written)."""
        original = self.autosave_original(path)
        self._hold_autosave_folder(key_for(original, self.session))
        return self.store.write(dumps_project(project), original, self.session)

    def _hold_autosave_folder(self, key: str) -> None:
        """Lock the recovery folder ``key`` while this window autosaves there: another Minigrid then
        knows these autosaves are a running window's, not a crash's. A program that was killed
        leaves a stale lock (its process is gone), which Qt takes over, so its autosaves are offered."""
        if self.autosave_lock is not None and self.autosave_key == key:
            return
        self._release_autosave_folder()
        lock_file = self.store.in_use_path(key)
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        lock = ProjectLock(lock_file.parent, lock_file=lock_file)
        lock.acquire()  # a folder that cannot hold a lock (NOT_POSSIBLE): the autosave still goes there
        self.autosave_lock, self.autosave_key = lock, key

    # ------------------------------------------------------------------ recovery
    def pending(self, path: str | None = None) -> list[RecoveryEntry]:
        return self.store.pending(path)

    def offer(self, entry: RecoveryEntry, saved: Project | None) -> Project | None:
        """Ask whether to continue with ``entry``'s newest autosave; the project, or None.

        ``saved`` is the project as the file holds it (None: never saved, or unreadable).
        Whatever the answer, the autosaves stay in the recovery folder; the entry is then
        settled so it is not offered again.
        """
        loaded: LoadResult = entry.load_newest()
        if loaded.project is None:
            self.dialogs.warn(
                self.tr("Herstellen mislukt"),
                self.tr("De automatisch bewaarde versie kon niet worden gelezen: {0}\nHij blijft bewaard in de map {1}.").format(
                    loaded.problems[0].text(ui_language()), self.store.root
                ),
            )
            self.store.resolve(entry)
            return None
        differences = describe_differences(saved or Project(), loaded.project)
        if saved is not None and not differences:
            self.store.resolve(entry)  # the file already holds it
            return None
        # the resident recognises the project by its name or street and the moment of the last
        # change, not by the recovery folder's name (a hash or a session id)
        name = _project_name(loaded.project)
        if entry.original:
            where = (self.tr("het project ‘{0}’ (bestand {1})").format(name, Path(entry.original).name) if name
                     else self.tr("het bestand {0}").format(Path(entry.original).name))
            times = self.tr("Laatst gewijzigd: {0}\nHet bestand is opgeslagen: {1}").format(
                self._when(entry.newest_time),
                self._when(entry.original_time) if entry.original_time else self.tr("(bestand niet gevonden)"),
            )
        else:
            where = (self.tr("het project ‘{0}’, nog niet opgeslagen").format(name) if name
                     else self.tr("een nieuw project dat nog niet is opgeslagen"))
            times = self.tr("Laatst gewijzigd: {0}").format(self._when(entry.newest_time))
        lines = "\n".join(f"• {self._text(line)}" for line in differences[:8])
        text = (
            self.tr(
                "Minigrid is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van {0}. "
                "Wilt u daarmee verder werken?"
            ).format(where)
            + "\n\n" + times
            + (("\n\n" + self.tr("Verschil met het opgeslagen bestand:") + "\n" + lines) if saved is not None and lines else "")
            + "\n\n"
            + self.tr("Kiest u Nee, dan bewaart Minigrid die versie toch, in de map {0}.").format(self.store.root)
        )
        answer = self.dialogs.ask_yes_no(self.tr("Herstellen na een onderbreking"), text)
        self.store.resolve(entry)
        return loaded.project if answer else None

    def _when(self, moment: datetime.datetime | None) -> str:
        """'vandaag om 14:05', 'gisteren om 09:30' or 'maandag 30 november 2026 om 14:05' ('–' none)."""
        if moment is None:
            return "–"
        from PySide6.QtCore import QDate

        from minigrid_app.ui.locale import ui_locale

        days = (datetime.date.today() - moment.date()).days
        clock = f"{moment:%H:%M}"
        if days == 0:
            return self.tr("vandaag om {0}").format(clock)
        if days == 1:
            return self.tr("gisteren om {0}").format(clock)
        day = ui_locale().toString(QDate(moment.year, moment.month, moment.day), "dddd d MMMM yyyy")
        return self.tr("{0} om {1}").format(day, clock)

    def saved_version(self, entry: RecoveryEntry) -> Project | None:
        if not entry.original or not Path(entry.original).is_file():
            return None
        return load_project(entry.original).project

    def in_use_elsewhere(self, entry: RecoveryEntry) -> bool:
        """True when another running Minigrid autosaves ``entry`` (or edits its file): its work, not a crash's."""
        if self.autosave_lock is not None and self.autosave_key == entry.key:
            return False
        if entry.original and self.locked_elsewhere(entry.original):
            return True
        probe = ProjectLock(entry.folder, lock_file=self.store.in_use_path(entry.key))
        state = probe.acquire()  # a lock left by a killed program is stale: taken over, then let go
        probe.release()
        return state == HELD_ELSEWHERE

    def tell_open_elsewhere(self, entries: list[RecoveryEntry]) -> None:
        """Say that the projects of ``entries`` are open, with their changes, in other Minigrid windows."""
        names = []
        for entry in entries:
            loaded = entry.load_newest().project
            name = _project_name(loaded) if loaded is not None else ""
            if not name and entry.original:
                name = Path(entry.original).name
            names.append(name or self.tr("een nieuw project dat nog niet is opgeslagen"))
        self.dialogs.inform(
            self.tr("Project is al geopend"),
            self.tr("Al geopend in een ander Minigrid-venster, met wijzigingen die daar automatisch worden bewaard:")
            + "\n\n" + "\n".join(f"• {name}" for name in names) + "\n\n"
            + self.tr(
                "Er is niets verloren: werk in dat venster verder (het kan achter andere vensters liggen; kijk in "
                "de taakbalk). In dit venster kunt u een ander project openen of een nieuw project beginnen."
            ),
        )

    def locked_elsewhere(self, path: str) -> bool:
        """True when another running Minigrid edits ``path`` (its autosaves are its own)."""
        if self.lock is not None and same_file(self.lock.project_path, path):
            return False
        probe = ProjectLock(path)
        state = probe.acquire()
        probe.release()
        return state == HELD_ELSEWHERE
