"""Run long work (sizing, export, PDF) off the GUI thread, results back on the GUI thread.

``TaskRunner`` uses a QThreadPool; ``SyncRunner`` runs at once (tests swap it in).
Workers never touch widgets: they compute and return a value.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_gc_lock = threading.Lock()
_gc_holders = 0
#: whether automatic collection was on when the first of the current holds began
_gc_was_enabled = True


@contextlib.contextmanager
def gc_on_gui_thread() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from running on a worker thread.

    The collector runs in whichever thread happens to allocate. Should it free a Qt object
    of the GUI thread there (an unparented QObject with a running QTimer, say), Qt is left
    with a dead timer and crashes later. While any worker runs, automatic collection is off;
    it resumes when the last one ends (if it was on before), so cycles are collected on the
    GUI thread.

    On the GUI thread itself (a chart drawn at once: tests, screenshots) this changes nothing.
    Switching the collector off and on there made the garbage piled up while drawing be
    collected right at the end, inside the resize event that drew the chart: freeing a page
    that had become garbage in the middle of Qt's layout pass crashed the program.
    """
    if threading.current_thread() is threading.main_thread():
        yield
        return
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
        _gc_holders += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_was_enabled:
                gc.enable()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(float, str)


class _Job(QRunnable):
    def __init__(self, work: Callable, signals: _Signals):
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:  # worker thread
        with gc_on_gui_thread():
            try:
                value = self.work(self._progress)
            except _ReceiverGone:
                return  # the program is closing: nobody waits for this result any more
            except Exception:  # noqa: BLE001 - reported to the GUI, never raised at the user
                _emit(self.signals.failed, traceback.format_exc())
                return
            _emit(self.signals.finished, value)

    def _progress(self, fraction: float, text: str) -> None:
        if not _emit(self.signals.progress, fraction, text):
            raise _ReceiverGone  # stop the work at its next progress report


class _ReceiverGone(Exception):
    """The signals of a job were deleted (the window closed while it ran)."""


def _emit(signal, *args) -> bool:
    """Emit ``signal``; False (and nothing printed) when its object was deleted at shutdown."""
    try:
        signal.emit(*args)
    except RuntimeError as exc:
        if "deleted" not in str(exc):
            raise
        return False
    return True


class TaskRunner(QObject):
    """Runs ``work(progress)`` on a thread pool; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()

    def run(
        self,
        work: Callable[[Callable[[float, str], None]], object],
        on_done: Callable[[object], None],
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
    ) -> None:
        signals = _Signals()
        self._alive.add(signals)

        def finished(value):
            self._alive.discard(signals)
            on_done(value)

        def failed(text):
            self._alive.discard(signals)
            if on_error:
                on_error(text)

        signals.finished.connect(finished)
        signals.failed.connect(failed)
        if on_progress:
            signals.progress.connect(on_progress)
        self.pool.start(_Job(work, signals))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class SyncRunner:
    """Same interface, runs the work at once on the calling thread (for tests)."""

    def run(self, work, on_done, on_error=None, on_progress=None) -> None:
        try:
            value = work(on_progress or (lambda fraction, text: None))
        except Exception:  # noqa: BLE001
            if on_error:
                on_error(traceback.format_exc())
            else:
                raise
            return
        on_done(value)

    def wait(self, msecs: int = 0) -> bool:
        return True
