"""Run long work (sizing, export, PDF) off the GUI thread, results back on the GUI thread.

``TaskRunner`` uses a QThreadPool; ``SyncRunner`` runs at once (tests swap it in).
Workers never touch widgets: they compute and return a value.

Work that is no longer wanted can be stopped (:meth:`TaskRunner.stop`, :func:`stop_all`):
a computation whose result would be thrown away (the project changed meanwhile, the window
closes) ends at its next progress report instead of running to the end first.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import traceback
import weakref
from collections.abc import Callable, Iterator

import shiboken6
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
    stopped = Signal()

    def __init__(self):
        super().__init__()
        #: set on the GUI thread by :meth:`TaskRunner.stop`; the worker reads it at each progress report
        self.stop_asked = False


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
            except WorkStopped:
                _emit(self.signals.stopped)
                return
            except Exception:  # noqa: BLE001 - reported to the GUI, never raised at the user
                _emit(self.signals.failed, traceback.format_exc())
                return
            _emit(self.signals.finished, value)

    def _progress(self, fraction: float, text: str) -> None:
        if self.signals.stop_asked:
            raise WorkStopped
        if not _emit(self.signals.progress, fraction, text):
            raise _ReceiverGone  # stop the work at its next progress report


class _ReceiverGone(Exception):
    """The signals of a job were deleted (the window closed while it ran)."""


class WorkStopped(Exception):
    """Raised by a job's progress report once the job was asked to stop (:meth:`TaskRunner.stop`).

    Work that catches exceptions of its own must let this one through.
    """


def _emit(signal, *args) -> bool:
    """Emit ``signal``; False (and nothing printed) when its object was deleted at shutdown."""
    try:
        signal.emit(*args)
    except RuntimeError as exc:
        if "deleted" not in str(exc):
            raise
        return False
    return True


def receiver_gone(callback: Callable | None) -> bool:
    """Whether ``callback`` is a method of a Qt object deleted meanwhile (a window closed while
    its work ran): its answer goes nowhere, instead of into a window that is no longer there."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, shiboken6.Shiboken.Object) and not shiboken6.isValid(owner)


def deliver(callback: Callable | None, *args) -> None:
    """Call ``callback(*args)`` unless there is no callback or its window was deleted (:func:`receiver_gone`)."""
    if callback is not None and not receiver_gone(callback):
        callback(*args)


#: every task runner of the program, for :func:`stop_all`
_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


class TaskRunner(QObject):
    """Runs ``work(progress)`` on a thread pool; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()
        _runners.add(self)

    def run(
        self,
        work: Callable[[Callable[[float, str], None]], object],
        on_done: Callable[[object], None],
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_stopped: Callable[[], None] | None = None,
    ) -> object:
        """Start ``work(progress)`` on the pool; returns a handle for :meth:`stop`.

        Exactly one of ``on_done(value)``, ``on_error(traceback text)`` and ``on_stopped()``
        is called on the GUI thread when the work ends (none when the program is closing).
        """
        signals = _Signals()
        self._alive.add(signals)

        def finished(value):
            self._alive.discard(signals)
            deliver(on_done, value)

        def failed(text):
            self._alive.discard(signals)
            deliver(on_error, text)

        def stopped():
            self._alive.discard(signals)
            deliver(on_stopped)

        signals.finished.connect(finished)
        signals.failed.connect(failed)
        signals.stopped.connect(stopped)
        if on_progress:
            signals.progress.connect(on_progress)
        self.pool.start(_Job(work, signals))
        return signals

    def stop(self, handle: object | None = None) -> None:
        """Ask the work started as ``handle`` (every running work when None) to stop.

        The work ends at its next progress report (it raises :class:`WorkStopped` there), and
        its ``on_stopped`` is called instead of ``on_done``. Work that has ended is left alone.
        """
        for signals in list(self._alive):
            if handle is None or signals is handle:
                signals.stop_asked = True

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


def stop_all() -> None:
    """Ask every running work of every task runner to stop (the program exits; between tests)."""
    for runner in list(_runners):
        runner.stop()


class SyncRunner:
    """Same interface, runs the work at once on the calling thread (for tests)."""

    def run(self, work, on_done, on_error=None, on_progress=None, on_stopped=None) -> None:
        try:
            value = work(lambda fraction, text: deliver(on_progress, fraction, text))
        except Exception:  # noqa: BLE001
            if on_error:
                deliver(on_error, traceback.format_exc())
            else:
                raise
            return
        deliver(on_done, value)

    def stop(self, handle: object | None = None) -> None:
        """Nothing runs in the background: there is nothing to stop."""

    def wait(self, msecs: int = 0) -> bool:
        return True
