"""Step 5's financing columns and step 7's costs on a quote's prices have their "hoe berekend?".

Walking the program: a resident sees where every figure of the business case comes from one
click away, but step 5's "Per maand" and "Eigen geld vooraf" (with the home's own choice of
financing) and step 7's table of costs per home on a quote's prices had no link. Each row now has
one; it opens the engine's explanation of that row's figures (core/explain_costs.py).
"""

from __future__ import annotations

import copy
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidget

from minigrid_app.core.explain import parse_amount
from minigrid_app.core.quotes import monthly_per_home
from minigrid_app.core.tender_model import Quote
from minigrid_app.core.variant import Variant
from minigrid_app.io.examples import load_example
from minigrid_app.ui.locale import format_money
from minigrid_app.ui.pages.base import PageServices
from minigrid_app.ui.pages.quotes import EXPLAIN_SCHEME, QuotesPage
from minigrid_app.ui.pages.second_evening.financing import EXPLAIN_COLUMN, FinancingPanel
from minigrid_app.ui.services.dialogs import ScriptedDialogs
from minigrid_app.ui.services.engine import EngineService
from minigrid_app.ui.services.tender_service import tender_service
from minigrid_app.ui.widgets.explain_button import ExplainButton
from tests.signers_together import signers_together


def _services(document):
    return PageServices(ScriptedDialogs([]), EngineService(document))


def test_each_financing_row_explains_its_monthly_costs_and_own_money(qtbot, quick_document):
    project = copy.deepcopy(load_example("hofje-8"))
    project.households[0].financing, project.households[0].loan_amount_eur = "mix", 5000.0
    document = quick_document(project)
    panel = FinancingPanel(document, _services(document))
    qtbot.addWidget(panel)
    panel.retranslate()
    panel.show_project(document.project)
    panel.show_results(document.results)
    table = panel.table
    table.make_rows()
    assert table.horizontalHeaderItem(EXPLAIN_COLUMN).text() == ""
    button = QTableWidget.cellWidget(table, 0, EXPLAIN_COLUMN)
    assert isinstance(button, ExplainButton) and button.text() == "hoe berekend?"
    dialog = button.open_dialog()
    shared = document.results.household(project.households[0].id).variants[Variant.SHARED_LOOP]
    assert dialog.explanation.value == shared.monthly_costs_year1_eur
    assert table.item(0, 5).text() == format_money(shared.monthly_costs_year1_eur)  # the figure in the row
    own = next(line for line in dialog.explanation.lines if line.label == "Eigen geld vooraf")
    assert own.value == table.item(0, 6).text() and parse_amount(own.value) == round(shared.own_money_year0_eur)
    # a line's figure is shown kept whole where its cell wraps ('€' never alone at a line's end),
    # while the cell itself keeps the engine's plain space (copied as it is written)
    row = dialog.explanation.lines.index(own)
    index = dialog.table.model().index(row, 1)
    option = QStyleOptionViewItem()
    dialog.table.itemDelegateForIndex(index).initStyleOption(option, index)
    assert dialog.table.item(row, 1).text() == own.value and "€ " in own.value
    assert option.text == own.value.replace("€ ", "€\u00a0")
    dialog.close()


def test_each_home_on_a_quotes_prices_has_its_explanation(qtbot, quick_document):
    project = signers_together(copy.deepcopy(load_example("hofje-8")))
    project.tender.quotes = [Quote(supplier="Boor & <Oost>")]  # no prices yet: every line at the indicative price
    project.household("hofje-7").label = "Lindehof 7 <achter>"  # a name is shown as typed, never read as markup
    document = quick_document(project)
    page = QuotesPage(document, _services(document))
    qtbot.addWidget(page)
    tender_service(document).refresh()
    panel = page.case_panel
    panel.show_project(document.project)
    tender = tender_service(document).tendered
    rows = monthly_per_home(tender.results, panel._shown[1])
    assert len(rows) == 3  # the homes that signed
    for row in rows:
        assert f'href="{EXPLAIN_SCHEME}{row.household_id}"' in panel.table.text()
    panel.table.linkActivated.emit(f"{EXPLAIN_SCHEME}{rows[-1].household_id}")
    explanation = panel.explain_dialog.explanation
    assert explanation.value == rows[-1].quote_monthly_eur and rows[-1].label in explanation.title
    assert "Boor & <Oost>" in explanation.title
    # the indicative figure is the tender's (only the homes that signed); step 4's, with every home
    # that takes part, is said beside it where they differ (€ 192 beside step 4's € 182)
    step4 = document.results.household(rows[-1].household_id).variants[Variant.SHARED_LOOP].monthly_costs_year1_eur
    assert round(step4) != round(rows[-1].indicative_monthly_eur)
    said = {line.label: line.value for line in explanation.lines}
    assert parse_amount(said["Bij stap 4 per maand"]) == round(step4)
    assert "stap 4 rekent met alle woningen die meedoen" in panel.table.text()
    assert "Lindehof 7 &lt;achter&gt;" in panel.table.text() and "Boor &amp; &lt;Oost&gt;" in panel.table.text()
    panel.explain_dialog.close()
