"""Typing as a person does, for the GUI tests: each key to whichever widget has the keyboard at
that moment (pytest-qt's qtbot.keyClicks / keyClick), one turn of the event loop after a key
that commits, cells opened by typing into them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key to the widget with the keyboard; then one turn of the event loop, as a person gives it
    (an item editor commits on Enter on the next turn)."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.wait(1)


def type_text(qtbot, text):
    """Each key to whichever widget has the keyboard at that moment, as a person types: the
    first key in a table opens the cell's editor, the next ones go into it."""
    for character in text:
        qtbot.keyClicks(QApplication.focusWidget(), character)


def type_cell(qtbot, view, index, text):
    """As a person does: select the cell, type (the first key opens the editor), Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)


def type_field(qtbot, edit: QLineEdit, text):
    """Click into a field, select what is there, type, Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def active_window(qtbot, window):
    """The window made the active one, so the keyboard goes to it (offscreen too); returns it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Into a field: give it the keyboard, select what it holds, type ``text`` over it."""
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
