"""Editable tables of steps 6-8 (tender, quotes, decision) and the panel of one such table.

A table shows every row with its wrapped text without an inner scroll bar (the page scrolls),
fits its height once per idle moment, and a refused edit is said in red under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout

from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.widgets.choice_delegate import ChoiceDelegate
from minigrid_app.ui.widgets.tables import wrap_titles


def editable_table(model) -> QTableView:
    """A table of ``model`` that is edited in place (choices in a drop-down), shows every row with
    its wrapped text, and leaves scrolling to the page (:func:`fit_rows`)."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
    view.verticalHeader().setVisible(False)
    # rows follow their wrapped text when the columns change width; the page, not the table, scrolls
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # the long descriptions wrap in the width that is left, the other columns fit their contents
    # and their titles (on two lines when wider than the values)
    header = wrap_titles(view, stretch=getattr(model, "COL_TEXT", getattr(model, "COL_WHAT", None)))
    view.installEventFilter(_FitOnShow(view))
    header.sectionResized.connect(lambda *_: fit_rows(view))
    view.verticalHeader().sectionResized.connect(lambda *_: fit_rows(view))
    return view


def fit_rows(view: QTableView) -> None:
    """Show every row (wrapped text included) without an inner scroll bar: the page scrolls.

    The fitting is done once when the window is next idle, however often it is asked for
    meanwhile: a model reset resizes every row and each row's resize asks again, and fitting
    each time (summing every row's height, which makes Qt measure every cell) froze the window
    for a third of a second when straat-24's tender arrived (issue 16).
    """
    if view.property("fit_rows_pending"):
        return
    view.setProperty("fit_rows_pending", True)
    QTimer.singleShot(0, view, lambda: _fit_rows_now(view))


def _fit_rows_now(view: QTableView) -> None:
    view.setProperty("fit_rows_pending", False)
    if view.model() is None:
        return
    window = view.window()
    if window is not view and window.isVisible() and not view.isVisible():
        view.setProperty("fit_rows_on_show", True)  # another step is on screen: fit when shown
        return
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    header = view.horizontalHeader()
    height = rows + max(header.height(), header.sizeHint().height()) + 2 * view.frameWidth()
    view.setFixedHeight(height + view.horizontalScrollBar().sizeHint().height())


class _FitOnShow(QObject):
    """Fits a table's rows when it is shown after they changed out of sight (:func:`fit_rows`)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and watched.property("fit_rows_on_show"):
            watched.setProperty("fit_rows_on_show", False)
            fit_rows(watched)
        return False


class TablePanel(Panel):
    """A panel around one editable table: ``self.model``, ``self.view`` and, under the table,
    ``self.refused`` where the model's ``validationFailed`` message is said.

    Subclasses call :meth:`add_table` in their ``__init__``."""

    def add_table(self, layout: QVBoxLayout, model) -> None:
        self.model = model
        self.view = editable_table(model)
        layout.addWidget(self.view)
        self.refused = QLabel()
        self.refused.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.refused)
        model.validationFailed.connect(self.refused.setText)
        model.modelReset.connect(lambda: fit_rows(self.view))
