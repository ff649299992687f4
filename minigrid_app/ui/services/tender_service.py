"""Keeps the tendered project (the homes that signed) computed for steps 6-8.

The tender's figures come from the engine run on the project with only the signers taking
part (:func:`minigrid_app.core.tender.tender_scope`). That run happens off the GUI thread on
the document's task runner (in the engine's worker process when the program uses it), and
only when what the engine reads changed: the homes, the cluster settings, the figures or the
engineer's design. An edit of the tender's own records (a permit's status, a quote, a
signature) only rebuilds the pack from the results already there, at once.
"""

from __future__ import annotations

import copy
import json

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.ui.services.engine import compute_function
from minigrid_app.ui.services.tender_pack import Tendered, TenderPackError, tendered

#: Wait this long after the last edit before computing again [ms].
DELAY_MS = 400


def engine_fingerprint(project: Project) -> str:
    """What the tendered engine run depends on: homes, clusters, figures, the engineer's design."""
    import dataclasses

    parts = {
        "households": [dataclasses.asdict(h) for h in project.households],
        "clusters": dataclasses.asdict(project.clusters),
        "overrides": project.parameter_overrides,
        "design": dataclasses.asdict(project.tender.design),
    }
    return json.dumps(parts, sort_keys=True, default=str)


class TenderService(QObject):
    """The current :class:`Tendered` of the document, or the problem that prevents it.

    Signals
    -------
    updated()
        ``tendered`` or ``problem`` changed.
    """

    updated = Signal()

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.tendered: Tendered | None = None
        self.problem: Problem | None = None
        self.busy = False
        self._fingerprint = ""
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(self._project_changed)

    def _project_changed(self) -> None:
        if self.tendered is not None and engine_fingerprint(self.document.project) == self._fingerprint:
            self._rebuild_pack()
        else:
            self._timer.start()

    def _rebuild_pack(self) -> None:
        """The records of steps 6-8 changed, the engine's input did not: a new pack from the same results."""
        scope = tender_scope(self.document.project)
        self.tendered = Tendered(scope, self.tendered.results, build_tender(scope, self.tendered.results))
        self.updated.emit()

    @property
    def pending(self) -> bool:
        """A computation is running or about to start (an edit waits for its short delay)."""
        return self.busy or self._timer.isActive()

    def ensure(self) -> None:
        """Compute when there is nothing yet (a page of steps 6-8 is shown)."""
        if self.tendered is None and self.problem is None and not self.busy:
            self.refresh()

    def refresh(self) -> None:
        """Compute the tendered project again (off the GUI thread)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        snapshot = copy.deepcopy(self.document.project)
        fingerprint = engine_fingerprint(snapshot)
        method = self.document.sizing_method
        compute = compute_function(self.document.compute_in_process)
        self.busy = True

        def work(progress):
            try:
                return tendered(snapshot, method=method, progress=progress, compute=compute)
            except TenderPackError as exc:
                return exc.problem

        def done(result) -> None:
            if generation != self._generation:
                return
            self.busy = False
            if isinstance(result, Problem):
                self.tendered, self.problem, self._fingerprint = None, result, ""
            else:
                self.tendered, self.problem, self._fingerprint = result, None, fingerprint
                if engine_fingerprint(self.document.project) == fingerprint:
                    # records edited while computing: show them on these results
                    scope = tender_scope(self.document.project)
                    self.tendered = Tendered(scope, result.results, build_tender(scope, result.results))
            self.updated.emit()

        def failed(text: str) -> None:
            if generation != self._generation:
                return
            self.busy = False
            self.tendered = None
            self.problem = Problem(f"De uitvraag kon niet worden berekend: {text}", f"The tender could not be computed: {text}")
            self.updated.emit()

        self.document.runner.run(work, done, failed)


def while_computed(service: TenderService, text: str) -> str:
    """``text`` (what an empty place of steps 6-8 waits for), or that the tender is being computed
    while it has neither figures nor a problem yet: a reopened project's step 7 said 'Voeg een
    offerte toe' beside its quote and 'zodra woningen … tekenden' while three had signed."""
    if service.tendered is None and service.problem is None:
        return QCoreApplication.translate("TenderService", "De uitvraag wordt berekend…")
    return text


def tender_service(document) -> TenderService:
    """The one tender service of a document (made on first use, a child of the document)."""
    service = getattr(document, "_tender_service", None)
    if service is None:
        service = TenderService(document, document)
        document._tender_service = service
    return service
