"""The "hoe berekend?" explanations reproduce the numbers they explain."""

from __future__ import annotations

import re

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.explain import QUANTITIES, explain, parse_amount
from minigrid_app.core.selectors import (
    cumulative_costs,
    cumulative_series,
    group_members,
    quantity_value,
)
from minigrid_app.core.variant import VARIANTS
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def results():
    return compute_project(load_example("hofje-8"), method="rule_of_thumb", sensitivity=False)


def _line(explanation, label):
    for line in explanation.lines:
        if line.label == label:
            return parse_amount(line.value)
    raise AssertionError(f"no line {label!r} in {explanation.lines}")


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("quantity", QUANTITIES)
def test_every_quantity_explains_itself(results, variant, quantity):
    household = results.households[0]
    for language in ("nl", "en"):
        explanation = explain(results, household.id, variant, quantity, language)
        assert explanation.title and explanation.formula
        assert explanation.value == quantity_value(results, household.id, variant, quantity)
        for line in explanation.lines:
            assert len(line) == 3 and all(isinstance(part, str) for part in line)


@pytest.mark.parametrize("variant", VARIANTS)
def test_monthly_costs_add_up(results, variant):
    household = results.households[1]
    result = household.variants[variant]
    explanation = explain(results, household.id, variant, "monthly_costs_year1_eur")
    parts = [
        _line(explanation, "Energiekosten per jaar"),
        _line(explanation, "Vaste gaslasten per jaar"),
        _line(explanation, "Onderhoud per jaar"),
        _line(explanation, "Betaling lening per jaar"),
    ]
    # each part is rounded to whole euros on screen: the sum is within 4 × € 0.50 / 12
    assert sum(parts) / 12 == pytest.approx(result.monthly_costs_year1_eur, abs=2.0 / 12 + 0.5)
    assert _line(explanation, "Per maand") == round(result.monthly_costs_year1_eur)


@pytest.mark.parametrize("variant", ["air_hp", "ground_hp", "shared_loop"])
def test_investment_lines_add_up_to_net(results, variant):
    household = results.households[2]
    result = household.variants[variant]
    explanation = explain(results, household.id, variant, "investment_net_eur")
    amounts = [parse_amount(line.value) for line in explanation.lines[:-1]]
    # rounded to whole euros per line
    assert sum(amounts) == pytest.approx(result.investment_net_eur, abs=0.5 * len(amounts))
    assert parse_amount(explanation.lines[-1].value) == round(result.investment_net_eur)
    assert any("ISDE" in line.label for line in explanation.lines)
    assert any(line.source for line in explanation.lines)


@pytest.mark.parametrize("variant", VARIANTS)
def test_tco_and_npv_lines_add_up(results, variant):
    household = results.households[3]
    result = household.variants[variant]
    for quantity, expected in (("tco_eur", result.tco_eur), ("npv_eur", result.npv_eur)):
        explanation = explain(results, household.id, variant, quantity)
        parts = [parse_amount(line.value) for line in explanation.lines[1:-1]]
        assert sum(parts) == pytest.approx(expected, abs=0.5 * len(parts))
        assert explanation.value == pytest.approx(expected)


def test_co2_and_energy_recompute_from_parameters(results):
    household = results.households[0]
    params = results.parameters
    gas = household.variants["gas"]
    explanation = explain(results, household.id, "gas", "co2_kg_per_year")
    m3 = _line(explanation, "Gasverbruik")
    assert m3 * params["co2_gas_kg_m3"] == pytest.approx(gas.co2_kg_per_year, abs=1.0)
    assert "ISSO" in " ".join(line.source for line in explanation.lines) or any(
        line.source for line in explanation.lines
    )
    air = household.variants["air_hp"]
    energy = explain(results, household.id, "air_hp", "annual_energy_costs_eur")
    kwh = _line(energy, "Extra stroomverbruik")
    assert kwh * params["electricity_price_eur_kwh"] == pytest.approx(air.annual_energy_costs_eur, abs=0.5)


