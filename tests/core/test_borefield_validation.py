"""Validation of the borefield sizing with passive cooling against GHEtool L3 (issue 13).

The reference depths below were computed once with GHEtool 2.3.4 (pygfunction 2.3.0), its
monthly "L3" sizing, fed the same fixed monthly ground loads and peaks as the engine here
(GHEtool is not a dependency of the program). Script, run with GHEtool on the path::

    import numpy as np
    from GHEtool import Borefield, GroundConstantTemperature, MonthlyGeothermalLoadAbsolute

    def size(ext, inj, pext, pinj, n1, spacing=6.0, tmin=-1.5, tmax=17.0):
        load = MonthlyGeothermalLoadAbsolute(np.array(ext), np.array(inj), np.full(12, pext),
                                             np.full(12, pinj), 25)
        load.all_months_equal = False          # kWh of the month / hours of the month
        field = Borefield(load=load)
        field.set_ground_parameters(GroundConstantTemperature(1.8, 11.0, 2.4e6))
        field.Rb = 0.10
        field.set_min_avg_fluid_temperature(tmin)
        field.set_max_avg_fluid_temperature(tmax)
        field.create_rectangular_borefield(n1, 1, spacing, spacing, 100.0, 1.0, 0.065)
        return field.size_L3()

with ``ext`` = EXTRACTION (× 4 for the four-borehole case), ``inj`` = COOLING_SHAPE × the
annual injection, peaks in kW as in CASES. The engine's own method is the same monthly
superposition over all 300 months (GHEtool's L3); the issue asks for depths within 3 %.
Measured: within 0.4 %.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import minigrid_app.io  # noqa: F401 (installs the g-function tables)
from minigrid_app.core import borefield, fielddesign, fieldsizing
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.problems import Bilingual

#: Monthly extraction of one home (1 200 m³ gas, 45 °C, heat pump at its field's temperature) [kWh]
EXTRACTION = np.array([1045.6, 920.9, 857.0, 632.5, 419.1, 224.6, 109.5, 116.6, 317.1, 585.8, 808.7, 1009.5])
#: Share of the year's passive cooling per month (May-September)
COOLING_SHAPE = np.array([0, 0, 0, 0, 0.08, 0.2, 0.32, 0.28, 0.12, 0, 0, 0])

# name: (extraction factor, annual injection [kWh], peak extraction [kW], peak injection [kW],
#        boreholes, GHEtool 2.3.4 L3 depth [m], what limits it)
CASES = {
    "heating only": (1, 0.0, 2.563, 0.0, 1, 78.145, "heating"),
    "unbalanced, little cooling": (1, 1000.0, 2.563, 1.5, 1, 76.590, "heating"),
    "unbalanced, more cooling": (1, 2500.0, 2.563, 3.0, 1, 122.673, "cooling"),
    "balanced": (1, float(EXTRACTION.sum()), 2.563, 3.0, 1, 199.470, "cooling"),
    "balanced, four boreholes": (4, 4 * float(EXTRACTION.sum()), 8.2, 10.0, 4, 195.941, "cooling"),
}


def _ground() -> borefield.GroundParameters:
    params, _ = ParameterSet.from_overrides({})
    return dataclasses.replace(fieldsizing.ground_parameters(params), max_fluid_temp_c=17.0)


@pytest.mark.parametrize("name", sorted(CASES))
def test_depth_with_cooling_within_three_percent_of_ghetool_l3(name):
    factor, injection, peak, peak_injection, count, reference, limit = CASES[name]
    ground = _ground()
    loads = borefield.FieldLoads(EXTRACTION * factor, (), peak, 1.0, COOLING_SHAPE * injection, peak_injection)
    model = borefield.FieldModel(loads, ground)
    geometry = fielddesign.grid_geometry(ground.borehole_radius_m, ground.buried_depth_m)
    depth = fielddesign.Designer(model, ground.max_depth_m, geometry).depth(1, count, ground.spacing_m)
    assert depth == pytest.approx(reference, rel=0.03)
    assert depth == pytest.approx(reference, rel=0.005)  # what it is today: keep it there
    temps = model.temperatures(geometry(1, count, ground.spacing_m), [depth])[0]
    if limit == "heating":
        assert temps.minimum_c == pytest.approx(ground.min_fluid_temp_c, abs=0.01)
        assert temps.maximum_c < ground.max_fluid_temp_c
    else:
        assert temps.maximum_c == pytest.approx(ground.max_fluid_temp_c, abs=0.01)
        assert temps.minimum_c > ground.min_fluid_temp_c


def test_summer_heat_put_back_shortens_a_heating_limited_field():
    ground = _ground()
    home = borefield.HomeHeatDemand(
        (1800.0, 1500, 1200, 700, 300, 80, 60, 60, 200, 600, 1100, 1600), (200.0,) * 12, 45.0, 5.5
    )
    cooled = dataclasses.replace(home, cooling_monthly_kwh=tuple(COOLING_SHAPE * 800), cooling_peak_kw=1.2)
    plain = borefield.size_field([home] * 4, ground)
    regenerated = borefield.size_field([cooled] * 4, ground)
    assert regenerated.limited_by == "heating"
    assert regenerated.total_length_m < plain.total_length_m
    assert regenerated.annual_injection_kwh == pytest.approx(4 * 800)
    assert regenerated.max_fluid_temp_c < ground.max_fluid_temp_c
    assert not regenerated.heat_surplus


def test_heat_surplus_is_flagged():
    # more heat put back than taken out over a year: against the five-year energy balance
    ground = _ground()
    home = borefield.HomeHeatDemand((300.0,) * 12, (50.0,) * 12, 35.0, 3.0, tuple(COOLING_SHAPE * 6000), 2.0)
    sizing = borefield.size_field([home], ground)
    assert sizing.annual_injection_kwh > sizing.annual_extraction_kwh
    assert sizing.heat_surplus
    assert any("vijf jaar" in text for text in sizing.warnings)


@pytest.mark.parametrize(("minimum", "maximum", "reason"), [(11.5, 17.0, "limit_above_ground"), (-1.5, 10.0, "limit_below_ground")])
def test_a_limit_no_depth_can_meet_gives_a_message_not_a_number(minimum, maximum, reason):
    ground = dataclasses.replace(_ground(), min_fluid_temp_c=minimum, max_fluid_temp_c=maximum)
    home = borefield.HomeHeatDemand((900.0,) * 12, (100.0,) * 12, 45.0, 5.0, tuple(COOLING_SHAPE * 500), 1.0)
    bank = borefield.GFunctionBank()
    sizing = borefield.size_field([home], ground, bank=bank, name=Bilingual("Veld X", "Field X"))
    assert not sizing.feasible and sizing.infeasible_reason == reason
    assert sizing.boreholes == 0 and sizing.total_length_m == 0.0
    assert bank.evaluations == 0  # found before any sizing
    (message,) = sizing.warnings
    assert message.startswith("Veld X") and message.en.startswith("Field X")
    assert "helpt" in message
