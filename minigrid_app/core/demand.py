"""Heat demand from the gas bill (method.md#heat-demand).

Each quantity is a function that names its inputs, and an entry of the method table
:data:`DEMAND` (see :mod:`minigrid_app.core.method`) with the same arithmetic as an Excel
formula: the Warmtevraag sheet of the workbook writes those formulas.

References
----------
Witteveen+Bos for the Province of Utrecht, indicative business case model for mini heat
networks: cooking gas 37 m³, boiler efficiency 85 %, design at −10 °C outdoor and 20 °C
indoor (the figures live in ``resources/defaults.toml``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from minigrid_app.core.method import (
    DAYS_PER_MONTH,
    LOW_TEMPERATURE_SAVINGS,
    Namespace,
    Quantity,
    evaluate_all,
    household_inputs,
)
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet

HOURS_PER_MONTH = tuple(d * 24 for d in DAYS_PER_MONTH)


@dataclass(frozen=True)
class HeatDemand:
    """Heat demand of one home (the field names are the keys of :data:`DEMAND`).

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


# ---------------------------------------------------------------------------- climate


def degree_days(days_per_month: float, hdd_base_temp_c: float, monthly_outdoor_temp_c: float) -> float:
    """Heating degree days of one month HDD_m = days_m × max(0, base − T_m) [K·day]."""
    return days_per_month * max(0.0, hdd_base_temp_c - monthly_outdoor_temp_c)


def total(series: tuple[float, ...]) -> float:
    """Sum over the months of a year."""
    return sum(series)


#: The year's climate: computed once per parameter set (Uitgangspunten's month table).
CLIMATE = (
    Quantity(
        "hdd_month", "K·dag", "Graaddagen per maand", "Heating degree days per month",
        degree_days, "{days_per_month}*MAX(0,{hdd_base_temp_c}-{monthly_outdoor_temp_c})", monthly=True,
    ),
    Quantity(
        "hdd_total", "K·dag", "Graaddagen per jaar", "Heating degree days per year",
        lambda hdd_month: total(hdd_month), "SUM({hdd_month})",
    ),
    Quantity(
        "days_total", "dag", "Dagen per jaar", "Days per year",
        lambda days_per_month: total(days_per_month), "SUM({days_per_month})",
    ),
)  # fmt: skip


def heating_degree_days(params: ParameterSet) -> tuple[float, ...]:
    """Monthly heating degree days HDD_m = days_m × max(0, base − T_m) [K·day]."""
    return evaluate_all(CLIMATE[:1], Namespace(params))["hdd_month"]


# ---------------------------------------------------------------------------- demand


def cooking_gas(gas_m3: float, cooks_on_gas: bool, cooking_gas_m3: float) -> float:
    """Gas used for cooking [m³/yr]: the default figure when the home cooks on gas, at most all gas."""
    return min(cooking_gas_m3, gas_m3) if cooks_on_gas else 0.0


def dhw_demand(
    heat_kwh: float,
    persons: int | None,
    dhw_per_household_kwh: float,
    dhw_base_kwh: float,
    dhw_per_person_kwh: float,
) -> float:
    """Hot tap water [kWh/yr]: per household, or base + per person × persons; never more than all heat."""
    dhw = dhw_per_household_kwh if persons is None else dhw_base_kwh + dhw_per_person_kwh * persons
    return min(heat_kwh, dhw)


def suggested_supply_temperature(
    build_year: int | None,
    insulation_savings: float,
    modern_build_year: float,
    supply_temp_modern_c: float,
    supply_temp_old_c: float,
) -> float:
    """Supply temperature a home probably needs [°C].

    The modern temperature (45 °C) for homes built from ``modern_build_year`` on, or older
    homes whose planned insulation saves at least :data:`LOW_TEMPERATURE_SAVINGS` of space
    heating; else the old one (55 °C). An unknown build year counts as old (the safe side).
    """
    modern = build_year is not None and build_year >= modern_build_year
    if modern or insulation_savings >= LOW_TEMPERATURE_SAVINGS:
        return float(supply_temp_modern_c)
    return float(supply_temp_old_c)


def supply_temperature(
    supply_temp_entered_c: float | None,
    build_year: int | None,
    insulation_savings: float,
    modern_build_year: float,
    supply_temp_modern_c: float,
    supply_temp_old_c: float,
) -> float:
    """The supply temperature entered for the home, else the suggested one [°C]."""
    if supply_temp_entered_c is not None:
        return float(supply_temp_entered_c)
    return suggested_supply_temperature(
        build_year, insulation_savings, modern_build_year, supply_temp_modern_c, supply_temp_old_c
    )


_SUGGESTED = (
    "IF(OR(AND({build_year}<>\"\",{build_year}>={modern_build_year}),{insulation_savings}>={low_temperature_savings}),"
    "{supply_temp_modern_c},{supply_temp_old_c})"
)

