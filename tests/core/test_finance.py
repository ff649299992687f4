"""Loan, replacements, residual value (method.md#money)."""

import dataclasses

import pytest

from minigrid_app.core.finance import (
    Component,
    MoneyInputs,
    MoneySettings,
    annuity,
    money,
    outstanding_balance,
    replacement_years,
    residual_value,
    simple_payback,
)


def test_annuity_by_hand():
    # 10 000 at 4 % over 15 years: 10 000 × 0.04 / (1 − 1.04^−15) = 899.41
    assert annuity(10000, 0.04, 15) == pytest.approx(899.41, abs=0.01)
    assert annuity(9000, 0.0, 15) == pytest.approx(600.0)
    assert annuity(0, 0.04, 15) == 0


def test_outstanding_balance_matches_repayment_schedule():
    principal, rate, term = 12000.0, 0.05, 10
    payment = annuity(principal, rate, term)
    balance = principal
    for year in range(1, 6):
        balance = balance * (1 + rate) - payment
        assert outstanding_balance(principal, rate, term, year) == pytest.approx(balance)
    assert outstanding_balance(principal, rate, term, 10) == 0


def test_replacement_in_last_year_is_not_counted():
    assert replacement_years(Component("hp", 1000, 15, 0), 15) == []
    assert residual_value(Component("hp", 1000, 15, 0), 15) == 0
    assert replacement_years(Component("boiler", 2200, 15, -7), 15) == [8]
    assert residual_value(Component("boiler", 2200, 15, -7), 15) == pytest.approx(2200 * 8 / 15)
    assert replacement_years(Component("hp", 1000, 10, 0), 30) == [10, 20]


def test_tco_equals_sum_of_cash_flows_and_npv_is_lower():
    settings = MoneySettings(15, 1.0, 0.04, 15, 0.03, 0.0, 0.02)
    result = money(MoneyInputs(10000, [Component("hp", 8000, 12, 0)], 500, 0, 100), settings)
    assert result.tco_eur == pytest.approx(sum(f.total_eur for f in result.cash_flows))
    assert result.npv_eur < result.tco_eur
    # replacement in year 12 of 8 000, residual 8 000 × 9/12 at the end
    assert result.cash_flows[11].investment_eur == 8000
    assert result.cash_flows[-1].residual_value_eur == pytest.approx(6000)


def test_totals_without_the_cash_flows_are_the_same_figures():
    """money(flows=False) (the break-even search's trials) leaves out the years' cash flows only."""
    settings = MoneySettings(15, 0.7, 0.04, 20, 0.03, 0.02, 0.025, loan_max_eur=6000.0)
    inputs = MoneyInputs(10000, [Component("hp", 8000, 12, 0), Component("boiler", 2200, 15, -7)], 512.3, 60.5, 104.1)
    full, bare = money(inputs, settings), money(inputs, settings, flows=False)
    assert len(full.cash_flows) == 15 and bare.cash_flows == ()
    assert dataclasses.replace(full, cash_flows=()) == bare  # every figure equal, to the last bit


def test_loan_longer_than_horizon_is_settled_in_last_year():
    settings = MoneySettings(10, 1.0, 0.04, 15, 0.03, 0.0, 0.0)
    result = money(MoneyInputs(10000, [], 0, 0, 0), settings)
    paid = sum(f.loan_payment_eur for f in result.cash_flows)
    # what is paid equals the present loan grown at its own rate: PV of all payments = principal
    pv = sum(f.loan_payment_eur / 1.04**f.year for f in result.cash_flows)
    assert pv == pytest.approx(10000, abs=0.01)
    assert paid > 10000


def test_own_money_share():
    settings = MoneySettings(15, 0.6, 0.04, 15, 0.03, 0.0, 0.0)
    result = money(MoneyInputs(10000, [], 0, 0, 0), settings)
    assert result.own_money_year0_eur == pytest.approx(4000)
    assert result.loan_principal_eur == pytest.approx(6000)


def test_simple_payback():
    assert simple_payback(11000, 0, 1000, 2000) == pytest.approx(11.0)
    assert simple_payback(11000, 0, 2100, 2000) is None
