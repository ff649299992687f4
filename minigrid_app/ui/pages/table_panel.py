"""Editable tables of steps 6-8 (tender, quotes, decision) and the panel of one such table.

A table shows every row with its wrapped text without an inner scroll bar (the page scrolls),
fits its height once per idle moment, and a refused edit is said in red under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QTableView,
    QVBoxLayout,
)

from minigrid_app.ui.pages.base import Panel
from minigrid_app.ui.widgets.choice_delegate import ChoiceDelegate
from minigrid_app.ui.widgets.field_message import attach_to_view
from minigrid_app.ui.widgets.tables import rows_follow_text, wrap_titles
from minigrid_app.ui.widgets.whole_figures import Label

#: the least height of a row the user edits [px] (UI: click targets of at least 32 px)
CLICK_ROW_HEIGHT = 32


#: room around the words of an empty table [px]
EMPTY_MARGIN = 8


class EditableTable(QTableView):
    """A table that, while it has no rows, says under its column titles what will appear there.

    ``empty_text`` is set by the panel (in its ``retranslate``, so it follows a language switch);
    an empty table was only its titles, squeezed into a strip, with nothing to say why.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._empty_text = ""

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """Say ``text`` in the table while it has no rows (and make room for it)."""
        if text == self._empty_text:
            return
        self._empty_text = text
        self.viewport().update()
        fit_rows(self)

    def is_empty(self) -> bool:
        return bool(self._empty_text) and self.model() is not None and self.model().rowCount() == 0

    def _empty_rect(self, width: int) -> QRect:
        inner = max(1, width - 2 * EMPTY_MARGIN)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        return self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), flags, self._empty_text)

    def empty_height(self) -> int:
        """The height the words of an empty table take [px]; 0 when it has rows or nothing to say."""
        if not self.is_empty():
            return 0
        return max(CLICK_ROW_HEIGHT, self._empty_rect(_viewport_width(self)).height() + 2 * EMPTY_MARGIN)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.is_empty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(EMPTY_MARGIN, EMPTY_MARGIN, -EMPTY_MARGIN, -EMPTY_MARGIN)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), self._empty_text)
        painter.end()


def editable_table(model) -> EditableTable:
    """A table of ``model`` that is edited in place (choices in a drop-down), shows every row with
    its wrapped text, and leaves scrolling to the page (:func:`fit_rows`). While it has no rows it
    says what will appear there (:meth:`EditableTable.set_empty_text`)."""
    view = EditableTable()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # typing in a cell starts editing it, as in the homes' table: a price typed into a quote's
    # clicked cell ('13.000', Enter) was thrown away without a word, key by key
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().setVisible(False)
    rows_follow_text(view)  # the page, not the table, scrolls
    # a row the user double-clicks to edit is a click target: at least 32 px high (its one line
    # of text made it 18 px in the bill, the quotes, the permits and the agreements)
    view.verticalHeader().setMinimumSectionSize(CLICK_ROW_HEIGHT)
    # the long descriptions wrap in the width that is left, the other columns fit their contents
    # and their titles (on two lines when wider than the values)
    header = wrap_titles(view, stretch=getattr(model, "COL_TEXT", getattr(model, "COL_WHAT", None)))
    header.sectionResized.connect(lambda *_: fit_rows(view))
    view.verticalHeader().sectionResized.connect(lambda *_: fit_rows(view))
    return view


def fit_rows(view: QAbstractItemView, now: bool = False) -> None:
    """Show every row (wrapped text included) without an inner scroll bar: the page scrolls.

    Works for tables and trees (every expanded item counts). The fitting is done once when the
    window is next idle, however often it is asked for meanwhile: a model reset resizes every row
    and each row's resize asks again, and fitting each time (summing every row's height, which
    makes Qt measure every cell) froze the window for a third of a second when straat-24's
    tender arrived (issue 16). ``now`` fits at once, for one row the user added and is about to
    type in: its editor must be inside the table before the next key comes.
    """
    if not view.property("fit_rows_watched"):
        view.setProperty("fit_rows_watched", True)
        view.installEventFilter(_FitOnShow(view))
    if now:
        _fit_rows_now(view)
        return
    if view.property("fit_rows_pending"):
        return
    view.setProperty("fit_rows_pending", True)
    QTimer.singleShot(0, view, lambda: _fit_rows_now(view))


def follow_rows(view: QAbstractItemView) -> None:
    """Keep ``view`` as high as its rows (:func:`fit_rows`) whenever rows come, go or change
    height, and never show its own vertical scroll bar: two nested scroll bars (the page's and
    the table's) made residents scroll the page and the table separately (issue 15).

    Asking again for the same view only fits it again."""
    if view.property("fit_rows_followed"):
        fit_rows(view)
        return
    view.setProperty("fit_rows_followed", True)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    fitter = _RowFitter(view)  # a child of the view: the connections end with it
    model = view.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
        signal.connect(fitter.fit)
    if view.inherits("QTreeView"):  # by name: PySide6 makes its QTreeView class when first named (2 ms)
        view.expanded.connect(fitter.fit)
        view.collapsed.connect(fitter.fit)
        view.header().sectionResized.connect(fitter.fit)
    else:
        view.horizontalHeader().sectionResized.connect(fitter.fit)
        view.verticalHeader().sectionResized.connect(fitter.fit)
    if view.selectionModel() is not None:
        view.selectionModel().currentChanged.connect(fitter.show_current)
    fit_rows(view)


