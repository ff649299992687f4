"""File handling of the program: new, open, save, recent files, autosave and recovery, export.

The controller holds no widgets. It asks :class:`DialogService` (or the scripted double in
tests) for every path and every yes/no, works on the :class:`ProjectDocument`, and keeps
its settings in a ``QSettings`` that tests replace with an ini file.

Autosave, recovery, the one-writer lock and write protection live in
:class:`minigrid_app.ui.file_session.FileSession`: every minute the open project, when it
has unsaved changes, is autosaved (a short history per project); on every start and every
opening of a file, autosaves newer than the file are offered with both times and what
differs; a second window on the same file is offered read-only or a copy.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal

from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem
from minigrid_app.io.os_errors import export_failed, os_error_in, plain_reason
from minigrid_app.io.projectfile import SUFFIX, ProjectFileError, load_project, save_project
from minigrid_app.ui.file_session import COPY, EDIT, READ_ONLY, FileSession, same_file
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.services.dialogs import CANCEL, SAVE
from minigrid_app.ui.services.engine import EngineService

AUTOSAVE_INTERVAL_MS = 60_000
MAX_RECENT = 8
#: files people may pick by mistake in "Openen" when they mean to import the residents' survey
SURVEY_SUFFIXES = (".xlsx", ".xls", ".xlsm", ".csv", ".ods")


def default_recovery_dir() -> Path:
    """The user's app data folder (per platform, from QStandardPaths)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".minigrid")


