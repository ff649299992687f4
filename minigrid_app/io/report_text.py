"""Plain-text results table for ``minigrid compute``."""

from __future__ import annotations

from minigrid_app.core.formatting import euro, number
from minigrid_app.core.model import Project
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import VARIANTS, Variant
from minigrid_app.core.variant import labels as variant_labels

HEADERS = {
    "nl": ("Woning", "Variant", "Per maand (jr 1)", "Investering netto", "Totaal {h} jr", "Terugverdientijd", "CO₂ kg/jr"),
    "en": ("Home", "Variant", "Monthly (yr 1)", "Net investment", "Total {h} yr", "Payback", "CO₂ kg/yr"),
}


def _field_label(field, results, language: str) -> str:
    """A borefield as residents know it: the cluster's or the home's name, never an internal id."""
    if field.cluster_id is not None:
        cluster = next((c for c in results.clusters if c.id == field.cluster_id), None)
        name = cluster.name if cluster is not None else "?"
        return f"{'Gedeelde bodemlus' if language == 'nl' else 'Shared ground loop'} {name}"
    home = results.household(field.households[0]) if field.households else None
    label = home.label if home is not None else "?"
    return f"{'Eigen bodemlus' if language == 'nl' else 'Own ground loop'} {label}"


def results_table(project: Project, results: ProjectResults, language: str = "nl") -> str:
    labels = variant_labels(language)
    horizon = results.parameters.int("horizon_years")
    headers = [h.format(h=horizon) for h in HEADERS[language]]
    rows: list[list[str]] = []
    never = "nooit" if language == "nl" else "never"
    years = "jr" if language == "nl" else "yr"
    for household in results.households:
        if not household.computable:
            reason = household.problems[0].text(language) if household.problems else ""
            rows.append([household.label, "–", reason, "", "", "", ""])
            continue
        for variant in VARIANTS:
            result = household.variants.get(variant)
            if result is None:
                text = "doet niet mee" if language == "nl" else "not participating"
                rows.append([household.label, labels[variant], text, "", "", "", ""])
                continue
            payback = "" if variant == Variant.GAS else (never if result.payback_years is None else f"{number(result.payback_years, 1, language=language)} {years}")
            rows.append(
                [
                    household.label,
                    labels[variant],
                    euro(result.monthly_costs_year1_eur, language=language),
                    euro(result.investment_net_eur, language=language),
                    euro(result.tco_eur, language=language),
                    payback,
                    number(result.co2_kg_per_year, language=language),
                ]
            )
    total_label = "Groep (totaal)" if language == "nl" else "Group (total)"
    for variant in VARIANTS:
        totals = results.group.totals[variant]
        rows.append(
            [
                f"{total_label}, {totals.households}",
                labels[variant],
                euro(totals.monthly_costs_year1_eur, language=language),
                euro(totals.investment_net_eur, language=language),
                euro(totals.tco_eur, language=language),
                "",
                number(totals.co2_kg_per_year, language=language),
            ]
        )
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    lines = []

    def fmt(row):
        return "  ".join(
            str(cell).ljust(widths[i]) if i < 2 else str(cell).rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()

    lines.append(fmt(headers))
    lines.append("  ".join("-" * w for w in widths))
    previous = None
    for row in rows:
        if previous is not None and row[0] != previous:
            lines.append("")
        lines.append(fmt(row))
        previous = row[0]
    lines.append("")
    if results.fields:
        lines.append("Bodemvelden:" if language == "nl" else "Borefields:")
        for field in results.fields:
            s = field.sizing
            tag = " (voorlopig, vuistregel)" if s.provisional and language == "nl" else (" (provisional)" if s.provisional else "")
            lines.append(
                f"  {_field_label(field, results, language)}: {s.boreholes} × {number(s.depth_m, 0, language=language)} m = "
                f"{number(s.total_length_m, 0, language=language)} m, min. {number(s.min_fluid_temp_c, 1, language=language)} °C, "
                f"{euro(field.shared_cost_eur, language=language)}{tag}"
            )
    group = results.group
    if language == "nl":
        lines.append(
            f"Groep: {group.households_total} woningen, {group.participants} doen mee, {group.clusters} clusters; "
            f"Wcw: {group.wcw.title_nl}."
        )
    else:
        lines.append(
            f"Group: {group.households_total} homes, {group.participants} participating, {group.clusters} clusters; "
            f"Wcw: {group.wcw.title_en}."
        )
    for warning in results.warnings:
        lines.append(f"! {warning}")
    return "\n".join(lines)
