"""Steps 6-8 without a window: the tender service and its table models (undoable edits)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minigrid_app.core.tender_model import Quote
from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.models.tender_models import (
    CHOICES_ROLE,
    AgreementsModel,
    BillModel,
    PermitsModel,
    QuotesModel,
)
from minigrid_app.ui.services.tasks import SyncRunner
from minigrid_app.ui.services.tender_service import TenderService
from tests.signers_together import signers_together


@pytest.fixture
def setup(qtbot):
    document = ProjectDocument(signers_together(load_example("hofje-8")), runner=SyncRunner())
    service = TenderService(document)
    service.refresh()
    assert service.tendered is not None
    return document, service


def _column(model, text):
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == text)


def test_service_computes_the_signers_and_reports_no_signatures(qtbot):
    project = load_example("hofje-8")
    for household in project.households:
        household.participation = "interested"
    document = ProjectDocument(project, runner=SyncRunner())
    service = TenderService(document)
    service.refresh()
    assert service.tendered is None and "intentieverklaring" in service.problem.nl


def test_bill_model_and_party_edit_with_undo(setup):
    document, service = setup
    model = BillModel(document, service)
    assert model.rowCount() == len(service.tendered.pack.lines)
    row = next(r for r in range(model.rowCount()) if model._rows[r].key == "pipe")
    index = model.index(row, BillModel.COL_PARTY)
    assert ("installer", "Warmtepompinstallateur") in model.data(index, CHOICES_ROLE)
    assert model.setData(index, "installer")
    assert document.project.tender.settings.scope_overrides == {"pipe": "installer"}
    # a record edit rebuilds the pack at once, without the engine
    assert model.data(model.index(row, BillModel.COL_PARTY)) == "Warmtepompinstallateur"
    document.undo_stack.undo()
    assert document.project.tender.settings.scope_overrides == {}


def test_permits_model_status_and_date(setup):
    document, service = setup
    model = PermitsModel(document, service)
    row = next(r for r in range(model.rowCount()) if model._rows[r].kind == "ground_loop")
    assert model.setData(model.index(row, PermitsModel.COL_STATUS), "applied")
    assert model.setData(model.index(row, PermitsModel.COL_DATE), "10-12-2026")
    assert not model.setData(model.index(row, PermitsModel.COL_DATE), "morgen")
    record = document.project.tender.settings.permit("ground_loop")
    assert (record.status, record.date) == ("applied", "2026-12-10")
    assert "Aangevraagd" in model.data(model.index(row, PermitsModel.COL_STATUS))


def test_quotes_model_flags_and_entry(setup):
    document, service = setup
    lines = service.tendered.pack.lines
    amounts = {line.id: line.indicative_amount_eur * (1.3 if line.key == "drilling" else 1.0) for line in lines if line.in_quote}
    del amounts["shared-C1:pipe"]
    document.set_attr(lambda p: p.tender, "quotes", [Quote(supplier="Boorbedrijf Oost", amounts=amounts)], "offerte")
    model = QuotesModel(document, service)
    column = _column(model, "Boorbedrijf Oost")
    rows = {model._rows[r].id: r for r in range(model.rowCount())}
    assert model.data(model.index(rows["shared-C1:drilling"], column)).endswith("▲")
    assert model.data(model.index(rows["shared-C1:pipe"], column)) == "ontbreekt"
    assert model.setData(model.index(rows["shared-C1:pipe"], column), "3.900,00")
    assert document.project.tender.quotes[0].amounts["shared-C1:pipe"] == 3900.0
    assert not model.setData(model.index(rows["shared-C1:pipe"], column), "duur")
    assert model.data(model.index(rows["shared-C1:pipe"], column)) == "€ 3.900"


def test_agreements_model(setup):
    document, service = setup
    model = AgreementsModel(document, service)
    assert [label for _, label in model._rows] == ["Lindehof 1", "Lindehof 3", "Lindehof 7"]
    assert model.setData(model.index(0, AgreementsModel.COL_STATUS), "signed")
    assert model.setData(model.index(0, AgreementsModel.COL_DATE), "20-01-2027")
    record = document.project.tender.decision.agreement("hofje-1")
    assert (record.status, record.date) == ("signed", "2027-01-20")


def test_an_agreement_signed_in_the_future_or_last_century_is_kept_and_said(setup):
    import datetime

    document, service = setup
    model = AgreementsModel(document, service)
    said = []
    model.validationFailed.connect(said.append)
    future = datetime.date.today() + datetime.timedelta(days=400)
    assert model.setData(model.index(0, AgreementsModel.COL_DATE), future.strftime("%d-%m-%Y"))
    assert document.project.tender.decision.agreement("hofje-1").date == future.isoformat()  # as typed
    assert said[-1] == f"Let op: {future:%d-%m-%Y} ligt in de toekomst; klopt het jaar?"
    assert model.setData(model.index(0, AgreementsModel.COL_DATE), "20-01-1927")
    assert said[-1] == "Let op: 20-01-1927 ligt ver in het verleden; klopt het jaar?"
    assert model.setData(model.index(0, AgreementsModel.COL_DATE), "20-01-2026")  # before the intake of 15-09-2026
    assert said[-1] == "Let op: 20-01-2026 ligt vóór de start van het project (de datum van de intake, 15-09-2026); klopt het jaar?"
    assert model.setData(model.index(0, AgreementsModel.COL_DATE), "20-10-2026")
    assert said[-1] == ""
    # the date cell itself keeps the doubt, also of a date a project file brought (said on opening only)
    date = model.index(0, AgreementsModel.COL_DATE)
    assert model.data(date, Qt.ItemDataRole.ToolTipRole) is None and model.data(date, Qt.ItemDataRole.BackgroundRole) is None
    document.project.tender.decision.agreement("hofje-1").date = future.isoformat()  # as a file holds it
    assert model.data(date, Qt.ItemDataRole.ToolTipRole) == f"Let op: {future:%d-%m-%Y} ligt in de toekomst; klopt het jaar?"
    assert model.data(date, Qt.ItemDataRole.BackgroundRole) is not None


def test_a_unit_price_typed_as_a_lines_amount_is_taken_and_said_with_what_it_would_make(setup, qtbot):
    # was: € 60 for all 227,1 m of drilling taken without a word (only 'goedkoper dan verwacht')
    document, service = setup
    document.set_attr(lambda p: p.tender, "quotes", [Quote(supplier="Oost")], "offerte")
    model = QuotesModel(document, service)
    column = _column(model, "Oost")
    rows = {model._rows[r].id: r for r in range(model.rowCount())}
    said = []
    model.validationFailed.connect(said.append)
    assert model.setData(model.index(rows["shared-C1:drilling"], column), "60")
    assert document.project.tender.quotes[0].amounts == {"shared-C1:drilling": 60.0}  # as typed
    assert said[-1] == "€ 60 is het bedrag voor de hele regel (227,1 m). Is het een prijs per m? Dan is het bedrag € 13.626."
    assert model.setData(model.index(rows["shared-C1:drilling"], column), "12.500")
    assert said[-1] == ""  # a line's amount: nothing to say


def test_a_difference_beyond_the_margin_never_reads_as_on_it(setup):
    # was: 'duurder dan verwacht ▲' with the tooltip '20 % ten opzichte van indicatief' next to a ±20 % margin
    document, service = setup
    drilling = next(line for line in service.tendered.pack.lines if line.key == "drilling")
    document.set_attr(lambda p: p.tender, "quotes",
                      [Quote(supplier="Oost", amounts={drilling.id: round(drilling.indicative_amount_eur * 1.204, 2)})],
                      "offerte")
    model = QuotesModel(document, service)
    index = model.index(next(r for r in range(model.rowCount()) if model._rows[r].id == drilling.id), _column(model, "Oost"))
    assert model.data(index).endswith("▲")
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "20,4 % ten opzichte van indicatief"


def test_a_line_priced_for_another_quantity_says_both_where_the_eye_is(setup):
    # was: '€ 18.000 ▲' for 240 m of drilling where the tender asked 228 m; the tooltip named only the percentage
    document, service = setup
    drilling = next(line for line in service.tendered.pack.lines if line.key == "drilling")
    document.set_attr(lambda p: p.tender, "quotes",
                      [Quote(supplier="Oost", amounts={drilling.id: drilling.indicative_amount_eur * 1.3},
                             quantities={drilling.id: 240.0})], "offerte")
    model = QuotesModel(document, service)
    index = model.index(next(r for r in range(model.rowCount()) if model._rows[r].id == drilling.id), _column(model, "Oost"))
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "30 % ten opzichte van indicatief\nGeprijsd voor 240 m in plaats van 227,1 m uit de uitvraag.")


@pytest.mark.parametrize(("fraction", "decimals"), [
    (0.25, 0), (0.2, 0), (0.196, 0),  # beyond, on and within the margin read right in whole percents
    (0.204, 1), (-0.204, 1), (0.2004, 2), (None, 0),
])
def test_percent_decimals(fraction, decimals):
    from minigrid_app.core.quotes import percent_decimals

    assert percent_decimals(fraction, 0.2) == decimals
