"""Base class of the five process step pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from minigrid_app.ui.document import ProjectDocument


class StepPage(QWidget):
    """One step of the process (Picard-style contract).

    Subclasses set ``step_key`` (one of ``minigrid_app.core.model.STEPS``), build their
    widgets in ``__init__`` below the question header, connect to
    ``document.changed`` / ``document.resultsChanged`` themselves, write every change
    through ``document.edit``/``document.set_attr`` (never mutate the project directly),
    and report what is still missing through :meth:`missing`.
    """

    step_key = ""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.page_layout = QVBoxLayout(self)
        self.header = QLabel(self.question())
        self.header.setObjectName("pageQuestion")
        self.header.setWordWrap(True)
        self.page_layout.addWidget(self.header)

    def question(self) -> str:
        """The one question this page answers, in plain Dutch (translatable)."""
        return ""

    def step_title(self) -> str:
        """Short name in the step navigator."""
        return ""

    def missing(self) -> list[str]:
        """What is still missing or doubtful in this step (plain Dutch, translatable)."""
        return []

    def retranslate(self) -> None:
        """Called after a language switch: re-set all visible texts."""
        self.header.setText(self.question())
