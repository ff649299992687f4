"""The documents for the evening: declarations of intent, kitchen-table handouts and the report.

Written by :func:`minigrid_app.ui.services.intent_pack.write_pack` on the engine's task runner
(its "what if a signature does not come" figures recalculated by the engine like every other
computation), with a progress bar; the folder is asked through the page's dialogs.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout

from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import Panel, bring_into_view
from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.whole_figures import Label


class DocumentsPanel(Panel):
    """The privacy choice, the button, a progress bar and what was written where."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.documents_intro = Label()
        self.documents_intro.setWordWrap(True)
        layout.addWidget(self.documents_intro)
        row = QHBoxLayout()
        self.privacy_label = Label()
        row.addWidget(self.privacy_label)
        self.privacy_combo = SteadyComboBox()
        self.privacy_combo.setMinimumHeight(32)
        row.addWidget(self.privacy_combo)
        self.documents_button = QPushButton()
        self.documents_button.setMinimumHeight(32)
        self.documents_button.clicked.connect(self._documents_clicked)
        row.addWidget(self.documents_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.documents_progress = QProgressBar()
        self.documents_progress.setRange(0, 100)
        self.documents_progress.setVisible(False)
        layout.addWidget(self.documents_progress)
        self.documents_status = Label()
        self.documents_status.setWordWrap(True)
        layout.addWidget(self.documents_status)
        #: files written by the last make_documents(), and the folder
        self.documents_written: list[Path] = []
        self.documents_folder: str | None = None
        self._documents_busy = False
        self._documents_reported = False  # the status line says which documents were written
        #: how to word the status (busy, failed), again in the new language after a switch
        self._status_words: Callable[[], str] | None = None
        self._documents_in_view = False  # the progress bar was brought into sight once

    def title(self) -> str:  # noqa: D102 - the dialogs' title
        return self.tr("Documenten voor de bewonersavond")

    def retranslate(self) -> None:
        self.setTitle(self.title())
        self.documents_intro.setText(
            self.tr(
                "Eén intentieverklaring per woning die meedoet (en alle samen in één bestand om te printen), "
                "een keukentafelblad per woning en het verslag voor de avond, als PDF."
            )
        )
        self.privacy_label.setText(self.tr("Buren noemen met:"))
        keep = self.privacy_combo.currentData() or "house_number"
        self.privacy_combo.blockSignals(True)
        self.privacy_combo.clear()
        self.privacy_combo.addItem(self.tr("alleen huisnummer"), "house_number")
        self.privacy_combo.addItem(self.tr("anoniem (Woning 1, 2, …)"), "anonymous")
        self.privacy_combo.setCurrentIndex(max(0, self.privacy_combo.findData(keep)))
        self.privacy_combo.blockSignals(False)
        self.documents_button.setText(self.tr("Documenten voor de bewonersavond…"))
        if self._documents_reported:
            self._show_documents_written()  # the report follows a language switch
        elif self._status_words is not None:
            self.documents_status.setText(self._status_words())  # busy or failed, in the language now chosen

    def _say(self, words: Callable[[], str]) -> str:
        """Show ``words()`` as the status, and again after a language switch; returns the words."""
        self._status_words = words
        text = words()
        self.documents_status.setText(text)
        return text

    def _documents_clicked(self) -> None:
        self.make_documents()

    def make_documents(self, out_dir: str | None = None) -> None:
        """Write the declarations, handouts and report to a folder (asked when ``out_dir`` is None).

        Runs :func:`write_pack` on the engine's runner with a progress bar; reports the folder
        through the dialogs when done.
        """
        if self._documents_busy:
            return
        dialogs = self.services.dialogs
        results = self.document.results
        if results is None or not any(h.computable for h in results.households):
            if self.document.awaiting_results:  # not blaming the input while it is computed
                text = self.tr("De cijfers worden nog berekend; maak de documenten zodra ze er zijn.")
            else:
                text = self.tr("Er is nog niets berekend: vul eerst de woningen en hun gasverbruik in.")
            dialogs.inform(self.title(), text)
            return
        if out_dir is None:
            start = str(Path(self.document.path).parent) if self.document.path else str(Path.home())
            out_dir = dialogs.get_directory(self.tr("Map voor de documenten kiezen"), start)
            if not out_dir:
                return
        project = copy.deepcopy(self.document.project)
        language = ui_language()
        privacy = self.privacy_combo.currentData() or "house_number"
        engine = self.services.engine
        method, compute = engine.method, engine.compute_function()
        self._documents_busy = True
        self.documents_folder = out_dir
        self.documents_button.setEnabled(False)
        self.documents_progress.setValue(0)
        self.documents_progress.setVisible(True)
        self._say(lambda: self.tr("Bezig met de documenten…"))
        # asked from the menu, the step opened at its top: the bar comes into sight now and once
        # more with the first progress (the step's tables finish their heights in between)
        self._documents_in_view = False
        bring_into_view(self.documents_progress)
        self._documents_reported = False

        def work(progress):
            # the pack (documents, charts, PDF) is loaded when first made, not with the window
            from minigrid_app.ui.services.intent_pack import PackError, write_pack

            try:
                return write_pack(
                    project, results, out_dir, language=language, privacy=privacy, progress=progress,
                    method=method, compute=compute,
                )
            except PackError as exc:
                return exc

        engine.run(
            work, self._documents_done, self._documents_failed, self._documents_step,
            writing=lambda: self.tr("de documenten voor de bewonersavond"),
        )  # fmt: skip

    def _documents_step(self, fraction: float, text: str) -> None:
        self.documents_progress.setValue(int(round(fraction * 100)))
        self.documents_progress.setFormat(f"%p % – {text}")
        if not self._documents_in_view:
            self._documents_in_view = True
            bring_into_view(self.documents_progress)

    def _finish_documents(self) -> None:
        self._documents_busy = False
        self.documents_button.setEnabled(True)
        self.documents_progress.setVisible(False)

    def _documents_done(self, value) -> None:
        from minigrid_app.ui.services.intent_pack import PackError

        self._finish_documents()
        if isinstance(value, PackError):
            problem = value.problem
            text = self._say(lambda: problem.text(ui_language()))
            self.services.dialogs.warn(self.title(), text)
            return
        self.documents_written = list(value)
        self.services.dialogs.inform(self.title(), self._show_documents_written())

    def _show_documents_written(self) -> str:
        text = self.tr("{0} documenten geschreven in {1}").format(len(self.documents_written), self.documents_folder)
        self.documents_status.setText(text)
        self._documents_reported = True
        self._status_words = None
        return text

    def _documents_failed(self, _traceback: str) -> None:
        self._finish_documents()
        text = self._say(lambda: self.tr("De documenten konden niet worden gemaakt."))
        self.services.dialogs.warn(self.title(), text)
