"""Step 7 before any quote, as a resident meets it in a new project: two empty drop-down boxes
(one without a label, beside a 'Verwijderen' that removed nothing) and an 'Offerte inlezen uit
werkmap…' that did nothing at all when no bill of quantities had been made yet."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from minigrid_app.core.model import Household, Project
from minigrid_app.ui.widgets.field_message import field_message


def _new_street() -> Project:
    project = Project()
    project.intake.name = "Lindehof"
    project.households = [Household(label=f"Lindehof {n}", build_year=1996, gas_m3_per_year=1200.0 + 50 * n) for n in range(1, 7)]
    return project


def test_no_empty_choices_before_the_first_quote_and_they_come_with_it(quick_window, qtbot):
    window = quick_window(_new_street(), immediate=True)
    window.show_step(6)
    page = window.pages[6]
    panel, case = page.quotes_panel, page.case_panel
    assert not panel.remove_combo.isVisibleTo(window) and not panel.remove_button.isVisibleTo(window)
    assert not case.quote_combo.isVisibleTo(window) and not case.choose_label.isVisibleTo(window)
    assert case.table.text().startswith("Voeg een offerte toe")

    panel.supplier_edit.setText("Bodemwarmte BV")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [q.supplier for q in window.document.project.tender.quotes] == ["Bodemwarmte BV"]
    assert panel.remove_combo.isVisibleTo(window) and panel.remove_combo.currentText() == "Bodemwarmte BV"
    assert panel.remove_button.isVisibleTo(window)
    assert case.quote_combo.isVisibleTo(window) and case.quote_combo.currentText() == "Bodemwarmte BV"

    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert window.document.project.tender.quotes == []
    assert not panel.remove_combo.isVisibleTo(window) and not case.quote_combo.isVisibleTo(window)


def test_reading_a_quote_before_there_is_a_bill_says_why_next_to_the_button(quick_window, qtbot):
    window = quick_window(_new_street(), immediate=True)
    window.show_step(6)
    panel = window.pages[6].quotes_panel
    qtbot.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)  # no file dialog: nothing to read yet
    note = field_message(window)
    assert note.isVisible() and "nog geen staat van hoeveelheden" in note.text()
    assert "stap 5" in panel.message.text()
    assert window.document.project.tender.quotes == []


def test_the_reason_is_said_in_english_too(quick_window, qtbot):
    window = quick_window(_new_street(), immediate=True)
    window.actions.language_actions["en"].trigger()
    try:
        window.show_step(6)
        panel = window.pages[6].quotes_panel
        qtbot.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
        assert panel.message.text().startswith("There is no bill of quantities to read yet")
    finally:
        window.actions.language_actions["nl"].trigger()
