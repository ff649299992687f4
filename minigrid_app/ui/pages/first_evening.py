"""Step 2, "Wat vinden we belangrijk?": the first residents' evening and the conditions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from minigrid_app.ui.pages.base import StepPage


class FirstEveningPage(StepPage):
    step_key = "first_evening"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.page_layout.addStretch(1)

    def question(self) -> str:
        return self.tr("Wat vinden we belangrijk?")

    def step_title(self) -> str:
        return self.tr("Eerste bewonersavond")
