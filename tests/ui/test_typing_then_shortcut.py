"""What is being typed counts when a shortcut or a menu acts at once.

Walking the program: a resident typed the group's name and pressed Ctrl+S without leaving the
field; the file kept the old name (a field keeps its text when the focus leaves it, and a
shortcut leaves the focus where it is). The same for a home's gas use typed in the table, the
opt-out terms of step 8 within the moment before they are kept, and closing the window.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project
from minigrid_app.ui.models.households_model import COL_GAS
from minigrid_app.ui.services.dialogs import CANCEL
from tests.ui.person import active_window, retype


def _active(qtbot, quick_window):
    return active_window(qtbot, quick_window(load_example("hofje-8")))


def _ctrl_s_saves_to(qtbot, window, path):
    window.controller.dialogs.answers.append(str(path))  # "Opslaan als": the project has no file yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return load_project(path).project


def _name_field(window) -> QLineEdit:
    window.show_step(0)
    return next(e for e in window._pages[0].findChildren(QLineEdit) if e.property("field") == "name")


def test_ctrl_s_right_after_typing_a_field_saves_what_was_typed(qtbot, quick_window, tmp_path):
    window = _active(qtbot, quick_window)
    edit = _name_field(window)
    retype(qtbot, edit, "Hofje Nieuwe Naam")
    saved = _ctrl_s_saves_to(qtbot, window, tmp_path / "hofje.minigrid")
    assert saved.intake.name == "Hofje Nieuwe Naam"
    assert edit.hasFocus()  # the resident types on where they were
    assert window.document.undo_stack.undoText()  # kept as an edit of its own, undoable


def test_ctrl_s_while_a_table_cell_is_being_typed_saves_the_cell(qtbot, quick_window, tmp_path):
    window = _active(qtbot, quick_window)
    window.show_step(0)
    page = window._pages[0]
    index = page.model.index(1, COL_GAS)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not page.table
    editor.selectAll()
    qtbot.keyClicks(editor, "1234")
    saved = _ctrl_s_saves_to(qtbot, window, tmp_path / "cel.minigrid")
    assert saved.households[1].gas_m3_per_year == 1234.0


def test_opt_out_terms_typed_just_before_ctrl_s_are_saved(qtbot, quick_window, tmp_path):
    window = _active(qtbot, quick_window)
    window.show_step(7)
    terms = window._pages[7].choice_panel.opt_out_edit
    terms.setFocus()
    qtbot.waitUntil(terms.hasFocus)
    qtbot.keyClicks(terms, "Kosteloos tot de bouwvergadering")
    saved = _ctrl_s_saves_to(qtbot, window, tmp_path / "termen.minigrid")  # within the 0.8 s pause
    assert saved.tender.decision.opt_out_terms == "Kosteloos tot de bouwvergadering"


def test_closing_right_after_typing_asks_to_save_it(qtbot, quick_window):
    window = _active(qtbot, quick_window)
    window.document.undo_stack.setClean()
    retype(qtbot, _name_field(window), "Hofje Nieuwe Naam")
    window.controller.dialogs.answers.append(CANCEL)
    window.close()
    asked = [method for method, _title, _text in window.controller.dialogs.asked]
    assert asked == ["ask_save_discard_cancel"]  # not closed without a word, the name lost
    assert window.isVisible()
    assert window.document.project.intake.name == "Hofje Nieuwe Naam"
