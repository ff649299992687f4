"""Heat pump performance (method.md#heat-pump).

The coefficient of performance (COP, "hoeveel warmte per kWh stroom") is taken
as a fixed fraction of the Carnot COP between source and sink. The quantities of a heat
pump variant are the entries of the method table :data:`HEAT_PUMP` (see
:mod:`minigrid_app.core.method`); the Warmtepomp sheet of the workbook writes their formulas.

References
----------
Check points of the Carnot fraction: air 0→35 °C gives 3.5, brine 0→35 °C gives 4.4.
"""

from __future__ import annotations

import math

from minigrid_app.core.method import KELVIN, SIZE_TOLERANCE_KW, Quantity
from minigrid_app.core.variant import GROUND_VARIANTS, HEAT_PUMP_VARIANTS, Variant

__all__ = ["HEAT_PUMP", "KELVIN", "cop_carnot_fraction", "heat_pump_size_kw"]


def cop_carnot_fraction(
    eta: float,
    sink_temp_c: float,
    source_temp_c: float,
    cop_max: float,
    min_lift_k: float,
) -> float:
    """COP as a fraction of the Carnot COP.

    Parameters
    ----------
    eta : float
        Carnot efficiency fraction [-] (0.40 air, 0.50 water/brine by default).
    sink_temp_c : float
        Sink (supply) temperature [°C].
    source_temp_c : float
        Source temperature [°C]: outdoor air or mean fluid temperature.
    cop_max : float
        Upper cap on the COP [-].
    min_lift_k : float
        Smallest temperature lift used in the formula [K]; avoids absurd COPs
        when source and sink are close.

    Returns
    -------
    float
        COP [-] = min(cop_max, eta * T_sink / max(min_lift, T_sink - T_source)),
        temperatures in kelvin.
    """
    sink_k = sink_temp_c + KELVIN
    lift = max(min_lift_k, sink_temp_c - source_temp_c)
    return min(cop_max, eta * sink_k / lift)


def heat_pump_size_kw(design_load_kw: float, min_size_kw: float) -> int:
    """Installed heat pump size [kW]: design load rounded up to a whole kW, at least ``min_size_kw``.

    A tiny tolerance keeps 4.0000000001 kW (floating-point noise) at 4 kW.
    """
    return int(max(min_size_kw, math.ceil(design_load_kw - SIZE_TOLERANCE_KW)))


def seasonal_cop(space_monthly_kwh, dhw_monthly_kwh, heat_pump_electricity_kwh) -> float:
    """Heat delivered ÷ electricity over the year [-] ("SCOP"); 0 without electricity."""
    heat = sum(space_monthly_kwh) + sum(dhw_monthly_kwh)
    return heat / heat_pump_electricity_kwh if heat_pump_electricity_kwh > 0 else 0.0


def _cop_formula(sink: str, source: str) -> str:
    return (
        f"MIN({{cop_max}},{{eta}}*({{{sink}}}+{{kelvin}})/MAX({{min_lift_k}},{{{sink}}}-{{{source}}}))"
    )


_AIR = (Variant.AIR_HP,)

