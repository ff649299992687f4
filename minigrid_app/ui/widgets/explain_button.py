""""hoe berekend?": a small link that opens a calm dialog with the formula in words and the values used."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minigrid_app.core.explain import Explanation
from minigrid_app.core.glossary import terms_in
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.widgets.fonts import relative_font
from minigrid_app.ui.widgets.glossary import LINK_COLOUR, explanations_html, link_terms_in
from minigrid_app.ui.widgets.tables import rows_follow_text
from minigrid_app.ui.widgets.whole_figures import Label


class ExplainDialog(QDialog):
    """Shows one :class:`~minigrid_app.core.explain.Explanation`."""

    def __init__(self, explanation: Explanation, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hoe berekend?"))
        self.explanation = explanation
        layout = QVBoxLayout(self)
        title = Label(explanation.title)
        title.setObjectName("explainTitle")
        title.setWordWrap(True)
        relative_font(title, 1.2, bold=True)
        layout.addWidget(title)
        formula = Label(explanation.formula)
        formula.setWordWrap(True)
        formula.setObjectName("explainFormula")
        layout.addWidget(formula)
        self.table = QTableWidget(len(explanation.lines), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Wat"), self.tr("Waarde"), self.tr("Bron")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        rows_follow_text(self.table)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        language = ui_language()
        for row, line in enumerate(explanation.lines):
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == len(explanation.lines) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                keys = terms_in(text, language) if column == 0 else []
                item.setToolTip(f"{html.escape(text)}<br><br>{explanations_html(keys, language)}" if keys else text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        sources = any(line.source for line in explanation.lines)
        # the sources take the width that is left; without them the names do, so the values stand
        # at the right edge as on a statement instead of two narrow columns beside an empty field
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents if sources else QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(2, not sources)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        layout.addWidget(buttons)
        link_terms_in(self)  # the glossary's words in the title and the formula explain themselves
        self.resize(760, min(640, 160 + 34 * max(3, len(explanation.lines))))


class ExplainButton(QPushButton):
    """A flat "hoe berekend?" link; ``provider()`` returns the Explanation (or None when there is none).

    The explanation is also the tooltip, so hovering shows it without a click.
    """

    def __init__(self, provider: Callable[[], Explanation | None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.provider = provider
        self.dialog: ExplainDialog | None = None
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("explainLink")
        self.setStyleSheet(
            f"QPushButton#explainLink {{ color: {LINK_COLOUR}; text-decoration: underline; border: none;"
            " padding: 2px 4px; text-align: left; }"
        )
        self.setMinimumHeight(32)
        self.retranslate()
        self.clicked.connect(self.open_dialog)

    def retranslate(self) -> None:
        self.setText(self.tr("hoe berekend?"))
        self.setAccessibleName(self.tr("Hoe berekend?"))

    def set_provider(self, provider: Callable[[], Explanation | None] | None) -> None:
        self.provider = provider
        self.setToolTip("")

    def explanation(self) -> Explanation | None:
        return self.provider() if self.provider else None

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt override
        # the tooltip is made when the pointer comes onto the link (before Qt asks for it), not
        # when the button is made: explanations are cheap but not free. An override of event()
        # did this at the ToolTip event, but it took every event of every link (some 900 while
        # step 4's 28 links were made and shown) through Python, a stall of its own (issue 16)
        if not self.toolTip():
            explanation = self.explanation()
            if explanation is not None:
                keys = terms_in(f"{explanation.title} {explanation.formula}", ui_language())
                extra = f"<br><br>{explanations_html(keys[:2])}" if keys else ""
                self.setToolTip(f"<b>{explanation.title}</b><br>{explanation.formula}{extra}")
        super().enterEvent(event)

    def open_dialog(self) -> ExplainDialog | None:
        explanation = self.explanation()
        if explanation is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ExplainDialog(explanation, self.window())
        self.dialog.setModal(False)
        self.dialog.show()
        return self.dialog
