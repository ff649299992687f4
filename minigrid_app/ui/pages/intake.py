"""Step 1, "Wie doen er mee?": the project form and the households table."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from minigrid_app.ui.pages.base import StepPage


class IntakePage(StepPage):
    step_key = "intake"

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.page_layout.addStretch(1)

    def question(self) -> str:
        return self.tr("Wie doen er mee?")

    def step_title(self) -> str:
        return self.tr("Intake")
