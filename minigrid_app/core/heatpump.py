"""Heat pump performance (DOMAIN §5.2).

The coefficient of performance (COP, "hoeveel warmte per kWh stroom") is taken
as a fixed fraction of the Carnot COP between source and sink.

References
----------
DOMAIN.md §5.2; check points: air 0→35 °C gives 3.5, brine 0→35 °C gives 4.4.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

KELVIN = 273.15


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
    return int(max(min_size_kw, math.ceil(design_load_kw - 1e-9)))


@dataclass(frozen=True)
class HeatPumpPerformance:
    """What a heat pump uses to deliver a home's heat.

    Attributes
    ----------
    electricity_monthly_kwh : tuple[float, ...]
        Compressor electricity per month, Jan..Dec [kWh].
    electricity_kwh : float
        Compressor electricity per year [kWh/yr].
    cop_space_monthly, cop_dhw_monthly : tuple[float, ...]
        COP per month for space heating and tap water [-].
    seasonal_cop : float
        Heat delivered ÷ electricity over the year [-] ("SCOP").
    design_cop : float
        COP at design conditions (coldest source) [-].
    electric_peak_kw : float
        Design load ÷ design COP [kW], the grid congestion indicator.
    """

    electricity_monthly_kwh: tuple[float, ...]
    electricity_kwh: float
    cop_space_monthly: tuple[float, ...]
    cop_dhw_monthly: tuple[float, ...]
    seasonal_cop: float
    design_cop: float
    electric_peak_kw: float


def performance(
    space_monthly_kwh: Sequence[float],
    dhw_monthly_kwh: Sequence[float],
    supply_temp_c: float,
    dhw_temp_c: float,
    source_temp_monthly_c: Sequence[float],
    design_source_temp_c: float,
    design_load_kw: float,
    eta: float,
    cop_max: float,
    min_lift_k: float,
) -> HeatPumpPerformance:
    """Monthly electricity of a heat pump (DOMAIN §5.2).

    E_m = space_m / COP_space,m + dhw_m / COP_dhw,m with the COP of the month's
    source temperature (outdoor mean for air, fluid temperature for ground).
    """
    cop_space = tuple(
        cop_carnot_fraction(eta, supply_temp_c, t, cop_max, min_lift_k) for t in source_temp_monthly_c
    )
    cop_dhw = tuple(
        cop_carnot_fraction(eta, dhw_temp_c, t, cop_max, min_lift_k) for t in source_temp_monthly_c
    )
    monthly = tuple(
        s / cs + d / cd
        for s, d, cs, cd in zip(space_monthly_kwh, dhw_monthly_kwh, cop_space, cop_dhw, strict=True)
    )
    electricity = sum(monthly)
    heat = sum(space_monthly_kwh) + sum(dhw_monthly_kwh)
    design_cop = cop_carnot_fraction(eta, supply_temp_c, design_source_temp_c, cop_max, min_lift_k)
    return HeatPumpPerformance(
        electricity_monthly_kwh=monthly,
        electricity_kwh=electricity,
        cop_space_monthly=cop_space,
        cop_dhw_monthly=cop_dhw,
        seasonal_cop=heat / electricity if electricity > 0 else 0.0,
        design_cop=design_cop,
        electric_peak_kw=design_load_kw / design_cop,
    )