def test_payback_recomputes(results):
    """Issue 12: the payback is read off the cumulative differences with gas the explanation lists."""
    household = results.households[0]
    for variant in ("air_hp", "ground_hp", "shared_loop"):
        result = household.variants[variant]
        explanation = explain(results, household.id, variant, "payback_years")
        total, gas_total = (parse_amount(line.value) for line in explanation.lines[:2])
        assert total == pytest.approx(result.tco_eur, abs=0.5) and gas_total == pytest.approx(household.variants["gas"].tco_eur, abs=0.5)
        if result.payback_years is None:
            assert total >= gas_total - 0.5
            assert explanation.lines[-1].value.startswith("niet binnen")
        elif result.payback_years > 0:
            year = int(result.payback_years)
            before = parse_amount(_line_text(explanation, f"Verschil met gas na jaar {year}"))
            after = parse_amount(_line_text(explanation, f"Verschil met gas na jaar {year + 1}"))
            assert before >= 0 > after
            assert year + before / (before - after) == pytest.approx(result.payback_years, abs=0.01)


def test_payback_at_once_shows_why(results):
    """A variant dearer per month in year 1 can be paid back at once when the boiler is due:
    the explanation then shows the new boiler and the first year's difference, so the two
    figures a resident reads side by side do not seem to contradict each other."""
    seen = 0
    for household in results.households:
        gas = household.variants["gas"]
        for variant in ("air_hp", "ground_hp", "shared_loop"):
            result = household.variants[variant]
            if result.payback_years != 0.0:
                continue
            seen += 1
            explanation = explain(results, household.id, variant, "payback_years")
            first = sum(f.total_eur for f in result.cash_flows[:1]) + result.own_money_year0_eur
            gas_first = sum(f.total_eur for f in gas.cash_flows[:1]) + gas.own_money_year0_eur
            assert parse_amount(_line_text(explanation, "Verschil met gas na jaar 1")) == pytest.approx(
                first - gas_first, abs=0.01
            )
            assert first < gas_first
            boiler = gas.cash_flows[0].investment_eur
            if boiler > 0:
                assert parse_amount(_line_text(explanation, "Gas: nieuwe cv-ketel in jaar 1")) == round(boiler)
            assert explanation.lines[-1].value == "meteen"
            english = explain(results, household.id, variant, "payback_years", "en")
            assert any(line.label == "Difference with gas after year 1" for line in english.lines)
    assert seen, "hofje-8 has a variant paid back at once (a boiler due in year 1)"


def test_payback_in_the_last_year_shows_the_residual_value(results):
    """A payback read in the last year comes from the residual value counted back there: shown."""
    horizon = results.parameters.int("horizon_years")
    seen = 0
    for household in results.households:
        for variant in ("ground_hp", "shared_loop"):
            result = household.variants[variant]
            if result.payback_years is None or int(result.payback_years) != horizon - 1:
                continue
            seen += 1
            explanation = explain(results, household.id, variant, "payback_years")
            residual = result.cash_flows[-1].residual_value_eur
            assert residual > 0
            shown = parse_amount(_line_text(explanation, f"Deze variant: restwaarde in jaar {horizon}"))
            assert shown == -round(residual)
    assert seen


def _line_text(explanation, label):
    return next(line.value for line in explanation.lines if line.label == label)


def test_heat_demand_and_size(results):
    household = results.households[0]
    explanation = explain(results, household.id, "air_hp", "heat_demand_kwh")
    gas = _line(explanation, "Gasverbruik")
    cooking = _line(explanation, "Gas om te koken")
    params = results.parameters
    heat = (gas - cooking) * params["gas_hhv_kwh_per_m3"] * params["boiler_efficiency"]
    assert heat == pytest.approx(household.demand.heat_kwh, abs=1.0)
    size = explain(results, household.id, "air_hp", "heat_pump_size_kw")
    assert _line(size, "Vermogen warmtepomp") == household.variants["air_hp"].heat_pump_size_kw


def test_borefield_length(results):
    household = results.households[0]
    explanation = explain(results, household.id, "shared_loop", "borefield_length_m")
    holes = _line(explanation, "Boorgaten")
    depth = _line(explanation, "Diepte per boorgat")
    total = _line(explanation, "Totale lengte")
    assert holes * depth == pytest.approx(total, rel=0.02)
    assert explanation.value == pytest.approx(total, abs=0.5)
    assert explain(results, household.id, "gas", "borefield_length_m").value is None


