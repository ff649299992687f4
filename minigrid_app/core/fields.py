"""Glue between the project's figures and the borefield sizing (DOMAIN §5.3).

Builds :class:`~minigrid_app.core.borefield.GroundParameters` from the parameter set and
caches sizings, so sensitivity runs and break-even searches reuse identical fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from minigrid_app.core import borefield
from minigrid_app.core.demand import HeatDemand
from minigrid_app.core.parameters import ParameterSet


def ground_parameters(params: ParameterSet, layout: str = "line") -> borefield.GroundParameters:
    """The ground and heat pump figures the sizing needs."""
    return borefield.GroundParameters(
        conductivity_w_mk=params["ground_conductivity_w_mk"],
        volumetric_heat_capacity_j_m3k=params["ground_heat_capacity_mj_m3k"] * 1e6,
        undisturbed_temp_c=params["ground_temp_c"],
        borehole_radius_m=params["borehole_radius_m"],
        buried_depth_m=params["borehole_buried_depth_m"],
        borehole_resistance_mk_w=params["borehole_resistance_mk_w"],
        spacing_m=params["borehole_spacing_m"],
        max_depth_m=params["max_borehole_depth_m"],
        min_fluid_temp_c=params["min_fluid_temp_c"],
        simulation_years=params.int("simulation_years"),
        peak_duration_h=params["peak_duration_h"],
        layout=layout,
        eta_water=params["eta_water"],
        cop_max=params["cop_max"],
        min_lift_k=params["min_lift_k"],
        dhw_temp_c=params["dhw_temp_c"],
        simultaneity_base=params["simultaneity_base"],
        simultaneity_coef=params["simultaneity_coef"],
        first_estimate_source_temp_c=params["first_estimate_source_temp_c"],
        rule_of_thumb_w_per_m=params["rule_of_thumb_w_per_m"],
        rule_of_thumb_hours=params["rule_of_thumb_hours"],
        convergence_tolerance=params["sizing_tolerance"],
    )


def home_heat(demand: HeatDemand) -> borefield.HomeHeatDemand:
    return borefield.HomeHeatDemand(
        space_heat_monthly_kwh=tuple(demand.space_monthly_kwh),
        dhw_monthly_kwh=tuple(demand.dhw_monthly_kwh),
        supply_temp_c=demand.supply_temp_c,
        design_load_kw=demand.design_load_kw,
    )


@lru_cache(maxsize=8192)
def _size_cached(
    homes: tuple[borefield.HomeHeatDemand, ...],
    ground: borefield.GroundParameters,
    extra_homes: int,
    method: str,
) -> borefield.FieldSizing:
    if method == "rule_of_thumb":
        return borefield.size_field_rule_of_thumb(list(homes), ground, extra_homes=extra_homes)
    return borefield.size_field(list(homes), ground, extra_homes=extra_homes)


def size(
    demands: Sequence[HeatDemand],
    params: ParameterSet,
    layout: str = "line",
    extra_homes: int = 0,
    method: str = "pygfunction",
) -> borefield.FieldSizing:
    """Size one borefield for the homes on it (cached by inputs).

    ``method`` is ``"pygfunction"`` (the real sizing) or ``"rule_of_thumb"`` (quick cross-check).
    """
    homes = tuple(home_heat(d) for d in demands)
    return _size_cached(homes, ground_parameters(params, layout), int(extra_homes), method)


def clear_cache() -> None:
    _size_cached.cache_clear()
