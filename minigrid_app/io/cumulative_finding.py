"""The words of the cumulative-costs chart: its labels' years and its title (no matplotlib here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from minigrid_app.core.formatting import euro, number
from minigrid_app.core.variant import VARIANTS, Variant, variant_label


def years_text(years: float, language: str) -> str:
    """'14,6' (one decimal, whole numbers without)."""
    decimals = 0 if abs(years - round(years)) < 0.05 else 1
    return number(years, decimals, language=language)


def cumulative_finding(
    series: Mapping[str, Sequence[float]], crossings: Sequence[tuple[str, float]], horizon: int, language: str = "nl"
) -> str:
    """The title: the first variant to get cheaper than gas, in the words its label says.

    ``crossings``: (variant, year it gets cheaper than gas) as the chart marks them. Variants whose
    label says the same year as the first one's are all named ('De eigen bodemlus en de gedeelde
    bodemlus zijn na 14,9 jaar …'): naming one of two labels that read alike, drawn on the same
    spot, pointed at the other's colour.
    """
    en = language == "en"
    gas = series.get(Variant.GAS)
    if crossings:
        first = years_text(min(year for _v, year in crossings), language)
        names = [variant_label(v, language).lower() for v in VARIANTS for c, year in crossings
                 if c == v and years_text(year, language) == first]
        both = (" and the " if en else " en de ").join(names)
        several = len(names) > 1
        # a variant below gas in every year has no crossing to mark: the title named only the ground loops
        # getting cheaper after 14,7 years, above an air heat pump that was cheaper all along (walk, session 17)
        crossed = {c for c, _year in crossings}
        throughout = [v for v in VARIANTS if v != Variant.GAS and v not in crossed and gas is not None
                      and series.get(v) is not None and _below_throughout(series[v], gas)]
        if throughout:
            cheap = variant_label(throughout[0], language).lower()
            if en:
                return f"The {cheap} is cheaper than gas all along; the {both} {'are' if several else 'is'} after {first} years"
            return f"De {cheap} is steeds goedkoper dan gas; de {both} {'zijn' if several else 'is'} het na {first} jaar"
        if en:
            return f"The {both} {'are' if several else 'is'} cheaper than gas after {first} years"
        return f"De {both} {'zijn' if several else 'is'} na {first} jaar goedkoper dan gas"
    if gas is not None and len(series) > 1:  # no crossing to mark: say which one is cheapest at the end
        final = {v: list(series[v])[-1] for v in VARIANTS if series.get(v) is not None}
        cheapest = min(final, key=final.get)
        if cheapest == Variant.GAS:
            return f"Over {horizon} years the gas boiler stays the cheapest" if en else \
                f"Over {horizon} jaar blijft de gasketel het goedkoopst"
        saving = euro(final[Variant.GAS] - final[cheapest], 0, language)
        label = variant_label(cheapest, language).lower()
        return f"Over {horizon} years the {label} is the cheapest: {saving} less than gas" if en else \
            f"Over {horizon} jaar is de {label} het voordeligst: {saving} minder dan gas"
    return f"Cumulative costs over {horizon} years" if en else f"Opgetelde kosten over {horizon} jaar"


def _below_throughout(costs: Sequence[float], gas: Sequence[float]) -> bool:
    """Whether ``costs`` stays at or under ``gas`` in every year after the start (and under it at the end) [€]."""
    pairs = list(zip(list(costs)[1:], list(gas)[1:], strict=False))
    return bool(pairs) and all(c <= g + 0.5 for c, g in pairs) and pairs[-1][0] < pairs[-1][1] - 0.5
