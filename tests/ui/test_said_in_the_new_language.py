"""What a panel says after something happened (busy, a refusal, a failure) is said again in the
new language after a switch (Beeld → Taal): texts set once in Dutch stayed Dutch."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from minigrid_app.io.examples import load_example
from minigrid_app.ui.widgets.field_message import field_message


@pytest.fixture(autouse=True)
def _dutch_again(_dutch_as_the_program_starts):
    """A test that fails in English leaves the next one in Dutch."""
    yield
    _dutch_as_the_program_starts.set_language("nl")


def _page(window, key):
    page = next(p for p in window.pages if p.step_key == key)
    window.show_step(window.pages.index(page))
    QApplication.processEvents()
    return page


def test_the_drop_out_under_way_is_reworded_not_computed_again(quick_window):
    window = quick_window(load_example("hofje-8"))
    panel = _page(window, "second_evening").dropout_panel
    asked = []
    panel.services.engine.drop_out = lambda household_id, *_callbacks: asked.append(household_id) or True
    home = window.document.project.households[0].id
    panel.select_drop_out(home)
    assert panel.dropout_summary.text() == "Bezig met rekenen…"
    window.set_language("en")
    assert panel.dropout_summary.text() == "Calculating…"
    # the same numbers: the calculation under way goes on, it is not started a second time
    assert asked == [home]
    panel._effect_failed("Traceback …")
    window.set_language("nl")
    assert panel.dropout_summary.text() == "Dit kon niet worden berekend."
    assert asked == [home]


def test_refused_dates_and_amounts_are_said_again_in_the_new_language(quick_window):
    window = quick_window(load_example("hofje-8"))
    choice = _page(window, "decision").choice_panel
    choice.date_edit.setText("31-02-2026")
    choice._date_changed()
    assert choice.refused.text() == "'31-02-2026' is geen datum; schrijf dd-mm-jjjj."
    # and next to the field itself (walker, session 16: the words stood two rows lower, under
    # 'Voorwaarden bewaren', the date field unmarked)
    assert field_message(choice.date_edit).anchor is choice.date_edit
    assert field_message(choice.date_edit).text() == choice.refused.text()
    scope = _page(window, "tender").scope_panel
    scope.issued_edit.setText("morgen")
    scope._date_changed(scope.issued_edit, "issued_on")
    assert scope.refused.text() == "'morgen' is geen datum; schrijf dd-mm-jjjj."
    assert field_message(scope.issued_edit).anchor is scope.issued_edit
    assert field_message(scope.issued_edit).text() == scope.refused.text()
    financing = _page(window, "second_evening").financing_panel
    home = window.document.project.households[0].id
    assert financing.set_amount(home, "twaalf") is False
    window.set_language("en")
    assert financing.message.text() == "'twaalf' is not an amount; write for example 12,000."
    _page(window, "tender")
    assert scope.refused.text() == "'morgen' is not a date; write dd-mm-yyyy."
    _page(window, "decision")
    assert choice.refused.text() == "'31-02-2026' is not a date; write dd-mm-yyyy."
    window.set_language("nl")


def test_a_tender_being_computed_is_said_in_the_new_language(quick_window):
    window = quick_window(load_example("hofje-8"))
    scope = _page(window, "tender").scope_panel
    service = scope.service
    service.tendered, service.problem, service.busy = None, None, True  # the engine still at work
    scope._tender_updated()
    assert scope.who.text() == "De uitvraag wordt berekend…"
    window.set_language("en")
    assert scope.who.text() == "The tender is being computed…"
    service.busy = False
    window.set_language("nl")


def test_open_help_windows_follow_a_switch_and_a_refusal_note_is_put_away(quick_window):
    from minigrid_app.ui.widgets.field_message import field_message, show_field_message

    window = quick_window(load_example("hofje-8"))
    glossary = window.show_glossary("cop")
    viewer = window.show_method()
    assert (glossary.windowTitle(), viewer.windowTitle()) == ("Woordenlijst", "Hoe rekent Minigrid?")
    show_field_message(window.navigator, "Dat kan niet.")
    assert field_message(window).text() == "Dat kan niet."
    window.set_language("en")
    assert (glossary.windowTitle(), glossary.language) == ("Glossary", "en")
    assert (viewer.windowTitle(), viewer.language) == ("How does Minigrid calculate?", "en")
    assert glossary.current == "cop"  # still at the term it was opened at
    assert field_message(window).text() == ""  # a note in the old language is not left standing
    window.set_language("nl")
    glossary.close()
    viewer.close()


def test_a_refusal_under_a_table_of_steps_6_to_8_is_put_away_at_a_switch(quick_window):
    """The tables of steps 6-8 say a refused edit under the table in the words the model chose
    then: left standing in Dutch after a switch to English."""
    from minigrid_app.ui.models.tender_models import AgreementsModel

    window = quick_window(load_example("straat-24"))
    panel = _page(window, "decision").agreements_panel
    model = panel.model
    assert not model.setData(model.index(0, AgreementsModel.COL_DATE), "gisteren")
    assert panel.refused.text() == "'gisteren' is geen datum; schrijf dd-mm-jjjj."
    window.set_language("en")
    QApplication.processEvents()
    assert panel.refused.text() == ""
    assert not model.setData(model.index(0, AgreementsModel.COL_DATE), "yesterday")
    assert panel.refused.text() == "'yesterday' is not a date; write dd-mm-yyyy."
