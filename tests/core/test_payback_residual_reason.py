"""A payback that only the residual value brings about says so.

Hofje-8's Lindehof 1, own ground loop: € 240 a month against gas's € 192, "over 15 jaar € 2.842
goedkoper", payback "14,7 jaar". Nearly every ground loop of the example was paid back at 14,6 to
14,9 years: the payback counts the residual value in the last year (method.md#payback), and the
heat pump and borefield are then still worth some € 9 000 more than gas's boiler. Without that the
total is dearer; the words beside the payback now say what turns it, as they do for gas's new boiler.
"""

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import cumulative_costs, verdict_summary
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def results():
    return compute_project(load_example("hofje-8"), break_even=False, sensitivity=False)


def _gain(household, variant):
    mine, gas = household.variants[variant], household.variants[Variant.GAS]
    return mine.cash_flows[-1].residual_value_eur - gas.cash_flows[-1].residual_value_eur


def test_lindehof_1_own_loop_is_paid_back_by_the_residual_value(results):
    home = results.household("hofje-1")
    mine, gas = home.variants[Variant.GROUND_HP], home.variants[Variant.GAS]
    cumulative = [a - b for a, b in zip(cumulative_costs(mine.own_money_year0_eur, mine.cash_flows),
                                        cumulative_costs(gas.own_money_year0_eur, gas.cash_flows), strict=True)]
    gain = _gain(home, Variant.GROUND_HP)
    # by hand from the cash flows: dearer after year 14, cheaper after year 15 only through the residual values
    assert cumulative[14] > 0 > cumulative[15] and cumulative[15] + gain > 0
    assert round(gain) == 9185
    summary = verdict_summary(results, "hofje-1", Variant.GROUND_HP, "nl")
    assert summary.payback == "14,7 jaar, want in jaar 15 telt de restwaarde mee (€ 9.185 meer dan bij gas)"
    assert summary.payback_reason == "in jaar 15 telt de restwaarde mee (€ 9.185 meer dan bij gas)"
    english = verdict_summary(results, "hofje-1", Variant.GROUND_HP, "en")
    assert english.payback == "14.7 years, because in year 15 the residual value counts (€ 9,185 more than with gas)"


def test_the_group_says_the_mean_per_home(results):
    homes = [h for h in results.households if h.computable and h.participates]
    mean = sum(_gain(h, Variant.SHARED_LOOP) for h in homes) / len(homes)
    summary = verdict_summary(results, None, Variant.SHARED_LOOP, "nl")
    assert summary.payback_years is not None and 14 < summary.payback_years <= 15
    assert summary.payback_reason == f"in jaar 15 telt de restwaarde mee (gemiddeld € {round(mean):,} meer dan bij gas)".replace(",", ".")


def test_an_earlier_payback_keeps_its_own_reason(results):
    # Lindehof 1's air heat pump: paid back in year 3 by gas's new boiler, not by the residual value
    summary = verdict_summary(results, "hofje-1", Variant.AIR_HP, "nl")
    assert summary.payback == "2,1 jaar, want in jaar 3 is met gas de cv-ketel aan vervanging toe (€ 2.200)"


def test_not_paid_back_says_no_reason(results):
    summary = verdict_summary(results, "hofje-6", Variant.GROUND_HP, "nl")
    assert summary.payback == "niet binnen 15 jaar" and summary.payback_reason == ""
