"""Step 7 says why a quote's lines changed, and asks before the chosen quote is removed.

Walking the program: deleting a signed home after the quotes were in made the quote's lines say
'ontbreekt' with no word of why; removing the quote chosen at step 8 un-chose it without a word.
Now step 1 says, next to 'Verwijderen', which quote priced the home; step 7 says above the
table why the quote no longer matches the tender; removing the chosen quote asks first and says
what it did (undo puts both back).
"""

from __future__ import annotations

import copy
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core.tender_model import Quote
from minigrid_app.io.examples import load_example
from minigrid_app.ui.pages.base import PageServices
from minigrid_app.ui.pages.quotes import QuotesPage
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.services.tender_service import tender_service
from tests.signers_together import signers_together


@pytest.fixture
def quoted(qtbot, quick_document):
    """hofje-8 with one quote pricing every contractor line, chosen at step 8; the quotes page."""
    document = quick_document(signers_together(copy.deepcopy(load_example("hofje-8"))))
    dialogs = ScriptedDialogs([])
    page = QuotesPage(document, PageServices(dialogs, EngineService(document)))
    qtbot.addWidget(page)
    page.ensure_built()
    service = tender_service(document)
    service.refresh()
    lines = service.tendered.pack.lines
    quote = Quote(supplier="Bron & Zo", amounts={line.id: line.indicative_amount_eur for line in lines if line.in_quote})
    document.project.tender.quotes = [quote]
    document.project.tender.decision.quote_id = quote.id
    document.changed.emit()
    return document, page, dialogs, quote


def test_deleting_a_signed_home_is_said_at_step_1_and_explained_at_step_7(qtbot, quoted):
    from minigrid_app.ui.pages.intake import IntakePage
    from minigrid_app.ui.widgets.field_message import field_message

    document, page, _dialogs, _quote = quoted
    panel = page.quotes_panel
    assert not panel.changed.isVisibleTo(page)  # the quote fits the tender: nothing to say
    intake = IntakePage(document, PageServices(ScriptedDialogs([]), EngineService(document)))
    qtbot.addWidget(intake)
    intake.show()
    intake.ensure_built()
    row = intake.model.row_of("hofje-1")
    intake.table.selectRow(row)
    intake.remove_selected()
    assert document.project.household("hofje-1") is None
    said = field_message(intake.remove_button)
    assert said.isVisible() and said.text().startswith("Lindehof 1 staat in de offerte van Bron & Zo (stap 7).")
    document.recompute_now()
    tender_service(document).refresh()
    assert panel.changed.isVisibleTo(page)
    # the residents' cluster of Lindehof 1, 3 and 7 keeps 3 and 7: its field's lines stay, the home's do not count
    assert panel.changed.text().startswith("⚠ De uitvraag is veranderd nadat de offerte van Bron & Zo is ingevoerd: "
                                           "1 woning die getekend had, is uit het project verwijderd (stap 1). ")
    assert "opnieuw ingedeeld" not in panel.changed.text()


def test_removing_the_chosen_quote_asks_and_says_what_it_did(quoted):
    from minigrid_app.ui.widgets.field_message import field_message

    document, page, dialogs, quote = quoted
    panel = page.quotes_panel
    dialogs.answers.append(False)
    panel.remove_button.click()
    assert [m for m, _t, _x in dialogs.asked] == ["ask_yes_no"]
    assert "De offerte van Bron & Zo is bij stap 8 gekozen" in dialogs.asked[0][2]
    assert document.project.tender.quotes == [quote]  # no: nothing removed
    dialogs.answers.append(True)
    panel.remove_button.click()
    assert document.project.tender.quotes == [] and document.project.tender.decision.quote_id == ""
    assert panel.message.text() == ("De offerte van Bron & Zo is verwijderd; bij stap 8 is nu geen offerte gekozen. "
                                    "Ongedaan maken zet beide terug.")
    assert field_message(panel.add_button).text() == panel.message.text()  # also beside the buttons, in sight
    document.undo_stack.undo()
    assert document.project.tender.quotes == [quote] and document.project.tender.decision.quote_id == quote.id


def test_while_the_tender_is_computed_step_7_says_so(quoted):
    """Reopening a project with three signers and a quote, step 7 said for seconds 'Voeg een offerte
    toe …' under the chosen quote and 'Hier komen de regels …, zodra woningen de intentieverklaring
    tekenden' (they had): the tender was still being computed. Steps 6-8 say that while it is."""
    document, page, _dialogs, _quote = quoted
    service = tender_service(document)
    lines, case = page.quotes_panel, page.case_panel
    assert "<table" in case.table.text()  # computed: the monthly costs on the quote
    service.tendered = None  # as on opening: nothing computed yet, no problem either
    service.updated.emit()
    assert re.sub("<[^>]+>", "", case.table.text()) == "De uitvraag wordt berekend…"  # 'uitvraag' links to the glossary
    assert lines.view.empty_text() == "De uitvraag wordt berekend…"
    lines._read()  # reading a filled-in bill now would say there is none
    assert lines.message.text() == "De uitvraag wordt nog berekend; lees de staat van hoeveelheden zo dadelijk in."
    service.refresh()
    assert "<table" in case.table.text()
    assert lines.view.empty_text().startswith("Hier komen de regels van de uitvraag")


def test_the_clusters_sums_say_they_hold_the_work_no_contractor_prices(quoted):
    """Step 7 said '€ 31.726 tegen € 42.111 indicatief' for the quote and, below, 'Cluster 1 € 46.111
    € 35.726' without a word why both were € 4.000 higher: the clusters' sums hold the group's, the
    grid operator's and the residents' lines too."""
    document, page, _dialogs, _quote = quoted
    tender = tender_service(document).tendered
    others = sum(line.indicative_amount_eur for line in tender.pack.lines if not line.in_quote and line.kind != "annual")
    assert others > 0
    text = re.sub("<[^>]+>", "", page.case_panel.table.text())
    money = f"€\u00a0{others:,.0f}".replace(",", ".")  # kept whole where the text wraps
    assert ("Per cluster de hele eenmalige investering: ook het werk dat geen aannemer prijst "
            f"(de groep, de netbeheerder of de bewoners), samen {money} tegen de indicatieve prijs.") in text
