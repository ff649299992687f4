"""Checks on household input: what cannot be computed, and what looks doubtful.

Two kinds of limit. *Validity*: outside it a value cannot be used (an error). *Plausibility*:
outside it a value is accepted but flagged (a warning) with a sentence that says what to
check ("is dit het jaarverbruik in m³? Kijk op de jaarafrekening"). Every entry path (the
households table, the survey import, the command line) shows the same checks.

Returns :class:`Problem` lists; never raises on bad values.
"""

from __future__ import annotations

import datetime
import math

from minigrid_app.core.formatting import exact, group_thousands
from minigrid_app.core.home_labels import home_label
from minigrid_app.core.model import PARTICIPATION_STATES, Household, Project
from minigrid_app.core.problems import Problem, in_language

#: Above this a value is almost certainly a meter reading, not a year's use [m³/yr].
GAS_IMPOSSIBLE_M3 = 10000.0
#: A year's gas use of a Dutch home outside this range is flagged: check it [m³/yr].
#: (Below: a monthly amount, one month's use or a euro amount; above: a meter reading.)
GAS_PLAUSIBLE_M3 = (300.0, 6000.0)
#: A floor area outside this range is flagged [m²].
FLOOR_AREA_PLAUSIBLE_M2 = (20.0, 1000.0)
#: More residents than this in one home is flagged [-].
PERSONS_PLAUSIBLE_MAX = 15
#: A build year before this is flagged (a typing error, or a date) [year].
BUILD_YEAR_PLAUSIBLE_MIN = 1800


def plausible_range(field: str, today: datetime.date | None = None) -> tuple[float, float] | None:
    """The range in which a household field's value is not flagged, or None (no such range).

    Used by the checks below and by :mod:`minigrid_app.core.reading` to choose between the
    two readings of an ambiguous number ("1,180": 1,18 or 1180 m³).
    """
    if field == "gas_m3_per_year":
        return GAS_PLAUSIBLE_M3
    if field == "floor_area_m2":
        return FLOOR_AREA_PLAUSIBLE_M2
    if field == "persons":
        return (0.0, float(PERSONS_PLAUSIBLE_MAX))
    if field == "build_year":
        return (float(BUILD_YEAR_PLAUSIBLE_MIN), float((today or datetime.date.today()).year))
    if field == "supply_temp_c":
        return (25.0, 75.0)
    if field == "insulation_savings":
        return (0.0, 90.0)
    return None


#: A figure at or above this is said as 'meer dan …' in a message, not in its hundreds of digits
SHOWN_MAX = 1e9


def _whole(value: float) -> tuple[str, str]:
    if value >= SHOWN_MAX:  # 1E+308 typed into a cell is 309 digits
        return f"meer dan {group_thousands(SHOWN_MAX, 0, 'nl')}", f"more than {group_thousands(SHOWN_MAX, 0, 'en')}"
    return exact(value, "nl"), exact(value, "en")  # the figure checked, not a rounded one ('300' for 299,6)


def _year_shown(year) -> str:
    """A build year as a message names it: a number of many digits cut to its first six."""
    text = str(year)
    return text if len(text) <= 8 else text[:6] + "…"


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def household_name(household: Household, row: int) -> str:
    """The name results give a home: its label, else 'Woning 3' / 'Home 3' (:func:`.home_labels.home_label`)."""
    return home_label(household, row)


def build_year_assumed(household: Household) -> bool:
    """Whether the engine takes the home as an older one for want of a build year: no build year, no
    supply temperature entered and not insulated enough to count as low-temperature anyway
    (:func:`minigrid_app.core.demand.suggested_supply_temperature`). Said in the home's remarks and
    on its declaration of intent."""
    # here: the demand tables and their method (core.demand, core.method) are not loaded to open
    # the window, only when a home is first checked (issue 16)
    from minigrid_app.core.demand import LOW_TEMPERATURE_SAVINGS

    return (
        household.build_year is None
        and household.supply_temp_c is None
        and _number(household.insulation_savings)
        and household.insulation_savings < LOW_TEMPERATURE_SAVINGS
    )


