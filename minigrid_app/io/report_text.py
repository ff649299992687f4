"""Plain-text results table for ``minigrid compute``."""

from __future__ import annotations

from minigrid_app.core.formatting import (
    NO_BREAK,
    borehole_depth,
    count,
    euro,
    field_length,
    number,
    unbroken,
)
from minigrid_app.core.home_remarks import remark_texts, warning_texts
from minigrid_app.core.model import Project
from minigrid_app.core.participation import group_participation
from minigrid_app.core.problems import in_language
from minigrid_app.core.regulation import per_network_text
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.selectors import missing_text
from minigrid_app.core.variant import VARIANTS
from minigrid_app.core.variant import labels as variant_labels
from minigrid_app.core.verdict import (
    basis_text,
    difference_text,
    totals_basis_text,
    verdict_summary,
)

HEADERS = {
    "nl": (
        "Woning", "Variant", "Per maand jr 1", "Na de lening", "Investering netto", "Totaal {h} jr",
        "Verschil met gas", "Terugverdientijd", "Voordeliger dan gas", "CO₂ kg/jr",
    ),
    "en": (
        "Home", "Variant", "Monthly yr 1", "After the loan", "Net investment", "Total {h} yr",
        "Against gas", "Payback", "Cheaper than gas", "CO₂ kg/yr",
    ),
}  # fmt: skip


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _difference(summary, language: str) -> str:
    """'€ 3.123 goedkoper' / '€ 545 duurder' (the verdict of the total, short)."""
    if summary.difference_eur is None:
        return ""
    return difference_text(summary.difference_eur, language)


def _row(label: str, variant_label: str, summary, co2: float, language: str) -> list[str]:
    return [
        label,
        variant_label,
        euro(summary.monthly_year1_eur, language=language),
        euro(summary.monthly_after_loan_eur, language=language),
        euro(summary.investment_net_eur, language=language),
        euro(summary.tco_eur, language=language),
        _difference(summary, language),
        summary.payback,
        summary.break_even,
        number(co2, language=language),
    ]


def _field_label(field, results, language: str) -> str:
    """A borefield as residents know it: the cluster's or the home's name, never an internal id."""
    if field.cluster_id is not None:
        cluster = next((c for c in results.clusters if c.id == field.cluster_id), None)
        name = cluster.name if cluster is not None else "?"
        return f"{'Gedeelde bodemlus' if language == 'nl' else 'Shared ground loop'} {name}"
    home = results.household(field.households[0]) if field.households else None
    label = in_language(home.label, language) if home is not None else "?"
    return f"{'Eigen bodemlus' if language == 'nl' else 'Own ground loop'} {label}"


