"""Issue 17 in the evening's documents: how many must sign, who owns the shared part, what a later joiner pays.

Pieces of HTML the report, the declaration of intent and the handout put in their templates;
every figure comes from the results (:mod:`minigrid_app.core.signatures`,
:mod:`minigrid_app.core.organisation`).
"""

from __future__ import annotations

from minigrid_app.core.formatting import all_homes, all_of, euro, form, names_listed
from minigrid_app.core.formatting import count as counted
from minigrid_app.core.organisation import MODELS
from minigrid_app.core.problems import in_language
from minigrid_app.core.regulation import ORGANISATION_MODELS
from minigrid_app.core.signatures import SignatureCurve, go_no_go, needed, rule_words
from minigrid_app.core.variant import Variant
from minigrid_app.io.documents.common import DocumentContext, embed_figure, esc

STATUS_NL = {
    "go": "Het gaat door: de spelregel is gehaald.",
    "open": "Nog niet: er zijn nog handtekeningen nodig.",
    "no_go": "De spelregel is niet meer te halen: te veel woningen doen niet mee.",
    "no_rule": "Er is nog geen spelregel afgesproken voor wanneer het doorgaat.",
}
STATUS_EN = {
    "go": "It goes ahead: the rule is met.",
    "open": "Not yet: more signatures are needed.",
    "no_go": "The rule can no longer be met: too many homes do not take part.",
    "no_rule": "No rule has been agreed yet for when it goes ahead.",
}