class ProjectController(QObject):
    """New / open / save / save as / recent files / autosave / recovery / Excel export.

    Signals
    -------
    recentChanged : the list of recent files changed
    working : str, what is being made in the background ("Werkmap wordt gemaakt…"), "" when done
    """

    recentChanged = Signal()
    working = Signal(str)

    def __init__(
        self,
        document,
        dialogs,
        settings: QSettings | None = None,
        recovery_dir: str | Path | None = None,
        parent: QObject | None = None,
        engine: EngineService | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.engine = engine or EngineService(document)
        self.settings = settings or QSettings()
        self.recovery_dir = Path(recovery_dir) if recovery_dir else default_recovery_dir()
        self.session = FileSession(dialogs, self.recovery_dir, self)
        self._autosave_warned = False
        #: set by the window: asks about text typed into an "add" box but not added; None when the
        #: user cancels, else what to do once the project is really left (empty the boxes)
        self.unadded: Callable[[], Callable[[], None] | None] = lambda: lambda: None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave)

    # ------------------------------------------------------------------ messages
    def _problem_text(self, problem: Problem) -> str:
        return problem.text(ui_language())

    def _filter(self) -> str:
        return self.tr("Minigrid-project (*{0})").format(SUFFIX)

    # ------------------------------------------------------------------ unsaved changes
    def maybe_save(self) -> bool:
        """Before the project is closed or replaced: ask about text typed into an "add" box but
        not added (:attr:`unadded`), then about unsaved changes; False when the user cancels."""
        settle = self.unadded()
        if settle is None:
            return False
        if not self._ask_to_save():
            return False
        settle()
        return True

    def _ask_to_save(self) -> bool:
        if not self.document.dirty:
            return True
        answer = self.dialogs.ask_save_discard_cancel(
            self.tr("Niet opgeslagen wijzigingen"),
            self.tr("Het project '{0}' heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?").format(
                self.project_name()
            ),
        )
        if answer == CANCEL:
            return False
        if answer == SAVE:
            return self.save()
        return True

    def project_name(self) -> str:
        name = self.document.project.intake.name.strip()
        if name:
            return name
        if self.document.path:
            return Path(self.document.path).stem
        return self.tr("Nieuw project")

    # ------------------------------------------------------------------ new / open
    def new_project(self) -> bool:
        if not self.maybe_save():
            return False
        self.session.leave(self.document.path)
        self.session.enter(None, EDIT, None)
        self.document.replace_project(Project(), None)
        return True

    def open_project(self) -> bool:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return False
        path = self.dialogs.get_open_path(self.tr("Project openen"), self._start_dir(), self._filter())
        if not path:
            return False
        return self.open_path(path, ask_first=False)

    def open_path(self, path: str, ask_first: bool = True) -> bool:
        """Open ``path``; a broken file gives the problem report and changes nothing.

        Another window editing the file: read-only or a copy (asked). Autosaves newer than
        the file are offered (also when the program starts with this file). The recovery
        data is never removed by opening.
        """
        if ask_first and not self.maybe_save():
            return False
        self.session.leave(self.document.path)  # the user has decided about the open project
        result = load_project(path)
        if result.project is None:
            text = self.tr("{0}\n\nBestand: {1}").format(self._problem_text(result.problems[0]), path)
            if Path(path).suffix.lower() in SURVEY_SUFFIXES:
                text += "\n\n" + self.tr(
                    "Is dit de enquête van de bewoners? Die leest u in bij stap 1, Intake, met de knop "
                    "'Importeren uit enquête…'."
                )
            self.dialogs.warn(self.tr("Project kan niet worden geopend"), text)
            self.remove_recent(path)
            return False
        mode, lock = self.session.choose_mode(path)
        if mode not in (EDIT, READ_ONLY, COPY):
            return False
        if result.problems:
            lines = "\n".join(f"• {self._problem_text(p)}" for p in result.problems[:12])
            if result.repaired and mode == EDIT:
                lines += "\n\n" + self.tr(
                    "Het originele bestand blijft ongewijzigd tot u opslaat; Minigrid vraagt dan eerst of u het wilt "
                    "overschrijven of onder een nieuwe naam wilt opslaan."
                )
            self.dialogs.inform(self.tr("Project geopend, met opmerkingen"), lines)
        recovered = None
        if mode == EDIT:
            for entry in self.session.pending(path):
                recovered = self.session.offer(entry, result.project)
        self.session.enter(None if mode == COPY else path, mode, lock, repaired=result.repaired)
        self.document.replace_project(recovered or result.project, None if mode == COPY else path)
        if recovered is not None:
            self.document.undo_stack.resetClean()  # the recovered data differs from the file on disk
        if mode == READ_ONLY:
            self.dialogs.inform(
                self.tr("Alleen lezen"),
                self.tr("{0}\nU kunt het project bekijken en wijzigen, maar alleen opslaan onder een nieuwe naam.").format(
                    self.session.read_only_reason
                ),
            )
        if mode != COPY:
            self.add_recent(path)
        return True

    def reopen_last(self) -> bool:
        """At a start without a file: open the project that was open last, when it still exists.

        False when there is none (the program starts with a new project)."""
        recent = self.recent_files()
        if not recent or not Path(recent[0]).is_file():
            return False
        return self.open_path(recent[0], ask_first=False)

    def open_example(self, project: Project) -> None:
        """Open a bundled example as a new, unsaved project."""
        self.document.replace_project(project, None)

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        allowed = self.session.may_save_over(self.document.path)
        if not allowed:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        while True:
            path = self._ask_save_path(self.tr("Project opslaan als"), self._suggested_path())
            if not path:
                return False
            # the name the project already has is "Opslaan", with its care for a repaired original
            # the user chose to keep (asked again; "Nee": another name). A file open read-only is
            # refused by _save_to, with the reason (another window has it, or the disk refuses)
            if self.session.mode != EDIT or not same_file(path, self.document.path) or self.session.may_save_over(path):
                return self._save_to(path)

    def _ask_save_path(self, title: str, suggested: str) -> str | None:
        """A path to save to, with the project's suffix; None when the user cancelled."""
        path = self.dialogs.get_save_path(title, suggested, self._filter())
        if path and not path.endswith(SUFFIX):
            path += SUFFIX
        return path or None

    def _save_to(self, path: str) -> bool:
        lock = self.session.claim(path)
        if lock is False:
            return False
        try:
            save_project(self.document.project, path)
        except ProjectFileError as exc:
            if lock is not None and lock is not self.session.lock:
                lock.release()
            problem = exc.problem  # save_project words a failed write (save_failed), knowing whether a file was there
            self.dialogs.warn(self.tr("Opslaan mislukt"), self._problem_text(problem))
            return False
        self.session.saved_as(self.document.path, path, lock)
        self.document.mark_saved(path)
        self.add_recent(path)
        return True

    def save_copy(self) -> str | None:
        """Save a copy of the project as it is now (the last resort after a fault of the program).

        The open file, its lock and the unsaved-changes mark stay as they are. Returns the path
        written, or None when the user cancelled or it could not be written (said in a message).
        """
        suggested = Path(self._suggested_path())
        suggested = suggested.with_name(f"{suggested.stem} ({self.tr('kopie')}){SUFFIX}")
        while True:
            path = self._ask_save_path(self.tr("Kopie van het project opslaan"), str(suggested))
            if not path:
                return None
            if not same_file(path, self.document.path):
                break
            # a copy over the open file would change it behind the window's back, after a fault
            # perhaps with what went wrong: the file stays as it was, the copy gets a name of its own
            self.dialogs.warn(
                self.tr("Kopie opslaan"),
                self.tr(
                    "{0} is het geopende project zelf. Een kopie krijgt een eigen naam, zodat het geopende "
                    "bestand blijft zoals het was. Kies een andere naam."
                ).format(Path(path).name),
            )
        # never over a project another Minigrid window has open (it says so, as "Opslaan als");
        # the lock is held only while the copy is written
        lock = self.session.claim(path)
        if lock is False:
            return None
        try:
            save_project(copy.deepcopy(self.document.project), path)
        except ProjectFileError as exc:
            problem = exc.problem  # save_project words a failed write (save_failed), knowing whether a file was there
            self.dialogs.warn(self.tr("Opslaan mislukt"), self._problem_text(problem))
            return None
        finally:
            if lock is not None and lock is not self.session.lock:
                lock.release()
        return path

    def _start_dir(self) -> str:
        """The folder of the last project, when the user may write there; else the home folder."""
        recent = self.recent_files()
        if recent and os.access(Path(recent[0]).parent, os.W_OK):
            return str(Path(recent[0]).parent)
        return str(Path.home())

    def _suggested_path(self) -> str:
        if self.document.path:
            if os.access(Path(self.document.path).parent, os.W_OK):
                return self.document.path
            # opened from a folder the user cannot write (a read-only share, a USB stick locked): "Opslaan als"
            # offered that folder, and saving there failed; the same name where the user can write
            return str(Path.home() / Path(self.document.path).name)
        stem = self.document.project.intake.name.strip() or self.tr("project")
        safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in stem).strip() or "project"
        return str(Path(self._start_dir()) / f"{safe}{SUFFIX}")

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", [path, *files][:MAX_RECENT])
        self.recentChanged.emit()

    def remove_recent(self, path: str) -> None:
        resolved = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p not in (path, resolved)]
        self.settings.setValue("recent_files", files)
        self.recentChanged.emit()

    def clear_recent(self) -> None:
        self.settings.setValue("recent_files", [])
        self.recentChanged.emit()

    # ------------------------------------------------------------------ autosave and recovery
    def start_autosave(self) -> None:
        self.autosave_timer.start()

    def autosave(self) -> bool:
        """Write an autosave when there are unsaved changes; True when written."""
        if not self.document.dirty:
            return False
        try:
            self.session.autosave(copy.deepcopy(self.document.project), self.document.path)
        except OSError as exc:
            # a safety net that silently stopped working is worse than none: say so, once
            if not self._autosave_warned:
                self._autosave_warned = True
                nl, en = plain_reason(exc)
                self.dialogs.warn(
                    self.tr("Automatisch bewaren lukt niet"),
                    self.tr(
                        "Minigrid kan uw werk niet automatisch bewaren in {0}: {1}. Sla het project zelf op "
                        "(Bestand → Opslaan); deze melding komt niet terug."
                    ).format(self.recovery_dir, en if ui_language() == "en" else nl),
                )
            return False
        return True

    def has_recovery(self) -> bool:
        """Autosaves the user has not decided about yet (of any project)."""
        return bool(self.session.pending())

    def offer_recovery(self) -> bool:
        """At a start without a file: offer autosaves newer than their files; True when one was taken,
        or when the user was told that projects with changes are open in another Minigrid (then
        this window starts with a new project, not with the last one: that is open there).

        Autosaves that another running window writes (it holds their folder's lock) or whose
        file it edits are that window's work, not a crash's: they are left to it, and said so.
        """
        elsewhere = []
        for entry in self.session.pending():
            if self.session.in_use_elsewhere(entry):
                elsewhere.append(entry)
                continue
            recovered = self.session.offer(entry, self.session.saved_version(entry))
            if recovered is None:
                continue
            path = entry.original or None
            mode, lock = self.session.choose_mode(path) if path else (EDIT, None)
            if mode not in (EDIT, READ_ONLY, COPY):
                mode, path = COPY, None
            self.session.enter(None if mode == COPY else path, mode, lock)
            self.document.replace_project(recovered, None if mode == COPY else path)
            # the recovered data differs from the file on disk until the user saves
            self.document.undo_stack.resetClean()
            return True
        if elsewhere:
            self.session.tell_open_elsewhere(elsewhere)
            return True
        return False

    def window_title_note(self) -> str:
        """" (alleen lezen)" or " (kopie)" after the project name, else ""."""
        if self.session.mode == READ_ONLY:
            return self.tr(" (alleen lezen)")
        if self.session.mode == COPY:
            return self.tr(" (kopie)")
        return ""

    def end_without_asking(self) -> None:
        """The program is ended from outside (log-out, shutdown, ``kill``, its terminal closed): no
        one is there to answer "save the changes?". Unsaved changes are autosaved and left unsettled,
        so the next start offers them; the locks are let go, the calculation stops."""
        self.autosave_timer.stop()
        self.document.stop_computing()
        self.autosave()
        self.session.release()

    def may_close_while_writing(self) -> bool:
        """Files still being written (the evening's documents, the tender, the decision, a workbook)
        are named before the program closes, which would end their writing half-way: True when
        nothing is being written or the user closes anyway, False to wait."""
        writing = self.engine.files_being_written()
        if not writing:
            return True
        answer = self.dialogs.ask_choice(
            self.tr("Nog bezig met schrijven"),
            self.tr("Minigrid schrijft nog: {0}. Als u nu afsluit, is dat niet af. Wachten tot het klaar is, of toch afsluiten?").format(
                "; ".join(writing)
            ),
            [("close", self.tr("Toch afsluiten")), ("wait", self.tr("Wachten"))],
        )
        return answer == "close"

    def close_cleanly(self) -> None:
        """Called when the window closes after the unsaved-changes prompt."""
        self.autosave_timer.stop()
        self.document.stop_computing()  # its results would arrive in a closed window
        self.session.leave(self.document.path)
        self.session.release()

    # ------------------------------------------------------------------ export
    def export_excel(self) -> bool:
        """Ask for a path and the privacy choice, then write the workbook in the background."""
        results = self.document.results
        if results is None:
            self.dialogs.inform(
                self.tr("Exporteren naar Excel"),
                # not blaming the input while it is computed
                self.tr("De cijfers worden nog berekend; exporteer zodra ze er zijn.")
                if self.document.awaiting_results
                else self.tr("Er is nog geen berekening om te exporteren. Vul eerst de woningen en hun gasverbruik in."),
            )
            return False
        try:
            from minigrid_app.io.excel import export_workbook
        except ImportError:
            self.dialogs.inform(
                self.tr("Exporteren naar Excel"),
                self.tr("Exporteren naar Excel is in deze versie nog niet beschikbaar."),
            )
            return False
        stem = Path(self._suggested_path()).with_suffix(".xlsx")
        path = self.dialogs.get_save_path(self.tr("Exporteren naar Excel"), str(stem), self.tr("Excel-werkmap (*.xlsx)"))
        if not path:
            return False
        if not path.endswith(".xlsx"):
            path += ".xlsx"
        anonymise = self.dialogs.ask_yes_no(
            self.tr("Anonimiseren?"),
            self.tr(
                "Wilt u de woningen anoniem tonen (Woning 1, 2, …), zonder namen en adressen? "
                "Kies dit als het bestand buiten de groep wordt gedeeld."
            ),
        )
        project = copy.deepcopy(self.document.project)
        method, compute = self.engine.method, self.engine.compute_function()

        def work(progress):
            final = results
            if final.sensitivity is None:
                # the window may still show the quick first pass: the workbook gets the
                # break-even gas use and the sensitivity too
                final = compute(project, progress=progress, method=method)
            try:
                return export_workbook(project, final, path, anonymise=bool(anonymise))
            except Exception as exc:  # ExcelExportError carries a Dutch/English reason
                if isinstance(getattr(exc, "problem", None), Problem):
                    cause = os_error_in(exc)  # the system's words are English: say it in ours
                    return export_failed(cause, path) if cause is not None else exc.problem
                raise

        # said where the busy sign of the calculation is: the workbook took seconds without a sign
        self.working.emit(self.tr("Werkmap wordt gemaakt…"))
        self.engine.run(work, self._export_done_for(path), self._export_failed, writing=lambda: self.tr("de Excel-werkmap"))
        return True

    def _export_done_for(self, path: str):
        def done(value) -> None:
            self.working.emit("")
            if isinstance(value, Problem):  # a clear reason (folder gone, file open elsewhere)
                text = value.text(ui_language())
                self.dialogs.warn(
                    self.tr("Exporteren naar Excel"),
                    self.tr("Het exporteren is niet gelukt. Uw project is niet veranderd.\n\n{0}").format(text),
                )
                return
            self.dialogs.inform(self.tr("Exporteren naar Excel"), self.tr("De werkmap is opgeslagen:\n{0}").format(path))

        return done

    def _export_failed(self, text: str) -> None:
        self.working.emit("")
        last = text.strip().splitlines()[-1] if text.strip() else ""
        self.dialogs.warn(
            self.tr("Exporteren naar Excel"),
            self.tr("Het exporteren is niet gelukt. Uw project is niet veranderd.\n\n({0})").format(last),
        )
