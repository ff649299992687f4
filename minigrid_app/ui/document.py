"""The open project as the UI sees it: data, undo stack, results, recalculation.

Every edit goes through :meth:`ProjectDocument.edit` (one QUndoCommand), so undo and
redo work everywhere and ``changed`` fires once per edit. Recalculation is debounced
and runs on the task runner, never on the GUI thread; results arrive through
``resultsChanged``.
"""

from __future__ import annotations

import copy
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from minigrid_app.core.model import Project
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.services.engine import compute_function

if TYPE_CHECKING:  # results arrive from the engine; the window opens without its modules
    from minigrid_app.core.cluster_keeping import ClusterState
    from minigrid_app.core.results import ProjectResults

RECOMPUTE_DELAY_MS = 300


class _EditCommand(QUndoCommand):
    """One edit; when it changes who takes part, the clusters the residents saw are kept in the
    same step (:func:`~minigrid_app.core.cluster_keeping.keep_clusters`), and undo restores them."""

    def __init__(self, document: ProjectDocument, text: str, apply: Callable[[Project], None], revert: Callable[[Project], None]):
        super().__init__(text)
        #: the language ``text`` is written in (the Edit menu shows it only in that language)
        self.language = ui_language()
        self.document = document
        self.apply_fn = apply
        self.revert_fn = revert
        self.done_once = False
        #: (cluster state before, after) when this edit kept the clusters
        self.kept: tuple[ClusterState, ClusterState] | None = None
        #: the step the edit was made in (the window's current step); whether the edit marked it
        #: "in progress" (:func:`~minigrid_app.core.steps.worked_on`), and what that step's stored
        #: state was just before the mark (None: no entry)
        self.step = document.working_step
        self.marked = False
        self.step_before: str | None = None

    def redo(self) -> None:
        project = self.document.project
        if self.done_once:
            self.apply_fn(project)
            if self.kept is not None:
                self.kept[1].put(project)
            if self.marked:
                self._mark(project)
        else:
            # the cluster rules (and the clustering they use) are loaded at the first edit, not at start
            from minigrid_app.core.cluster_keeping import (
                ClusterState,
                formed_clusters,
                keep_clusters,
            )

            self.done_once = True
            before = formed_clusters(project)
            state = ClusterState.of(project)
            self.apply_fn(project)
            if not _cluster_edit(state, ClusterState.of(project)):
                kept = keep_clusters(before, project)
                if kept is not None:
                    kept.put(project)
                    self.kept = (state, kept)
            if self.step:
                self.step_before = project.steps.get(self.step)
                self._mark(project)
                self.marked = project.steps.get(self.step) != self.step_before
        self.document._after_edit()

    def _mark(self, project: Project) -> None:
        from minigrid_app.core.steps import worked_on

        project.steps = worked_on(project.steps, self.step)

    def undo(self) -> None:
        if self.marked:  # first (redo marked last): the step is again what it was before this edit
            steps = dict(self.document.project.steps)
            steps.pop(self.step, None)
            if self.step_before is not None:
                steps[self.step] = self.step_before
            self.document.project.steps = steps
        self.revert_fn(self.document.project)
        if self.kept is not None:
            self.kept[0].put(self.document.project)
        self.document._after_edit()


def _cluster_edit(before: ClusterState, after: ClusterState) -> bool:
    """True when the edit itself arranged clusters (moved a home, re-formed): then it is left as it is."""
    return before.manual != after.manual or any(
        before.assignment[hid] != cluster for hid, cluster in after.assignment.items() if hid in before.assignment
    )


