"""The engine as the window uses it: every computation off the GUI thread, in the engine's
worker process when the program runs one.

:func:`compute_function` picks how ``compute_project`` runs: in the long-lived worker process
of :mod:`compute_process` (the program; keeps the window responsive and the g-function cache
warm) or on the calling thread (tests, screenshots). The document's recalculation, the
drop-out "what if", the documents for the evening and the Excel export all go through it.

:class:`EngineService` is what pages and the controller hold: ``run`` puts work on the
document's task runner (results back on the GUI thread), ``compute`` is the function that
work calls, ``drop_out`` is the "what if this home does not join?" of the second evening.

The engine (numpy, the borefield model) is imported when first used, not with this module:
the window starts without it (its compute process loads it).
"""

from __future__ import annotations

import copy
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minigrid_app.core.results import ProjectResults
    from minigrid_app.core.whatif import DropOutEffect

Compute = Callable[..., "ProjectResults"]


def compute_function(in_process: bool) -> Compute:
    """``compute_project`` or its twin in the worker process (same signature and results).

    The returned function blocks its (non-GUI) caller until the results are there.
    """
    if in_process:
        from minigrid_app.ui.services import compute_process

        return compute_process.compute
    from minigrid_app.core.analysis import compute_project

    return compute_project


class EngineService:
    """The engine for the pages of one document.

    Reads the document's ``runner``, ``sizing_method`` and ``compute_in_process`` at the moment
    work is started, so tests and the program set them on the document as before.
    """

    def __init__(self, document):
        self.document = document
        #: work that writes files, under way: its token → the files in words (:meth:`files_being_written`)
        self._writing: dict[object, Callable[[], str]] = {}

    @property
    def method(self) -> str:
        """Borefield sizing method of the document (``"pygfunction"`` or ``"rule_of_thumb"``)."""
        return self.document.sizing_method

    def compute_function(self) -> Compute:
        """How ``compute_project`` runs for this document now (call on the GUI thread)."""
        return compute_function(self.document.compute_in_process)

    def run(self, work, on_done, on_error=None, on_progress=None, *, writing: Callable[[], str] | None = None) -> None:
        """Run ``work(progress)`` on the document's task runner; callbacks on the GUI thread.

        ``writing``: the files the work writes, in words (``lambda: self.tr("de uitvraag")``); until
        the work ends, :meth:`files_being_written` names them (the window asks before it closes:
        the program's end would end the work half-way).
        """
        if writing is None:
            self.document.runner.run(work, on_done, on_error, on_progress)
            return
        from minigrid_app.ui.services.tasks import deliver

        token = object()
        self._writing[token] = writing

        def ended(callback):
            def end(*args) -> None:
                self._writing.pop(token, None)
                deliver(callback, *args)

            return end

        self.document.runner.run(work, ended(on_done), ended(on_error), on_progress, ended(None))

    def files_being_written(self) -> list[str]:
        """What the work under way is writing, in words, in the language of the window now."""
        return [what() for what in self._writing.values()]

    def drop_out(
        self,
        household_id: str,
        on_done: Callable[[DropOutEffect], None],
        on_error: Callable[[str], None] | None = None,
    ) -> bool:
        """Compute what changes for the others when ``household_id`` does not join.

        The project is copied now; the recalculation runs like every other (worker process or
        worker thread) and ``on_done`` receives the :class:`DropOutEffect` on the GUI thread.
        Returns False (and starts nothing) when there are no results to compare with yet.
        """
        results = self.document.results
        if results is None:
            return False
        project = copy.deepcopy(self.document.project)
        method = self.method
        compute = self.compute_function()

        def work(_progress):
            from minigrid_app.core.whatif import drop_out_effect

            return drop_out_effect(project, results, household_id, method=method, compute=compute)

        self.run(work, on_done, on_error)
        return True

    def signature_curves(
        self,
        on_done: Callable[[ProjectResults], None],
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
    ) -> ProjectResults | None:
        """The project's results with its signature curves (:mod:`minigrid_app.core.signatures`).

        Returns them at once when they were computed for the project as it is now; otherwise
        returns None and computes them like every computation of the window: in the worker
        process when the program runs one (its borefield caches warm), never on the GUI thread,
        without break-even and sensitivity. ``on_done`` then receives the results (with
        ``results.signatures``) on the GUI thread. Pages and the presentation asking at the same
        time share one computation; a project changed meanwhile is computed again.
        """
        state = _CURVES.setdefault(self.document, _CurveState())
        if state.results is not None and state.project == self.document.project:
            return state.results
        if (on_done, on_error, on_progress) not in state.listeners:  # a page asking again after each edit: told once
            state.listeners.append((on_done, on_error, on_progress))
        if not state.running:
            self._start_curves(state)
        return None

    def _start_curves(self, state: _CurveState) -> None:
        from minigrid_app.ui.services.tasks import deliver

        project = copy.deepcopy(self.document.project)
        method = self.method
        compute = self.compute_function()
        state.running, state.project, state.results = True, project, None

        def work(progress):
            return compute(
                project, progress=progress, break_even=False, sensitivity=False, signature_curve=True, method=method
            )

        # a listener whose window closed meanwhile (the presentation) hears nothing (deliver)
        def progress(fraction: float, text: str) -> None:
            for _done, _error, listener in list(state.listeners):
                deliver(listener, fraction, text)

        def done(results: ProjectResults) -> None:
            state.running = False
            if project != self.document.project:  # changed while computing: once more
                self._start_curves(state)
                return
            state.results = results
            listeners, state.listeners = state.listeners, []
            for on_done, _error, _progress in listeners:
                deliver(on_done, results)

        def failed(text: str) -> None:
            state.running = False
            listeners, state.listeners = state.listeners, []
            for _done, on_error, _progress in listeners:
                deliver(on_error, text)

        self.run(work, done, failed, progress)


class _CurveState:
    """The signature curves of one document: the project they were computed for and who waits."""

    def __init__(self):
        self.project = None
        self.results: ProjectResults | None = None
        self.running = False
        self.listeners: list = []


#: document → its signature curves (forgotten with the document)
_CURVES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
