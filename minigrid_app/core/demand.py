"""Heat demand from the gas bill (DOMAIN §5.1).

References
----------
DOMAIN.md §5.1; seed 003 (Witteveen+Bos): cooking gas 37 m³, boiler efficiency 85 %,
design at −10 °C outdoor and 20 °C indoor.
"""

from __future__ import annotations

from dataclasses import dataclass

from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet

DAYS_PER_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
HOURS_PER_MONTH = tuple(d * 24 for d in DAYS_PER_MONTH)


@dataclass(frozen=True)
class HeatDemand:
    """Heat demand of one home.

    Attributes
    ----------
    gas_m3 : float
        Annual gas use entered [m³/yr].
    cooking_m3 : float
        Part of it used for cooking [m³/yr].
    gas_heating_m3 : float
        Gas for heating and tap water [m³/yr].
    heat_kwh : float
        Useful heat delivered by the boiler [kWh/yr].
    dhw_kwh : float
        Hot tap water [kWh/yr].
    space_kwh : float
        Space heating after planned insulation savings [kWh/yr].
    space_monthly_kwh, dhw_monthly_kwh : tuple[float, ...]
        Monthly split, Jan..Dec [kWh].
    ua_kw_k : float
        Heat loss coefficient [kW/K].
    design_load_kw : float
        Space heating load at design conditions [kW].
    supply_temp_c : float
        Space heating supply temperature used [°C].
    supply_temp_suggested : bool
        True when the supply temperature was suggested, not entered.
    """

    gas_m3: float
    cooking_m3: float
    gas_heating_m3: float
    heat_kwh: float
    dhw_kwh: float
    space_kwh: float
    space_monthly_kwh: tuple[float, ...]
    dhw_monthly_kwh: tuple[float, ...]
    ua_kw_k: float
    design_load_kw: float
    supply_temp_c: float
    supply_temp_suggested: bool


def heating_degree_days(params: ParameterSet) -> tuple[float, ...]:
    """Monthly heating degree days HDD_m = days_m × max(0, base − T_m) [K·day]."""
    base = params["hdd_base_temp_c"]
    temps = params["monthly_outdoor_temp_c"]
    return tuple(days * max(0.0, base - t) for days, t in zip(DAYS_PER_MONTH, temps, strict=True))


def suggested_supply_temp(build_year: int | None, insulation_savings: float, params: ParameterSet) -> float:
    """Supply temperature a home probably needs [°C].

    45 °C for homes built from ``modern_build_year`` (1990) on, or older homes
    whose planned insulation saves at least 20 % of space heating; else 55 °C.
    Unknown build year counts as old (the safe side).
    """
    modern = build_year is not None and build_year >= params["modern_build_year"]
    if modern or insulation_savings >= 0.2:
        return float(params["supply_temp_modern_c"])
    return float(params["supply_temp_old_c"])


def dhw_demand(heat_kwh: float, persons: int | None, params: ParameterSet) -> float:
    """Hot tap water [kWh/yr]: 1 800 or 400 + 500 × persons, never more than all heat."""
    if persons is None:
        dhw = params["dhw_per_household_kwh"]
    else:
        dhw = params["dhw_base_kwh"] + params["dhw_per_person_kwh"] * persons
    return min(heat_kwh, dhw)


def heat_demand(household: Household, params: ParameterSet, gas_m3: float | None = None) -> HeatDemand:
    """Heat demand of a household from its gas use.

    Parameters
    ----------
    household : Household
        Must have passed validation (gas use known and ≥ 0).
    params : ParameterSet
    gas_m3 : float, optional
        Use this annual gas use [m³/yr] instead of the household's (break-even search).
    """
    gas = float(household.gas_m3_per_year if gas_m3 is None else gas_m3)
    cooking = params["cooking_gas_m3"] if household.cooks_on_gas else 0.0
    gas_heating = max(0.0, gas - cooking)
    heat = gas_heating * params["gas_hhv_kwh_per_m3"] * params["boiler_efficiency"]
    dhw = dhw_demand(heat, household.persons, params)
    space = (heat - dhw) * (1.0 - household.insulation_savings)

    hdd = heating_degree_days(params)
    hdd_total = sum(hdd)
    space_monthly = tuple(space * h / hdd_total for h in hdd)
    days_total = sum(DAYS_PER_MONTH)
    dhw_monthly = tuple(dhw * d / days_total for d in DAYS_PER_MONTH)

    ua = space / (hdd_total * 24.0)
    design_load = ua * (params["indoor_design_temp_c"] - params["outdoor_design_temp_c"])

    if household.supply_temp_c is not None:
        supply, suggested = float(household.supply_temp_c), False
    else:
        supply = suggested_supply_temp(household.build_year, household.insulation_savings, params)
        suggested = True
    return HeatDemand(
        gas_m3=gas,
        cooking_m3=min(cooking, gas) if household.cooks_on_gas else 0.0,
        gas_heating_m3=gas_heating,
        heat_kwh=heat,
        dhw_kwh=dhw,
        space_kwh=space,
        space_monthly_kwh=space_monthly,
        dhw_monthly_kwh=dhw_monthly,
        ua_kw_k=ua,
        design_load_kw=design_load,
        supply_temp_c=supply,
        supply_temp_suggested=suggested,
    )
