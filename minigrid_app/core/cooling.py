"""What cooling adds per variant for a home that wants to cool (method.md; docs/borefield.md).

One decision, shown by every view (business case page, handout, conditions): a gas boiler
cannot cool; the air heat pump cools actively (electricity = cooling ÷ seasonal EER); the own
and the shared ground loop cool passively through the loop (electricity = cooling ÷ the
passive-cooling SPF: the circulation pump only) and the heat goes into the ground, where it
helps the next winter. The numbers are the variant results' ``cooling_kwh_per_year`` and
``cooling_electricity_kwh``; the cost is that electricity at the electricity price.
"""

from __future__ import annotations

from dataclasses import dataclass

from minigrid_app.core.formatting import euro, number
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import VARIANTS, Variant

NONE, ACTIVE, PASSIVE = "none", "active", "passive"


@dataclass(frozen=True)
class CoolingLine:
    """Cooling in one variant for one home.

    Attributes
    ----------
    variant : str
    kind : str
        ``none`` (gas: a boiler cannot cool), ``active`` (air heat pump) or ``passive``
        (through the ground loop).
    cooling_kwh : float
        Cooling delivered [kWh/yr].
    electricity_kwh : float
        Electricity for it [kWh/yr] (part of the variant's electricity and monthly costs).
    cost_eur_per_year : float
        That electricity at the electricity price [€/yr].
    text : Bilingual
        One line for a resident: "passief via de bodemlus: 972 kWh koeling voor 49 kWh
        pompstroom (€ 15 per jaar); de warmte gaat de bodem in en helpt in de winter".
    short : Bilingual
        The same for a table cell: "passief via de bodem: 972 kWh koeling, 49 kWh
        pompstroom, € 15 per jaar".
    """

    variant: str
    kind: str
    cooling_kwh: float
    electricity_kwh: float
    cost_eur_per_year: float
    text: Bilingual
    short: Bilingual


def wants_cooling(results: ProjectResults, household_id: str | None) -> bool:
    """The home asked for cooling (its cooling need is above zero only then)."""
    household = results.household(household_id) if household_id else None
    return bool(household and household.demand and household.demand.cooling_kwh > 0)


def line(variant: str, cooling_kwh: float, electricity_kwh: float, price_eur_kwh: float) -> CoolingLine:
    """The cooling of one variant in numbers and words."""
    if variant == Variant.GAS:
        cannot = Bilingual("een cv-ketel kan niet koelen", "a gas boiler cannot cool")
        return CoolingLine(variant, NONE, 0.0, 0.0, 0.0, cannot, cannot)
    cost = electricity_kwh * price_eur_kwh
    need = {lang: number(cooling_kwh, 0, "kWh", lang) for lang in ("nl", "en")}
    power = {lang: number(electricity_kwh, 0, "kWh", lang) for lang in ("nl", "en")}
    money = {lang: euro(cost, language=lang) for lang in ("nl", "en")}
    if variant == Variant.AIR_HP:
        return CoolingLine(
            variant, ACTIVE, cooling_kwh, electricity_kwh, cost,
            Bilingual(
                f"actief koelen: {need['nl']} koeling voor {power['nl']} stroom ({money['nl']} per jaar)",
                f"active cooling: {need['en']} of cooling for {power['en']} of electricity ({money['en']} a year)",
            ),
            Bilingual(
                f"actief: {need['nl']} koeling, {power['nl']} stroom, {money['nl']} per jaar",
                f"active: {need['en']} of cooling, {power['en']} of electricity, {money['en']} a year",
            ),
        )
    return CoolingLine(
        variant, PASSIVE, cooling_kwh, electricity_kwh, cost,
        Bilingual(
            f"passief koelen via de bodemlus: {need['nl']} koeling voor {power['nl']} pompstroom "
            f"({money['nl']} per jaar); de warmte gaat de bodem in en helpt in de winter",
            f"passive cooling through the ground loop: {need['en']} of cooling for {power['en']} of pump "
            f"electricity ({money['en']} a year); the heat goes into the ground and helps in winter",
        ),
        Bilingual(
            f"passief via de bodem: {need['nl']} koeling, {power['nl']} pompstroom, {money['nl']} per jaar",
            f"passive through the ground: {need['en']} of cooling, {power['en']} of pump electricity, {money['en']} a year",
        ),
    )


def cooling_per_variant(results: ProjectResults, household_id: str | None) -> dict[str, CoolingLine]:
    """Per variant what cooling adds for a home that wants to cool; empty when it does not
    (or for the group: cooling is a home's own wish)."""
    if not wants_cooling(results, household_id):
        return {}
    household = results.household(household_id)
    price = results.parameters["electricity_price_eur_kwh"]
    found = {}
    for variant in VARIANTS:
        result = household.variants.get(variant)
        if result is not None:
            found[variant] = line(variant, result.cooling_kwh_per_year, result.cooling_electricity_kwh, price)
    return found