def rows_height(view: QAbstractItemView) -> int:
    """The height (px) of every row of ``view`` plus its visible header: what it needs to show
    all its rows without a vertical scroll bar."""
    model = view.model()
    if model is None:
        return 0
    if view.inherits("QTreeView"):
        rows = 0
        index = model.index(0, 0) if model.rowCount() else None
        while index is not None and index.isValid():
            rows += view.visualRect(index).height()
            index = view.indexBelow(index)
        header = view.header()
    else:
        rows = sum(view.rowHeight(r) for r in range(model.rowCount()))
        header = view.horizontalHeader()
    header_height = 0 if header.isHidden() else max(header.height(), header.sizeHint().height())
    empty = view.empty_height() if isinstance(view, EditableTable) else 0  # the words of an empty table
    return rows + header_height + empty


def _viewport_width(view: QAbstractItemView) -> int:
    """The width of ``view``'s viewport [px].

    Without its own vertical scroll bar (:func:`follow_rows`) that is the largest the viewport
    can be, which Qt tells without handing the viewport to Python: Qt made that plain widget
    itself, and handing it over the first time resolves its type among every widget class
    (about 10 ms, before the window's first paint).
    """
    if view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return view.maximumViewportSize().width()
    return view.viewport().width()


def _fit_rows_now(view: QAbstractItemView) -> None:
    view.setProperty("fit_rows_pending", False)
    if view.model() is None:
        return
    window = view.window()
    if window is not view and window.isVisible() and not view.isVisible():
        view.setProperty("fit_rows_on_show", True)  # another step is on screen: fit when shown
        return
    height = rows_height(view) + 2 * view.frameWidth()
    # room for a sideways scroll bar only when the columns are wider than the table (an empty
    # strip under every fitted table otherwise); a width change refits (header sectionResized)
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header() if view.inherits("QTreeView") else None
    wide = header is not None and header.length() > _viewport_width(view)
    bar = view.horizontalScrollBar()
    view.setFixedHeight(height + (bar.sizeHint().height() if wide or bar.isVisible() else 0))


class _RowFitter(QObject):
    """Fits its parent view's rows (:func:`fit_rows`) whenever a signal connected to :meth:`fit` fires."""

    @Slot()
    def fit(self, *_args) -> None:
        fit_rows(self.parent())

    @Slot()
    def show_current(self, current, _previous=None) -> None:
        """The page scrolls to the cell the keyboard moved to (the table no longer scrolls itself).

        Only with the keyboard in the table: a page that selects a row itself when it fills a
        table (the quickscan's first field) would otherwise scroll away from what the user reads.
        """
        view = self.parent()
        focus = QApplication.focusWidget()
        if focus is None or not (focus is view or view.isAncestorOf(focus)):  # an open editor counts
            return
        area = view.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or area.widget() is None or not current.isValid():
            return
        cell = view.visualRect(current)
        centre = view.viewport().mapTo(area.widget(), cell.center())
        area.ensureVisible(centre.x(), centre.y(), cell.width() // 2 + 8, cell.height() // 2 + 8)


class _FitOnShow(QObject):
    """Fits a table's rows when it is shown after they changed out of sight, or when its font
    changes (:func:`fit_rows`)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and watched.property("fit_rows_on_show"):
            watched.setProperty("fit_rows_on_show", False)
            fit_rows(watched)
        elif event.type() == QEvent.Type.FontChange:
            fit_rows(watched)  # larger text: a taller header would otherwise hide the last row
        return False


class _RefusalLabel(Label):
    """A refused edit said under a table: the model words it once, so at a language switch it is
    put away rather than left in the old language (the note at the cell goes too)."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.clear()
        super().changeEvent(event)


class TablePanel(Panel):
    """A panel around one editable table: ``self.model``, ``self.view`` and, under the table,
    ``self.refused`` where the model's ``validationFailed`` message is said.

    Subclasses call :meth:`add_table` in their ``__init__``."""

    def add_table(self, layout: QVBoxLayout, model) -> None:
        self.model = model
        self.view = editable_table(model)
        layout.addWidget(self.view)
        self.refused = _RefusalLabel()
        self.refused.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.refused)
        model.validationFailed.connect(self.refused.setText)
        attach_to_view(self.view, model.validationFailed)  # and at the cell: the table may be long
        model.modelReset.connect(lambda: fit_rows(self.view))