#: The heat demand of one home, in the order of computation (the Warmtevraag sheet).
DEMAND = (
    Quantity(
        "gas_m3", "m³/jaar", "Gasverbruik", "Gas use",
        lambda gas_use_m3: float(gas_use_m3), "{gas_use_m3}",
    ),
    Quantity(
        "cooking_m3", "m³/jaar", "Gas om te koken", "Cooking gas",
        cooking_gas, "IF({cooks_on_gas},MIN({cooking_gas_m3},{gas_m3}),0)",
    ),
    Quantity(
        "gas_heating_m3", "m³/jaar", "Gas voor verwarming en tapwater", "Gas for heating and tap water",
        lambda gas_m3, cooking_m3: max(0.0, gas_m3 - cooking_m3), "MAX(0,{gas_m3}-{cooking_m3})",
    ),
    Quantity(
        "heat_kwh", "kWh/jaar", "Warmtevraag", "Heat demand",
        lambda gas_heating_m3, gas_hhv_kwh_per_m3, boiler_efficiency: gas_heating_m3
        * gas_hhv_kwh_per_m3
        * boiler_efficiency,
        "{gas_heating_m3}*{gas_hhv_kwh_per_m3}*{boiler_efficiency}",
        words_nl="(gasverbruik − gas om te koken) × energie-inhoud van gas × rendement van de ketel",
        words_en="(gas use − cooking gas) × energy content of gas × boiler efficiency",
    ),
    Quantity(
        "dhw_kwh", "kWh/jaar", "Warm tapwater", "Hot tap water",
        dhw_demand,
        "MIN({heat_kwh},IF({persons}=\"\",{dhw_per_household_kwh},{dhw_base_kwh}+{dhw_per_person_kwh}*{persons}))",
    ),
    Quantity(
        "space_kwh", "kWh/jaar", "Ruimteverwarming (na isolatie)", "Space heating (after insulation)",
        lambda heat_kwh, dhw_kwh, insulation_savings: (heat_kwh - dhw_kwh) * (1.0 - insulation_savings),
        "({heat_kwh}-{dhw_kwh})*(1-{insulation_savings})",
    ),
    Quantity(
        "ua_kw_k", "kW/K", "Warmteverlies per graad", "Heat loss per degree",
        lambda space_kwh, hdd_total: space_kwh / (hdd_total * 24.0), "{space_kwh}/({hdd_total}*24)",
    ),
    Quantity(
        "design_load_kw", "kW", "Ontwerpvermogen", "Design load",
        lambda ua_kw_k, indoor_design_temp_c, outdoor_design_temp_c: ua_kw_k
        * (indoor_design_temp_c - outdoor_design_temp_c),
        "{ua_kw_k}*({indoor_design_temp_c}-{outdoor_design_temp_c})",
    ),
    Quantity(
        "supply_temp_c", "°C", "Aanvoertemperatuur", "Supply temperature",
        supply_temperature,
        f"IF({{supply_temp_entered_c}}=\"\",{_SUGGESTED},{{supply_temp_entered_c}})",
    ),
    Quantity(
        "supply_temp_suggested", "", "Aanvoertemperatuur voorgesteld", "Supply temperature suggested",
        lambda supply_temp_entered_c: supply_temp_entered_c is None, None,
    ),
    Quantity(
        "space_monthly_kwh", "kWh", "Ruimteverwarming per maand", "Space heating per month",
        lambda space_kwh, hdd_month, hdd_total: space_kwh * hdd_month / hdd_total,
        "{space_kwh}*{hdd_month}/{hdd_total}", monthly=True,
    ),
    Quantity(
        "dhw_monthly_kwh", "kWh", "Warm tapwater per maand", "Hot tap water per month",
        lambda dhw_kwh, days_per_month, days_total: dhw_kwh * days_per_month / days_total,
        "{dhw_kwh}*{days_per_month}/{days_total}", monthly=True,
    ),
)  # fmt: skip

_FIELDS = tuple(f.name for f in fields(HeatDemand))


def heat_demand(household: Household, params: ParameterSet, gas_m3: float | None = None) -> HeatDemand:
    """Heat demand of a household from its gas use (evaluates :data:`CLIMATE` and :data:`DEMAND`).

    Parameters
    ----------
    household : Household
        Must have passed validation (gas use known and ≥ 0).
    params : ParameterSet
    gas_m3 : float, optional
        Use this annual gas use [m³/yr] instead of the household's (break-even search).
    """
    values = Namespace(params, known=household_inputs(household, gas_m3))
    evaluate_all(CLIMATE, values)
    evaluate_all(DEMAND, values)
    return HeatDemand(**{name: values[name] for name in _FIELDS})
