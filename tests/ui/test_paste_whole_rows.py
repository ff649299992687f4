"""Whole rows from a spreadsheet land as whole rows, and the paste button adds homes.

Walking a new project: one home typed (Tab left the cursor in "Kookt op gas"), four rows
copied from a spreadsheet, "Plakken uit spreadsheet" clicked. The rows were pasted from
"Kookt op gas" on, over the home just typed and into the columns out of sight: "Lindehof 2"
was refused as "kookt op gas", the addresses as the number of residents, and three homes
"Woning 2-4" came without a name or gas use.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from minigrid_app.core.model import Household, Project
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.models.households_model import COL_COOKS, COL_GAS, COL_LABEL
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.tasks import SyncRunner

ROWS = (
    "Lindehof 2\tLindehof 2, Utrecht\ttussenwoning\t1996\t\t1.180\tja\t2\n"
    "Lindehof 3\tLindehof 3, Utrecht\ttussenwoning\t1996\t\t1.100\tnee\t3\n"
)


@pytest.fixture
def page(qtbot):
    from minigrid_app.ui.pages.intake import IntakePage

    project = Project(households=[Household(label="Lindehof 1", build_year=1965, gas_m3_per_year=1450.0)])
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    widget = IntakePage(document)
    widget.services.dialogs = ScriptedDialogs()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    yield widget
    document.recompute_now()


def homes(page):
    return [(h.label, h.build_year, h.gas_m3_per_year) for h in page.document.project.households]


def test_the_paste_button_adds_whole_rows_below_the_homes(page, qtbot):
    page.table.setCurrentIndex(page.model.index(0, COL_COOKS))  # where Tab left the cursor
    QGuiApplication.clipboard().setText(ROWS)
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    assert homes(page) == [("Lindehof 1", 1965, 1450.0), ("Lindehof 2", 1996, 1180.0), ("Lindehof 3", 1996, 1100.0)]
    assert page.document.project.households[2].cooks_on_gas is False


def test_the_paste_button_adds_rows_below_also_from_the_first_column(page, qtbot):
    page.table.setCurrentIndex(page.model.index(0, COL_LABEL))
    QGuiApplication.clipboard().setText(ROWS)
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    assert [label for label, _, _ in homes(page)] == ["Lindehof 1", "Lindehof 2", "Lindehof 3"]


def test_ctrl_v_of_whole_rows_mid_row_starts_at_the_first_column(page, qtbot):
    """Ctrl+V pastes where the cursor is, as a spreadsheet does; rows too wide for the room to
    the right of the cursor are whole rows and start at the row's first column."""
    page.table.setCurrentIndex(page.model.index(0, COL_COOKS))
    QGuiApplication.clipboard().setText(ROWS)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert homes(page) == [("Lindehof 2", 1996, 1180.0), ("Lindehof 3", 1996, 1100.0)]


def test_a_column_of_values_still_fills_the_cells_below_the_cursor(page, qtbot):
    page.add_household()
    page.table.setCurrentIndex(page.model.index(0, COL_GAS))
    QGuiApplication.clipboard().setText("1.500\n1.600\n")
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    assert [gas for _, _, gas in homes(page)] == [1500.0, 1600.0]


def test_the_note_of_a_refused_paste_goes_with_its_undo(qtbot, tmp_path, quick_window):
    from minigrid_app.io.examples import load_example
    from minigrid_app.ui.widgets.field_message import field_message
    from tests.ui.layout_checks import settle

    window = quick_window(load_example("hofje-8"))
    intake = window.pages[0]
    window.show_step(0)
    settle()
    intake.table.setCurrentIndex(intake.model.index(0, COL_GAS))
    QGuiApplication.clipboard().setText("1.500\nveel\n")  # the second cannot be read
    intake.paste_from_clipboard()
    assert "veel" in field_message(window).text()
    window.actions.undo.trigger()
    assert field_message(window).text() == ""
    window.document.undo_stack.setClean()
    window.document.recompute_now()


def test_the_note_goes_when_the_field_moves_from_under_it(qtbot, tmp_path, quick_window):
    """'Grotere tekst' with a refused date on step 5: the note stayed where it was and pointed
    at another home's row; so did a resized window."""
    from minigrid_app.io.examples import load_example
    from minigrid_app.ui.widgets.field_message import field_message, show_field_message
    from tests.ui.layout_checks import settle

    window = quick_window(load_example("hofje-8"))
    intake = window.pages[0]
    window.show_step(0)
    settle()
    for change in (lambda: window.set_larger_text(True), lambda: window.resize(1100, 760)):
        show_field_message(intake.paste_button, "'veel' is geen getal")
        assert field_message(window).text()
        change()
        settle()
        assert field_message(window).text() == ""
    window.set_larger_text(False)
    window.document.undo_stack.setClean()
    window.document.recompute_now()