def validate_household(household: Household, row: int, max_distance_m: float = 20.0) -> list[Problem]:
    """Problems with one household (row is 1-based, for messages)."""
    name = household_name(household, row)
    name_en = in_language(name, "en")  # 'Home 3' for a home with no name
    problems: list[Problem] = []

    def error(field: str, nl: str, en: str) -> None:
        problems.append(Problem(f"{name}: {nl}", f"{name_en}: {en}", field=field, row=row))

    def warning(field: str, nl: str, en: str) -> None:
        problems.append(
            Problem(f"{name}: {nl}", f"{name_en}: {en}", field=field, row=row, severity="warning")
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
        nl, en = _whole(gas)
        error(
            "gas_m3_per_year",
            f"{nl} m³ per jaar is onmogelijk veel voor één woning; is dit een meterstand? "
            "Vul het verbruik van één jaar in.",
            f"{en} m³ a year is impossibly high for one home; is this a meter reading? "
            "Enter one year's use.",
        )
    elif gas > GAS_PLAUSIBLE_M3[1]:
        nl, en = _whole(gas)
        warning(
            "gas_m3_per_year",
            f"{nl} m³ per jaar is erg hoog voor één woning; klopt dit? Is het het jaarverbruik in m³ en "
            "geen meterstand? Kijk op de jaarafrekening.",
            f"{en} m³ a year is very high for one home; is it right? Is it the year's use in m³ and not a "
            "meter reading? Check the annual bill.",
        )
    elif gas == 0:
        warning(
            "gas_m3_per_year",
            "gasverbruik is 0 m³: dan valt er niets te besparen.",
            "gas use is 0 m³: there is nothing to save.",
        )
    elif gas < GAS_PLAUSIBLE_M3[0]:
        nl, en = _whole(gas)
        warning(
            "gas_m3_per_year",
            f"{nl} m³ per jaar is erg weinig voor een hele woning; is dit het jaarverbruik in m³ (geen "
            "maandbedrag en niet het verbruik van één maand)? Kijk op de jaarafrekening.",
            f"{en} m³ a year is very little for a whole home; is this the year's use in m³ (not a monthly "
            "amount, nor one month's use)? Check the annual bill.",
        )

    year = household.build_year
    this_year = datetime.date.today().year
    if year is not None and (not _number(year) or year < 1500 or year > this_year + 2):
        error(
            "build_year",
            f"bouwjaar {_year_shown(year)} klopt niet; vul een jaartal in zoals 1996.",
            f"build year {_year_shown(year)} is not valid; enter a year such as 1996.",
        )
    elif year is not None and year > this_year:
        warning(
            "build_year",
            f"bouwjaar {year} ligt in de toekomst; klopt dit (nieuwbouw)? Anders: vul het jaar in waarin "
            "de woning is gebouwd.",
            f"build year {year} is in the future; is it right (a new build)? Otherwise enter the year the "
            "home was built.",
        )
    elif year is not None and year < BUILD_YEAR_PLAUSIBLE_MIN:
        warning(
            "build_year",
            f"bouwjaar {year} is erg vroeg; klopt het jaartal? Kijk op de WOZ-beschikking of het "
            "Kadaster.",
            f"build year {year} is very early; is the year right? Check the property valuation (WOZ) or "
            "the land registry.",
        )
    if build_year_assumed(household):
        # the engine takes an unknown build year as old (the safe side): hotter water in the radiators,
        # a dearer heat pump bill; the table said nothing and the panel '✓ Alle woningen zijn compleet'
        warning(
            "build_year",
            "bouwjaar ontbreekt: Minigrid rekent daarom met een oudere woning, met heter water in de "
            "radiatoren (een hogere aanvoertemperatuur) en dus een minder zuinige warmtepomp. Vul het "
            "bouwjaar in; het staat op de WOZ-beschikking.",
            "build year is missing: Minigrid therefore counts it as an older home, with hotter water in the "
            "radiators (a higher supply temperature) and so a less efficient heat pump. Enter the build "
            "year; it is on the property valuation (WOZ).",
        )
    persons = household.persons
    if persons is not None and (not _number(persons) or persons < 0 or persons > 20):
        error("persons", "aantal bewoners moet tussen 0 en 20 liggen.", "persons must be 0 to 20.")
    elif persons is not None and persons > PERSONS_PLAUSIBLE_MAX:
        warning(
            "persons",
            f"{persons} bewoners is erg veel voor één woning; klopt dit, of is het een ander getal "
            "(huisnummer, bouwjaar)?",
            f"{persons} residents is a lot for one home; is it right, or is it another number (house "
            "number, build year)?",
        )
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
    for field_name, nl, en, upper, unit_nl, unit_en in _BOUNDED:
        value = getattr(household, field_name)
        if field_name == "cooling_kwh_per_year" and not household.wants_cooling:
            continue  # not used: no reason to leave the home out
        if value is not None and (not _number(value) or value < 0 or value > upper):
            low = "€ 0" if unit_nl == "€" else "0"
            error(
                field_name,
                f"{nl} tussen {low} en {_bound(upper, unit_nl, 'nl')} liggen.",
                f"{en} between {low} and {_bound(upper, unit_en, 'en')}.",
            )
    area = household.floor_area_m2
    low, high = FLOOR_AREA_PLAUSIBLE_M2
    if _number(area) and 0 <= area <= 5000 and not low <= area <= high:
        nl, en = _whole(area)
        warning(
            "floor_area_m2",
            f"woonoppervlak {nl} m² is ongewoon {'klein' if area < low else 'groot'}; is dit het "
            "woonoppervlak in m² (zie de WOZ-beschikking)?",
            f"floor area {en} m² is unusually {'small' if area < low else 'large'}; is this the living "
            "area in m² (see the property valuation)?",
        )
    distance = household.distance_to_next_m
    if distance is not None:
        if not _number(distance) or distance < 0 or distance > 1000:
            error(
                "distance_to_next_m",
                "afstand tot de volgende woning moet tussen 0 en 1.000 m liggen.",
                "distance to the next home must be between 0 and 1,000 m.",
            )
        elif distance > max_distance_m:
            warning(
                "distance_to_next_m",
                f"afstand tot de volgende woning is {exact(distance, 'nl')} m, meer dan {exact(max_distance_m, 'nl')} m: "
                "een gedeelde bodemlus wordt dan duur; overweeg een ander cluster.",
                f"distance to the next home is {exact(distance, 'en')} m, more than {exact(max_distance_m, 'en')} m: "
                "a shared loop gets expensive; consider another cluster.",
            )
    if household.participation not in PARTICIPATION_STATES:
        error(
            "participation",
            f"onbekende deelname '{household.participation}'.",
            f"unknown participation '{household.participation}'.",
        )
    return problems


#: Figures of a home that cannot be below 0 or above a bound: (field, Dutch words with their verb,
#: English words, bound, Dutch unit, English unit); a value outside is an error, said with the bounds
#: as the language writes them ('€ 100.000', '5.000 m²'), never '100000'. The cooling need entered
#: by hand had no bounds: −800 kWh lowered the air heat pump's bill, 5 000 000 kWh made it € 26.251 a month.
_BOUNDED = (
    ("lt_measures_cost_eur", "kosten lage-temperatuurmaatregelen moeten", "low-temperature measures cost must be",
     100_000, "€", "€"),
    ("floor_area_m2", "woonoppervlak moet", "floor area must be", 5_000, "m²", "m²"),
    ("boiler_age_years", "leeftijd cv-ketel moet", "boiler age must be", 80, "jaar", "years"),
    ("cooling_kwh_per_year", "koelvraag moet", "cooling need must be", 50_000, "kWh per jaar", "kWh a year"),
)  # fmt: skip


def _bound(value: float, unit: str, language: str) -> str:
    """A bound as the message says it: '€ 100.000', '5.000 m²', '80 jaar'."""
    shown = group_thousands(value, 0, language)
    return f"€ {shown}" if unit == "€" else f"{shown} {unit}"


def can_compute(household: Household, row: int = 1) -> bool:
    """True when the household has no errors (warnings are fine)."""
    return not any(p.is_error for p in validate_household(household, row))


#: the most homes a mini heat network is meant for (intake 'Soort warmtenet': 'mini', 2 to 50)
MINI_NETWORK_MAX_HOMES = 50


def validate_project(project: Project) -> list[Problem]:
    """The problems of the project as a whole, said at step 1 above each home's own.

    A home's own problems are :func:`validate_household`'s (step 1's table and its list, the
    survey import, "Nog te doen"); ids are made unique when a project file is read. What is left
    is the number of homes against the kind of heat network chosen at the intake.
    """
    count = len(project.households)
    if project.intake.network_type == "mini" and count > MINI_NETWORK_MAX_HOMES:
        return [Problem(
            f"{count} woningen: een mini-warmtenet is bedoeld voor 2 tot {MINI_NETWORK_MAX_HOMES} woningen. "
            "Is het een kleinschalig warmtenet, kies dat dan bij ‘Soort warmtenet’.",
            f"{count} homes: a mini heat network is meant for 2 to {MINI_NETWORK_MAX_HOMES} homes. "
            "If it is a small heat network, choose that at ‘Type of heat network’.",
            field="network_type", severity="warning",
        )]
    return []
