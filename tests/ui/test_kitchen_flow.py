"""Issue 15, end to end as a resident at the kitchen table: a new project of six homes typed in by
hand into the real widgets (qtbot.keyClicks), through every step with "Volgende stap", undo and
redo with the keyboard, save, close, start again, the other language, the presentation and the
workbook, in a window of 1280 × 800. Every assertion reads what the screen then shows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from minigrid_app.core.model import STEPS, Project
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.models.households_model import COL_BUILD_YEAR, COL_GAS, COL_LABEL
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.tasks import SyncRunner
from minigrid_app.ui.widgets.field_message import field_message
from tests.ui.person import press, type_cell, type_field, type_text

#: the homes as typed: name, build year, gas use as people write it
HOMES = [
    ("Lindelaan 2", "1932", "1.250"),
    ("Lindelaan 4", "1932", "1250,5"),
    ("Lindelaan 6", "1965", "weet niet"),
    ("Lindelaan 8", "1965", "3 000"),
    ("Lindelaan 10", "1980", "1.800"),
    ("Lindelaan 12", "1980", "2100"),
]

_DOCUMENTS: list[ProjectDocument] = []


@pytest.fixture(autouse=True)
def _stop_document_timers():
    yield
    while _DOCUMENTS:
        document = _DOCUMENTS.pop()
        document.undo_stack.setClean()
        document.undo_stack.clear()  # the commands refer to the document: gone before it is
        document.recompute_now()


def open_window(qtbot, tmp_path, answers=()):
    """The program as it starts: its settings (recent files) in ``tmp_path``, 1280 × 800."""
    from minigrid_app.ui.i18n import Translations
    from minigrid_app.ui.main_window import MainWindow

    document = ProjectDocument(Project(), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.schedule_recompute = document.recompute_now  # the figures follow each edit at once
    _DOCUMENTS.append(document)
    window = MainWindow(
        document,
        dialogs=ScriptedDialogs(list(answers)),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        translations=Translations(QApplication.instance()),
        recovery_dir=tmp_path / "recovery",
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the keyboard goes to this window
    return window


def shortcut(qtbot, standard_key: QKeySequence.StandardKey) -> None:
    """The key combination of a menu command (Ctrl+Z, Ctrl+S …) to the widget with the keyboard."""
    combination = QKeySequence.keyBindings(standard_key)[0][0]
    press(qtbot, combination.key(), combination.keyboardModifiers())


@pytest.mark.slow
def test_six_homes_by_hand_through_every_step_and_back(qtbot, tmp_path):
    project_file = tmp_path / "lindelaan.minigrid"
    workbook = tmp_path / "lindelaan.xlsx"
    window = open_window(qtbot, tmp_path, answers=[str(project_file)])
    intake = window.pages[0]
    assert window.current_step() == 0 and window.next_button.text() == "Volgende stap →"

    # -- step 1: the project's name and six homes, each added with the button and typed in
    type_field(qtbot, intake.fields["name"], "Lindelaan gasvrij")
    for label, year, gas in HOMES:
        qtbot.mouseClick(intake.add_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, label)  # the new row's first cell has the keyboard
        press(qtbot, Qt.Key.Key_Return)
        row = intake.model.rowCount() - 1
        type_cell(qtbot, intake.table, intake.model.index(row, COL_BUILD_YEAR), year)
        type_cell(qtbot, intake.table, intake.model.index(row, COL_GAS), gas)
        if gas == "weet niet":  # taken as not known yet, and said at the cell
            note = field_message(window)
            assert note.isVisible() and "nog niet bekend" in note.text()
    shown = [(intake.model.index(r, COL_LABEL).data(), intake.model.index(r, COL_GAS).data()) for r in range(6)]
    assert shown == [("Lindelaan 2", "1.250"), ("Lindelaan 4", "1.250,5"), ("Lindelaan 6", ""),
                     ("Lindelaan 8", "3.000"), ("Lindelaan 10", "1.800"), ("Lindelaan 12", "2.100")]
    assert [h.gas_m3_per_year for h in window.document.project.households] == [1250, 1250.5, None, 3000, 1800, 2100]
    assert window.missing_label.text().startswith("Nog te doen:")
    assert "Bij 1 woning ontbreekt" in window.missing_label.text()  # one form for one home
    assert window.summary.label.text().startswith("6 woningen, ")

    # -- undo and redo with the keyboard: the last gas use goes and comes back
    shortcut(qtbot, QKeySequence.StandardKey.Undo)
    assert intake.model.index(5, COL_GAS).data() == ""
    shortcut(qtbot, QKeySequence.StandardKey.Redo)
    assert intake.model.index(5, COL_GAS).data() == "2.100"

    # -- step 2: the first evening's date, typed as people write it, shown as dd-mm-jjjj
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    evening = window.pages[1]
    assert window.current_step() == 1 and window.navigator.list.item(0).text().endswith("bezig")
    type_field(qtbot, evening.date_edit, "12-3-2026")
    assert evening.date_edit.text() == "12-03-2026"

    # -- steps 3 to 8 with "Volgende stap": each page shows this street's homes or figures
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    quickscan = window.pages[2]
    names = [quickscan.households_panel.households_model.index(r, 0).data() for r in range(6)]
    assert names == [label for label, _year, _gas in HOMES]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    business = window.pages[3]
    assert window.step_state(3) == "in_progress"  # it shows figures: never "nog niet begonnen"
    assert any(cell.value.text().startswith("€") for cell in business.cells.values())
    for step in range(4, len(window.pages)):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        assert window.current_step() == step and window.stack.currentWidget() is window.pages[step]
    assert not window.next_button.isEnabled()

    # -- save with Ctrl+S (the first time it asks where), close, start again: the same street
    shortcut(qtbot, QKeySequence.StandardKey.Save)
    assert project_file.is_file() and not window.document.dirty
    window.close()
    again = open_window(qtbot, tmp_path, answers=[str(workbook), False])
    assert again.controller.reopen_last()  # what the program does at a start without a file
    assert [h.label for h in again.document.project.households] == [label for label, _year, _gas in HOMES]
    assert again.current_step() == STEPS.index("first_evening")  # where the user last worked
    assert again.pages[1].date_edit.text() == "12-03-2026"

    # -- the other language, from the menu
    again.actions.language_actions["en"].trigger()
    try:
        assert again.next_button.text() == "Next step →" and again.previous_button.text() == "← Previous step"
        assert again.actions.undo.text().startswith("&Undo") or "Undo" in again.actions.undo.text()
    finally:
        again.actions.language_actions["nl"].trigger()
    assert again.next_button.text() == "Volgende stap →"

    # -- the presentation: F5, on with the arrow key, Escape
    press(qtbot, Qt.Key.Key_F5)
    slides = again.presentation
    assert slides is not None and slides.isVisible()
    first = slides.current_title()
    qtbot.keyClick(slides, Qt.Key.Key_Right)
    assert slides.index == 1 and slides.current_title() != first
    qtbot.keyClick(slides, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: again.presentation is None)

    # -- the workbook, from the menu: the homes by their names, nothing of the program's insides
    again.actions.export.trigger()
    qtbot.waitUntil(workbook.is_file, timeout=60_000)
    book = openpyxl.load_workbook(workbook, read_only=True)
    texts = [str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row if value]
    book.close()
    assert "Lindelaan 8" in texts
    assert not [t for t in texts if "docs/" in t or "DOMAIN" in t or "seed " in t]
