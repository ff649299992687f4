"""Ground loads of a borefield: monthly extraction and injection and the design peaks.

Q_ext,m = Σ_i [space_i,m (1 − 1/COP_space,i,m) + dhw_i,m (1 − 1/COP_dhw,i,m)] with the heat
pump COP at the field's fluid temperature (method.md#cop), the design peak with the
simultaneity s(N) (method.md#simultaneity), and passive cooling's heat put back.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from minigrid_app.core.fieldtypes import GroundParameters, HomeHeatDemand
from minigrid_app.core.method import KELVIN

#: ``array.sum(axis)`` / ``np.sum``: the reduction they call, without numpy's Python wrapper
_sum = np.add.reduce


@dataclass(frozen=True)
class FieldLoads:
    """Ground loads of a field for given source temperatures.

    Attributes
    ----------
    monthly_kwh : numpy.ndarray
        Extraction per calendar month, all homes (reserved joiners included) [kWh].
    per_home_kwh : tuple[float, ...]
        Annual extraction of each real home [kWh/yr].
    peak_kw : float
        Design peak extraction with simultaneity [kW].
    simultaneity : float
        s(N) [-].
    injection_kwh : numpy.ndarray
        Heat put back per calendar month by passive cooling [kWh].
    peak_injection_kw : float
        Design peak injection [kW].
    injection_per_home_kwh : tuple[float, ...]
        Annual injection of each real home [kWh/yr].
    """

    monthly_kwh: np.ndarray
    per_home_kwh: tuple[float, ...]
    peak_kw: float
    simultaneity: float
    injection_kwh: np.ndarray = field(default_factory=lambda: np.zeros(12))
    peak_injection_kw: float = 0.0
    injection_per_home_kwh: tuple[float, ...] = ()


def simultaneity(homes: int, ground: GroundParameters) -> float:
    """s(N) = base + coef / √N, at most 1 (1.0 for one home with the defaults) [-]."""
    return min(1.0, ground.simultaneity_base + ground.simultaneity_coef / math.sqrt(max(1, homes)))


@dataclass(frozen=True)
class HomeArrays:
    """What :func:`field_loads` reads of the homes on a field, as arrays (read only): the same
    for every source temperature, so a sizing that iterates on them makes them once.

    Attributes
    ----------
    space, dhw, cooling : numpy.ndarray
        Each home's monthly space heat, hot water and cooling (zeros without), shape (homes, 12) [kWh].
    supply : numpy.ndarray
        Each home's supply temperature [°C].
    design_load : numpy.ndarray
        Each home's design heat load [kW].
    cooling_peak_kw : float
        The homes' cooling peaks added up [kW].
    """

    space: np.ndarray
    dhw: np.ndarray
    supply: np.ndarray
    design_load: np.ndarray
    cooling: np.ndarray
    cooling_peak_kw: float


def home_arrays(homes: Sequence[HomeHeatDemand]) -> HomeArrays:
    """The :class:`HomeArrays` of ``homes``."""
    count = len(homes)
    found = HomeArrays(
        space=np.array([h.space_heat_monthly_kwh for h in homes], dtype=float).reshape(count, 12),
        dhw=np.array([h.dhw_monthly_kwh for h in homes], dtype=float).reshape(count, 12),
        supply=np.array([h.supply_temp_c for h in homes], dtype=float),
        design_load=np.array([h.design_load_kw for h in homes]),
        cooling=np.array([h.cooling_monthly_kwh or (0.0,) * 12 for h in homes], dtype=float).reshape(count, 12),
        cooling_peak_kw=float(sum(h.cooling_peak_kw for h in homes)),
    )
    for array in (found.space, found.dhw, found.supply, found.design_load, found.cooling):
        array.flags.writeable = False
    return found


def field_loads(
    homes: Sequence[HomeHeatDemand],
    ground: GroundParameters,
    source_temp_by_month_c: Sequence[float],
    design_source_temp_c: float,
    extra_homes: int = 0,
    arrays: HomeArrays | None = None,
) -> FieldLoads:
    """Monthly ground extraction and injection and the design peaks of the homes on a field.

    Q_ext,m = Σ_i [space_i,m (1 − 1/COP_space,i,m) + dhw_i,m (1 − 1/COP_dhw,i,m)];
    P_ext = s(N) Σ_i P_design,i (1 − 1/COP_design,i) (method.md#simultaneity). Passive cooling puts
    the cooling delivered back into the ground: Q_inj,m = Σ_i cooling_i,m and
    P_inj = s_cool Σ_i P_cool,i. Reserved joiners count as copies of the average home.
    ``arrays``: :func:`home_arrays` of ``homes``, when the caller has them already.
    """
    count = len(homes)
    if arrays is None:
        arrays = home_arrays(homes)
    space, dhw, supply = arrays.space, arrays.dhw, arrays.supply
    sources = np.asarray(source_temp_by_month_c, dtype=float)
    eta, cop_max, min_lift = ground.eta_water, ground.cop_max, ground.min_lift_k
    # heatpump.cop_carnot_fraction over arrays, min(COP_max, η (T_sink + 273.15) / max(lift_min, T_sink − T_source)):
    # η × the sink in kelvin worked out once per home (for the months and the design), the hot water's in floats
    heated = eta * (supply + KELVIN)
    lift = np.subtract(supply[:, None], sources)
    cop_space = np.minimum(cop_max, heated[:, None] / np.maximum(min_lift, lift, out=lift))
    lift = np.subtract(float(ground.dhw_temp_c), sources)
    cop_dhw = np.minimum(cop_max, eta * (float(ground.dhw_temp_c) + KELVIN) / np.maximum(min_lift, lift, out=lift))
    extraction = space * (1 - 1 / cop_space) + dhw * (1 - 1 / cop_dhw)[None, :]
    lift = np.subtract(supply, design_source_temp_c)
    cop_design = np.minimum(cop_max, heated / np.maximum(min_lift, lift, out=lift))
    peak_sum = float(_sum(arrays.design_load * (1 - 1 / cop_design), axis=None))
    cooling = arrays.cooling
    cooling_peak = arrays.cooling_peak_kw
    monthly = _sum(extraction, axis=0)
    injection = _sum(cooling, axis=0)
    if extra_homes and count:
        scale = (count + extra_homes) / count
        monthly, injection = monthly * scale, injection * scale
        peak_sum, cooling_peak = peak_sum * scale, cooling_peak * scale
    s = simultaneity(count + extra_homes, ground)
    return FieldLoads(
        monthly_kwh=monthly,
        per_home_kwh=tuple(_sum(extraction, axis=1).tolist()),
        peak_kw=s * peak_sum,
        simultaneity=s,
        injection_kwh=injection,
        peak_injection_kw=ground.cooling_simultaneity * cooling_peak,
        injection_per_home_kwh=tuple(_sum(cooling, axis=1).tolist()),
    )
