"""Checks on household input: what cannot be computed, and what looks doubtful.

Returns :class:`Problem` lists; never raises on bad values.
"""

from __future__ import annotations

import datetime
import math

from minigrid_app.core.model import PARTICIPATION_STATES, Household, Project
from minigrid_app.core.problems import Problem

#: Above this a value is almost certainly a meter reading, not a year's use [m³/yr].
GAS_IMPOSSIBLE_M3 = 10000.0
#: Above this a year's gas use is unusual for a Dutch home: check it [m³/yr].
GAS_DOUBTFUL_M3 = 4000.0


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def household_name(household: Household, row: int) -> str:
    return household.label.strip() or f"Woning {row}"


def validate_household(household: Household, row: int, max_distance_m: float = 20.0) -> list[Problem]:
    """Problems with one household (row is 1-based, for messages)."""
    name = household_name(household, row)
    problems: list[Problem] = []

    def error(field: str, nl: str, en: str) -> None:
        problems.append(Problem(f"{name}: {nl}", f"{name}: {en}", field=field, row=row))

    def warning(field: str, nl: str, en: str) -> None:
        problems.append(
            Problem(f"{name}: {nl}", f"{name}: {en}", field=field, row=row, severity="warning")
        )

    gas = household.gas_m3_per_year
    if gas is None:
        error(
            "gas_m3_per_year",
            "gasverbruik ontbreekt: vul het jaarverbruik in of schat het uit de jaarafrekening.",
            "gas use is missing: enter the annual use or estimate it from the annual bill.",
        )
    elif not _number(gas):
        error("gas_m3_per_year", "gasverbruik is geen getal.", "gas use is not a number.")
    elif gas < 0:
        error(
            "gas_m3_per_year",
            "gasverbruik kan niet negatief zijn: controleer de jaarafrekening.",
            "gas use cannot be negative: check the annual bill.",
        )
    elif gas > GAS_IMPOSSIBLE_M3:
        error(
            "gas_m3_per_year",
            f"{gas:.0f} m³ per jaar is onmogelijk veel voor één woning; is dit een meterstand? "
            "Vul het verbruik van één jaar in.",
            f"{gas:.0f} m³ a year is impossibly high for one home; is this a meter reading? "
            "Enter one year's use.",
        )
    elif gas > GAS_DOUBTFUL_M3:
        warning(
            "gas_m3_per_year",
            f"{gas:.0f} m³ per jaar is erg hoog; klopt dit?",
            f"{gas:.0f} m³ a year is very high; is it right?",
        )
    elif gas == 0:
        warning(
            "gas_m3_per_year",
            "gasverbruik is 0 m³: dan valt er niets te besparen.",
            "gas use is 0 m³: there is nothing to save.",
        )

    year = household.build_year
    this_year = datetime.date.today().year
    if year is not None and (not _number(year) or year < 1500 or year > this_year + 2):
        error(
            "build_year",
            f"bouwjaar {year} klopt niet; vul een jaartal in zoals 1996.",
            f"build year {year} is not valid; enter a year such as 1996.",
        )
    persons = household.persons
    if persons is not None and (not _number(persons) or persons < 0 or persons > 20):
        error("persons", "aantal bewoners moet tussen 0 en 20 liggen.", "persons must be 0 to 20.")
    savings = household.insulation_savings
    if not _number(savings) or savings < 0 or savings > 0.9:
        error(
            "insulation_savings",
            "besparing door isolatie moet tussen 0 % en 90 % liggen.",
            "insulation savings must be between 0% and 90%.",
        )
    supply = household.supply_temp_c
    if supply is not None and (not _number(supply) or supply < 25 or supply > 75):
        error(
            "supply_temp_c",
            "aanvoertemperatuur moet tussen 25 en 75 °C liggen.",
            "supply temperature must be between 25 and 75 °C.",
        )
    for field_name, nl, en, upper in (
        ("lt_measures_cost_eur", "kosten lage-temperatuurmaatregelen", "low-temperature measures cost", 100000),
        ("floor_area_m2", "woonoppervlak", "floor area", 5000),
        ("boiler_age_years", "leeftijd cv-ketel", "boiler age", 80),
    ):
        value = getattr(household, field_name)
        if value is not None and (not _number(value) or value < 0 or value > upper):
            error(field_name, f"{nl} moet tussen 0 en {upper} liggen.", f"{en} must be 0 to {upper}.")
    distance = household.distance_to_next_m
    if distance is not None:
        if not _number(distance) or distance < 0 or distance > 1000:
            error(
                "distance_to_next_m",
                "afstand tot de volgende woning moet tussen 0 en 1000 m liggen.",
                "distance to the next home must be 0 to 1000 m.",
            )
        elif distance > max_distance_m:
            warning(
                "distance_to_next_m",
                f"afstand tot de volgende woning is {distance:.0f} m, meer dan {max_distance_m:.0f} m: "
                "een gedeelde bodemlus wordt dan duur; overweeg een ander cluster.",
                f"distance to the next home is {distance:.0f} m, more than {max_distance_m:.0f} m: "
                "a shared loop gets expensive; consider another cluster.",
            )
    if household.participation not in PARTICIPATION_STATES:
        error(
            "participation",
            f"onbekende deelname '{household.participation}'.",
            f"unknown participation '{household.participation}'.",
        )
    return problems


def can_compute(household: Household, row: int = 1) -> bool:
    """True when the household has no errors (warnings are fine)."""
    return not any(p.is_error for p in validate_household(household, row))


def validate_project(project: Project, max_distance_m: float = 20.0) -> list[Problem]:
    """All household problems plus project-level ones."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for row, household in enumerate(project.households, start=1):
        if household.id in seen:
            problems.append(
                Problem(
                    f"Woning {row}: dubbele sleutel {household.id}.",
                    f"Home {row}: duplicate id {household.id}.",
                    field="id",
                    row=row,
                )
            )
        seen.add(household.id)
        problems.extend(validate_household(household, row, max_distance_m))
    if len(project.households) > 50:
        problems.append(
            Problem(
                f"{len(project.households)} woningen: een mini-warmtenet is bedoeld voor 2 tot 50 woningen.",
                f"{len(project.households)} homes: a mini heat network is meant for 2 to 50 homes.",
                severity="warning",
            )
        )
    return problems
