"""The residents' conditions of the first evening, checked per variant for the homes that join.

The verdicts and their reasons come from :func:`minigrid_app.core.conditions.check_conditions`
(the same sentences as the evening report). Met / not met is shown with a symbol and a word,
never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
)

from minigrid_app.core.conditions import MET, NOT_MET, check_conditions, shown_condition_text
from minigrid_app.core.variant import VARIANTS
from minigrid_app.core.variant import labels as variant_labels
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.tables import read_only_table, rows_follow_text
from minigrid_app.ui.widgets.whole_figures import Label

STATUS_BACKGROUND = {MET: "#e8f5e9", NOT_MET: "#fdecea", "not_checkable": "#f4f4f4"}


def status_symbol(status: str) -> str:
    """✓ for met, ✗ for not met, ? when the numbers cannot check it."""
    return {MET: "✓", NOT_MET: "✗"}.get(status, "?")


class ConditionsPanel(Panel):
    """One row per enabled condition, one column per variant, each cell '✓ voldaan' + the reason."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.conditions_intro = Label()
        self.conditions_intro.setWordWrap(True)
        layout.addWidget(self.conditions_intro)
        self.conditions_table = read_only_table(len(VARIANTS) + 1)
        # the verdicts wrap: the rows follow the width and the text size of the columns
        rows_follow_text(self.conditions_table)
        header = self.conditions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.conditions_table)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Voorwaarden van de bewoners"))
        self.conditions_intro.setText(
            self.tr(
                "Per voorwaarde van de eerste bewonersavond: ✓ voldaan, ✗ niet voldaan, ? niet met de cijfers te "
                "controleren. Dit geldt voor de woningen die meedoen."
            )
        )
        labels = variant_labels(ui_language())
        self.conditions_table.setHorizontalHeaderLabels([self.tr("Voorwaarde")] + [labels[v] for v in VARIANTS])

    def condition_checks(self):
        """The enabled conditions checked against the current results ([] before any results)."""
        results = self.document.results
        if results is None:
            return []
        return check_conditions(self.document.project, results)

    def show_results(self, results) -> None:
        checks = self.condition_checks()
        language = ui_language()
        words = {MET: self.tr("voldaan"), NOT_MET: self.tr("niet voldaan"), "not_checkable": self.tr("niet te controleren")}
        table = self.conditions_table
        # a span set while there were no conditions yet must not swallow the first real row
        table.clearSpans()
        table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            table.setItem(row, 0, QTableWidgetItem(shown_condition_text(check.condition, language)))
            for column, variant in enumerate(VARIANTS, start=1):
                outcome = check.group[variant]
                reason = outcome.reason(language)
                item = QTableWidgetItem(f"{status_symbol(outcome.status)} {words.get(outcome.status, '')}\n{reason}")
                item.setToolTip(reason)
                item.setBackground(QBrush(QColor(STATUS_BACKGROUND.get(outcome.status, "#ffffff"))))
                item.setData(Qt.ItemDataRole.UserRole, outcome.status)
                table.setItem(row, column, item)
        if not checks:
            table.setRowCount(1)
            table.setItem(0, 0, QTableWidgetItem(self.tr("Nog geen voorwaarden ingevuld: doe dat bij de eerste bewonersavond.")))
            table.setSpan(0, 0, 1, len(VARIANTS) + 1)
        follow_rows(table)  # the table as high as its rows (no '…')
