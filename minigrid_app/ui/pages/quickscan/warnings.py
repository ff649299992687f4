"""Every warning and input problem of the quick scan, in plain language with what to do, in one calm panel."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from minigrid_app.core.steps import attention_points
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.widgets.whole_figures import Label


class WarningsPanel(Panel):
    """'Aandachtspunten': the engine's problems and warnings, one line each."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        self.setStyleSheet(
            "QGroupBox { background: #fdf6e3; border: 1px solid #e8dcb5; border-radius: 4px; margin-top: 1.4em;"
            " padding: 8px; } QGroupBox::title { subcontrol-origin: margin; left: 8px; }"
        )
        layout = QVBoxLayout(self)
        self.warnings_label = Label()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.warnings_label)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Aandachtspunten"))

    def warnings(self) -> list[str]:
        """Every warning and input problem, in plain language with what to do."""
        results = self.document.results
        return [] if results is None else attention_points(results, ui_language())

    def show_results(self, results) -> None:
        texts = self.warnings()
        if not self.document.project.households:  # not "the input is complete" before there is any
            self.warnings_label.setText(self.tr("Nog geen woningen: vul ze in bij de intake (stap 1)."))
            return
        if results is None:  # not "the input is complete" before it was computed
            self.warnings_label.setText(self.without_results(self.tr("Nog geen berekening.")))
            return
        if not texts:
            self.warnings_label.setText(self.tr("Geen aandachtspunten: de invoer is compleet en de clusters passen."))
            return
        items = "".join(f"<li style='margin-bottom:4px'>{html.escape(t, quote=False)}</li>" for t in texts)
        self.warnings_label.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
