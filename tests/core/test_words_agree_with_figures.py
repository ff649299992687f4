"""The words beside figures agree with the figures a resident reads.

Found on a kitchen-table sheet: bars of € 144 (gas) and € 182 (shared loop) under the title
"gedeelde bodemlus € 37 per maand duurder dan gas" (144,4 and 181,6: the difference was rounded,
not taken of the figures shown). And a condition said "€ 10 per maand meer dan gas (grens: € 10
meer)" with "niet voldaan" (€ 10,30 more): the figure hid why.
"""

from __future__ import annotations

import math
import re

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.conditions import MET, NOT_MET, _numeric, _telling
from minigrid_app.core.model import Condition
from minigrid_app.core.selectors import monthly_difference_per_home
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import shown_monthly_difference
from minigrid_app.io.charts import investment_finding, monthly_finding
from minigrid_app.io.examples import load_example


def test_the_difference_is_that_of_the_figures_shown():
    assert shown_monthly_difference(181.6, 144.4) == 38.0  # € 182 − € 144, not round(37,2)
    assert shown_monthly_difference(144.4, 181.6) == -38.0
    assert shown_monthly_difference(100.4, 100.4) == 0.0


def test_the_chart_title_says_the_difference_of_its_bars():
    values = {Variant.GAS: 144.4, Variant.AIR_HP: 160.0, Variant.GROUND_HP: 190.0, Variant.SHARED_LOOP: 181.6}
    assert monthly_finding(values, "nl") == "Jaar 1 met lening: gedeelde bodemlus € 38 per maand duurder dan gas"
    assert monthly_finding(values, "en") == "Year 1 with the loan: shared ground loop € 38 a month more than gas"


def test_the_slide_on_one_off_costs_says_the_difference_of_its_bars():
    # the evening's slide said '€ 4,600 more than an air heat pump' under bars of € 17,368 and € 12,769
    values = {Variant.GAS: 0.0, Variant.AIR_HP: 12768.6, Variant.GROUND_HP: 19701.0, Variant.SHARED_LOOP: 17368.4}
    assert investment_finding(values, "en") == "Shared ground loop: € 4,599 more than an air heat pump"
    assert investment_finding(values, "nl") == "Gedeelde bodemlus: € 4.599 meer dan een luchtwarmtepomp"
    cheaper = {Variant.AIR_HP: 12768.6, Variant.SHARED_LOOP: 12000.4}
    assert investment_finding(cheaper, "nl") == "Gedeelde bodemlus: € 769 minder dan een luchtwarmtepomp"
    same = {Variant.AIR_HP: 12768.6, Variant.SHARED_LOOP: 12769.4}  # both read € 12.769
    assert investment_finding(same, "nl") == "Gedeelde bodemlus: even duur als een luchtwarmtepomp"
    assert investment_finding({Variant.AIR_HP: 1.0}, "nl") is None


def test_decimals_are_added_only_where_whole_figures_hide_the_outcome():
    assert _telling(10.3, 10.0, ok=False) == 1  # '€ 10' ≤ 10 would say met; 10,3 does not
    assert _telling(10.004, 10.0, ok=True) == 0
    assert _telling(9.6, 10.0, ok=True) == 0
    assert _telling(15.04, 15.0, ok=False, decimals=1) == 2  # '15,0 jaar' ≤ 15 would say met


@pytest.fixture(scope="module")
def hofje():
    project = load_example("hofje-8")
    return project, compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")


def _amount(text: str) -> float:
    found = re.search(r"€ ([\d.]+(?:,\d+)?)", text).group(1)
    return float(found.replace(".", "").replace(",", "."))


def test_a_monthly_limit_not_met_never_reads_as_met(hofje):
    project, results = hofje
    checked = 0
    for household in results.households:
        shared, gas = household.variants.get(Variant.SHARED_LOOP), household.variants.get(Variant.GAS)
        if shared is None or gas is None:
            continue
        actual = shared.monthly_costs_year1_eur - gas.monthly_costs_year1_eur
        if actual - math.floor(actual) < 0.01:
            continue
        limit = float(math.floor(actual))  # just below: not met
        outcome = _numeric(Condition(id="c", kind="max_monthly_increase", text="", value=limit), household, Variant.SHARED_LOOP, project)
        assert outcome.status == NOT_MET
        assert _amount(outcome.reason_nl) > limit, outcome.reason_nl  # the figure shows why
        roomy = _numeric(Condition(id="c", kind="max_monthly_increase", text="", value=500.0), household, Variant.SHARED_LOOP, project)
        assert roomy.status == MET
        shown = shown_monthly_difference(shared.monthly_costs_year1_eur, gas.monthly_costs_year1_eur)
        assert _amount(roomy.reason_nl) == abs(shown)  # whole euros: the difference of the figures shown
        checked += 1
    assert checked >= 4


def test_the_per_home_chart_shows_each_homes_own_figures(hofje):
    _project, results = hofje
    rows = dict(monthly_difference_per_home(results, Variant.SHARED_LOOP))
    for household in results.households:
        if household.row in rows:
            shared, gas = household.variants[Variant.SHARED_LOOP], household.variants[Variant.GAS]
            assert rows[household.row] == round(shared.monthly_costs_year1_eur) - round(gas.monthly_costs_year1_eur)
