"""Heat pump performance (method.md#heat-pump), checked against hand calculation."""

from __future__ import annotations

import math

import pytest

from minigrid_app.core.heatpump import (
    HEAT_PUMP,
    KELVIN,
    cop_carnot_fraction,
    heat_pump_size_kw,
    seasonal_cop,
)
from minigrid_app.core.method import Namespace, evaluate_all
from minigrid_app.core.parameters import ParameterSet
from tests.golden_examples import pinned_defaults

#: the method's figures the hand calculation below uses
FIGURES = {"eta_water": 0.5, "cop_max": 7.0, "min_lift_k": 10.0, "dhw_temp_c": 55.0, "min_hp_size_kw": 3.0}


def test_check_points_of_the_method():
    # method.md#cop: air 0 → 35 °C at η 0.40: 0.40 × 308.15 / 35 = 3.5217; brine at η 0.50: 4.4021
    assert cop_carnot_fraction(0.40, 35.0, 0.0, 7.0, 10.0) == pytest.approx(0.40 * 308.15 / 35.0, rel=1e-12)
    assert round(cop_carnot_fraction(0.40, 35.0, 0.0, 7.0, 10.0), 1) == 3.5
    assert round(cop_carnot_fraction(0.50, 35.0, 0.0, 7.0, 10.0), 1) == 4.4
    assert KELVIN == 273.15


def test_cap_and_smallest_lift():
    # 35 °C from a 30 °C source: the lift counts as 10 K, not 5 K: 0.5 × 308.15 / 10 = 15.4 → capped at 7
    assert cop_carnot_fraction(0.5, 35.0, 30.0, 7.0, 10.0) == 7.0
    assert cop_carnot_fraction(0.5, 35.0, 30.0, 99.0, 10.0) == pytest.approx(0.5 * 308.15 / 10.0)
    # a source warmer than the sink still uses the smallest lift
    assert cop_carnot_fraction(0.5, 35.0, 40.0, 99.0, 10.0) == pytest.approx(15.4075)


@pytest.mark.parametrize(
    ("load", "minimum", "expected"),
    [(4.0000000001, 3, 4), (4.01, 3, 5), (1.2, 3, 3), (0.0, 4, 4), (7.999, 3, 8)],
)
def test_size_rounds_up_to_whole_kilowatts(load, minimum, expected):
    assert heat_pump_size_kw(load, minimum) == expected


def _ground_heat_pump(space, dhw, source_c, design_source_c, design_load_kw):
    params = ParameterSet(pinned_defaults()).with_overrides(FIGURES)
    known = {
        "space_monthly_kwh": space,
        "dhw_monthly_kwh": dhw,
        "supply_temp_c": 35.0,
        "design_load_kw": design_load_kw,
        "field_source_temp_c": (source_c,) * 12,
        "field_design_source_temp_c": design_source_c,
    }
    return evaluate_all(HEAT_PUMP, Namespace(params, "ground_hp", known))


def test_heat_pump_table_by_hand():
    # Source 5 °C all year, supply 35 °C, tap water 55 °C, η 0.5, cap 7, lift ≥ 10 K:
    # COP_space = 0.5 × 308.15 / 30 = 5.13583; COP_dhw = 0.5 × 328.15 / 50 = 3.2815.
    space = (1000.0,) * 6 + (0.0,) * 6
    dhw = (100.0,) * 12
    values = _ground_heat_pump(space, dhw, 5.0, -5.0, 5.2)
    cop_space, cop_dhw = 0.5 * 308.15 / 30.0, 0.5 * 328.15 / 50.0
    assert values["heat_pump_size_kw"] == 6
    assert values["cop_space"] == pytest.approx((cop_space,) * 12)
    assert values["cop_dhw"] == pytest.approx((cop_dhw,) * 12)
    assert values["heat_pump_monthly_kwh"][0] == pytest.approx(1000.0 / cop_space + 100.0 / cop_dhw)
    assert values["heat_pump_monthly_kwh"][11] == pytest.approx(100.0 / cop_dhw)
    electricity = 6000.0 / cop_space + 1200.0 / cop_dhw
    assert values["heat_pump_electricity_kwh"] == pytest.approx(electricity)
    assert values["seasonal_cop"] == pytest.approx(7200.0 / electricity)
    # design: source −5 °C → COP 0.5 × 308.15 / 40 = 3.8519; peak 5.2 kW / 3.8519 = 1.35 kW
    assert values["design_cop"] == pytest.approx(0.5 * 308.15 / 40.0)
    assert values["electric_peak_kw"] == pytest.approx(5.2 / (0.5 * 308.15 / 40.0))


def test_no_heat_no_electricity():
    assert seasonal_cop((0.0,) * 12, (0.0,) * 12, 0.0) == 0.0
    values = _ground_heat_pump((0.0,) * 12, (0.0,) * 12, 5.0, -5.0, 0.0)
    assert values["heat_pump_electricity_kwh"] == 0.0 and values["seasonal_cop"] == 0.0
    assert values["electric_peak_kw"] == 0.0 and math.isfinite(values["design_cop"])
    assert values["heat_pump_size_kw"] == 3  # the smallest size