def _table(head: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    def cell(tag: str, index: int, text: str) -> str:
        attribute = ' class="num"' if index in numeric else ""
        return f"<{tag}{attribute}>{text}</{tag}>"

    cells = "".join(cell("th", i, h) for i, h in enumerate(head))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3"><tr>{cells}</tr>{body}</table>'


def rule_paragraph(ctx: DocumentContext) -> str:
    """The go/no-go rule and where the signatures stand."""
    found = ctx.results.go_no_go or go_no_go(ctx.project, ctx.results)
    words = (STATUS_EN if ctx.language == "en" else STATUS_NL)[found.status]
    text = f"<p><b>{esc(words)}</b>"
    if found.status != "no_rule":
        text += " " + esc(found.rule.text(ctx.language))
    text += "</p>"
    if not found.checks:
        return text
    rows = []
    for check in found.checks:
        name = ctx.t("De straat", "The street") if check.scope == "street" else esc(check.name)
        state = ctx.t("gehaald", "met") if check.met else (ctx.t("nog niet", "not yet") if check.reachable else ctx.t("niet meer te halen", "can no longer be met"))
        rows.append([name, f"{check.signed} / {check.homes}", str(check.needed), str(check.undecided), state])
    head = [ctx.t("Waar", "Where"), ctx.t("Getekend", "Signed"), ctx.t("Nodig", "Needed"), ctx.t("Nog te beslissen", "Still to decide"), ctx.t("Stand", "State")]
    return text + _table(head, rows, {1, 2, 3})


def _rule_needed(ctx: DocumentContext, curve: SignatureCurve) -> int | None:
    agreement = ctx.project.agreement
    if curve.scope == "street":
        return None if agreement.street_share is None else needed(agreement.street_share, len(ctx.project.households))
    return None if agreement.cluster_share is None else needed(agreement.cluster_share, curve.homes)


def signatures_section(ctx: DocumentContext, images: dict[str, bytes]) -> str:
    """The report's "how many must sign?": the rule, the street's curve and each cluster's threshold."""
    parts = [rule_paragraph(ctx)]
    curves = ctx.results.signatures
    if curves is None or curves.street is None:
        return "".join(parts) + joiners_section(ctx)
    from minigrid_app.io.signature_charts import signature_curve_figure

    horizon = ctx.results.parameters.int("horizon_years")
    street = curves.street
    parts.append(
        "<p>"
        + ctx.t(
            "Wat kost de gedeelde bodemlus per woning als minder of meer buren tekenen? Elk punt is opnieuw "
            "doorgerekend: clusters opnieuw gevormd, bodemvelden opnieuw bepaald. Eerst tekenen wie al tekende, "
            "dan wie geïnteresseerd is, dan de rest.",
            "What does the shared ground loop cost per home if fewer or more neighbours sign? Every point is "
            "computed again: clusters formed again, borefields sized again. First those who signed, then those "
            "interested, then the rest.",
        )
        + "</p>"
    )
    parts.append(
        embed_figure(
            "report-signatures.png",
            signature_curve_figure(street, horizon_years=horizon, rule_needed=_rule_needed(ctx, street), language=ctx.language, height=4.6),
            images,
        )
    )
    rows = []
    for cluster in ctx.results.clusters:
        curve = curves.clusters.get(cluster.id)
        if curve is None or not curve.points:
            continue
        now, top = curve.point(curve.signed), curve.points[-1]
        threshold = curve.thresholds.get(Variant.AIR_HP)
        rows.append(
            [
                esc(cluster.name),
                f"{curve.signed} / {curve.homes}",
                ctx.money(now.monthly_costs_year1_eur) if now is not None else "–",
                ctx.money(top.monthly_costs_year1_eur),
                str(threshold) if threshold is not None else ctx.t("ook niet met allen", "not even with all"),
            ]
        )
    if rows:
        head = [
            "Cluster",
            ctx.t("Getekend", "Signed"),
            ctx.t("Per maand nu", "Per month now"),
            ctx.t("Per maand als allen tekenen", "Per month if all sign"),
            ctx.t(
                f"Over {horizon} jaar goedkoper dan een eigen luchtwarmtepomp vanaf",
                f"Cheaper over {horizon} years than an own air heat pump from",
            ),
        ]
        parts.append(_table(head, rows, {1, 2, 3, 4}))
        parts.append(
            '<p class="note">'
            + ctx.t(
                "Per maand: gemiddeld per woning die tekent, in jaar 1. Nu: met de handtekeningen van vandaag "
                "(– als er nog geen twee zijn).",
                "Per month: average per home that signs, in year 1. Now: with today's signatures "
                "(– while there are fewer than two).",
            )
            + "</p>"
        )
    return "".join(parts) + joiners_section(ctx)


def _cents(ctx: DocumentContext, amount: float) -> str:
    """An amount to the cent: the refunds add up to the buy-in exactly."""
    return euro(amount, 2, ctx.language)


def _name(ctx: DocumentContext, household_id: str) -> str:
    found = ctx.results.household(household_id)
    return esc(in_language(found.label, ctx.language) if found is not None else household_id)


def joiners_section(ctx: DocumentContext) -> str:
    """The plan of later joiners: per joiner its year, cluster, entry fee (buy-in and extra
    boreholes) and what each founder gets back (method.md#entry-fee)."""
    fees = ctx.results.entry_fees
    if not fees:
        return ""
    rows = []
    for fee in fees:
        back = names_listed([f"{_name(ctx, h)} {_cents(ctx, v)}" for h, v in fee.refunds_eur.items()])
        rows.append(
            [
                _name(ctx, fee.household_id),
                str(fee.year),
                esc(fee.cluster_name),
                _cents(ctx, fee.buy_in_eur),
                _cents(ctx, fee.extra_boreholes_eur) if not fee.within_reserve else ctx.t("in de reserve", "in the reserve"),
                f"<b>{_cents(ctx, fee.fee_eur)}</b>",
                back,
            ]
        )
    head = [
        ctx.t("Latere deelnemer", "Later joiner"),
        ctx.t("Jaar", "Year"),
        "Cluster",
        ctx.t("Inkoop", "Buy-in"),
        ctx.t("Extra boorgaten", "Extra boreholes"),
        ctx.t("Aansluitbijdrage", "Entry fee"),
        ctx.t("Terug naar de oprichters", "Back to the founders"),
    ]
    lifetime = fees[0].lifetime_years
    return (
        "<h3>" + ctx.t("Later aansluiten", "Joining later") + "</h3><p>"
        + ctx.t(
            f"Wie later aansluit, koopt zich in: zijn deel van het gedeelde deel volgens de verdeelsleutel, "
            f"afgeschreven over {lifetime} jaar tot het jaar van aansluiten. Dat krijgen de oprichters terug, naar "
            "hun eigen deel. Is de reserve op, dan betaalt hij ook de extra boormeters.",
            f"Whoever joins later buys in: their share of the shared part by the cost key, written off over "
            f"{lifetime} years up to the year of joining. The founders get that back, by their own shares. Once "
            "the reserve is used up, the joiner also pays the extra borehole metres.",
        )
        + "</p>"
        + _table(head, rows, {1, 3, 4, 5})
    )


def joiner_sentence(ctx: DocumentContext, household_id: str) -> str:
    """The handout's line for a home in the plan of later joiners: its year, cluster and entry fee."""
    fee = next((f for f in ctx.results.entry_fees if f.household_id == household_id), None)
    if fee is None:
        return ""
    return ctx.t(
        f"Volgens het plan sluit u in jaar {fee.year} aan bij {esc(fee.cluster_name)}: aansluitbijdrage "
        f"{_cents(ctx, fee.fee_eur)} (inkoop {_cents(ctx, fee.buy_in_eur)}"
        + (f", extra boorgaten {_cents(ctx, fee.extra_boreholes_eur)}" if fee.extra_boreholes_eur else "")
        + ").",
        f"By the plan you join {esc(fee.cluster_name)} in year {fee.year}: entry fee "
        f"{_cents(ctx, fee.fee_eur)} (buy-in {_cents(ctx, fee.buy_in_eur)}"
        + (f", extra boreholes {_cents(ctx, fee.extra_boreholes_eur)}" if fee.extra_boreholes_eur else "")
        + ").",
    )


def organisation_section(ctx: DocumentContext) -> str:
    """The three organisation models side by side: per month and up front, the fee, who carries which risk, the law."""
    comparison = ctx.results.organisation
    if comparison is None:
        return ""
    lang = "en" if ctx.language == "en" else "nl"
    models = [comparison.models[code] for code in MODELS]
    head = [""] + [esc(ORGANISATION_MODELS[code][lang]) + (" *" if code == comparison.chosen else "") for code in MODELS]
    rows = [
        [ctx.t("Per maand, jaar 1", "Per month, year 1")] + [ctx.money(m.monthly_costs_year1_eur) for m in models],
        [ctx.t("Eigen geld vooraf", "Own money up front")] + [ctx.money(m.upfront_eur) for m in models],
        [ctx.t("Waarvan vergoeding per maand", "Of which the fee per month")]
        + [ctx.money(sum(h.fee_eur_per_year for h in m.homes.values()) / max(1, len(m.homes)) / 12) if m.networks else "–" for m in models],
    ]
    for index, risk in enumerate(models[0].risks):
        rows.append([esc(risk.what_en if lang == "en" else risk.what_nl)] + [esc(getattr(m.risks[index], f"who_{lang}")) for m in models])
    chosen = comparison.models[comparison.chosen]
    law = chosen.law_en if lang == "en" else chosen.law_nl
    return (
        "<p>"
        + ctx.t(
            "Wat elke woning gemiddeld betaalt bij elke organisatievorm, met dezelfde clusters en bodemvelden "
            "(* = de keuze van de groep). Bij een coöperatie of marktpartij financiert die het gedeelde deel en "
            "vraagt een vaste vergoeding tegen kostprijs.",
            "What each home pays on average under each organisation model, with the same clusters and borefields "
            "(* = the group's choice). A cooperative or market partner finances the shared part and asks a fixed "
            "fee at cost.",
        )
        + "</p>"
        + _table(head, rows, set())
        + f'<p class="small"><b>{esc(ctx.t("Wat de wet vraagt:", "What the law asks:"))}</b> '
        + " ".join(esc(line) for line in law)
        + "</p>"
    )


def neighbours_sentence(ctx: DocumentContext, cluster) -> str:
    """The handout's "the neighbours": when the home's cluster goes ahead (the group's rule) and how many signed."""
    agreement = ctx.project.agreement
    homes = len(cluster.households)
    if agreement.cluster_share is not None:
        count = needed(agreement.cluster_share, homes)
        return ctx.t(
            f"<b>De buren.</b> {esc(cluster.name)} gaat door als ten minste {count} van de {homes} woningen tekenen "
            f"(de spelregel van de groep); nu {form(cluster.signed, 'heeft', 'hebben')} er {cluster.signed} getekend.",
            f"<b>The neighbours.</b> {esc(cluster.name)} goes ahead when at least {count} of its {homes} homes sign "
            f"(the group's rule); {cluster.signed} {form(cluster.signed, 'has', 'have')} signed so far.",
        )
    if agreement.street_share is not None:
        street = len(ctx.project.households)
        count = needed(agreement.street_share, street)
        return ctx.t(
            f"<b>De buren.</b> Het gaat door als ten minste {count} van de {street} woningen in de straat tekenen "
            f"(de spelregel van de groep); in {esc(cluster.name)} {form(cluster.signed, 'heeft', 'hebben')} er nu {cluster.signed} van de {homes} getekend.",
            f"<b>The neighbours.</b> It goes ahead when at least {count} of the {street} homes in the street sign "
            f"(the group's rule); in {esc(cluster.name)} {cluster.signed} of {homes} {form(cluster.signed, 'has', 'have')} signed so far.",
        )
    return ctx.t(
        f"<b>De buren.</b> {esc(cluster.name)} gaat alleen door als {all_homes(homes)} {form(homes, 'meedoet', 'meedoen')}; "
        f"nu {form(cluster.signed, 'heeft', 'hebben')} er {cluster.signed} getekend.",
        f"<b>The neighbours.</b> {esc(cluster.name)} only goes ahead if {all_homes(homes, 'en')} {form(homes, 'takes', 'take')} part; "
        f"{cluster.signed} {form(cluster.signed, 'has', 'have')} signed so far.",
    )


def home_at_count(ctx: DocumentContext, household_id: str) -> str:
    """The handout's line: the shared loop's monthly costs (mean per home of the cluster) with
    today's signatures, at the threshold against an own air heat pump, and when all sign."""
    curves = ctx.results.signatures
    result = ctx.results.household(household_id)
    if curves is None or result is None or result.cluster_id is None:
        return ""
    curve = curves.clusters.get(result.cluster_id)
    if curve is None or not curve.points:
        return ""
    threshold = curve.thresholds.get(Variant.AIR_HP)
    top = curve.points[-1]
    now = curve.point(curve.signed)
    if now is None:
        parts = [
            ctx.t(
                f"Met {counted(curve.signed, 'handtekening', 'handtekeningen')} in uw cluster is er nog geen gedeelde bodemlus",
                f"With {counted(curve.signed, 'signature', 'signatures')} in your cluster there is no shared ground loop yet",
            )
        ]
    else:
        parts = [
            ctx.t(
                f"Met de {counted(now.signers, 'handtekening', 'handtekeningen')} van nu in uw cluster: gemiddeld "
                f"{ctx.money(now.monthly_costs_year1_eur)} per woning per maand",
                f"With today's {counted(now.signers, 'signature', 'signatures')} in your cluster: on average "
                f"{ctx.money(now.monthly_costs_year1_eur)} per home a month",
            )
        ]
    horizon = ctx.results.parameters.int("horizon_years")
    if threshold is not None and threshold != top.signers and threshold != curve.signed:
        at = curve.point(threshold)
        parts.append(
            ctx.t(
                f"vanaf {threshold} handtekeningen gemiddeld {ctx.money(at.monthly_costs_year1_eur)} per woning per maand, "
                f"over {horizon} jaar voordeliger dan een eigen luchtwarmtepomp",
                f"from {threshold} signatures on average {ctx.money(at.monthly_costs_year1_eur)} per home a month, "
                f"cheaper over {horizon} years than an own air heat pump",
            )
        )
    # the curve is the cluster's mean; the table above it has this home's own figure (all signed)
    own = result.variants.get(Variant.SHARED_LOOP)
    mine = (
        ctx.t(f" (uw woning {ctx.money(own.monthly_costs_year1_eur)}, zoals in de tabel)",
              f" (your home {ctx.money(own.monthly_costs_year1_eur)}, as in the table)")
        if own is not None and len(top.households) > 1 else ""
    )
    parts.append(
        ctx.t(f"als {all_of(top.signers)} tekenen gemiddeld {ctx.money(top.monthly_costs_year1_eur)} per woning{mine}",
              f"if {all_of(top.signers, 'en')} sign on average {ctx.money(top.monthly_costs_year1_eur)} per home{mine}")
    )
    return "; ".join(parts) + "."


def declaration_terms(ctx: DocumentContext) -> str:
    """What the declaration of intent states: the go/no-go rule, the opt-out and the chosen model."""
    agreement = ctx.project.agreement
    lang = "en" if ctx.language == "en" else "nl"
    rule = rule_words(agreement).text(ctx.language)
    if agreement.cluster_share is None and agreement.street_share is None:
        rule = ctx.t(
            "De groep heeft nog geen spelregel afgesproken; dan gaat een cluster alleen door als alle woningen erin tekenen.",
            "The group has not agreed a rule yet; then a cluster only goes ahead when every home in it signs.",
        )
    model = ORGANISATION_MODELS[agreement.organisation][lang]
    reserve = ctx.project.clusters.reserve_joiners
    opt_out = ctx.t(
        "Wie niet tekent, houdt zijn eigen verwarming en kan later aansluiten als er ruimte is"
        + (f" (per cluster is ruimte voor {counted(reserve, 'woning', 'woningen')} gereserveerd)" if reserve else "")
        + ", tegen een aansluitbijdrage voor zijn deel van het gedeelde deel. Deze verklaring is geen koopovereenkomst: "
        "als de spelregel niet wordt gehaald, vervalt ze.",
        "Whoever does not sign keeps their own heating and can join later when there is room"
        + (f" (room for {counted(reserve, 'home', 'homes')} is reserved per cluster)" if reserve else "")
        + ", paying an entry fee for their share of the shared part. This declaration is no purchase contract: "
        "if the rule is not met, it lapses.",
    )
    items = [
        (ctx.t("Wanneer gaat het door?", "When does it go ahead?"), esc(rule)),
        (ctx.t("Wie niet meedoet", "Who does not take part"), esc(opt_out)),
        (ctx.t("Organisatie van het gedeelde deel", "Organisation of the shared part"), esc(model) + "."),
    ]
    # a title ends in a full stop unless it asks ("Wanneer gaat het door?", not "door?.")
    return "".join(f"<p><b>{title}{'' if title.endswith(('?', '!', '.')) else '.'}</b> {text}</p>" for title, text in items)


def with_signature_curves(project, results, method: str = "pygfunction", compute=None):
    """``results`` with the signature curves (computed when missing; ``compute`` as for
    :func:`~minigrid_app.core.analysis.compute_project`, the program passes its engine)."""
    import dataclasses

    if results.signatures is not None or not results.clusters:
        return results
    if compute is None:
        from minigrid_app.core.analysis import compute_project as compute
    found = compute(project, break_even=False, sensitivity=False, signature_curve=True, method=method)
    return dataclasses.replace(results, signatures=found.signatures)
