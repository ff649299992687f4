"""A field shows the project again without wiping what is being typed, and without keeping a
value that was undone (minigrid_app.ui.widgets.typed_text).

Walking step 8: the opt-out terms typed, then the decision's date: the terms were kept 0.8 s
after the typing paused, the page showed the project again and emptied the date being typed;
'2027', the rest of it, was refused. And step 2's date (step 5's date of a signature the same):
typed, Enter, Bewerken → Ongedaan maken: the project had the old date back, the field still
showed the typed one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from minigrid_app.io.examples import load_example
from minigrid_app.ui.pages.decision import TERMS_KEPT_AFTER_MS
from tests.ui.person import active_window, retype


def _active(qtbot, quick_window):
    return active_window(qtbot, quick_window(load_example("hofje-8")))


def test_the_decision_date_typed_while_the_terms_are_kept_stays(qtbot, quick_window):
    window = _active(qtbot, quick_window)
    window.show_step(7)
    panel = window.page(7).choice_panel
    terms = panel.opt_out_edit
    terms.setFocus()
    qtbot.waitUntil(terms.hasFocus)
    qtbot.keyClicks(terms, "Kosteloos tot de bouwvergadering")
    qtbot.mouseClick(panel.date_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.date_edit.hasFocus)
    qtbot.keyClicks(panel.date_edit, "1-2-")
    decision = window.document.project.tender.decision
    qtbot.waitUntil(lambda: decision.opt_out_terms != "", timeout=4 * TERMS_KEPT_AFTER_MS)  # the terms kept meanwhile
    assert panel.date_edit.text() == "1-2-"  # what is being typed stays
    qtbot.keyClicks(panel.date_edit, "2027")
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Return)
    assert window.document.project.tender.decision.decided_on == "2027-02-01"
    assert panel.date_edit.text() == "01-02-2027"  # shown as every date is, once kept
    assert panel.refused.text() == ""


def test_a_name_being_typed_stays_when_another_edit_shows_the_project_again(qtbot, quick_window):
    window = _active(qtbot, quick_window)
    window.show_step(0)
    name = next(e for e in window.page(0).findChildren(QLineEdit) if e.property("field") == "name")
    retype(qtbot, name, "Hofje Nieuwe")
    window.document.set_attr(lambda project: project.intake, "contact_person", "B. Jansen", "elders")
    assert name.text() == "Hofje Nieuwe"
    window.finish_editing()  # as the focus leaving it
    assert window.document.project.intake.name == "Hofje Nieuwe"


def test_undo_right_after_enter_shows_the_value_undone(qtbot, quick_window):
    window = _active(qtbot, quick_window)
    project = window.document.project
    window.show_step(1)
    date = window.page(1).date_edit
    retype(qtbot, date, "3-4-2026")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert (project.first_evening.date, date.text()) == ("2026-04-03", "03-04-2026")
    window.actions.undo.trigger()  # Bewerken → Ongedaan maken, the focus still in the field
    assert (window.document.project.first_evening.date, date.text()) == ("2026-10-01", "01-10-2026")

    window.show_step(4)
    panel = next(p for p in window.page(4).panels if hasattr(p, "participation_table"))
    signed = panel.participation_table.cellWidget(0, 2)
    retype(qtbot, signed, "3-4-2026")
    qtbot.keyClick(signed, Qt.Key.Key_Return)
    assert signed.text() == "03-04-2026"
    window.actions.undo.trigger()
    assert (window.document.project.households[0].participation_date, signed.text()) == ("2026-11-02", "02-11-2026")
