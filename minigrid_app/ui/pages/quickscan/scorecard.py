"""The afwegingskader: eight factors of a promising initiative, rated by :func:`minigrid_app.core.scorecard.scorecard`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
)

from minigrid_app.core.scorecard import DOUBT, GOOD, WEAK, scorecard
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.pages.table_panel import follow_rows
from minigrid_app.ui.widgets.tables import read_only_table, rows_follow_text
from minigrid_app.ui.widgets.whole_figures import Label

RATING_BACKGROUND = {GOOD: "#e8f5e9", DOUBT: "#f4f4f4", WEAK: "#fdecea"}


class ScorecardPanel(Panel):
    """Factor, rating (✓ gunstig / ? nagaan / ✗ zwak, never by colour alone) and why."""

    def __init__(self, document, services, parent=None):
        super().__init__(document, services, parent)
        layout = QVBoxLayout(self)
        self.score_intro = Label()
        self.score_intro.setWordWrap(True)
        layout.addWidget(self.score_intro)
        self.score_table = table = read_only_table(3)
        rows_follow_text(table)
        table.verticalHeader().setMinimumSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Afwegingskader: hoe kansrijk is het initiatief?"))
        self.score_intro.setText(
            self.tr("Acht punten uit de handreiking van de provincie Utrecht, gevuld uit de intake en de cijfers.")
        )
        self.score_table.setHorizontalHeaderLabels([self.tr("Punt"), self.tr("Oordeel"), self.tr("Waarom")])

    def show_results(self, results) -> None:
        rows = scorecard(self.document.project, results, ui_language())
        words = {GOOD: "✓ " + self.tr("gunstig"), DOUBT: "? " + self.tr("nagaan"), WEAK: "✗ " + self.tr("zwak")}
        table = self.score_table
        table.setRowCount(len(rows))
        for row, (name, status, why) in enumerate(rows):
            items = [QTableWidgetItem(name), QTableWidgetItem(words[status]), QTableWidgetItem(why)]
            items[1].setBackground(QBrush(QColor(RATING_BACKGROUND[status])))
            items[1].setData(Qt.ItemDataRole.UserRole, status)
            for column, item in enumerate(items):
                table.setItem(row, column, item)
        follow_rows(table)
