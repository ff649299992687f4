"""Tables inside a page: read-only tables that leave Tab to the page, a height that shows
every row without an inner scroll bar, and the one focus rule for a new row.

The pages are scroll areas; a table inside one should not scroll on its own. A fixed
"rows × 32 + 36" breaks at larger text (the header grows) and when the columns no longer
fit the width (a horizontal scroll bar covers the last row).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget


def focus_new_row(view: QAbstractItemView, row: int, column: int = 0) -> None:
    """After "+ … toevoegen": the keyboard goes to the first cell of the new row, ready to type.

    The cell becomes current and selected, scrolled into view, and its editor opens with the
    text selected, so the first key typed replaces it ("Lindelaan 2" lands in the cell, not on
    the button; the space bar no longer presses the button again). Tab moves on within the row.
    """
    index = view.model().index(row, column)
    if not index.isValid():
        return
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.scrollTo(index)
    if view.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
        view.edit(index)


def read_only_table(
    columns: int, selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.NoSelection
) -> QTableWidget:
    """A table the user reads, not edits: no row numbers, no editing, ``selection`` as given.

    Tab goes on to the rest of the page; the arrow keys move within the table.
    """
    table = QTableWidget(0, columns)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(selection)
    return table


def fit_table_height(view: QTableView, rows: int, row_height: int | None = None) -> int:
    """Set and return the fixed height (px) that shows ``rows`` rows of ``row_height`` px
    (default: the view's default row height at the current font).

    Counts the header as it is drawn at the current font, the frame, and room for the
    horizontal scroll bar, which appears whenever the columns are wider than the view.
    """
    header = view.horizontalHeader()
    header_height = 0 if header.isHidden() else max(header.height(), header.sizeHint().height())
    if row_height is None:
        row_height = view.verticalHeader().defaultSectionSize()
    frame = 2 * view.frameWidth()
    scroll_bar = view.horizontalScrollBar().sizeHint().height()
    height = rows * row_height + header_height + frame + scroll_bar
    view.setFixedHeight(height)
    return height
