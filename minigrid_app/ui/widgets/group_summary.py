"""The always-visible summary of the group and the busy indicator while recomputing.

"8 woningen, 6 doen mee (2 getekend), 2 clusters; gedeelde bodemlus per deelnemende woning ≈ € 200
per maand (€ 90 na de lening), over 15 jaar € 1.200 goedkoper dan gas": who takes part is
:func:`minigrid_app.core.participation.group_participation` (the count of every page and slide),
every other figure and word comes from the engine's verdict
(:func:`minigrid_app.core.verdict.verdict_summary`, as on the business case page), nothing is
computed here. On steps 6-8 the shared loop's figure is the tender's, over the homes in the tender
(:func:`minigrid_app.core.tender_figure.decided_figure`, as the quotes and decision pages show it):
step 4's mean over every home taking part stood below a table of the tendered homes only.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from minigrid_app.core.formatting import unbroken
from minigrid_app.core.model import TENDER_STEPS
from minigrid_app.core.participation import group_participation, taking_part
from minigrid_app.ui.locale import format_money, ui_language
from minigrid_app.ui.widgets.whole_figures import Label

#: how often the progress bar shows a new value at most [ms]
PROGRESS_INTERVAL_MS = 250


class GroupSummary(QWidget):
    """Summary line plus a progress bar that shows only while the engine works."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        # the line wraps rather than being cut, next to the room the busy sign keeps when hidden:
        # it came up after every edit and cut the line to "… € 1.859 g" (and moved it)
        self.label = Label()
        self.label.setObjectName("groupSummary")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.busy_label = Label(self.tr("Bezig met rekenen…"))
        self.busy_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.busy_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        for widget in (self.busy_label, self.progress):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        # QProgressBar repaints at once on every visible step, and the engine reports progress
        # many times a second: show the latest value at most four times a second instead
        self._pending_progress: int | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self._computing = False
        self._job = ""  # other work in the background, said while no calculation runs (show_job)
        self.set_busy(False, "")
        document.changed.connect(self.refresh)
        document.resultsChanged.connect(self._on_results)
        document.busyChanged.connect(self.set_busy)
        document.progress.connect(self._on_progress)
        document.calculationFailed.connect(self._on_failed)
        self.failed = False
        #: the step shown (a key of core.model.STEPS): steps 6-8 show the tender's figure
        self.step = ""
        self.refresh()

    def show_step(self, step: str) -> None:
        """The window shows ``step``: on steps 6-8 the line says the tender's figure."""
        self.step = step
        if step in TENDER_STEPS:
            from minigrid_app.ui.services.tender_service import tender_service

            service = tender_service(self.document)  # made here, not at start: it follows every edit
            if not getattr(self, "_follows_tender", False):
                service.updated.connect(self.refresh)
                self._follows_tender = True
        self.refresh()

    def _tender_text(self) -> str | None:
        """The tender's shared loop figure on steps 6-8; '' while it is computed; None where step 4's counts
        (another step, or no tender: nobody signed)."""
        if self.step not in TENDER_STEPS:
            return None
        from minigrid_app.core.tender_figure import decided_figure
        from minigrid_app.ui.services.tender_service import tender_service

        service = tender_service(self.document)
        tender = service.tendered
        if tender is None:
            return None if service.problem is not None else ""
        figure = decided_figure(tender.scope.project, tender.results, tender.pack.lines)
        return "" if figure is None else "; " + figure.text(ui_language())

    def summary_text(self) -> str:
        """The summary line for the current project and results."""
        project = self.document.project
        results = self.document.results
        homes = len(project.households)
        if homes == 0:
            return self.tr("Nog geen woningen: begin bij de intake.")
        text = self.tr("%n woningen", "", homes)
        if results is None:
            return text + self.tr("; nog geen berekening")
        counts = group_participation(project)  # the group's count on every page and slide
        part = taking_part(project, results)  # and how many of them step 3 counts as connections
        text += self.tr(", {0} doen mee").format(part.taking_part)
        notes = []
        if counts.signed:
            notes.append(self.tr("{0} getekend").format(counts.signed))
        if part.not_computed:
            notes.append(self.tr("{0} nog niet berekend").format(part.not_computed))
        if notes:
            text += " (" + "; ".join(notes) + ")"
        text += self.tr(", %n clusters", "", results.group.clusters)
        from minigrid_app.core.variant import Variant  # with the first results, not at start
        from minigrid_app.core.verdict import verdict_summary

        tender = self._tender_text()
        if tender is not None:  # steps 6-8: the tender's figure, the one their pages show
            return unbroken(text + tender)
        summary = verdict_summary(results, None, Variant.SHARED_LOOP, ui_language())
        if summary is not None:
            # 'per maand', not 'p/m': the wrapping line broke it into 'p/' and 'm' (larger text)
            text += self.tr("; gedeelde bodemlus gemiddeld per deelnemende woning ≈ {0} per maand ({1} na de lening), {2}").format(
                format_money(summary.monthly_year1_eur), format_money(summary.monthly_after_loan_eur), summary.verdict
            )
        # a figure stays whole where the line wraps: the English line ended in '≈ €' above '254 a month'
        return unbroken(text)

    def refresh(self) -> None:
        self.label.setText(self.summary_text())
        if self.failed:
            self.label.setText(
                self.label.text()
                + self.tr(" · De laatste berekening is niet gelukt; controleer de invoer bij de intake.")
            )

    def _on_failed(self, details: str) -> None:
        """A calm sentence for the user; the technical details go to the log (stderr)."""
        print(details, file=sys.stderr)
        self.failed = True
        self.refresh()

    def _on_results(self, _results) -> None:
        self.failed = False
        self.refresh()

    def set_busy(self, busy: bool, text: str) -> None:
        self._computing = busy
        if busy:
            self._pending_progress = None
            # before it is shown: on screen, a progress bar repaints at once when its value
            # changes, and that paint waited for the whole window's layout (44 ms on opening
            # straat-24, issue 16)
            self.progress.setRange(0, 100)
            self.progress.setValue(0)
            self.busy_label.setText(self.tr("Bezig met rekenen…"))
        elif self._job:
            self._show_job()
            return
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)

    def show_job(self, text: str) -> None:
        """Say ``text`` ("Werkmap wordt gemaakt…") with a moving bar while other work than the
        calculation runs; "" when it is done. A calculation that runs meanwhile is said first."""
        self._job = text
        if self._computing:
            return
        if text:
            self._show_job()
        else:
            self.progress.setVisible(False)
            self.busy_label.setVisible(False)

    def _show_job(self) -> None:
        self.progress.setRange(0, 0)  # no fraction to tell: the bar moves to and fro
        self.busy_label.setText(self._job)
        self.progress.setVisible(True)
        self.busy_label.setVisible(True)

    def _on_progress(self, fraction: float, _text: str) -> None:
        self._pending_progress = int(round(max(0.0, min(1.0, fraction)) * 100))
        if not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_progress(self) -> None:
        if self._pending_progress is not None and self.progress.isVisible():
            self.progress.setValue(self._pending_progress)
        self._pending_progress = None

    def retranslate(self) -> None:
        self.refresh()
        if self._computing or not self._job:
            self.busy_label.setText(self.tr("Bezig met rekenen…"))