class ProjectDocument(QObject):
    """Holds the project being edited.

    Signals
    -------
    changed : emitted after every edit, undo or redo (the project data changed)
    resultsChanged(object) : new ProjectResults are available
    busyChanged(bool, str) : recalculation started/finished, with a Dutch status text
    progress(float, str) : progress of the recalculation
    pathChanged(str) : the file path changed (save as, open)
    projectReplaced : another project was opened (new, open, recovered); after ``changed``
    calculationFailed(str) : recalculation failed (traceback text, for the log)
    clusterChanges : homes changed cluster since the last results; the sentences are in
        ``cluster_changes`` (:func:`~minigrid_app.core.cluster_keeping.assignment_changes`; a signal
        argument would lose their English)
    """

    changed = Signal()
    resultsChanged = Signal(object)
    busyChanged = Signal(bool, str)
    progress = Signal(float, str)
    pathChanged = Signal(str)
    projectReplaced = Signal()
    calculationFailed = Signal(str)
    clusterChanges = Signal()

    def __init__(self, project: Project | None = None, path: str | None = None, runner=None, parent: QObject | None = None):
        super().__init__(parent)
        from minigrid_app.ui.services.tasks import TaskRunner

        self.project = project or Project()
        self.path = path
        self.runner = runner or TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.results: ProjectResults | None = None
        #: what changed in the clusters with the last results that changed them (sentences, Bilingual)
        self.cluster_changes: list = []
        #: borefield sizing method: "pygfunction" (real) or "rule_of_thumb" (fast tests)
        self.sizing_method = "pygfunction"
        #: after the first results, also compute break-even gas use and sensitivity
        self.full_analysis = True
        #: the step the user works in (the window's current step): an edit marks it "in progress"
        #: and its undo takes that back (:func:`~minigrid_app.core.steps.worked_on`); None: no marking
        self.working_step: str | None = None
        #: compute in the separate worker process (the program sets this; tests compute in-thread)
        self.compute_in_process = False
        self._generation = 0
        self._busy = False
        self._pending = False
        #: the running calculation's handle on the task runner (to stop it when it is out of date)
        self._job = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute_now)
        _documents.add(self)

    def __del__(self) -> None:
        """The document goes away: its undo history first, before anything it refers to.

        Every edit is a Python ``QUndoCommand`` owned by the C++ undo stack, and it refers back to
        the document (and, through its closures, to the model or page that made it). When such a
        cycle became garbage, the collector tore it down in an order of its own, and the document's
        C++ destructor then deleted commands already torn down: a segmentation fault, depending on
        what ran before. Python calls this finalizer before it clears anything of the cycle.
        """
        try:
            stack = self.undo_stack
        except AttributeError:  # __init__ did not get this far
            return
        if shiboken6.isValid(self) and shiboken6.isValid(stack):
            self._timer.stop()
            stack.blockSignals(True)  # nobody reads the Edit menu of a document that goes away
            stack.clear()

    # ------------------------------------------------------------------ editing
    def edit(self, text: str, apply: Callable[[Project], None], revert: Callable[[Project], None]) -> None:
        """Apply a change as one undoable step. ``text`` is shown in the Edit menu (Dutch)."""
        self.undo_stack.push(_EditCommand(self, text, apply, revert))

    def set_attr(self, target: Callable[[Project], object], name: str, value, text: str) -> None:
        """Undoable ``setattr(target(project), name, value)``; no-op when unchanged.

        Text is kept as the project file's loader keeps it (length limit per field, no
        control or bidi characters), so what is saved loads back without repairs.
        """
        if isinstance(value, str):
            # imported at the first edit, not when the window opens
            from minigrid_app.io.project_fields import clean_field_text

            value = clean_field_text(name, value)
        old = copy.deepcopy(getattr(target(self.project), name))
        if old == value:
            return
        new = copy.deepcopy(value)
        self.edit(
            text,
            lambda project: setattr(target(project), name, copy.deepcopy(new)),
            lambda project: setattr(target(project), name, copy.deepcopy(old)),
        )

    def replace_project(self, project: Project, path: str | None) -> None:
        """Open another project (clears undo history)."""
        self.project = project
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.results = None
        self.cluster_changes = []
        self.clusterChanges.emit()
        self.pathChanged.emit(path or "")
        self.changed.emit()
        self.projectReplaced.emit()
        self.recompute_now()

    def _after_edit(self) -> None:
        self.changed.emit()
        self.schedule_recompute()

    @property
    def busy(self) -> bool:
        """Whether a calculation is under way."""
        return self._busy

    @property
    def awaiting_results(self) -> bool:
        """The project's first results are being computed (no results to show yet)."""
        return self._busy and self.results is None

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: str) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.pathChanged.emit(path)

    # ------------------------------------------------------------------ calculation
    def schedule_recompute(self) -> None:
        self._timer.start()

    def recompute_now(self) -> None:
        self._timer.stop()
        if self._busy:
            # the running calculation is of the project as it was: its results would be thrown
            # away (see _done), so it stops at its next progress report and this one starts then
            self._pending = True
            if self._job is not None:
                self.runner.stop(self._job)
            return
        self._busy = True
        self._generation += 1
        generation = self._generation
        snapshot = copy.deepcopy(self.project)
        self.busyChanged.emit(True, "Bezig met rekenen…")
        method = self.sizing_method
        compute = compute_function(self.compute_in_process)  # the same engine as every page's work

        def quick(progress):
            # first pass: every number except break-even and sensitivity, shown at once
            return compute(snapshot, progress=progress, break_even=False, sensitivity=False, method=method)

        def full(progress):
            return compute(snapshot, progress=progress, method=method)

        def quick_done(results):
            if self._pending:
                self._done(generation, results)
                return
            self._take_results(results)
            self.resultsChanged.emit(results)
            if self.full_analysis:
                self.busyChanged.emit(True, "Omslagpunten en gevoeligheid berekenen…")
                self._job = self.runner.run(
                    full, lambda r: self._done(generation, r), self._failed, self.progress.emit, self._stopped
                )
            else:
                self._done(generation, results)

        self._job = self.runner.run(quick, quick_done, self._failed, self.progress.emit, self._stopped)

    def stop_computing(self) -> None:
        """Stop the running recalculation (the window closes): it ends at its next progress report.

        The one waiting for a pause in the typing does not start (it would compute for a closed window).
        """
        self._timer.stop()
        self._pending = False
        if self._busy and self._job is not None:
            self.runner.stop(self._job)

    def _stopped(self) -> None:
        """The running calculation stopped: compute the project as it is now, if it changed."""
        self._busy = False
        if self._pending:
            self._pending = False
            self.recompute_now()
        else:
            self.busyChanged.emit(False, "")

    def _done(self, generation: int, results: ProjectResults) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self.recompute_now()
            return
        self._take_results(results)
        self.busyChanged.emit(False, "")
        self.resultsChanged.emit(results)

    def _take_results(self, results: ProjectResults) -> None:
        """New results; when homes changed cluster since the last ones, say which (``clusterChanges``)."""
        old, self.results = self.results, results
        if old is None:
            return
        from minigrid_app.core.cluster_keeping import assignment_changes

        labels = {h.id: h.label for h in old.households}
        labels.update({h.id: h.label for h in results.households})
        changes = assignment_changes(old.clusters, results.clusters, labels)
        if changes:
            self.cluster_changes = changes
            self.clusterChanges.emit()

    def _failed(self, text: str) -> None:
        self._busy = False
        self.busyChanged.emit(False, "")
        self.calculationFailed.emit(text)
        if self._pending:
            self._pending = False
            self.recompute_now()


#: every document alive, for :func:`stop_every_document`
_documents: weakref.WeakSet[ProjectDocument] = weakref.WeakSet()


def stop_every_document() -> None:
    """Stop the recalculation of every document, running or waiting for a pause (between tests)."""
    for document in list(_documents):
        if shiboken6.isValid(document):
            document.stop_computing()
