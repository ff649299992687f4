"""A combo box editor for table cells that offer a choice (party, status).

The model gives the choices for a cell as a list of ``(code, label)`` under
:data:`CHOICES_ROLE` and the current code under the edit
role; the editor writes the chosen code back with ``setData``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

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
