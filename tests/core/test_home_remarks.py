"""Issue 12 item 5: honest warnings, worded for residents and naming the home (never an internal id)."""

from __future__ import annotations

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.finance import MoneyInputs, MoneySettings, money
from tests.core.helpers import household, params, project

QUICK = dict(break_even=False, sensitivity=False, method="rule_of_thumb")


def _remarks(results, household_id):
    return [p.text("nl") for p in results.household(household_id).problems if p.severity == "warning"]


def test_a_tiny_design_load_is_called_oversized_naming_the_home():
    # 300 m³ a year: a design load of a few tenths of a kW against a 4 kW heat pump and a borehole
    tiny = household(id="own-hh-1", label="Dorpsstraat 3", gas_m3_per_year=300.0)
    results = compute_project(project(tiny, household(id="n", label="buur")), params(), **QUICK)
    assert results.household("own-hh-1").demand.design_load_kw < 1.0
    found = [text for text in _remarks(results, "own-hh-1") if "te groot" in text]
    assert len(found) == 1
    assert found[0].startswith("Dorpsstraat 3:") and "own-hh" not in found[0]
    assert "gasverbruik" in found[0] and "kleinere oplossing" in found[0]
    assert not [text for text in _remarks(results, "n") if "te groot" in text]


def test_a_loan_over_the_maximum_says_what_happens_to_the_rest():
    p = params(loan_max_eur=10000.0)
    results = compute_project(project(household(label="Dorpsstraat 5"), household(id="n", label="buur")), p, **QUICK)
    home = results.household("h1")
    ground = home.variants["ground_hp"]
    assert ground.investment_net_eur > 10000.0
    # the engine lends the maximum; the rest is own money at the start
    assert ground.loan_principal_eur == pytest.approx(10000.0)
    assert ground.own_money_year0_eur == pytest.approx(ground.investment_net_eur - 10000.0)
    text = next(t for t in _remarks(results, "h1") if "Energiebespaarlening" in t)
    assert text.startswith("Dorpsstraat 5:") and "eigen geld" in text and "€ 10.000" in text


def test_the_loan_is_capped_and_the_rest_is_own_money():
    settings = MoneySettings(15, 1.0, 0.0, 15, 0.03, 0.0, 0.0, loan_max_eur=9000.0)
    result = money(MoneyInputs(15000.0, (), 100.0, 0.0, 0.0), settings)
    assert result.loan_principal_eur == 9000.0 and result.own_money_year0_eur == 6000.0
    assert result.annual_loan_payment_eur == pytest.approx(600.0)
    # the total is the same money: own money now plus the (interest-free) loan payments
    assert result.tco_eur == pytest.approx(6000.0 + 15 * 600.0 + 15 * 100.0)
