"""Quantity selectors: the numbers the screens, documents and "hoe berekend?" show, picked from the results.

Pure functions on :class:`~minigrid_app.core.results.ProjectResults` (no Qt): the value of a
quantity for one household or the group average per home, the price band, cumulative costs,
the tornado per home. :mod:`minigrid_app.core.explain` explains the same numbers.
"""

from __future__ import annotations

from minigrid_app.core import verdict
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.variant import VARIANTS, Variant
from minigrid_app.core.variants import VariantResult


def group_members(results: ProjectResults) -> list[HouseholdResult]:
    """Households in the group comparison: computed and not declined (the group's ``basis``)."""
    return [h for h in results.households if h.computable and h.participates]


def raw_value(
    result: VariantResult | None,
    household: HouseholdResult | None,
    results: ProjectResults,
    quantity: str,
) -> float | None:
    """One household's value of ``quantity`` in ``result`` (its variant); None when there is none."""
    if quantity == "heat_demand_kwh":
        return household.demand.heat_kwh if household and household.demand else None
    if result is None:
        return None
    if quantity == "borefield_length_m":
        if result.field_id is None:
            return None
        found = results.field(result.field_id)
        return found.sizing.total_length_m if found else None
    if quantity == "heat_pump_size_kw":
        return None if result.heat_pump_size_kw is None else float(result.heat_pump_size_kw)
    value = getattr(result, quantity)
    return None if value is None else float(value)


def quantity_value(
    results: ProjectResults, household_id: str | None, variant: str, quantity: str
) -> float | None:
    """The number shown for a household (or the group average per home when ``household_id`` is None).

    For the group: the mean over :func:`group_members` (the homes that take part) that have a
    value; None when none has. The group's payback is that of the summed cash flows
    (:attr:`~minigrid_app.core.results.VariantTotals.payback_years`); the group has no single
    break-even (None; :func:`minigrid_app.core.verdict.verdict_summary` says for how many homes
    a variant is cheaper).
    """
    if household_id is not None:
        household = results.household(household_id)
        if household is None:
            return None
        return raw_value(household.variants.get(variant), household, results, quantity)
    if quantity == "payback_years":
        totals = results.group.totals.get(variant)
        return None if totals is None or variant == Variant.GAS else totals.payback_years
    if quantity == "break_even_gas_m3":
        return None
    values = [
        v
        for h in group_members(results)
        if (v := raw_value(h.variants.get(variant), h, results, quantity)) is not None
    ]
    return sum(values) / len(values) if values else None


def borefield_impossible(results: ProjectResults, household_id: str | None, variant: str) -> bool:
    """Whether the borefield a home (None: any home of the group) would use for ``variant`` cannot be built."""
    fields = [f for f in results.fields if f.variant == variant and variant in (Variant.GROUND_HP, Variant.SHARED_LOOP)]
    if household_id is not None:
        fields = [f for f in fields if household_id in f.households]
    return bool(fields) and not any(f.sizing.feasible for f in fields)


def missing_text(
    results: ProjectResults, household_id: str | None, variant: str, language: str = "nl", short: bool = False
) -> str:
    """What a view says where a home (None: the group) has no figures for ``variant``.

    'niet mogelijk: het bodemveld kan niet' when the borefield it would use cannot be built (for
    the group: none of the variant's fields can), else 'niet berekend'; ``short``: 'niet mogelijk'
    (a table whose fields say why below it). A row 'niet berekend' beside 'Gedeelde bodemlus
    Cluster 1: niet mogelijk' read as if the program had not got round to it.
    """
    english = language == "en"
    if borefield_impossible(results, household_id, variant):
        if short:
            return "not possible" if english else "niet mogelijk"
        return "not possible: the borefield cannot be built" if english else "niet mogelijk: het bodemveld kan niet"
    return "not computed" if english else "niet berekend"


def monthly_range(
    results: ProjectResults, household_id: str | None, variant: str
) -> tuple[float, float] | None:
    """Monthly costs at low and high energy prices (the price band) [€/month]."""
    low = quantity_value(results, household_id, variant, "monthly_costs_low_eur")
    high = quantity_value(results, household_id, variant, "monthly_costs_high_eur")
    if low is None or high is None:
        return None
    return (min(low, high), max(low, high))


def cumulative_costs(result: VariantResult) -> list[float]:
    """Money spent up to and including each year, year 0 (own money) to the horizon [€]."""
    return verdict.cumulative_costs(result.own_money_year0_eur, result.cash_flows)


def cumulative_series(results: ProjectResults, household_id: str | None) -> dict[str, list[float]]:
    """Cumulative costs per variant for a household, or the group average per home."""
    series: dict[str, list[float]] = {}
    members = group_members(results) if household_id is None else [results.household(household_id)]
    for variant in VARIANTS:
        rows = [
            cumulative_costs(h.variants[variant]) for h in members if h and h.variants.get(variant)
        ]
        if rows:
            series[variant] = [sum(column) / len(rows) for column in zip(*rows, strict=True)]
    return series


def tornado_data(
    results: ProjectResults, variant: str
) -> tuple[list[tuple[str, str, float, float]], float] | None:
    """Tornado bars for one variant as the average per home [€]: ([(label_nl, label_en, low, high)], base).

    The engine's sensitivity is a sum over the homes that take part; it is divided by their
    number, so it reads on the same scale as the other numbers on the page.
    """
    sensitivity = results.sensitivity
    if sensitivity is None or variant == Variant.GAS:
        return None
    totals = results.group.totals.get(variant)
    count = totals.households if totals is not None else 0
    if count == 0:
        return None
    bars = [
        (
            bar.label_nl,
            bar.label_en,
            bar.low_eur.get(variant, 0.0) / count,
            bar.high_eur.get(variant, 0.0) / count,
        )
        for bar in sensitivity.bars
    ]
    return bars, sensitivity.base_difference_eur.get(variant, 0.0) / count


def price_band(
    results: ProjectResults, household_id: str | None
) -> dict[str, tuple[float, float, float]]:
    """Monthly costs per variant at low, middle and high energy prices [€/month]."""
    band = {}
    for variant in VARIANTS:
        mid = quantity_value(results, household_id, variant, "monthly_costs_year1_eur")
        low = quantity_value(results, household_id, variant, "monthly_costs_low_eur")
        high = quantity_value(results, household_id, variant, "monthly_costs_high_eur")
        if mid is not None and low is not None and high is not None:
            band[variant] = (low, mid, high)
    return band


def monthly_difference_per_home(results: ProjectResults, variant: str) -> list[tuple[int, float]]:
    """(street position, monthly costs of ``variant`` − gas [€/month]) per participating home.

    The difference of the two figures in whole euros as each home's own papers show them
    (:func:`minigrid_app.core.verdict.shown_monthly_difference`).

    The position (1-based row) lets the presentation show homes anonymised as "Woning N".
    """
    rows = []
    for household in group_members(results):
        result, gas = household.variants.get(variant), household.variants.get(Variant.GAS)
        if result is not None and gas is not None:
            rows.append(
                (household.row, verdict.shown_monthly_difference(result.monthly_costs_year1_eur, gas.monthly_costs_year1_eur))
            )
    return rows
