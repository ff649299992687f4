"""A combo box editor for table cells that offer a choice (party, status).

The model gives the choices for a cell as a list of ``(code, label)`` under
:data:`CHOICES_ROLE` and the current code under the edit
role; the editor writes the chosen code back with ``setData``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle

from minigrid_app.ui.widgets.steady import SteadyComboBox
from minigrid_app.ui.widgets.tables import TypingSafeDelegate

#: the role under which a model gives a cell's choices, (code, label) pairs (defined here, with
#: the delegate that reads it, so a page with an editable table does not load the tender models
#: and the engine's results with them at start-up)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2


class ChoiceDelegate(TypingSafeDelegate):
    """Edits a cell with the choices its model offers (plain text editing for other cells)."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        editor = SteadyComboBox(parent)
        for code, label in choices:
            editor.addItem(label, code)
        editor.setMinimumHeight(30)
        return editor

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            if self.filled(editor, index):
                return
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, position))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class DateCellDelegate(ChoiceDelegate):
    """A column of dates typed in place: an empty cell shows how to write one (``placeholder()``,
    "dd-mm-jjjj", in the grey of a field's placeholder, as the date fields of the page do) and
    the column is as wide as a date, not as its title ("Datum" left no room to type one)."""

    def __init__(self, placeholder: Callable[[], str], parent=None):
        super().__init__(parent)
        self.placeholder = placeholder

    @staticmethod
    def _margin(option) -> int:
        widget = option.widget
        style = widget.style() if widget is not None else None
        return (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1) if style else 4

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        size = super().sizeHint(option, index)
        metrics = option.fontMetrics
        text = max(metrics.horizontalAdvance(self.placeholder()), metrics.horizontalAdvance("00-00-0000"))
        width = text + 2 * self._margin(option) + 2
        return QSize(max(size.width(), width), size.height())

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        if index.data(Qt.ItemDataRole.DisplayRole):
            return
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
        margin = self._margin(option)
        area = option.rect.adjusted(margin, 0, -margin, 0)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.placeholder())
        painter.restore()

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(self.placeholder())
        return editor


class NoteCellDelegate(ChoiceDelegate):
    """A column of free notes typed in place: room for a short note before one is typed (the
    column was as wide as its title 'Notitie' until then), and a long note wraps within the
    column instead of widening the table past the page (it pushed itself out of sight behind a
    sideways scroll bar)."""

    #: the width of the column in average characters: at least, and at most
    LEAST_CHARACTERS, MOST_CHARACTERS = 18, 36

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        size = super().sizeHint(option, index)
        character = option.fontMetrics.averageCharWidth()
        width = min(max(size.width(), self.LEAST_CHARACTERS * character), self.MOST_CHARACTERS * character)
        return QSize(width, size.height())
