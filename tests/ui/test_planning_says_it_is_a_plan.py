"""Step 6's planning says it is a plan counted from today while the request has not been sent:
under an empty 'Uitvraag verstuurd op' it listed 'Uitvraag verstuurd 01-12-2026' as if it had
been sent that day (found by the walk of an advisor preparing the evening)."""

from __future__ import annotations

import datetime
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minigrid_app.io.examples import load_example
from minigrid_app.ui.services.tender_service import tender_service


def test_the_planning_says_what_it_counts_from(qtbot, quick_window):
    window = quick_window(load_example("hofje-8"))
    window.show_step(5)
    service = tender_service(window.document)
    qtbot.waitUntil(lambda: service.tendered is not None, timeout=20000)
    planning = window.page(5).scope_panel.planning
    today = datetime.date.today().strftime("%d-%m-%Y")
    assert "Planning, gerekend vanaf vandaag zolang" in planning.text() and f"{today}</td>" in planning.text()
    window.document.set_attr(lambda project: project.tender.settings, "issued_on", "2026-11-02", "verstuurd")
    qtbot.waitUntil(lambda: "02-11-2026</td>" in planning.text())
    assert planning.text().startswith("<p>Planning:</p>")


def test_an_empty_questions_field_says_who_the_paper_names(qtbot, quick_window):
    """The field 'Vragen beantwoordt' was empty while the tender request named A. de Vries for questions."""
    window = quick_window(load_example("hofje-8"))
    window.show_step(5)
    advisor = window.page(5).scope_panel.advisor_edit
    assert advisor.text() == ""
    assert advisor.placeholderText() == "Leeg: dan A. de Vries, de contactpersoon bij de intake"
    window.document.set_attr(lambda project: project.intake, "contact_person", "", "geen contact")
    assert advisor.placeholderText() == "Leeg: dan de initiatiefnemers"
    window.set_language("en")
    try:
        window.show_step(5)
        assert advisor.placeholderText() == "Empty: then the initiators"
    finally:
        window.set_language("nl")
