"""The kitchen-table handout (keukentafelblad) of one household: one A4 page."""

from __future__ import annotations

import datetime

from minigrid_app.core import cooling
from minigrid_app.core.conditions import ConditionCheck
from minigrid_app.core.formatting import borehole_depth, count, euro, euro_range, join_names
from minigrid_app.core.home_labels import street_letter
from minigrid_app.core.model import Household, Project
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.validation import build_year_assumed
from minigrid_app.core.variant import HEAT_PUMP_VARIANTS, VARIANTS, Variant
from minigrid_app.io import charts
from minigrid_app.io.documents.common import (
    DocumentContent,
    DocumentContext,
    condition_text,
    cost_line,
    document_context,
    embed_chart,
    esc,
    field_of,
    fill,
    load_template,
    loan_notes,
    money_table,
    own_name,
    status_words,
    variant_header,
)
from minigrid_app.io.documents.who_pays import home_at_count, joiner_sentence, neighbours_sentence


def _handout_variants(ctx: DocumentContext, household: HouseholdResult) -> str:
    """The four variants with the verdict on one basis, and why the loan makes a cheaper total look dearer."""
    return money_table(ctx, household.id) + loan_notes(ctx, household.id) + _remarks(ctx, household)


def _remarks(ctx: DocumentContext, household: HouseholdResult) -> str:
    """The engine's warnings about this home (design load under 1 kW, loan above the maximum, ...)."""
    texts = [p.text(ctx.language) for p in household.problems if not p.is_error]
    if not texts:
        return ""
    return (
        '<p class="note" style="color:#7a4b00;"><b>' + ctx.t("Let op", "Note") + "</b>: "
        + "<br>".join(esc(text) for text in texts) + "</p>"
    )


def _joiner_sentence(ctx: DocumentContext, household: HouseholdResult) -> str:
    """For a home that does not take part: what the shared loop in the table means."""
    shared = household.variants.get(Variant.SHARED_LOOP)
    if shared is None or not shared.as_joiner:
        return ctx.t(
            "Deze woning zit (nog) niet in een cluster van de gedeelde bodemlus.",
            "This home is not (yet) in a cluster of the shared ground loop.",
        )
    joins = ctx.cluster(shared.joiner_cluster_id) if shared.joiner_cluster_id else None
    if joins is not None:
        where = ctx.t(
            f"komt u bij <b>{esc(joins.name)}</b> (nu {count(len(joins.households), 'woning', 'woningen')})",
            f"you join <b>{esc(joins.name)}</b> (now {count(len(joins.households), 'home', 'homes')})",
        )
    else:
        where = ctx.t(
            "begint u een nieuw cluster, want de clusters in de straat zijn vol",
            "you start a new cluster, as the clusters in the street are full",
        )
    return ctx.t(
        f"U doet (nog) niet mee. Als u nu aansluit, {where}; de gedeelde bodemlus in de tabel is wat u dan "
        "zou betalen. Dat telt niet mee in de cijfers van de groep.",
        f"You do not take part (yet). If you joined now, {where}; the shared ground loop in the table is what "
        "you would then pay. It is not counted in the group's figures.",
    )


