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
from minigrid_app.core.model import HOUSE_TYPES, Household
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
    cooling_kwh : float
        Cooling the home wants per year [kWh/yr]; 0 when it does not want cooling.
    cooling_monthly_kwh : tuple[float, ...]
        Its split over the months, Jan..Dec [kWh] (by cooling degree days).
    cooling_load_kw : float
        Cooling load: the year's cooling ÷ full-load hours [kW].
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
    cooling_kwh: float = 0.0
    cooling_monthly_kwh: tuple[float, ...] = (0.0,) * 12
    cooling_load_kw: float = 0.0


# ---------------------------------------------------------------------------- climate


def degree_days(days_per_month: float, hdd_base_temp_c: float, monthly_outdoor_temp_c: float) -> float:
    """Heating degree days of one month HDD_m = days_m × max(0, base − T_m) [K·day]."""
    return days_per_month * max(0.0, hdd_base_temp_c - monthly_outdoor_temp_c)


def cooling_degree_days(days_per_month: float, monthly_outdoor_temp_c: float, cooling_base_temp_c: float) -> float:
    """Cooling degree days of one month CDD_m = days_m × max(0, T_m − base) [K·day]."""
    return days_per_month * max(0.0, monthly_outdoor_temp_c - cooling_base_temp_c)


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
    Quantity(
        "cdd_month", "K·dag", "Koelgraaddagen per maand", "Cooling degree days per month",
        cooling_degree_days, "{days_per_month}*MAX(0,{monthly_outdoor_temp_c}-{cooling_base_temp_c})", monthly=True,
    ),
    Quantity(
        "cdd_total", "K·dag", "Koelgraaddagen per jaar", "Cooling degree days per year",
        lambda cdd_month: total(cdd_month), "SUM({cdd_month})",
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


def cooling_per_m2(
    build_year: int | None, cooling_demand_kwh_per_m2: tuple[float, ...], cooling_build_year_bands: tuple[float, ...]
) -> float:
    """Cooling demand per m² of the home's build-year band [kWh/m² per year]; an unknown year counts as old."""
    band = 0 if build_year is None else sum(1 for limit in cooling_build_year_bands if build_year >= limit)
    return float(cooling_demand_kwh_per_m2[min(band, len(cooling_demand_kwh_per_m2) - 1)])


def cooling_type_factor(house_type: str, cooling_house_type_factor: tuple[float, ...]) -> float:
    """The cooling demand factor of the house type (:data:`~minigrid_app.core.model.HOUSE_TYPES` order) [-]."""
    try:
        return float(cooling_house_type_factor[HOUSE_TYPES.index(house_type)])
    except (ValueError, IndexError):
        return 1.0


def cooling_demand(
    wants_cooling: bool,
    cooling_entered_kwh: float | None,
    cooling_per_m2_kwh: float,
    cooling_type_factor: float,
    floor_area_m2: float | None,
    cooling_floor_area_default_m2: float,
) -> float:
    """Cooling the home wants per year [kWh/yr]: entered, or per m² × house type factor × floor area."""
    if not wants_cooling:
        return 0.0
    if cooling_entered_kwh is not None:
        return float(cooling_entered_kwh)
    area = cooling_floor_area_default_m2 if floor_area_m2 is None else float(floor_area_m2)
    return cooling_per_m2_kwh * cooling_type_factor * area


_COOLING_BAND = (
    "INDEX({cooling_demand_kwh_per_m2},1+IF({build_year}=\"\",0,({build_year}>=INDEX({cooling_build_year_bands},1))"
    "+({build_year}>=INDEX({cooling_build_year_bands},2))+({build_year}>=INDEX({cooling_build_year_bands},3))))"
)
_COOLING_TYPE = "IFERROR(INDEX({cooling_house_type_factor},MATCH({house_type},{" + ",".join(
    f'\"{name}\"' for name in HOUSE_TYPES
) + "},0)),1)"

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
    Quantity(
        "cooling_per_m2_kwh", "kWh/m² per jaar", "Koelvraag per m² (bouwjaar)", "Cooling demand per m² (build year)",
        cooling_per_m2, _COOLING_BAND,
    ),
    Quantity(
        "cooling_type_factor", "-", "Koelvraag: factor woningtype", "Cooling demand: house type factor",
        cooling_type_factor, _COOLING_TYPE,
    ),
    Quantity(
        "cooling_kwh", "kWh/jaar", "Koelvraag", "Cooling demand",
        cooling_demand,
        "IF({wants_cooling},IF({cooling_entered_kwh}=\"\",{cooling_per_m2_kwh}*{cooling_type_factor}"
        "*IF({floor_area_m2}=\"\",{cooling_floor_area_default_m2},{floor_area_m2}),{cooling_entered_kwh}),0)",
        words_nl="alleen als de woning wil koelen: de ingevulde koelvraag, anders koelvraag per m² (naar bouwjaar) "
        "× factor woningtype × woonoppervlak",
        words_en="only when the home wants cooling: the cooling need entered, else cooling demand per m² (by build "
        "year) × house type factor × floor area",
    ),
    Quantity(
        "cooling_monthly_kwh", "kWh", "Koeling per maand", "Cooling per month",
        lambda cooling_kwh, cdd_month, cdd_total: cooling_kwh * cdd_month / cdd_total if cdd_total > 0 else 0.0,
        "IF({cdd_total}>0,{cooling_kwh}*{cdd_month}/{cdd_total},0)", monthly=True,
    ),
    Quantity(
        "cooling_load_kw", "kW", "Koelvermogen", "Cooling load",
        lambda cooling_kwh, cooling_full_load_hours: cooling_kwh / cooling_full_load_hours,
        "{cooling_kwh}/{cooling_full_load_hours}",
    ),
)  # fmt: skip

_FIELDS = tuple(f.name for f in fields(HeatDemand))

#: The figures the climate is computed from (what :data:`CLIMATE` reads that it does not compute).
_CLIMATE_INPUTS = tuple(dict.fromkeys(n for q in CLIMATE for n in q.inputs if n not in {c.key for c in CLIMATE}))
#: The climate by those figures: the same for every home and every trial gas use of a parameter set.
_CLIMATES: dict[tuple, dict[str, object]] = {}
#: At most this many climates are kept (a parameter set changes its climate rarely).
_CLIMATES_KEPT = 16
#: The last parameter set asked for and its climate (most calls ask for the same set again).
_LAST_CLIMATE: list = [None, None]


def _climate(params: ParameterSet) -> dict[str, object]:
    """:data:`CLIMATE` evaluated for ``params``, once per set of the figures it reads.

    The climate does not depend on the home: ``minigrid intent straat-24`` evaluated it
    1 400 times (every home of every rerun, every trial gas use of the break-even search) for
    one climate (issue 16).
    """
    last, found = _LAST_CLIMATE
    if last is params:
        return found
    figures = Namespace(params)
    key = tuple(tuple(v) if isinstance(v, list) else v for v in (figures[name] for name in _CLIMATE_INPUTS))
    found = _CLIMATES.get(key)
    if found is None:
        evaluate_all(CLIMATE, figures)
        if len(_CLIMATES) >= _CLIMATES_KEPT:
            _CLIMATES.clear()
        found = _CLIMATES[key] = {q.key: figures[q.key] for q in CLIMATE}
    _LAST_CLIMATE[:] = [params, found]
    return found


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
    values.update(_climate(params))
    evaluate_all(DEMAND, values)
    return HeatDemand(**{name: values[name] for name in _FIELDS})