def results_table(project: Project, results: ProjectResults, language: str = "nl") -> str:
    """Every home's four variants and the group's averages, each with the verdict on one basis.

    The words (payback, break-even, the basis of the group) are those of
    :func:`minigrid_app.core.verdict.verdict_summary`, as on the screen and in the documents.
    """
    labels = variant_labels(language)
    horizon = results.parameters.int("horizon_years")
    headers = [h.format(h=horizon) for h in HEADERS[language]]
    rows: list[list[str]] = []
    empty = [""] * (len(headers) - 3)
    not_computed = _t(language, "niet berekend", "not computed")
    reasons: list[str] = []  # why a home is not computed: under the table, never in a column
    for household in results.households:
        home = in_language(household.label, language)  # 'Home 3' in English for a home with no name
        if not household.computable:
            rows.append([home, "–", not_computed, *empty])
            if household.problems:
                reasons.append(household.problems[0].text(language))
            continue
        for variant in VARIANTS:
            result = household.variants.get(variant)
            summary = verdict_summary(results, household.id, variant, language)
            if result is None or summary is None:  # 'niet mogelijk' where its borefield cannot be built
                rows.append([home, labels[variant], missing_text(results, household.id, variant, language, short=True), *empty])
                continue
            name = labels[variant]
            if result.as_joiner:
                name += _t(language, " (als u nu aansluit)", " (if you joined now)")
            rows.append(_row(home, name, summary, result.co2_kg_per_year, language))
    counted = results.group.households_counted
    group_label = _t(language, f"Groep, gem. per deelnemende woning ({counted})", f"Group, average per participating home ({counted})")
    notes = []
    for variant in VARIANTS:
        summary = verdict_summary(results, None, variant, language)
        totals = results.group.totals[variant]
        if summary is None:
            continue
        label = group_label
        if summary.coverage:  # a variant over fewer homes than take part says over which ('4 van de 8')
            label = _t(language, f"Groep, gem. per deelnemende woning ({summary.homes} van {counted})",
                       f"Group, average per participating home ({summary.homes} of {counted})")
        rows.append(_row(label, labels[variant], summary, totals.co2_kg_per_year / totals.households, language))
        if summary.loan_note:
            notes.append(f"{labels[variant]}: {summary.loan_note}")
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
    prose = len(lines)  # from here on sentences, not table rows
    if reasons:
        lines.append(_t(language, "Niet berekend:", "Not computed:"))
        lines.extend(f"  {reason}" for reason in reasons)
        lines.append("")
    if results.fields:
        lines.append("Bodemvelden:" if language == "nl" else "Borefields:")
        for field in results.fields:
            s = field.sizing
            tag = " (voorlopig, vuistregel)" if s.provisional and language == "nl" else (" (provisional)" if s.provisional else "")
            if not s.feasible:  # no boreholes: '0 × 0 m = 0 m, € 0' read as a field that costs nothing
                lines.append(f"  {_field_label(field, results, language)}: "
                             + _t(language, "niet mogelijk (waarom: zie ! hieronder)", "not possible (why: see ! below)"))
                continue
            lines.append(
                f"  {_field_label(field, results, language)}: {s.boreholes} × {borehole_depth(s.boreholes, s.depth_m, s.total_length_m, language)} = "
                f"{field_length(s.total_length_m, language)}, min. {number(s.min_fluid_temp_c, 1, language=language)} °C, "
                f"{euro(field.shared_cost_eur, language=language)}{tag}"
            )
    group = results.group
    counts = group_participation(project)
    if language == "nl":
        lines.append(
            f"Groep: {count(counts.total, 'woning', 'woningen')}, {counts.taking_part} doen mee "
            f"({counts.signed} getekend), {count(group.clusters, 'cluster', 'clusters')}; Wcw: {group.wcw.title_nl}."
        )
    else:
        lines.append(
            f"Group: {count(counts.total, 'home', 'homes')}, {counts.taking_part} taking part "
            f"({counts.signed} signed), {count(group.clusters, 'cluster', 'clusters')}; Wcw: {group.wcw.title_en}."
        )
    per_network = per_network_text(results.clusters)
    if per_network is not None:  # the group as one network above, each cluster as its own here
        lines.append("  " + per_network.text(language))
    lines.append(
        _t(language, "Groepscijfers: ", "Group figures: ")
        + basis_text(counted, language)
        + _t(
            language,
            "; een woning die niet meedoet telt nergens mee, ook niet met wat aansluiten haar zou kosten.",
            "; a home that does not take part counts in none of them, not even with what joining would cost it.",
        )
    )
    lines.append(
        _t(language, "Samen ", "Together ")
        + "(" + totals_basis_text(counted, language) + "): "
        + "; ".join(
            f"{labels[v]} {euro(results.group.totals[v].investment_net_eur, language=language)} "
            + _t(language, "investering", "investment")
            + f", {euro(results.group.totals[v].tco_eur, language=language)} "
            + _t(language, f"over {horizon} jaar", f"over {horizon} years")
            for v in VARIANTS
            if results.group.totals[v].households
        )
    )
    for note in notes:
        lines.append(note)
    # what the window lists under 'Aandachtspunten' (a gas use far too low, a heat pump far too big for
    # a home): the figures above rest on it; the command line printed only the borefields' warnings
    said = set(reasons)
    for text in remark_texts([p for p in results.problems if p.severity == "warning"], results, language):
        if text not in said:  # a home remark of many homes once for all, as the window lists them
            said.add(text)
            lines.append(f"! {text}")
    for warning in warning_texts(results.warnings, language):
        lines.append(f"! {warning}")
    return "\n".join(lines[:prose]) + "\n" + "\n".join(_wrapped(line) for line in lines[prose:])


#: Sentences under the table wrap at this width (the table itself is as wide as its columns).
PROSE_WIDTH = 100


def _wrapped(line: str) -> str:
    """A sentence under the table on lines of at most :data:`PROSE_WIDTH`, the next lines indented; a figure stays
    whole on its line ('Eigen bodemlus €' ended a line above '1.247.681 investering' for 60 homes)."""
    import textwrap

    return textwrap.fill(unbroken(line), PROSE_WIDTH, subsequent_indent="  ", break_long_words=False,
                         break_on_hyphens=False).replace(NO_BREAK, " ")  # textwrap breaks at a space, not a no-break one
