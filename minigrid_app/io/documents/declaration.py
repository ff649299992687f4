"""The declaration of intent (intentieverklaring) of one participating household."""

from __future__ import annotations

import datetime

from minigrid_app.core.conditions import ConditionCheck
from minigrid_app.core.formatting import (
    all_homes,
    count,
    euro_range,
    form,
    group_thousands,
    join_names,
)
from minigrid_app.core.home_labels import house_type_label
from minigrid_app.core.model import Household, Project
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.validation import build_year_assumed
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import verdict_summary
from minigrid_app.core.whatif import DropOutEffect
from minigrid_app.io.documents.common import (
    DocumentContent,
    DocumentContext,
    document_context,
    esc,
    field_of,
    field_text,
    fill,
    load_template,
    own_name,
    variant_header,
    verdict_short,
)
from minigrid_app.io.documents.who_pays import declaration_terms


def _declaration_costs(ctx: DocumentContext, household: HouseholdResult) -> str:
    shared, gas = household.variants[Variant.SHARED_LOOP], household.variants[Variant.GAS]
    columns = [(Variant.SHARED_LOOP, shared), (Variant.GAS, gas)]
    head = "<tr><th></th>" + "".join(variant_header(v, ctx.language, "num") for v, _ in columns) + "</tr>"
    summaries = [verdict_summary(ctx.results, household.id, v, ctx.language) for v, _ in columns]
    horizon = ctx.results.parameters.int("horizon_years")
    rows = [
        (ctx.t("Per maand, jaar 1 (met lening)", "Per month, year 1 (with the loan)"), [f'<span class="money">{ctx.money(r.monthly_costs_year1_eur)}</span>' for _, r in columns]),
        (
            ctx.t("Per maand bij lage – hoge energieprijzen", "Per month at low – high energy prices"),
            [euro_range(r.monthly_costs_low_eur, r.monthly_costs_high_eur, ctx.language) for _, r in columns],
        ),
        (ctx.t("Per maand na de lening", "Per month after the loan"), [ctx.money(r.monthly_costs_after_loan_eur) for _, r in columns]),
        (ctx.t("Investering vóór subsidie", "Investment before subsidy"), [ctx.money(r.investment_gross_eur) for _, r in columns]),
        (ctx.t("Subsidie (ISDE)", "Subsidy (ISDE)"), [ctx.money(r.subsidy_eur) for _, r in columns]),
        (ctx.t("Eenmalig, na subsidie", "One-off, after subsidy"), [f'<span class="money">{ctx.money(r.investment_net_eur)}</span>' for _, r in columns]),
        (
            ctx.t(f"Alles samen over {ctx.results.parameters.int('horizon_years')} jaar", f"Everything over {ctx.results.parameters.int('horizon_years')} years"),
            [ctx.money(r.tco_eur) for _, r in columns],
        ),
        (ctx.t(f"Tegen gas, over {horizon} jaar", f"Against gas, over {horizon} years"), [f"<b>{verdict_short(ctx, summary)}</b>" for summary in summaries]),
        (ctx.t("Terugverdiend", "Paid back"), [esc(summaries[0].payback), ""]),
        (ctx.t("Voordeliger dan gas", "Cheaper than gas"), [esc(summaries[0].break_even), ""]),
    ]
    body = "".join(
        f"<tr><td>{label}</td>" + "".join(f'<td class="num">{cell}</td>' for cell in cells) + "</tr>" for label, cells in rows
    )
    note = summaries[0].loan_note
    note_html = f'<p class="note">{esc(note)}</p>' if note else ""
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{body}</table>{note_html}'


def _household_details(ctx: DocumentContext, household: Household) -> str:
    parts = []
    if household.house_type:
        parts.append(esc(house_type_label(household.house_type, ctx.language)))  # 'end of terrace' in English
    if household.build_year:
        parts.append(ctx.t(f"bouwjaar {household.build_year}", f"built {household.build_year}"))
    elif build_year_assumed(household):  # the figures below rest on it: said where the home signs
        parts.append(ctx.t("bouwjaar niet ingevuld (gerekend als oudere woning)",
                           "build year not filled in (counted as an older home)"))
    if household.gas_m3_per_year is not None:
        parts.append(
            ctx.t(
                f"gasverbruik {group_thousands(household.gas_m3_per_year)} m³ per jaar",
                f"gas use {group_thousands(household.gas_m3_per_year, 0, 'en')} m³ a year",
            )
        )
    return ", ".join(parts) or "–"


def _house_changes(ctx: DocumentContext, household: Household, result) -> str:
    parts = [ctx.t("de radiatoren worden geschikt gemaakt voor lagere temperaturen", "the radiators are made suitable for lower temperatures")]
    if household.cooks_on_gas:
        parts.append(ctx.t("u gaat koken op inductie", "you cook on induction"))
    parts.append(ctx.t("de gasaansluiting wordt afgesloten", "the gas connection is removed"))
    parts.append(ctx.t("er komt geen buitenunit", "there is no outdoor unit"))
    return join_names(parts, ctx.language) + "."