#: A heat pump variant of one home, in the order of computation (the Warmtepomp sheet).
#: Electricity per month E_m = space_m / COP_space,m + dhw_m / COP_dhw,m with the COP at the
#: month's source temperature: the outdoor mean for air, the borefield's fluid temperature
#: for the ground variants (``field_source_temp_c``, from the borefield sizing).
HEAT_PUMP = (
    Quantity(
        "heat_pump_size_kw", "kW", "Vermogen warmtepomp", "Heat pump size",
        lambda design_load_kw, min_hp_size_kw: heat_pump_size_kw(design_load_kw, min_hp_size_kw),
        "MAX({min_hp_size_kw},ROUNDUP({design_load_kw}-{size_tolerance_kw},0))",
        variants=HEAT_PUMP_VARIANTS,
        words_nl="ontwerpvermogen = warmteverlies per graad × (binnen − buiten bij ontwerp), afgerond naar boven "
        "op hele kW, minstens het kleinste vermogen",
        words_en="design load = heat loss per degree × (indoor − outdoor at design), rounded up to whole kW, "
        "at least the smallest size",
    ),
    Quantity(
        "design_source_temp_c", "°C", "Brontemperatuur bij ontwerp", "Design source temperature",
        lambda outdoor_design_temp_c: outdoor_design_temp_c, "{outdoor_design_temp_c}", variants=_AIR,
    ),
    Quantity(
        "design_source_temp_c", "°C", "Brontemperatuur bij ontwerp", "Design source temperature",
        lambda field_design_source_temp_c: field_design_source_temp_c, "{field_design_source_temp_c}",
        variants=GROUND_VARIANTS,
    ),
    Quantity(
        "design_cop", "-", "COP bij ontwerp", "Design COP",
        lambda eta, supply_temp_c, design_source_temp_c, cop_max, min_lift_k: cop_carnot_fraction(
            eta, supply_temp_c, design_source_temp_c, cop_max, min_lift_k
        ),
        _cop_formula("supply_temp_c", "design_source_temp_c"), variants=HEAT_PUMP_VARIANTS,
    ),
    Quantity(
        "electric_peak_kw", "kW", "Elektrisch piekvermogen", "Electric peak",
        lambda design_load_kw, design_cop: design_load_kw / design_cop, "{design_load_kw}/{design_cop}",
        variants=HEAT_PUMP_VARIANTS,
    ),
    Quantity(
        "source_temp_c", "°C", "Brontemperatuur", "Source temperature",
        lambda monthly_outdoor_temp_c: monthly_outdoor_temp_c, "{monthly_outdoor_temp_c}",
        variants=_AIR, monthly=True,
    ),
    Quantity(
        "source_temp_c", "°C", "Brontemperatuur", "Source temperature",
        lambda field_source_temp_c: field_source_temp_c, "{field_source_temp_c}",
        variants=GROUND_VARIANTS, monthly=True,
    ),
    Quantity(
        "cop_space", "-", "COP ruimteverwarming", "COP space heating",
        lambda eta, supply_temp_c, source_temp_c, cop_max, min_lift_k: cop_carnot_fraction(
            eta, supply_temp_c, source_temp_c, cop_max, min_lift_k
        ),
        _cop_formula("supply_temp_c", "source_temp_c"), variants=HEAT_PUMP_VARIANTS, monthly=True,
    ),
    Quantity(
        "cop_dhw", "-", "COP warm tapwater", "COP hot tap water",
        lambda eta, dhw_temp_c, source_temp_c, cop_max, min_lift_k: cop_carnot_fraction(
            eta, dhw_temp_c, source_temp_c, cop_max, min_lift_k
        ),
        _cop_formula("dhw_temp_c", "source_temp_c"), variants=HEAT_PUMP_VARIANTS, monthly=True,
    ),
    Quantity(
        "heat_pump_monthly_kwh", "kWh", "Stroom warmtepomp per maand", "Heat pump electricity per month",
        lambda space_monthly_kwh, cop_space, dhw_monthly_kwh, cop_dhw: space_monthly_kwh / cop_space
        + dhw_monthly_kwh / cop_dhw,
        "{space_monthly_kwh}/{cop_space}+{dhw_monthly_kwh}/{cop_dhw}", variants=HEAT_PUMP_VARIANTS, monthly=True,
    ),
    Quantity(
        "heat_pump_electricity_kwh", "kWh/jaar", "Stroom warmtepomp", "Heat pump electricity",
        lambda heat_pump_monthly_kwh: sum(heat_pump_monthly_kwh), "SUM({heat_pump_monthly_kwh})",
        variants=HEAT_PUMP_VARIANTS,
    ),
    Quantity(
        "seasonal_cop", "-", "Gemiddelde COP over het jaar", "Seasonal COP",
        seasonal_cop,
        "IF({heat_pump_electricity_kwh}>0,(SUM({space_monthly_kwh})+SUM({dhw_monthly_kwh}))"
        "/{heat_pump_electricity_kwh},0)",
        variants=HEAT_PUMP_VARIANTS,
    ),
)  # fmt: skip
