"""The first residents' evening: attendance, and the residents' conditions (tick, value, own text)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, Qt

from minigrid_app.core.conditions import MET, NOT_MET, check_conditions
from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.tasks import SyncRunner
from minigrid_app.ui.widgets.field_message import field_message


@pytest.fixture
def page(qtbot):
    from minigrid_app.ui.pages.first_evening import FirstEveningPage

    project = load_example("hofje-8")
    project.conditions = []
    project.first_evening.date = ""
    project.first_evening.attendance = None
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    widget = FirstEveningPage(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    yield widget
    # stop the debounce timer before the document becomes garbage: Python may free it on a
    # worker thread (chart rendering), where Qt cannot unregister a running timer
    document.recompute_now()


def test_evening_date_and_counts(page, qtbot):
    assert page.header.text() == "Wat vinden we belangrijk?"
    assert "Hoeveel mensen waren er?" in page.missing()
    page.date_edit.setFocus()
    qtbot.keyClicks(page.date_edit, "1-10-2026")
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert page.document.project.first_evening.date == "2026-10-01"
    page.attendance_spin.setValue(11)
    assert page.document.project.first_evening.attendance == 11
    page.date_edit.selectAll()
    qtbot.keyClicks(page.date_edit, "gisteren")
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert "geen datum" in field_message(page).text() and field_message(page).anchor is page.date_edit
    assert page.document.project.first_evening.date == "2026-10-01"
    page.document.undo_stack.undo()
    assert page.document.project.first_evening.attendance is None
    assert page.attendance_spin.text() == "–"


def test_tick_a_checkable_condition_with_a_value(page, qtbot):
    check = page.common_checks["max_monthly_increase"]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    conditions = page.document.project.conditions
    assert [(c.kind, c.value, c.enabled) for c in conditions] == [("max_monthly_increase", 0.0, True)]
    assert conditions[0].text == "Niet meer per maand dan nu met gas (hooguit € 0 extra)"
    page.value_spins["max_monthly_increase"].setValue(40)
    condition = page.document.project.conditions[0]
    assert condition.value == 40.0
    assert condition.text == "Niet meer per maand dan nu met gas (hooguit € 40 extra)"
    # the engine checks it: shared loop per home at most € 40 a month more than gas
    page.document.recompute_now()
    results = page.document.results
    check_result = check_conditions(page.document.project, results)[0]
    expected = all(
        h.variants["shared_loop"].monthly_costs_year1_eur <= h.variants["gas"].monthly_costs_year1_eur + 40 + 1e-6
        for h in results.households if h.computable and h.participates
    )
    assert check_result.group["shared_loop"].status == (MET if expected else NOT_MET)


def test_untick_keeps_the_value_and_switches_off(page, qtbot):
    qtbot.mouseClick(page.common_checks["max_investment"], Qt.MouseButton.LeftButton)
    page.value_spins["max_investment"].setValue(12000)
    qtbot.mouseClick(page.common_checks["max_investment"], Qt.MouseButton.LeftButton)
    condition = page.document.project.conditions[0]
    assert (condition.kind, condition.value, condition.enabled) == ("max_investment", 12000.0, False)
    assert not page.value_spins["max_investment"].isEnabled()
    qtbot.mouseClick(page.common_checks["max_investment"], Qt.MouseButton.LeftButton)
    assert page.document.project.conditions[0].enabled
    assert page.value_spins["max_investment"].value() == 12000


def test_qualitative_and_own_conditions(page, qtbot):
    box = page.common_checks["no_outdoor_unit"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    page.new_condition_edit.setFocus()
    qtbot.keyClicks(page.new_condition_edit, "De straat gaat maar 1 keer open")
    qtbot.keyClick(page.new_condition_edit, Qt.Key.Key_Return)
    kinds = [(c.kind, c.text) for c in page.document.project.conditions]
    assert kinds == [("no_outdoor_unit", "Geen buitenunit aan de gevel of in de tuin"), ("custom", "De straat gaat maar 1 keer open")]
    own_id = page.document.project.conditions[1].id
    check, edit, remove = page._own_widgets[own_id]
    assert edit.text() == "De straat gaat maar 1 keer open"
    qtbot.waitUntil(check.isVisible)  # new rows are shown on the next event-loop turn
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not page.document.project.conditions[1].enabled
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [c.kind for c in page.document.project.conditions] == ["no_outdoor_unit"]
    page.document.undo_stack.undo()
    assert [c.kind for c in page.document.project.conditions] == ["no_outdoor_unit", "custom"]
    assert own_id in page._own_widgets


def test_a_condition_reads_as_on_step_5(shown_page):
    """hofje-8's group wrote 'Geen buitenunit aan de gevel' and 'Alleen boren in onze eigen
    voortuinen'; step 5, the slides and the report say so, while step 2 ticked 'Geen buitenunit
    aan de gevel of in de tuin' and 'Alleen boren op eigen grond (voortuinen)'."""
    from minigrid_app.ui.pages.first_evening import FirstEveningPage

    page = shown_page(FirstEveningPage)
    checks = page.common_checks
    assert checks["no_outdoor_unit"].text() == "Geen buitenunit aan de gevel"
    assert checks["drilling_own_land"].text() == "Alleen boren in onze eigen voortuinen"
    assert checks["cooling"].text() == "We willen in de zomer kunnen koelen"  # not chosen: the common words
    assert checks["no_outdoor_unit"].isChecked() and not checks["cooling"].isChecked()