def _handout_changes(ctx: DocumentContext, household: Household, result: HouseholdResult) -> str:
    variants = result.variants
    columns = list(VARIANTS)
    head = "<tr><th></th>" + "".join(variant_header(v, ctx.language) for v in columns) + "</tr>"

    def hp_text(variant):
        r = variants.get(variant)
        if r is None:
            return "–"
        kind = ctx.t("luchtwarmtepomp", "air heat pump") if variant == Variant.AIR_HP else ctx.t("water-waterwarmtepomp", "water-to-water heat pump")
        return f"{kind}, {r.heat_pump_size_kw} kW"

    def cost_of(variant, key, fallback="–"):
        r = variants.get(variant)
        line = cost_line(r, key) if r is not None else None
        return ctx.money(line.amount_eur) if line is not None else fallback

    def boring(variant):
        r = variants.get(variant)
        if variant in (Variant.GAS, Variant.AIR_HP):
            return ctx.t("niet nodig", "not needed")
        found = field_of(ctx, r)
        if found is None and r is not None and r.as_joiner:  # a what-if field, not one of the project's
            joins = ctx.cluster(r.joiner_cluster_id) if r.joiner_cluster_id else None
            if joins is not None:
                return ctx.t(f"het veld van {esc(joins.name)} wordt voor u vergroot", f"the field of {esc(joins.name)} is enlarged for you")
            return ctx.t("een nieuw veld voor een nieuw cluster", "a new field for a new cluster")
        if found is None:
            return "–"
        sizing = found.sizing
        holes = f"{sizing.boreholes} × {borehole_depth(sizing.boreholes, sizing.depth_m, sizing.total_length_m, ctx.language)}"
        if variant == Variant.GROUND_HP:
            return ctx.t(f"eigen boorgat: {holes}", f"own borehole: {holes}")
        cluster = ctx.cluster(found.cluster_id)
        others = len(found.households) - 1
        name = esc(cluster.name) if cluster else ""
        if not others:  # a cluster its neighbours left: 'gedeeld met 0 buren'
            return ctx.t(f"met niemand gedeeld ({name}): {holes}", f"shared with nobody ({name}): {holes}")
        return ctx.t(f"gedeeld met {count(others, 'buur', 'buren')} ({name}): {holes}",
                     f"shared with {count(others, 'neighbour', 'neighbours')} ({name}): {holes}")

    hp_variants = HEAT_PUMP_VARIANTS
    rows = [
        (ctx.t("Verwarming", "Heating"), {Variant.GAS: ctx.t("cv-ketel blijft", "gas boiler stays"), **{v: hp_text(v) for v in hp_variants}}),
        (ctx.t("Warm water", "Hot water"), {Variant.GAS: ctx.t("uit de cv-ketel", "from the boiler"), **{v: ctx.t("boilervat", "hot water tank") for v in hp_variants}}),
        (
            ctx.t("Radiatoren", "Radiators"),
            {Variant.GAS: ctx.t("blijven zoals ze zijn", "stay as they are"), **{v: ctx.t(f"lage temperatuur ({cost_of(v, 'lt_measures')})", f"low temperature ({cost_of(v, 'lt_measures')})") for v in hp_variants}},
        ),
        (
            ctx.t("Koken", "Cooking"),
            {
                Variant.GAS: ctx.t("op gas", "on gas") if household.cooks_on_gas else ctx.t("elektrisch", "electric"),
                **{
                    v: (ctx.t(f"inductie ({cost_of(v, 'induction')})", f"induction ({cost_of(v, 'induction')})") if household.cooks_on_gas else ctx.t("geen verandering", "no change"))
                    for v in hp_variants
                },
            },
        ),
        (
            ctx.t("Gasaansluiting", "Gas connection"),
            {Variant.GAS: ctx.t("blijft (vastrecht)", "stays (fixed charges)"), **{v: ctx.t("afgesloten, geen vastrecht", "removed, no fixed charges") for v in hp_variants}},
        ),
        (
            ctx.t("Buitenunit", "Outdoor unit"),
            {Variant.GAS: ctx.t("nee", "no"), Variant.AIR_HP: ctx.t("ja, aan de gevel of in de tuin", "yes, on the wall or in the garden"), Variant.GROUND_HP: ctx.t("nee", "no"), Variant.SHARED_LOOP: ctx.t("nee", "no")},
        ),
        (ctx.t("Boren", "Drilling"), {v: boring(v) for v in columns}),
        (ctx.t("Meterkast", "Meter box"), {Variant.GAS: ctx.t("niets", "nothing"), **{v: cost_of(v, "electrical") for v in hp_variants}}),
    ]
    lines = cooling.cooling_per_variant(ctx.results, result.id)
    if lines:  # the home wants to cool: what each variant adds (its electricity is in the monthly costs)
        rows.append((ctx.t("Koelen", "Cooling"), {v: esc(found.short.text(ctx.language)) for v, found in lines.items()}))
    body = "".join(
        f"<tr><th>{label}</th>" + "".join(f"<td>{cells.get(v, '–') if variants.get(v) is not None else '–'}</td>" for v in columns) + "</tr>"
        for label, cells in rows
    )
    return f'<table class="grid small" width="100%" cellspacing="0" cellpadding="2">{head}{body}</table>'