def _incomplete_text(ctx: DocumentContext, household: HouseholdResult) -> str:
    cluster = ctx.cluster(household.cluster_id)
    if cluster is None:
        return ""
    size = len(cluster.households)
    name = esc(cluster.name)
    if cluster.complete:
        text = ctx.t(
            f"In {name} {form(size, 'heeft', 'hebben')} {all_homes(size)} al getekend.",
            f"In {name} {all_homes(size, 'en')} {form(size, 'has', 'have')} signed already.",
        )
    else:
        text = ctx.t(
            f"Nu {form(cluster.signed, 'heeft', 'hebben')} {cluster.signed} van de {size} woningen in {name} getekend.",
            f"So far {cluster.signed} of the {size} homes in {name} {form(cluster.signed, 'has', 'have')} signed.",
        )
    effect = ctx.effects.get(cluster.id)
    if effect is None or effect.household_id == household.id:
        return text
    change = next((c for c in effect.changes if c.household_id == household.id), None)
    if change is None:
        return text
    leaving = esc(ctx.public(effect.household_id))
    if change.monthly_after_eur is None:
        text += " " + ctx.t(
            f"Rekenvoorbeeld: als {leaving} niet meedoet, kan uw woning niet in een cluster en vervalt de gedeelde bodemlus voor u.",
            f"Example: if {leaving} does not join, your home is left without a cluster and the shared ground loop is off for you.",
        )
    else:
        moved = ""
        if change.cluster_after != change.cluster_before:
            moved = ctx.t(f" (u komt dan in {esc(change.cluster_after)})", f" (you would then be in {esc(change.cluster_after)})")
        text += " " + ctx.t(
            f"Rekenvoorbeeld: als {leaving} niet meedoet, betaalt u {ctx.money(change.monthly_after_eur)} per maand "
            f"in plaats van {ctx.money(change.monthly_before_eur)}, en eenmalig {ctx.money(change.investment_after_eur)} "
            f"in plaats van {ctx.money(change.investment_before_eur)}{moved}.",
            f"Example: if {leaving} does not join, you pay {ctx.money(change.monthly_after_eur)} a month instead of "
            f"{ctx.money(change.monthly_before_eur)}, and {ctx.money(change.investment_after_eur)} once instead of "
            f"{ctx.money(change.investment_before_eur)}{moved}.",
        )
    return text


def build_declaration(
    project: Project,
    results: ProjectResults,
    household_id: str,
    *,
    language: str = "nl",
    privacy: str = "house_number",
    effects: dict[str, DropOutEffect] | None = None,
    checks: list[ConditionCheck] | None = None,
    today: datetime.date | None = None,
) -> DocumentContent:
    """The declaration of intent of one participating household.

    Raises
    ------
    ValueError
        When the household is not computed. A home that does not take part gets one with what
        joining now would cost (its ``as_joiner`` shared loop); the evening's pack leaves it out
        (:func:`declaration_households`).
    """
    ctx = document_context(project, results, language, privacy, effects, checks or [], today)
    result = results.household(household_id)
    household = project.household(household_id)
    if result is None or household is None or result.variants.get(Variant.SHARED_LOOP) is None:
        raise ValueError(f"household {household_id} has no shared ground loop to declare for")
    shared = result.variants[Variant.SHARED_LOOP]
    # a home that does not take part (yet): the cluster it would join now, and what that costs
    cluster = ctx.cluster(shared.joiner_cluster_id if shared.as_joiner else result.cluster_id)
    neighbours = [ctx.public(h) for h in cluster.households if h != household_id] if cluster else []
    field_result = field_of(ctx, shared)
    field_description = ""
    if field_result is not None and cluster is not None:
        field_description = ctx.t(
            f"Samen delen deze {count(len(cluster.households), 'woning', 'woningen')} een bodemveld van {field_text(ctx, field_result.sizing)}.",
            f"Together these {count(len(cluster.households), 'home', 'homes')} share a borefield of {field_text(ctx, field_result.sizing)}.",
        ) if len(cluster.households) > 1 else ctx.t(  # not 'Samen delen deze 1 woning'
            f"Het bodemveld is dan alleen voor deze woning: {field_text(ctx, field_result.sizing)}.",
            f"The borefield is then for this home alone: {field_text(ctx, field_result.sizing)}.",
        )
    if shared.as_joiner:
        field_description = ctx.t(
            "U doet nog niet mee: de bedragen hieronder zijn wat u betaalt als u nu aansluit"
            + (", het bodemveld wordt dan voor u vergroot." if cluster is not None else "; de clusters in de straat zijn vol, u begint een nieuw cluster."),
            "You do not take part yet: the amounts below are what you pay if you join now"
            + (", the borefield is then enlarged for you." if cluster is not None else "; the clusters in the street are full, you start a new cluster."),
        )
    name = own_name(household, result.row, language)
    values = ctx.common() | {
        "household_name": f"<b>{esc(name)}</b>",
        "household_address": esc(household.address.strip() or "–"),
        "household_details": _household_details(ctx, household),
        "cluster_name": esc(cluster.name if cluster else ctx.t("een nieuw cluster", "a new cluster")),
        "neighbours": esc(join_names(neighbours, language)) if neighbours else ctx.t("(nog) geen buren", "no neighbours (yet)"),
        "field_description": field_description,
        "heat_pump_kw": str(shared.heat_pump_size_kw or "–"),
        "house_changes": _house_changes(ctx, household, shared),
        "costs_table": _declaration_costs(ctx, result),
        "incomplete_cluster": _incomplete_text(ctx, result),
        "agreement_terms": declaration_terms(ctx),
    }
    body = fill(load_template("declaration", language), values)
    title = ctx.t("Intentieverklaring", "Declaration of intent")
    return DocumentContent(
        kind="declaration",
        title=f"{title} – {name}",
        html=body,
        css=load_template("style"),
        max_pages=None,
        footer=f"{title} · {name}",
        household_id=household_id,
    )
