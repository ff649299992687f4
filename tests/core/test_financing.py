"""Financing per home: own money, the heat fund loan (0 % below the income limit) or a mix (method.md#financing)."""

from __future__ import annotations

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.demand import heat_demand
from minigrid_app.core.financing import financing_remarks, loan_terms
from minigrid_app.core.variant import Variant
from minigrid_app.core.variants import compute_variant
from tests.core.helpers import household, params, project


def _air(home, figures):
    return compute_variant(home, heat_demand(home, figures), Variant.AIR_HP, figures)


def test_zero_percent_loan_and_own_money_give_different_monthly_costs():
    figures = params()
    loan = _air(household(financing="loan", income_below_loan_limit=True), figures)
    own = _air(household(financing="own"), figures)
    net = own.investment_net_eur
    assert 1000 < net < figures["loan_max_eur"]
    # 0 %: the yearly payment is the principal over the term, nothing more (by hand)
    assert loan.loan_principal_eur == pytest.approx(net)
    assert loan.annual_loan_payment_eur == pytest.approx(net / figures.int("loan_term_years"))
    assert loan.own_money_year0_eur == pytest.approx(0.0)
    # own money: nothing borrowed, all of it up front
    assert own.annual_loan_payment_eur == 0.0
    assert own.own_money_year0_eur == pytest.approx(net)
    assert loan.monthly_costs_year1_eur - own.monthly_costs_year1_eur == pytest.approx(
        net / figures.int("loan_term_years") / 12
    )


def test_standard_rate_above_the_income_limit_and_a_mix():
    figures = params()
    rate, term = figures["loan_rate"], figures.int("loan_term_years")
    mix = _air(household(financing="mix", loan_amount_eur=5000.0, income_below_loan_limit=False), figures)
    annuity = 5000.0 * rate / (1 - (1 + rate) ** -term)  # by hand
    assert mix.loan_principal_eur == pytest.approx(5000.0)
    assert mix.annual_loan_payment_eur == pytest.approx(annuity)
    assert mix.own_money_year0_eur == pytest.approx(mix.investment_net_eur - 5000.0)


def test_the_default_follows_the_projects_figures():
    figures = params()
    default = _air(household(), figures)
    assert default.loan_principal_eur == pytest.approx(default.investment_net_eur * figures["loan_share"])


def test_the_fund_lends_at_most_its_maximum_and_not_below_its_minimum():
    figures = params(loan_max_eur=8000.0)
    home = household(financing="loan", label="nr. 3")
    terms = loan_terms(home, figures, 12000.0)
    assert terms.principal_eur == 8000.0 and terms.capped
    remarks = financing_remarks(home, figures, 12000.0, "nr. 3")
    assert any("4.000" in r.nl and "eigen geld" in r.nl for r in remarks)
    small = household(financing="mix", loan_amount_eur=500.0)
    assert loan_terms(small, figures, 12000.0).principal_eur == 0.0
    assert loan_terms(small, figures, 12000.0).below_minimum


def test_no_room_to_borrow_is_a_remark_for_the_advisor():
    figures = params()
    home = household(financing="default", room_to_borrow=False)
    remarks = financing_remarks(home, figures, 10000.0, "nr. 1")
    assert remarks and remarks[0].field == "room_to_borrow"
    assert not financing_remarks(household(financing="own", room_to_borrow=False), figures, 10000.0, "nr. 1")


def test_the_choice_reaches_every_variant_of_the_project():
    found = project(
        household(id="a", financing="own"),
        household(id="b", financing="loan", income_below_loan_limit=True),
    )
    results = compute_project(found, break_even=False, sensitivity=False, method="rule_of_thumb")
    for variant in (Variant.AIR_HP, Variant.GROUND_HP, Variant.SHARED_LOOP):
        a = results.household("a").variants[variant]
        b = results.household("b").variants[variant]
        assert a.annual_loan_payment_eur == 0.0
        assert b.annual_loan_payment_eur == pytest.approx(b.loan_principal_eur / 15)


def test_a_variants_total_alone_is_compute_variants_to_the_last_bit():
    """variant_total_eur (the break-even search's totals) takes the same steps as compute_variant,
    without making the result around them; money_settings keeps the last set's settings, and
    another set (the price band's) gets its own."""
    from minigrid_app.core.variants import FieldShare, money_settings, variant_total_eur

    figures = params()
    share = FieldShare(field_id="own-h1", source_temp_by_month_c=(4.5,) * 12, design_source_temp_c=1.5, lines=())
    for home in (household(financing="loan", income_below_loan_limit=True), household(financing="own"), household()):
        for gas_m3 in (None, 400.0, 2600.0):
            demand = heat_demand(home, figures, gas_m3=gas_m3)
            for variant in Variant:
                full = compute_variant(home, demand, variant, figures, share, words=False, cash_flows=False)
                assert variant_total_eur(home, demand, variant, figures, share) == full.tco_eur
    dearer = figures.with_overrides({"loan_rate": figures["loan_rate"] + 0.01})
    assert money_settings(figures) is money_settings(figures)
    assert money_settings(dearer).loan_rate == figures["loan_rate"] + 0.01
    assert money_settings(figures).loan_rate == figures["loan_rate"]