def _handout_conditions(ctx: DocumentContext, household_id: str) -> str:
    if not ctx.checks:
        return "<p>" + ctx.t("Er zijn (nog) geen voorwaarden van de bewoners vastgelegd.", "No residents' conditions have been recorded (yet).") + "</p>"
    if not any(household_id in check.households for check in ctx.checks):
        return "<p>" + ctx.t(
            "De voorwaarden zijn getoetst voor de woningen die meedoen; deze woning doet (nog) niet mee.",
            "The conditions were checked for the participating homes; this home does not take part (yet).",
        ) + "</p>"
    head = "<tr><th>" + ctx.t("Voorwaarde", "Condition") + "</th>" + "".join(variant_header(v, ctx.language) for v in VARIANTS) + "</tr>"
    rows = []
    for check in ctx.checks:
        outcomes = check.households.get(household_id)
        cells = []
        for variant in VARIANTS:
            outcome = outcomes.get(variant) if outcomes else None
            cells.append(f"<td>{status_words(ctx, outcome.status) if outcome else '–'}</td>")
        rows.append(f"<tr><td>{condition_text(ctx, check)}</td>{''.join(cells)}</tr>")
    return f'<table class="grid small" width="100%" cellspacing="0" cellpadding="2">{head}{"".join(rows)}</table>'


