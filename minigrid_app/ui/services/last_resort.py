"""The window's last resort: a fault in the program itself is said plainly, nothing is lost.

An exception that nothing caught in a slot or an event handler reaches ``sys.excepthook``
(PySide reports it there and the window goes on). Without a handler the user saw nothing, or a
traceback on a console they do not have. :class:`LastResort` instead

- writes the traceback to ``<data folder>/logs/minigrid-faults.log`` (the user's application
  data folder, where the autosaves are; the file is started afresh above :data:`MAX_LOG_BYTES`),
- says in the window, in its language, that Minigrid ran into a fault of its own, that the
  project is still open and nothing is lost, and where the details are,
- offers to save a copy of the project (:meth:`ProjectController.save_copy`), the open file
  and its lock left as they are.

One handler is installed per process (:func:`install`); it passes every exception on to the
hook that was there before (a developer's console, pytest-qt), and speaks through the last
window that registered. The same fault repeating (a paint that fails every time) is logged each
time but said once; a fault while the message is open is logged only.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

#: the log is started afresh when it grows beyond this [bytes]
MAX_LOG_BYTES = 1_000_000
LOG_NAME = "minigrid-faults.log"

_handlers: list[LastResort] = []
_previous_hook = None
_lock = threading.Lock()


def write_fault_log(folder: Path, exc_type, exc_value, exc_traceback) -> Path | None:
    """Append the traceback, with the time, to ``folder/minigrid-faults.log``.

    Returns the file's path, or None when it could not be written (the message then says so).
    """
    path = Path(folder) / LOG_NAME
    text = "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".old.log"))
        with path.open("a", encoding="utf-8", errors="replace") as stream:
            stream.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n{text}\n")
    except OSError:
        return None
    return path


def _hook(exc_type, exc_value, exc_traceback) -> None:
    """``sys.excepthook`` while a window has a :class:`LastResort`."""
    if not issubclass(exc_type, KeyboardInterrupt):
        with _lock:
            _handlers[:] = [h for h in _handlers if shiboken6.isValid(h)]
            handler = _handlers[-1] if _handlers else None
        if handler is not None:
            handler.report(exc_type, exc_value, exc_traceback)
    previous = _previous_hook or sys.__excepthook__
    previous(exc_type, exc_value, exc_traceback)


def install(handler: LastResort) -> None:
    """Make ``handler`` the one that speaks for faults (the hook is installed once per process)."""
    global _previous_hook
    with _lock:
        _handlers.append(handler)
        if sys.excepthook is not _hook:
            _previous_hook = sys.excepthook
            sys.excepthook = _hook


class LastResort(QObject):
    """Says a fault of the program in ``window`` and offers to save a copy of the project.

    Parameters
    ----------
    window : MainWindow
        Needs ``dialogs`` (prompts) and ``controller`` (``save_copy``).
    log_folder : Path
        Where :data:`LOG_NAME` is written (the user's application data folder).
    """

    #: (name of the exception's class, path of the log or "", the fault's place): queued to the GUI thread
    faulted = Signal(str, str, str)

    def __init__(self, window, log_folder: Path):
        super().__init__(window)
        self.window = window
        self.log_folder = Path(log_folder)
        self._told: set[str] = set()
        self._telling = False
        #: say the fault in the window (False: nobody to answer, as in the screenshot mode: the
        #: fault is logged and printed, and the run goes on rather than waiting on a message)
        self.ask = True
        # queued: the message is shown once the failing slot has returned, also when the fault
        # happened on another thread
        self.faulted.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def report(self, exc_type, exc_value, exc_traceback) -> None:
        """Log the fault and have it said in the window (any thread)."""
        path = write_fault_log(self.log_folder, exc_type, exc_value, exc_traceback)
        frames = traceback.extract_tb(exc_traceback)
        place = f"{exc_type.__name__}@{frames[-1].filename}:{frames[-1].lineno}" if frames else exc_type.__name__
        self.faulted.emit(exc_type.__name__, str(path) if path else "", place)

    def _tell(self, kind: str, log_path: str, place: str) -> None:
        if not self.ask or self._telling or place in self._told or not shiboken6.isValid(self.window):
            return
        self._told.add(place)
        self._telling = True
        try:
            self._ask(kind, log_path)
        finally:
            self._telling = False

    def _ask(self, kind: str, log_path: str) -> None:
        where = (
            self.tr("De technische details staan in {0}; meld de fout met dat bestand erbij.").format(log_path)
            if log_path
            else self.tr("De technische details konden niet worden bewaard.")
        )
        text = self.tr(
            "Minigrid liep vast op een fout in het programma zelf ({0}), niet in uw invoer. Uw project is "
            "nog open en er is niets verloren. Sla voor de zekerheid een kopie op en start Minigrid daarna "
            "opnieuw. {1}"
        ).format(kind, where)
        answer = self.window.dialogs.ask_choice(
            self.tr("Er ging iets mis in Minigrid"),
            text,
            [("copy", self.tr("Kopie opslaan…")), ("continue", self.tr("Doorgaan"))],
        )
        if answer != "copy":
            return
        saved = self.window.controller.save_copy()
        if saved:
            self.window.dialogs.inform(
                self.tr("Kopie opgeslagen"),
                self.tr("Een kopie van het project staat in {0}. Het geopende project blijft zoals het was.").format(saved),
            )
