"""What a person sees cut off in the real widgets: column titles and names elided with "…".

Used by the layout tests at 1280 × 800 (``tests/ui/test_fits_1280.py``). The checks read the
real views as they are laid out: a header section narrower than its title, a cell narrower
than the home name it holds (unless it wraps and the row is tall enough for the lines).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QTreeView


def cell_margin(view) -> int:
    """Room Qt's item views leave on each side of a cell's text [px] (QCommonStyle's view items)."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def header_margin(header) -> int:
    """Room a header leaves on each side of a column title [px] (QCommonStyle's SE_HeaderLabel)."""
    return header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)


def settle() -> None:
    """Carry out pending layout requests (as the screenshot mode does)."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()


def really_visible(widget) -> bool:
    """Shown, with some of it inside its window (not scrolled out of a scroll area)."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def elided_headers(view: QAbstractItemView) -> list[str]:
    """Titles of the visible columns of ``view`` that do not fit their section."""
    header = view.header() if isinstance(view, QTreeView) else getattr(view, "horizontalHeader", lambda: None)()
    if header is None or header.isHidden() or view.model() is None:
        return []
    cut = []
    viewport = view.viewport().rect()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        left = header.sectionViewportPosition(section)
        if left >= viewport.right() or left + header.sectionSize(section) <= 0:
            continue  # scrolled out of view, not cut
        title = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
        shown = header.shown_title(section) if hasattr(header, "shown_title") else title  # wrapped as drawn
        needed = max(header.fontMetrics().horizontalAdvance(line) for line in shown.split("\n")) + 2 * header_margin(header)
        if title and needed > header.sectionSize(section) + 1:
            cut.append(f"{title!r} needs {needed} px, has {header.sectionSize(section)}")
    return cut


def wraps_in(view: QAbstractItemView) -> bool:
    return bool(view.wordWrap()) if hasattr(view, "wordWrap") else False


def _cell_fits(view: QAbstractItemView, index, text: str, names: set[str]) -> bool:
    """Whether every home name in the cell's ``text`` is drawn whole (the rest may be cut)."""
    rect: QRect = view.visualRect(index)
    metrics = QFontMetrics(view.font())
    decoration = 0
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        decoration = view.iconSize().width() + 4 if view.iconSize().isValid() else 20
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        decoration += 24
    width = rect.width() - 2 * cell_margin(view) - decoration
    grid = 1 if getattr(view, "showGrid", lambda: False)() else 0
    if view.sizeHintForIndex(index).width() <= rect.width() + grid:
        return True  # the cell is as wide as its delegate asks for the whole text
    for name in (n for n in names if n and n in text):
        upto = text[: text.index(name) + len(name)]  # what must be seen for the name to be whole
        if metrics.horizontalAdvance(upto) + (metrics.horizontalAdvance("…") if upto != text else 0) <= width:
            continue
        if not wraps_in(view):
            return False
        lines = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), Qt.TextFlag.TextWordWrap, upto).height()
        longest_word = max((metrics.horizontalAdvance(w) for w in upto.split()), default=0)
        if lines > rect.height() - 2 or longest_word > width:
            return False
    return True


def elided_names(view: QAbstractItemView, names: set[str]) -> list[str]:
    """Cells of ``view`` in view that hold one of ``names`` (a home's name) and do not show it whole."""
    model = view.model()
    if model is None:
        return []
    cut = []
    viewport = view.viewport().rect()

    def walk(parent):
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                rect = view.visualRect(index)
                named = text and any(name and name in text for name in names)
                if named and rect.intersects(viewport) and not _cell_fits(view, index, text, names):
                    cut.append(f"{text!r} in a cell of {rect.width()} px")
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first) and model.rowCount(first) > 0:
                walk(first)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return cut


def cut_cells(view: QAbstractItemView) -> list[str]:
    """Cells of a table ``view`` whose text is not drawn whole (elided, or wrapped into more lines
    than the row is high); a cell as wide as its delegate asks fits."""
    model, cut = view.model(), []
    metrics = QFontMetrics(view.font())
    grid = 1 if getattr(view, "showGrid", lambda: False)() else 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            rect: QRect = view.visualRect(index)
            if not text or view.sizeHintForIndex(index).width() <= rect.width() + grid:
                continue
            decoration = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            width = rect.width() - 2 * cell_margin(view) - decoration
            lines = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), Qt.TextFlag.TextWordWrap, text).height()
            longest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            if not wraps_in(view) or lines > rect.height() or longest_word > width:
                cut.append(f"row {row}, column {column}: {text!r} in {rect.width()} × {rect.height()} px")
    return cut


#: QLineEdit's own room on each side of its text, inside the frame [px] (qlineedit_p.h horizontalMargin)
LINE_EDIT_MARGIN = 2


def elided_placeholders(root) -> list[str]:
    """Hints ("naam van de aanbieder", "dd-mm-jjjj") of visible empty fields under ``root`` that are cut."""
    from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

    cut = []
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint or edit.text() or not really_visible(edit):
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        margins = edit.textMargins()
        width = room.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
        if edit.fontMetrics().horizontalAdvance(hint) > width:
            cut.append(f"hint {hint!r} in a field of {edit.width()} px")
    return cut


def elided_choices(root) -> list[str]:
    """Visible drop-down lists under ``root`` whose chosen entry is cut (the text area is the
    style's edit field of the combo box)."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    cut = []
    for combo in root.findChildren(QComboBox):
        text = combo.currentText()
        if not text or combo.isEditable() or not really_visible(combo):
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
        if combo.fontMetrics().horizontalAdvance(text) > room.width():
            cut.append(f"choice {text!r} in a list of {combo.width()} px")
    return cut