def _handout_uncertainties(ctx: DocumentContext, household: Household, result: HouseholdResult) -> str:
    params = ctx.results.parameters
    items = []
    shared = result.variants.get(Variant.SHARED_LOOP)
    if shared is not None:
        items.append(
            ctx.t(
                f"<b>Energieprijzen.</b> De gedeelde bodemlus kost u per maand {euro_range(shared.monthly_costs_low_eur, shared.monthly_costs_high_eur)} "
                "bij lage of hoge prijzen voor gas en stroom.",
                f"<b>Energy prices.</b> The shared ground loop costs you {euro_range(shared.monthly_costs_low_eur, shared.monthly_costs_high_eur, 'en')} "
                "a month at low or high gas and electricity prices.",
            )
        )
        cluster = ctx.cluster(result.cluster_id)
        if cluster is not None:
            items.append(neighbours_sentence(ctx, cluster))
    else:
        items.append(
            ctx.t(
                "<b>Energieprijzen.</b> Hogere of lagere prijzen voor gas en stroom veranderen de maandlasten.",
                "<b>Energy prices.</b> Higher or lower gas and electricity prices change the monthly costs.",
            )
        )
    provisional = any(r is not None and r.provisional for r in result.variants.values())
    items.append(
        ctx.t(
            f"<b>Boren.</b> Boorkosten zijn een aanname ({euro(params['drilling_per_m_eur'])} per meter); de diepte hangt af "
            "van de bodem ter plekke" + (" en is nu met een vuistregel geschat." if provisional else "."),
            f"<b>Drilling.</b> Drilling costs are an assumption ({euro(params['drilling_per_m_eur'], language='en')} per metre); the depth "
            "depends on the ground on site" + (" and is now estimated by rule of thumb." if provisional else "."),
        )
    )
    lt_default = household.lt_measures_cost_eur is None
    # the build year the figures assumed, said where the resident reads them (as on the declaration)
    assumed = build_year_assumed(household)
    items.append(
        ctx.t(
            "<b>Uw woning.</b> "
            + ("Het bouwjaar is niet ingevuld: gerekend als oudere woning, met heter water in de radiatoren. " if assumed else "")
            + ("De kosten voor lage-temperatuurradiatoren zijn een standaardbedrag; " if lt_default else "")
            + ("een" if lt_default else "Een") + " opname in huis maakt het warmtepompvermogen en de aanpassingen precies.",
            "<b>Your home.</b> "
            + ("The build year is not filled in: counted as an older home, with hotter water in the radiators. " if assumed else "")
            + ("The cost of low-temperature radiators is a default amount; " if lt_default else "")
            + ("a" if lt_default else "A") + " survey of the home pins down the heat pump size and the changes.",
        )
    )
    items.append(
        ctx.t(
            "<b>Subsidie en offertes.</b> De ISDE-bedragen kunnen veranderen; de offertes (stap 7) geven de echte prijzen.",
            "<b>Subsidy and quotes.</b> ISDE amounts may change; the quotes (step 7) give the real prices.",
        )
    )
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def build_handout(
    project: Project,
    results: ProjectResults,
    household_id: str,
    *,
    language: str = "nl",
    privacy: str = "house_number",
    checks: list[ConditionCheck] | None = None,
    today: datetime.date | None = None,
) -> DocumentContent:
    """The kitchen-table handout of one household: one A4 page."""
    ctx = document_context(project, results, language, privacy, None, checks, today)
    result = results.household(household_id)
    household = project.household(household_id)
    if result is None or household is None or not result.computable:
        raise ValueError(f"household {household_id} is not computed")
    name = own_name(household, result.row, language)
    cluster = ctx.cluster(result.cluster_id)
    if cluster is not None:
        neighbours = [ctx.public(h) for h in cluster.households if h != household_id]
        cluster_sentence = ctx.t(
            f"Bij de gedeelde bodemlus zit u in <b>{esc(cluster.name)}</b> {'met ' + esc(join_names(neighbours, 'nl')) if neighbours else 'zonder buren'}.",
            f"With the shared ground loop you are in <b>{esc(cluster.name)}</b> {'with ' + esc(join_names(neighbours, 'en')) if neighbours else 'without neighbours'}.",
        )
    else:
        cluster_sentence = _joiner_sentence(ctx, result)
    images: dict[str, bytes] = {}
    monthly = {v: r.monthly_costs_year1_eur for v, r in result.variants.items() if r is not None}
    ranges = {v: (r.monthly_costs_low_eur, r.monthly_costs_high_eur) for v, r in result.variants.items() if r is not None}
    chart = embed_chart(
        "handout-monthly.png", images, charts.monthly_costs_figure, monthly, ranges,
        language=language, width=7.5, height=2.3, scale=0.9, width_px=600, reuse=True,
    )
    values = ctx.common() | {
        "household_name": f"<b>{esc(name)}</b>",
        "letter_sentence": ctx.t(
            f"Op de presentatie en in de anonieme stukken heet uw woning <b>{street_letter(result.row)}</b>.",
            f"On the slides and in the anonymous papers your home is <b>{street_letter(result.row)}</b>.",
        ),
        "cluster_sentence": " ".join(part for part in (cluster_sentence, home_at_count(ctx, household_id), joiner_sentence(ctx, household_id)) if part),
        "variants_table": _handout_variants(ctx, result),
        "chart": chart,
        "changes_table": _handout_changes(ctx, household, result),
        "conditions_table": _handout_conditions(ctx, household_id),
        "uncertainties": _handout_uncertainties(ctx, household, result),
    }
    title = ctx.t("Keukentafelblad", "Kitchen-table handout")
    return DocumentContent(
        kind="handout",
        title=f"{title} – {name}",
        html=fill(load_template("handout", language), values),
        css=load_template("style"),
        images=images,
        max_pages=1,
        footer=f"{title} · {name}",
        household_id=household_id,
    )
