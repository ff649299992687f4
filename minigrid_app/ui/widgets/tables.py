"""Tables inside a page: read-only tables that leave Tab to the page, a height that shows
every row without an inner scroll bar, column titles that wrap instead of being cut off, and
the one focus rule for a new row.

The pages are scroll areas; a table inside one should not scroll on its own. A fixed
"rows × 32 + 36" breaks at larger text (the header grows) and when the columns no longer
fit the width (a horizontal scroll bar covers the last row).

Editable tables use :class:`TypingSafeDelegate`: the street is recomputed after every edit and
the models signal every row changed when the results arrive, which would otherwise put the
cell's old value back over what the user is typing.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from minigrid_app.ui.widgets.whole_figures import WholeFiguresDelegate

#: where a column title may go on to a second line: after a space or a hyphen
_BREAK = re.compile(r"(?<=[ -])")


#: where a title may break when its table would otherwise scroll sideways (:class:`WrappingHeader`
#: ``tighten``): also after a soft hyphen (U+00AD), drawn as a hyphen at the end of its line
_BREAK_TIGHT = re.compile(r"(?<=[ \-\u00ad])")
_SOFT_HYPHEN = "\u00ad"

#: the header role under which a model gives a column title with the places where a long word may
#: break, as soft hyphens ("Aanvoer\u00adtemperatuur"); used only to keep a table from scrolling
#: sideways (:class:`WrappingHeader` ``tighten``)
TITLE_BREAKS_ROLE = Qt.ItemDataRole.UserRole + 40


def fewest_lines(title: str, metrics: QFontMetrics, room: int, most: int = 3, breaks: re.Pattern = _BREAK_TIGHT) -> str:
    """``title`` on as few lines (at most ``most``) as keep each line within ``room`` [px], broken
    where ``breaks`` allows (after a space, a hyphen or a soft hyphen, which then shows as '-');
    when no way fits, the one of at most ``most`` lines whose longest line is shortest.

    "Aanvoer\u00adtemperatuur" → "Aanvoer-\ntemperatuur"; "Afstand tot volgende woning" in a narrow
    room → "Afstand tot\nvolgende\nwoning".
    """
    parts = [p for p in breaks.split(title) if p]

    def broken(cuts: tuple[int, ...]) -> str:
        lines = []
        for start, end in zip((0, *cuts), (*cuts, len(parts)), strict=True):
            line = "".join(parts[start:end]).rstrip(" ")
            if line.endswith(_SOFT_HYPHEN):
                line = line[:-1] + "-"
            lines.append(line.replace(_SOFT_HYPHEN, ""))
        return "\n".join(lines)

    best, narrowest = title.replace(_SOFT_HYPHEN, ""), None
    for count in range(1, min(most, len(parts)) + 1):
        for cuts in itertools.combinations(range(1, len(parts)), count - 1):
            text = broken(cuts)
            width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if narrowest is None or width < narrowest:
                best, narrowest = text, width
        if narrowest is not None and narrowest <= room:
            break
    return best


def two_lines(title: str, metrics: QFontMetrics) -> str:
    """``title`` on two lines, broken after the space or hyphen that leaves the shorter longest line.

    "Afstand tot volgende woning" → "Afstand tot\nvolgende woning", "Lage-temperatuurkosten" →
    "Lage-\ntemperatuurkosten". A title without a place to break stays as it is.
    """
    return fewest_lines(title, metrics, 0, most=2, breaks=_BREAK)  # no room: the narrowest of two lines


def _out_of_sight(widget) -> bool:
    """``widget`` is in a window on screen but not shown itself (another step is): work on it
    can wait until it is shown. In a window not shown (tests, screenshots) it never waits."""
    window = widget.window()
    return window is not widget and window.isVisible() and not widget.isVisible() and not widget.isHidden()


class WrappingHeader(QHeaderView):
    """A table's column titles, each whole: a title wider than the values below it goes on two
    lines instead of making the column wide or being cut to "…" (at 1280 × 800 and at larger text).

    The width of a section is that of its (wrapped) title or of its values, whichever is wider;
    the header is as tall as its tallest title.

    With ``tighten``, a table whose columns would not fit its width breaks its titles further
    before it scrolls sideways: up to three lines, and within a long word where the model says
    it may (:data:`TITLE_BREAKS_ROLE`): step 3's homes at larger text hid 'Cluster' behind a
    sideways scroll bar, its titles on one line ('Aanvoertemperatuur', 'Warmtepomp').
    """

    def __init__(self, parent: QTableView | None = None, wrap: bool = True, tighten: bool = False):
        super().__init__(Qt.Orientation.Horizontal, parent)
        #: titles wrap (False: drawn as Qt's own header draws them; only the columns' sizing is this header's)
        self.wrap = wrap
        #: the titles break further when the columns would not fit the table's width (class docstring)
        self.tighten = tighten and wrap
        #: the titles are broken further now
        self.tight = False
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        #: column → width of its widest value (px), measured once until the model says its cells
        #: changed (or the font, style or language did): Qt asks a section's size many times while
        #: it lays out a table and at every paint of the header, and measuring the values means
        #: asking the model for every cell (issue 16: 0.5 s when straat-24 opened; a measure per
        #: turn of the event loop still stalled a step's first show for 0.1-0.3 s)
        self._value_widths: dict[int, int] = {}
        #: (column, title) → the title as drawn, for as long as the value widths are kept: each
        #: section is sized and painted many times per pass, and wrapping measures every break
        self._shown: dict[tuple[int, str, int, bool], str] = {}
        self._watched = None
        # Columns "as wide as their contents" are sized by this header, once per change: Qt's
        # ResizeToContents measures every cell of the column (a dozen calls into the model each)
        # at every layout pass, and a table's first show makes many passes (49 600 calls into
        # the bill of quantities' model when step 6 was shown again on straat-24, issue 16)
        #: the mode of a column not named in ``_modes`` (None: Qt's default, Interactive)
        self._default_mode: QHeaderView.ResizeMode | None = None
        self._modes: dict[int, QHeaderView.ResizeMode] = {}
        self._fit_pending = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_sections)
        #: column → the title last drawn in a section this header does not size (stretched, or
        #: sized by hand): its title wraps to the section's width, and the header grows with it
        self._drawn: dict[int, str] = {}
        self.sectionResized.connect(self._room_changed)
        if self.tighten and parent is not None:
            parent.installEventFilter(self)  # a narrower or wider table may need the titles broken, or no longer

    def tighten_titles(self) -> None:
        """Break the titles further rather than let the table scroll sideways (``tighten``)."""
        if self.tighten or not self.wrap:
            return
        self.tighten = True
        if self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)
        self._schedule_fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (watched is self.parentWidget() and event.type() == QEvent.Type.Resize
                and event.size().width() != event.oldSize().width()):
            self._schedule_fit()
        return super().eventFilter(watched, event)

    def value_width(self, logical: int) -> int:
        """The width of the widest value in column ``logical`` [px] (the view's
        ``sizeHintForColumn``, measured once until the model says its cells changed)."""
        return self._value_width(logical)

    def _value_width(self, logical: int) -> int:
        self._watch(self.model())
        width = self._value_widths.get(logical)
        if width is None:
            view = self.parentWidget()
            width = view.sizeHintForColumn(logical) if isinstance(view, QAbstractItemView) else 0
            self._value_widths[logical] = width
        return width

    def _watch(self, model) -> None:
        """Forget the measured widths whenever ``model`` (the header's) says its cells changed."""
        if model is not self._watched:
            self._forget_widths()
            self._watched = model
            if model is not None:
                for signal in (model.modelReset, model.dataChanged, model.layoutChanged, model.rowsInserted,
                               model.rowsRemoved, model.columnsInserted, model.columnsRemoved, model.headerDataChanged):
                    signal.connect(self._forget_widths)

    def _forget_widths(self, *_args) -> None:
        self._value_widths.clear()
        self._shown.clear()
        self._schedule_fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._forget_widths()
        super().changeEvent(event)

    # ------------------------------------------------------------------ columns sized to contents
    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self._watch(model)
        self._schedule_fit()

    def setSectionResizeMode(self, *args) -> None:  # noqa: N802 - Qt override
        """As Qt's, but a column in ``ResizeToContents`` is sized by :meth:`fit_sections`."""
        to_contents = QHeaderView.ResizeMode.ResizeToContents
        if len(args) == 1:
            self._default_mode, self._modes = args[0], {}
            super().setSectionResizeMode(QHeaderView.ResizeMode.Fixed if args[0] == to_contents else args[0])
        else:
            logical, mode = args
            self._modes[logical] = mode
            super().setSectionResizeMode(logical, QHeaderView.ResizeMode.Fixed if mode == to_contents else mode)
        self._schedule_fit()

    def sectionResizeMode(self, logical: int) -> QHeaderView.ResizeMode:  # noqa: N802 - Qt's name
        mode = self._modes.get(logical, self._default_mode)
        return mode if mode is not None else super().sectionResizeMode(logical)

    def _fits(self, logical: int) -> bool:
        if self.stretchLastSection() and logical == self.count() - 1:
            return False
        return self._modes.get(logical, self._default_mode) == QHeaderView.ResizeMode.ResizeToContents

    def _schedule_fit(self) -> None:
        self._fit_pending = True
        self._fit_timer.start()

    def fit_sections(self) -> None:
        """Size every column in ``ResizeToContents`` as Qt would: as wide as its widest value or
        its (wrapped) title, within the header's minimum and maximum section size; with
        ``tighten``, with the titles broken further when the columns would not fit otherwise."""
        self._fit_timer.stop()
        if _out_of_sight(self):
            return  # another step is shown: sized when this one is (showEvent)
        self._fit_pending = False
        if self.model() is None:
            return
        was = self.tight
        widths = self._wanted_widths(tight=False)
        if self.tighten and self._too_wide(widths):
            widths = self._wanted_widths(tight=True)
        for logical, width in widths.items():
            if self.sectionSize(logical) != width:
                self.resizeSection(logical, width)
        if self.tight != was:
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)  # Qt measures the header's height again

    def _wanted_widths(self, tight: bool) -> dict[int, int]:
        """The width of every column this header sizes, with the titles broken as ``tight`` says [px]."""
        self.tight = tight
        low, high = self.minimumSectionSize(), self.maximumSectionSize()
        return {
            logical: max(low, min(max(self._value_width(logical), self.sectionSizeHint(logical)), high))
            for logical in range(self.count())
            if self._fits(logical) and not self.isSectionHidden(logical)
        }

    def _too_wide(self, widths: dict[int, int]) -> bool:
        """The columns need more than the table's width: those sized here at ``widths``, a column
        stretched or sized by hand at least the room of a short value (its values, at most 12
        characters)."""
        view = self.parentWidget()
        if not isinstance(view, QAbstractItemView):
            return False
        least = 12 * self.fontMetrics().averageCharWidth()
        need = 0
        for logical in range(self.count()):
            if self.isSectionHidden(logical):
                continue
            if logical in widths:
                need += widths[logical]
            else:
                need += max(self.minimumSectionSize(), min(self._value_width(logical), least))
        return need > view.maximumViewportSize().width()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._fit_pending:
            self.fit_sections()  # sized before the table is first painted
        super().showEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._fit_pending:
            self.fit_sections()
        super().paintEvent(event)

    def shown_title(self, logical: int) -> str:
        """The title of section ``logical`` as drawn (with a line break when it wraps)."""
        model = self.model()
        title = str(model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "") if model else ""
        if "\n" in title or not self.wrap:
            return title
        tight = self.tight
        breakable = title
        if tight and model is not None:
            breakable = str(model.headerData(logical, self.orientation(), TITLE_BREAKS_ROLE) or title)
            if breakable.replace(_SOFT_HYPHEN, "") != title:  # the breaks of another language's title
                breakable = title
        if len([p for p in (_BREAK_TIGHT if tight else _BREAK).split(breakable) if p]) < 2:
            return title  # a title of one word stays on one line: its values need no measuring
        values = self._value_width(logical)  # first: a new model or pass forgets the titles too
        room = values
        if not self._fits(logical) and self.sectionSize(logical) > 0:
            # a stretched column is as wide as the table gives it, not as its values: step 5's
            # 'Eigen luchtwarmtepomp' was cut at both ends over verdicts that wrap (larger text)
            room = min(values, self.sectionSize(logical))
        shown = self._shown.get((logical, title, room, tight))
        if shown is None:
            margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self) + 8
            if self.fontMetrics().horizontalAdvance(title) + margin <= room:
                shown = title
            elif tight:
                # the room a line has is what Qt leaves of the section around the title (more than
                # ``margin`` in most styles): a title that seemed to fit still widened its column
                padding = QHeaderView.sectionSizeFromContents(self, logical).width() - self.fontMetrics().horizontalAdvance(title)
                shown = fewest_lines(breakable, self.fontMetrics(), room - max(margin, padding))
            else:
                shown = two_lines(title, self.fontMetrics())
            self._shown[(logical, title, room, tight)] = shown
        return shown

    def _room_changed(self, logical: int, _old: int, _new: int) -> None:
        """A section this header does not size changed width: when its title now goes on more or
        fewer lines, the header takes the new height."""
        if not self.wrap or self._fits(logical) or self.model() is None:
            return
        shown = self.shown_title(logical)
        if self._drawn.get(logical, shown) != shown:
            self.headerDataChanged(self.orientation(), logical, logical)  # Qt measures the header again
        self._drawn[logical] = shown

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt override
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        if model is None or not self.wrap:
            return size
        title = str(model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        shown = self.shown_title(logical)
        if shown == title:
            return size
        metrics = self.fontMetrics()
        one_line = metrics.size(0, title)
        wrapped = metrics.size(0, shown)
        return QSize(size.width() - one_line.width() + wrapped.width(), size.height() - one_line.height() + wrapped.height())

    def paintSection(self, painter, rect: QRect, logical: int) -> None:  # noqa: N802 - Qt override
        if not self.wrap:
            super().paintSection(painter, rect, logical)
            return
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = self.shown_title(logical)  # a plain header option: drawn whole, not elided
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()


def wrap_titles(view: QTableView, stretch: int | None = None, tighten: bool = False) -> WrappingHeader:
    """Give ``view`` a :class:`WrappingHeader`: every column as wide as its values or its wrapped
    title; column ``stretch`` (or else the last one) takes the width that is left. ``tighten``:
    the titles break further rather than the table scrolling sideways."""
    header = WrappingHeader(view, tighten=tighten)
    view.setHorizontalHeader(header)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return header


class TypingSafeDelegate(WholeFiguresDelegate):
    """Fills a cell's editor from the model when it opens, and again only when the cell's value
    itself changed.

    Qt fills an open editor again whenever the model says its cell changed (``dataChanged``),
    which our models say for every row when new results arrive, a moment after each edit:
    that put the old value back over the letters being typed ("Woning 25Lindelaan 2", or
    "Linde" lost). An unchanged value leaves what the user is typing; a changed one (undo,
    paste, a rename elsewhere) is shown, so closing the editor never writes a stale value back
    over it. Its figures are kept whole where the cell wraps (:class:`WholeFiguresDelegate`).
    """

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        if self.filled(editor, index):
            return
        super().setEditorData(editor, index)

    @staticmethod
    def filled(editor, index) -> bool:
        """True when ``editor`` was filled before from the value the cell still has (marks it
        filled from that value otherwise)."""
        value = repr(index.data(Qt.ItemDataRole.EditRole))
        if editor.property("minigridFilled") and editor.property("minigridFilledFrom") == value:
            return True
        editor.setProperty("minigridFilled", True)
        editor.setProperty("minigridFilledFrom", value)
        return False


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


def rows_follow_text(view: QTableView) -> None:
    """Rows of ``view`` as high as their wrapped text at the columns' present width, measured
    again whenever a column changes width, the cells change or the text changes size.

    A single ``resizeRowsToContents`` keeps the heights of its moment: a table filled while its
    step was out of sight, its stretching column a few dozen pixels wide, showed one-line
    reasons in rows 100-260 px high once the step was shown at full width. The rows are measured
    once per change, when the event loop is next free (and when the table is shown), not by
    Qt's ResizeToContents, which measured every cell at each of the many layout passes of a
    table's first show (the 129 assumptions of step 4 when a project opened, issue 16).
    """
    view.setWordWrap(True)
    if type(view.itemDelegate()) is QStyledItemDelegate:  # Qt's own: figures kept whole where a cell wraps
        view.setItemDelegate(WholeFiguresDelegate(view))
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    _RowHeights(view)


class _RowHeights(QObject):
    """Keeps the rows of its parent table as high as their contents (:func:`rows_follow_text`)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.dataChanged, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.columnsInserted, model.columnsRemoved):
            signal.connect(self.schedule)
        view.horizontalHeader().sectionResized.connect(self.schedule)
        view.installEventFilter(self)
        #: the rows changed while the table was out of sight: measured when it is shown
        self.pending = False
        self.schedule()

    @Slot()
    def schedule(self, *_args) -> None:
        self.pending = True
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Show and self.pending:
            self.fit()  # before the table is first painted
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.schedule()
        return False

    @Slot()
    def fit(self) -> None:
        """Every row as high as Qt's ResizeToContents makes it, within the header's bounds (when
        the table is shown: a table out of sight is measured when it is shown)."""
        self.timer.stop()
        if _out_of_sight(self.view):
            return
        self.pending = False
        view, header = self.view, self.view.verticalHeader()
        low, high = header.minimumSectionSize(), header.maximumSectionSize()
        for row in range(view.model().rowCount()):
            if header.isSectionHidden(row):
                continue
            height = max(low, min(max(view.sizeHintForRow(row), header.sectionSizeHint(row)), high))
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)


def put_text(table: QTableWidget, row: int, column: int, text: str, alignment: Qt.AlignmentFlag | None = None) -> None:
    """Show ``text`` in a cell of ``table``, in the item already there when it has one.

    A cell whose text is unchanged is left alone: a new item (or a new text) tells the view and
    its header that the cell changed, and they measure the column's values again (issue 16: a
    step refilled with the same names measured its tables hundreds of times).
    """
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem(text)
        if alignment is not None:
            item.setTextAlignment(alignment)
        table.setItem(row, column, item)
    elif item.text() != text:
        item.setText(text)


def reword_choices(combo: QComboBox, words: dict) -> None:
    """Give the choices of ``combo`` the words of ``words`` (by each choice's data) in place:
    after a language switch, rather than making the box again.

    The box and the column of the table that holds it are then measured again: Qt keeps a box's
    size from its first show and a column "as wide as its contents" keeps its measured width
    until its cells change (:class:`WrappingHeader`), so after a switch from English the status
    column stayed as wide as "Interested" and cut "Geïnteresseerd".
    """
    changed = False
    for index in range(combo.count()):
        text = words.get(combo.itemData(index))
        if text is not None and combo.itemText(index) != text:
            combo.setItemText(index, text)
            changed = True
    if not changed:
        return
    policy = combo.sizeAdjustPolicy()  # setting a policy forgets the size Qt kept
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizeAdjustPolicy(policy)
    combo.updateGeometry()
    view = combo.parentWidget()
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if isinstance(header, WrappingHeader):
        header._forget_widths()  # noqa: SLF001 - this module's header: its cells changed


class LazyRowsTable(QTableWidget):
    """A table whose rows' editors (cell widgets) are made when they are needed, not all at once.

    Step 5 made an editor for every choice of every home when it was first shown (300 widgets,
    about 234 ms on street-50), most of them out of sight below. Here :meth:`rows_changed` only
    notes that the rows are new (and makes the first, to measure the columns by); ``make_row(row)`` (:meth:`set_row_maker`) makes one row's editors,
    a few rows per turn of the event loop once the table is shown, the rows in sight right after
    the table is painted (scrolled into sight), and a row whose cell widget code asks for
    (:meth:`cellWidget`); ``done()`` follows the last row (the tab order, say).
    """

    #: rows made per turn of the event loop while the window is idle
    CHUNK = 5

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None):
        super().__init__(rows, columns, parent)
        self._make_row = None
        self._done = None
        self._made = 0
        #: rows a paint found in sight, made on the next turn of the event loop
        self._wanted = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._make_some)

    def set_row_maker(self, make_row, done=None) -> None:
        self._make_row, self._done = make_row, done

    def rows_changed(self) -> None:
        """The rows were set again (``setRowCount``, no editors yet): made when needed, but for
        the first row, made at once.

        A column "as wide as its contents" is as wide as its widest editor, and the editors of
        every row are alike (the same choices, the same field): with the first row's there, the
        columns are measured right before the others exist. Measured without any, the status
        and date columns of step 5 were 47 px wide until the window was next idle, cutting
        "Getekend" and "dd-mm-jjjj".
        """
        self._made = 0
        self.make_rows(1)
        if self.isVisible():
            self._timer.start()

    def made(self, row: int) -> bool:
        """Whether the editors of ``row`` are made."""
        return row < self._made

    def make_rows(self, until: int | None = None) -> None:
        """Make the editors of every row before ``until`` (all rows: None)."""
        count = self.rowCount()
        until = count if until is None else min(until, count)
        first = self._made
        while self._made < until:
            self._made += 1
            self._make_row(self._made - 1)
        if self._made == first:
            return
        header = self.horizontalHeader()
        if isinstance(header, WrappingHeader) and (first == 0 or self._made == count):
            header._forget_widths()  # noqa: SLF001 - this module's header: the columns hold editors now
        if self._made == count and self._done is not None:
            self._done()

    def cellWidget(self, row: int, column: int):  # noqa: N802 - Qt's name
        if 0 <= row < self.rowCount() and row >= self._made:
            self.make_rows(row + 1)
        return super().cellWidget(row, column)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._made < self.rowCount():
            self._timer.start()

    def _make_some(self) -> None:
        self.make_rows(self._made + self.CHUNK)
        if self._made < self.rowCount() and self.isVisible():
            self._timer.start()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override (the viewport's paint)
        if self._made < self.rowCount():
            # the rows in sight whole, right after this paint (the page scrolls, so the part painted
            # is the part seen). Not during it: a paint can come from a synchronous repaint (a
            # progress bar's new value) in the middle of a refill, and making widgets then crashed
            last = self.rowAt(event.rect().bottom())
            self._wanted = max(self._wanted, self.rowCount() if last < 0 else last + 1)
            QTimer.singleShot(0, self, self._make_wanted)
        super().paintEvent(event)

    def _make_wanted(self) -> None:
        wanted, self._wanted = self._wanted, 0
        self.make_rows(wanted)
        if self._made < self.rowCount() and self.isVisible():
            self._timer.start()


def read_only_table(
    columns: int, selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.NoSelection,
    lazy_rows: bool = False,
) -> QTableWidget:
    """A table the user reads, not edits: no row numbers, no editing, ``selection`` as given.

    Tab goes on to the rest of the page; the arrow keys move within the table. ``lazy_rows``: a
    :class:`LazyRowsTable`, whose rows' editors are made when needed.
    """
    table = LazyRowsTable(0, columns) if lazy_rows else QTableWidget(0, columns)
    table.setHorizontalHeader(WrappingHeader(table))  # titles wrap rather than being cut off
    table.setItemDelegate(WholeFiguresDelegate(table))  # a cell that wraps keeps its figures whole
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(selection)
    return table
