"""Issue 12 item 2: group figures on one basis, the same in every view.

straat-24 with two more homes set to "doet niet mee" (6 of 24 do not take part, 18 do): the
screen, the CLI table, the JSON, the workbook after LibreOffice's recalculation, the evening
report and the presentation show the same group averages per participating home, and each
says so ("gemiddeld per deelnemende woning, 18 woningen"). The expected averages are summed here
from the homes' own results, not taken from the group totals.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
import pytest

from minigrid_app.core.formatting import euro, unbroken
from minigrid_app.core.variant import VARIANTS, Variant
from minigrid_app.io import documents
from minigrid_app.io.examples import load_example
from minigrid_app.io.report_text import results_table
from minigrid_app.io.results_json import results_to_json
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.tasks import SyncRunner
from tests.io.excel_helpers import recalculate, soffice

#: The two homes that are set to "doet niet mee" on top of the example's four.
DROPPED = ("Vogelstraat 2", "Vogelstraat 28")
BASIS = "gemiddeld per deelnemende woning, 18 woningen"


@pytest.fixture(scope="module")
def street():
    """The project and the results every view shows (one computation)."""
    project = load_example("straat-24")
    for household in project.households:
        if household.label in DROPPED:
            household.participation = "declined"
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    return document


@pytest.fixture(scope="module")
def expected(street):
    """Average per participating home of each variant's monthly costs in year 1 and total, by hand."""
    members = [h for h in street.results.households if h.participates and h.computable]
    assert len(members) == 18 and len(street.results.households) == 24
    return {
        v: (
            sum(h.variants[v].monthly_costs_year1_eur for h in members) / len(members),
            sum(h.variants[v].tco_eur for h in members) / len(members),
        )
        for v in VARIANTS
    }


def test_json_states_the_basis_and_its_totals_are_over_the_participants(street, expected):
    data = json.loads(results_to_json(street.results))
    group = data["group"]
    assert group["basis"] == "participants" and group["households_counted"] == 18
    for variant in VARIANTS:
        totals = group["totals"][variant]
        assert totals["households"] == 18
        assert totals["monthly_costs_year1_eur"] / 18 == pytest.approx(expected[variant][0])
        assert totals["tco_eur"] / 18 == pytest.approx(expected[variant][1])
    # a home that does not take part still has four variants, its shared loop as a joiner
    for household in data["households"]:
        assert list(household["variants"]) == list(VARIANTS)
        if not household["participates"]:
            assert household["variants"]["shared_loop"]["as_joiner"] is True


def test_cli_table(street, expected):
    text = results_table(street.project, street.results)
    rows = [line for line in text.splitlines() if line.startswith("Groep, gem. per deelnemende woning (18)")]
    assert len(rows) == len(VARIANTS)
    for row, variant in zip(rows, VARIANTS, strict=True):
        assert euro(expected[variant][0]) in row and euro(expected[variant][1]) in row, variant
    assert f"Groepscijfers: {BASIS}" in text


def test_evening_report(street, expected):
    report = documents.build_report(street.project, street.results)
    text = " ".join(report.html.replace("&nbsp;", " ").split())
    assert BASIS[:1].upper() + BASIS[1:] in text
    for variant in VARIANTS:
        assert euro(expected[variant][0]) in text and euro(expected[variant][1]) in text, variant


def test_screen_and_presentation(street, expected, qtbot):
    from minigrid_app.ui.pages.business_case import BusinessCasePage
    from minigrid_app.ui.presentation import PresentationWindow

    page = BusinessCasePage(street)
    qtbot.addWidget(page)
    page.show()
    page.select_household(None)
    assert BASIS in page.household_combo.itemText(0)
    for variant in VARIANTS:
        # as shown: the figure kept whole where it wraps
        assert page.cells[(variant, "monthly_costs_year1_eur")].value.text() == unbroken(euro(expected[variant][0]))
        assert page.cells[(variant, "tco_eur")].value.text() == unbroken(euro(expected[variant][1]))

    slides = PresentationWindow(street)
    qtbot.addWidget(slides)
    slides.resize(1280, 720)
    slides.show()
    slides.show_slide(slides.slide_titles().index("De groep in cijfers"))
    shown = " ".join(label.text() for label in slides.findChildren(type(slides.title_label)) if label.isVisible())
    assert euro(expected[Variant.SHARED_LOOP][0]) in shown and "gemiddeld per deelnemende woning (18)" in shown
    # the figures after the loan and against gas are the group's means too, and say so (they read as one home's)
    assert "per maand als de lening is afgelost, gemiddeld per deelnemende woning" in shown
    assert "dan gas over 15\u00a0jaar, gemiddeld per deelnemende woning" in shown  # kept whole where it wraps
    slides.show_slide(slides.slide_titles().index("Wat kost het per maand?"))
    assert "Gemiddeld per deelnemende woning (18 woningen)" in slides.message_label.text()


@pytest.mark.skipif(soffice() is None and not os.environ.get("CI"), reason="LibreOffice is not installed")
def test_workbook_after_recalculation(street, expected, tmp_path):
    from minigrid_app.io.excel import export_workbook
    from minigrid_app.io.excel.comparison import GROUP_HEADER_ROW

    path = export_workbook(street.project, street.results, tmp_path / "straat.xlsx")
    (recalculated,) = recalculate([path], tmp_path / "out")
    book = openpyxl.load_workbook(recalculated, data_only=True)
    ws = book["Vergelijking"]
    assert BASIS in ws.cell(GROUP_HEADER_ROW - 1, 1).value
    rows = {ws.cell(r, 1).value: r for r in range(GROUP_HEADER_ROW + 1, GROUP_HEADER_ROW + 1 + len(VARIANTS))}
    for variant in VARIANTS:
        r = rows[variant.label("nl")]
        assert ws.cell(r, 2).value == 18
        assert ws.cell(r, 3).value == pytest.approx(expected[variant][0], abs=0.01)
        assert ws.cell(r, 6).value / 18 == pytest.approx(expected[variant][1], abs=0.01)
    first = book["Toelichting"]
    facts = {first.cell(r, 1).value: first.cell(r, 2).value for r in range(3, 12)}
    assert "18 doen mee" in facts["Woningen"] and BASIS in facts["Woningen"]
