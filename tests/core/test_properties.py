"""Properties of the engine that must hold for any household."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.demand import heat_demand
from minigrid_app.core.model import Household
from minigrid_app.core.validation import validate_household
from minigrid_app.core.variants import compute_variant
from tests.core.helpers import household, params, project

QUICK = dict(break_even=False, sensitivity=False, method="rule_of_thumb")


def _variant(gas_m3: float, variant: str, p=None):
    p = p or params()
    h = household(gas_m3_per_year=gas_m3)
    results = compute_project(project(h, household(id="n", label="buur")), p, **QUICK)
    return results.household("h1").variants[variant]


@pytest.mark.parametrize("variant", ["air_hp", "ground_hp", "shared_loop"])
def test_more_gas_means_higher_gas_costs_and_earlier_payback(variant):
    low, high = 900.0, 1800.0
    assert _variant(high, "gas").annual_energy_costs_eur > _variant(low, "gas").annual_energy_costs_eur
    payback_low = _variant(low, variant).payback_years
    payback_high = _variant(high, variant).payback_years
    assert payback_high is not None
    assert payback_low is None or payback_high < payback_low


@pytest.mark.parametrize("variant", ["air_hp", "ground_hp", "shared_loop"])
def test_higher_electricity_price_never_lowers_heat_pump_costs(variant):
    base = _variant(1300.0, variant)
    dearer = _variant(1300.0, variant, params(electricity_price_eur_kwh=0.35))
    assert dearer.tco_eur > base.tco_eur
    assert dearer.monthly_costs_year1_eur > base.monthly_costs_year1_eur


@pytest.mark.parametrize("variant", ["air_hp", "ground_hp", "shared_loop"])
def test_at_break_even_the_totals_are_equal(variant):
    """At the break-even gas use, TCO(variant) equals TCO(gas) within € 1 (borefield re-sized)."""
    h = household(gas_m3_per_year=1300.0)
    neighbour = household(id="n", label="buur", gas_m3_per_year=1100.0)
    p = params()
    results = compute_project(project(h, neighbour), p, break_even=True, sensitivity=False, method="rule_of_thumb")
    break_even = results.household("h1").variants[variant].break_even_gas_m3
    assert break_even is not None and 100 < break_even < 10000
    h.gas_m3_per_year = break_even
    again = compute_project(project(h, neighbour), p, **QUICK).household("h1").variants
    assert again[variant].tco_eur == pytest.approx(again["gas"].tco_eur, abs=1.0)


def test_no_break_even_when_heat_pump_never_pays():
    # with electricity at € 2/kWh no heat pump catches up with gas below 10 000 m³
    h = household()
    results = compute_project(project(h), params(electricity_price_eur_kwh=2.0), break_even=True, sensitivity=False, method="rule_of_thumb")
    assert results.household("h1").variants["air_hp"].break_even_gas_m3 is None
    assert results.household("h1").variants["gas"].break_even_gas_m3 is None


def test_insulation_lowers_space_heating_and_design_load():
    p = params()
    plain = heat_demand(household(), p)
    insulated = heat_demand(household(insulation_savings=0.3), p)
    assert insulated.space_kwh == pytest.approx(plain.space_kwh * 0.7)
    assert insulated.design_load_kw < plain.design_load_kw
    assert insulated.dhw_kwh == plain.dhw_kwh


def test_persons_set_tap_water():
    p = params()
    assert heat_demand(household(persons=3), p).dhw_kwh == pytest.approx(400 + 500 * 3)
    # tap water never exceeds all the heat
    tiny = heat_demand(household(gas_m3_per_year=100.0), p)
    assert tiny.dhw_kwh == pytest.approx(tiny.heat_kwh)
    assert tiny.space_kwh == 0


def test_old_home_gets_55_degrees_and_a_worse_cop():
    p = params()
    old = household(build_year=1930)
    assert heat_demand(old, p).supply_temp_c == 55
    new = household(build_year=1995)
    r_old = compute_variant(old, heat_demand(old, p), "air_hp", p)
    r_new = compute_variant(new, heat_demand(new, p), "air_hp", p)
    assert r_old.seasonal_cop < r_new.seasonal_cop


numbers = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-10**9, max_value=10**9),
    st.text(max_size=5),
    st.booleans(),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    gas=numbers,
    build_year=numbers,
    persons=numbers,
    savings=numbers,
    supply=numbers,
    lt=numbers,
    distance=numbers,
    age=numbers,
    cooks=st.booleans(),
    participation=st.sampled_from(["unknown", "interested", "signed", "declined", "maybe", ""]),
)
def test_any_household_input_computes_or_is_reported(gas, build_year, persons, savings, supply, lt, distance, age, cooks, participation):
    h = Household(
        id="x",
        label="X",
        gas_m3_per_year=gas,
        build_year=build_year,
        persons=persons,
        insulation_savings=savings,
        supply_temp_c=supply,
        lt_measures_cost_eur=lt,
        distance_to_next_m=distance,
        boiler_age_years=age,
        cooks_on_gas=cooks,
        participation=participation,
    )
    problems = validate_household(h, 1)
    results = compute_project(project(h), **QUICK)
    result = results.household("x")
    if any(p.is_error for p in problems):
        assert not result.computable
        assert all(p.nl and p.en for p in problems)
    else:
        assert result.computable
        for variant in ("gas", "air_hp", "ground_hp"):
            value = result.variants[variant]
            assert value is not None and math.isfinite(value.tco_eur) and math.isfinite(value.monthly_costs_year1_eur)