def test_group_average_and_sources_in_english(results):
    members = group_members(results)
    value = quantity_value(results, None, "shared_loop", "monthly_costs_year1_eur")
    expected = sum(h.variants["shared_loop"].monthly_costs_year1_eur for h in members) / len(members)
    assert value == pytest.approx(expected)
    explanation = explain(results, None, "shared_loop", "monthly_costs_year1_eur", "en")
    assert "average" in explanation.formula
    assert len(explanation.lines) == len(members) + 1
    english = explain(results, members[0].id, "gas", "monthly_costs_year1_eur", "en")
    assert english.lines[0].label == "Gas use"


def test_cumulative_costs_end_at_tco(results):
    household = results.households[0]
    for variant in VARIANTS:
        result = household.variants[variant]
        series = cumulative_costs(result)
        assert len(series) == results.parameters.int("horizon_years") + 1
        assert series[-1] == pytest.approx(result.tco_eur)
    group = cumulative_series(results, None)
    assert list(group) == list(VARIANTS)


def test_parse_amount():
    assert parse_amount("€ 1.234") == 1234
    assert parse_amount("-€ 56") == -56
    assert parse_amount("3,5 jaar") == 3.5
    assert parse_amount("€ 1,234", "en") == 1234


def test_a_homes_own_loan_is_explained_at_its_own_rate():
    """A home below the income limit borrows from the heat fund at 0 %: its monthly 'hoe
    berekend?' said 'tegen 5,0 %' (the project's rate) next to a payment of principal ÷ 15."""
    project = load_example("hofje-8")
    home = project.households[0]
    home.financing, home.income_below_loan_limit = "loan", True
    results = compute_project(project, method="rule_of_thumb", sensitivity=False, break_even=False)
    params = results.parameters
    assert params["loan_rate_low_income"] == 0.0 and params["loan_rate"] > 0  # the defaults this test is about
    term = params.int("loan_term_years")
    for variant in ("air_hp", "shared_loop"):
        result = results.household(home.id).variants[variant]
        # at 0 % the annuity is the principal in equal parts (by hand)
        assert result.loan_principal_eur > 0
        assert result.annual_loan_payment_eur == pytest.approx(result.loan_principal_eur / term)
        for language, said in (("nl", f"tegen 0,0 % in {term} jaar"), ("en", f"at 0.0 % over {term} years")):
            explanation = explain(results, home.id, variant, "monthly_costs_year1_eur", language)
            loan = next(line for line in explanation.lines if line.label in ("Betaling lening per jaar", "Loan payment per year"))
            assert said in loan.source, loan.source
            assert "Warmtefonds" in loan.source  # the low-income rate's own source
    # a home on the project's terms still reads the project's rate
    other = results.households[1]
    explanation = explain(results, other.id, "shared_loop", "monthly_costs_year1_eur", "nl")
    loan = next(line for line in explanation.lines if line.label == "Betaling lening per jaar")
    # the rate in the words gives the payment beside it (4,35 % read 'tegen 4,3 %': € 1.421, not € 1.426)
    said = re.search(r"annuïteit op € ([\d.]+) tegen ([\d,]+) % in (\d+) jaar", loan.source)
    principal, rate, years = parse_amount(said.group(1)), float(said.group(2).replace(",", ".")) / 100, int(said.group(3))
    assert rate == pytest.approx(params["loan_rate"])
    assert parse_amount(loan.value) == round(principal * rate / (1 - (1 + rate) ** -years))


def test_the_month_after_the_loan_is_named_as_step_4_names_it(results):
    """'Per maand zonder lening' under step 4's row 'Per maand na de lening' read as: if you do not borrow."""
    household = results.households[0]
    for language, label in (("nl", "Per maand na de lening"), ("en", "Per month after the loan")):
        explanation = explain(results, household.id, "shared_loop", "monthly_costs_after_loan_eur", language)
        assert explanation.lines[-1].label == label
        assert parse_amount(explanation.lines[-1].value, language) == round(explanation.value)
