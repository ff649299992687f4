"""An amount typed anywhere in the window is read by one rule: in the interface language's notation.

In English, '1,500' typed as step 1's estimated cost was refused ('can mean € 1.5 or € 1,500'; the
field's own '480,000' too, typed back) while step 5's loan took it as € 1,500: the same keys were
another amount, or none, a step further (seen under Xvfb, straat-24 --lang en). Every typed amount
is read by core.typed_amounts, and what was read is said next to the field where it could be doubted.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core.typed_amounts import read_typed_amount
from minigrid_app.io.examples import load_example
from minigrid_app.ui.widgets.field_message import field_message


@pytest.mark.parametrize(
    ("typed", "language", "amount", "said"),
    [
        ("1,500", "en", 1500.0, ""),  # as the English window writes its own figures: nothing to say either
        ("1.500", "nl", 1500.0, ""),  # as the window writes its own figures: nothing to say
        ("€ 12.500,-", "nl", 12500.0, ""),
        ("12,000", "en", 12000.0, ""),
        ("1,500k", "en", 1500000.0, "‘1,500k’ read as € 1,500,000"),  # Dutch reads it otherwise: said
        ("1,500", "nl", None, "‘1,500’ kan € 1,5 of € 1.500 betekenen"),
        ("1.500", "en", None, "‘1.500’ can mean € 1.5 or € 1,500"),
        ("1500", "en", 1500.0, ""),
    ],
)
def test_one_rule_reads_an_amount_in_the_notation_of_the_window(typed, language, amount, said):
    reading = read_typed_amount(typed, language)
    assert reading.value == amount
    text = reading.text(language).replace("\u00a0", " ")
    assert text.startswith(said) and bool(text) == bool(said)


def _form(page, field: str, text: str) -> str:
    edit = page.fields[field]
    edit.setText(text)
    edit.editingFinished.emit()
    note = field_message(edit)
    return note.label.text().replace("\u00a0", " ") if note.isVisible() and note.anchor is edit else ""


def test_steps_1_5_and_the_homes_read_1500_alike_in_english(qtbot, quick_window):
    window = quick_window(load_example("hofje-8"))
    window.set_language("en")
    try:
        document = window.document
        window.show_step(0)
        intake = window.page(0)
        # '1,500' is how the English window writes € 1,500: taken without a word, as '1.500' in Dutch
        assert _form(intake, "estimated_cost_eur", "1,500") == ""
        assert document.project.intake.estimated_cost_eur == 1500
        assert _form(intake, "estimated_cost_eur", "480,000") == ""  # the field's own figure, typed back, is taken
        assert document.project.intake.estimated_cost_eur == 480000
        # a home's cost of low-temperature measures, typed into step 3's table
        from minigrid_app.ui.models.households_tech_model import COL_LT

        window.show_step(2)
        model = window.page(2).households_panel.households_model
        notes = []
        model.inputNoted.connect(notes.append)
        home = document.project.households[0]
        assert model.setData(model.index(0, COL_LT), "1,500") is True
        assert home.lt_measures_cost_eur == 1500 and not [note for note in notes if note]
        # step 5's loan: the same amount, the same silence
        window.show_step(4)
        panel = window.page(4).financing_panel
        combo = panel.table.cellWidget(0, 1)
        combo.setCurrentIndex(combo.findData("mix"))
        assert panel.set_amount(home.id, "1,500") is True and home.loan_amount_eur == 1500
        assert "read" not in field_message(panel.table.cellWidget(0, 2)).text()
    finally:
        window.set_language("nl")
    # in Dutch the same three read '1.500' as € 1.500, without a word
    window.show_step(0)
    assert _form(window.page(0), "estimated_cost_eur", "1.500") == ""
    assert document.project.intake.estimated_cost_eur == 1500


def test_a_quote_typed_in_english_reads_12000_as_step_5_does(qtbot, quick_window):
    from PySide6.QtCore import Qt

    from minigrid_app.core.tender_model import Quote
    from minigrid_app.ui.services.tender_service import tender_service
    from tests.signers_together import signers_together

    window = quick_window(signers_together(load_example("hofje-8")))
    document = window.document
    document.set_attr(lambda p: p.tender, "quotes", [Quote(supplier="Oost")], "offerte")
    window.set_language("en")
    try:
        window.show_step(6)
        tender_service(document).refresh()
        model = window.page(6).quotes_panel.model
        model._reset()
        column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Oost")
        row = next(r for r in range(model.rowCount()) if model._rows[r].id == "hofje-1:heat_pump")
        said = []
        model.validationFailed.connect(said.append)
        assert model.setData(model.index(row, column), "12,000") is True
        assert document.project.tender.quotes[0].amounts["hofje-1:heat_pump"] == 12000
        assert not [text for text in said if text]  # as the window writes € 12,000: nothing to say
    finally:
        window.set_language("nl")


@pytest.mark.parametrize(("language", "typed", "amount", "said"), [
    ("en", "2,500", 2500.0, ""),  # as the English window writes it, as '2.500' in Dutch
    ("nl", "2.500", 2500.0, ""),
    ("en", "0.30", 0.3, ""),
])
def test_an_assumption_in_euros_is_read_as_every_typed_amount(qapp, language, typed, amount, said):
    """The assumptions table ('Uitgangspunten'): '2,500' as the price of a gas boiler was refused in English
    ('can mean € 2.5 or € 2,500', both within its range) where step 5 took it as € 2,500."""
    from minigrid_app.core.model import Project
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.models.parameters_model import ParametersModel
    from minigrid_app.ui.services.tasks import SyncRunner

    document = ProjectDocument(Project(), runner=SyncRunner())
    document.full_analysis = False
    model = ParametersModel(document)
    notes = []
    model.inputNoted.connect(notes.append)
    before = qapp.property("language")
    qapp.setProperty("language", language)  # as the main window sets it
    try:
        key = "boiler_cost_eur" if amount > 1 else "electricity_price_eur_kwh"
        assert model.set_value(key, typed) is True
        assert document.project.parameter_overrides[key] == amount
        assert said in (notes[-1] if notes else "").replace("\u00a0", " ")
        assert bool(said) == bool(notes and notes[-1])
    finally:
        qapp.setProperty("language", before)
