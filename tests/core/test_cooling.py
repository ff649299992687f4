"""Cooling in the business case (issue 13, item 4): a home that wants cooling sees it in every
variant (gas cannot; the air heat pump cools actively at its seasonal EER; the ground loops
cool passively for the circulation pump's electricity and put the heat into the field),
the default cooling need follows build year, house type and floor area, and the residents'
condition "we willen koelen" is judged with numbers."""

from __future__ import annotations

import copy

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.conditions import MET, NOT_MET, check_condition
from minigrid_app.core.demand import heat_demand
from minigrid_app.core.model import Condition, Household
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.variant import VARIANTS, Variant
from minigrid_app.io.examples import load_example

PARAMS, _ = ParameterSet.from_overrides({})


def _demand(**fields):
    base = dict(label="x", gas_m3_per_year=1300, cooks_on_gas=True, supply_temp_c=45, build_year=1995)
    return heat_demand(Household(**{**base, **fields}), PARAMS)


def test_default_cooling_need_by_build_year_house_type_and_floor_area():
    per_m2 = PARAMS["cooling_demand_kwh_per_m2"]
    factor = PARAMS["cooling_house_type_factor"]
    # 1995 lies in the third band (1992-2014); a corner house (factor 2nd), 118 m²
    found = _demand(wants_cooling=True, house_type="hoekwoning", floor_area_m2=118.0)
    assert found.cooling_kwh == pytest.approx(per_m2[2] * factor[1] * 118.0)
    assert sum(found.cooling_monthly_kwh) == pytest.approx(found.cooling_kwh)
    # the cooling falls in the warm months: nothing in winter, most in July and August
    months = found.cooling_monthly_kwh
    assert months[0] == months[1] == months[11] == 0.0 and max(months) in (months[6], months[7])
    assert found.cooling_load_kw == pytest.approx(found.cooling_kwh / PARAMS["cooling_full_load_hours"])
    # an unknown build year and floor area: the oldest band and the default area
    unknown = _demand(wants_cooling=True, house_type="tussenwoning", build_year=None)
    assert unknown.cooling_kwh == pytest.approx(per_m2[0] * factor[0] * PARAMS["cooling_floor_area_default_m2"])
    assert _demand(wants_cooling=True, cooling_kwh_per_year=640.0).cooling_kwh == 640.0
    assert _demand(wants_cooling=False, cooling_kwh_per_year=640.0).cooling_kwh == 0.0


@pytest.fixture(scope="module")
def hofje():
    project = load_example("hofje-8")
    return project, compute_project(project, break_even=False, sensitivity=False)


def test_a_home_that_cools_sees_it_in_every_variant(hofje):
    project, results = hofje
    cooling_homes = [h for h in project.households if h.wants_cooling]
    assert cooling_homes, "the bundled hofje-8 has homes that want cooling"
    for home in cooling_homes:
        result = results.household(home.id)
        need = result.demand.cooling_kwh
        assert need > 0
        gas, air = result.variants[Variant.GAS], result.variants[Variant.AIR_HP]
        assert gas.cooling_kwh_per_year == 0.0 and gas.cooling_electricity_kwh == 0.0
        assert air.cooling_kwh_per_year == need
        assert air.cooling_electricity_kwh == pytest.approx(need / PARAMS["cooling_seer_air"])
        for variant in (Variant.GROUND_HP, Variant.SHARED_LOOP):
            ground = result.variants[variant]
            assert ground.cooling_electricity_kwh == pytest.approx(need / PARAMS["passive_cooling_spf"])
            assert ground.cooling_electricity_kwh < air.cooling_electricity_kwh
        # the heat goes into its own loop and into its cluster's field
        own = results.field(f"own-{home.id}").sizing
        assert own.annual_injection_kwh == pytest.approx(need)
        assert own.max_fluid_temp_c <= results.parameters["max_fluid_temp_c"] + 0.01
        shared = results.field(f"shared-{result.cluster_id}").sizing
        assert shared.annual_injection_kwh >= need - 1e-6


def test_cooling_costs_its_electricity(hofje):
    project, results = hofje
    home = next(h for h in project.households if h.wants_cooling)
    without = copy.deepcopy(project)
    without.household(home.id).wants_cooling = False
    plain = compute_project(without, break_even=False, sensitivity=False).household(home.id)
    cooled = results.household(home.id)
    price = results.parameters["electricity_price_eur_kwh"]
    air_before, air_after = plain.variants[Variant.AIR_HP], cooled.variants[Variant.AIR_HP]
    assert air_after.electricity_kwh_per_year - air_before.electricity_kwh_per_year == pytest.approx(
        air_after.cooling_electricity_kwh
    )
    assert air_after.annual_energy_costs_eur - air_before.annual_energy_costs_eur == pytest.approx(
        air_after.cooling_electricity_kwh * price
    )
    assert plain.variants[Variant.GAS].tco_eur == pytest.approx(cooled.variants[Variant.GAS].tco_eur)


def test_condition_we_want_cooling_is_judged_with_numbers(hofje):
    project, results = hofje
    check = check_condition(Condition(kind="cooling", text="We willen koelen"), project, results)
    assert check.group[Variant.GAS].status == NOT_MET
    for variant in (Variant.AIR_HP, Variant.GROUND_HP, Variant.SHARED_LOOP):
        assert check.group[variant].status == MET
    home = next(h for h in project.households if h.wants_cooling)
    air = check.households[home.id][Variant.AIR_HP]
    ground = check.households[home.id][Variant.GROUND_HP]
    assert "kWh koeling" in air.reason_nl and "actief" in air.reason_nl and "€" in air.reason_nl
    assert "passief" in ground.reason_nl and "passive" in ground.reason_en


def test_what_cooling_adds_per_variant_in_words_and_numbers(hofje):
    from minigrid_app.core import cooling

    project, results = hofje
    home = next(h for h in project.households if h.wants_cooling)
    lines = cooling.cooling_per_variant(results, home.id)
    assert set(lines) == set(VARIANTS)
    price = results.parameters["electricity_price_eur_kwh"]
    for variant, found in lines.items():
        result = results.household(home.id).variants[variant]
        assert found.cooling_kwh == result.cooling_kwh_per_year
        assert found.electricity_kwh == result.cooling_electricity_kwh
        assert found.cost_eur_per_year == pytest.approx(result.cooling_electricity_kwh * price)
    assert lines[Variant.GAS].kind == cooling.NONE and lines[Variant.AIR_HP].kind == cooling.ACTIVE
    assert lines[Variant.SHARED_LOOP].kind == lines[Variant.GROUND_HP].kind == cooling.PASSIVE
    need = f"{round(lines[Variant.AIR_HP].cooling_kwh):,} kWh koeling".replace(",", ".")
    assert need in lines[Variant.AIR_HP].short and need in lines[Variant.SHARED_LOOP].text
    assert "kWh of cooling" in lines[Variant.SHARED_LOOP].short.en
    plain = next(h for h in project.households if not h.wants_cooling)
    assert cooling.cooling_per_variant(results, plain.id) == {}
    assert cooling.cooling_per_variant(results, None) == {}
