"""The report for the second residents' evening (a few A4 pages)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from minigrid_app.core.conditions import ConditionCheck
from minigrid_app.core.formatting import (
    borehole_depth,
    count,
    euro_range,
    field_length,
    figure_unit,
    figure_with_unit,
    form,
    group_thousands,
    is_calendar_year_key,
    names_listed,
    number,
    parameter_value,
)
from minigrid_app.core.glossary import plain_text, sorted_terms, terms_in
from minigrid_app.core.home_labels import street_letter
from minigrid_app.core.model import Project
from minigrid_app.core.parameters import GROUP_LABELS_EN, GROUP_LABELS_NL, GROUPS
from minigrid_app.core.participation import benchmark_position, group_participation, has_signed
from minigrid_app.core.problems import in_language
from minigrid_app.core.regulation import ORGANISATION_MODELS, best_fits, per_network_text
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.selectors import (
    cumulative_series,
    monthly_difference_per_home,
    monthly_range,
    price_band,
    quantity_value,
    tornado_data,
)
from minigrid_app.core.variant import VARIANTS, Variant, variant_colour
from minigrid_app.core.verdict import verdict_summary
from minigrid_app.core.whatif import DropOutEffect
from minigrid_app.io import chart_fonts, charts
from minigrid_app.io.documents.common import (
    DocumentContent,
    DocumentContext,
    basis_sentence,
    choose,
    condition_text,
    document_context,
    embed_chart,
    embed_figure,
    esc,
    fill,
    load_template,
    loan_notes,
    money_table,
    status_words,
    variant_header,
)
from minigrid_app.io.documents.who_pays import organisation_section, signatures_section

if TYPE_CHECKING:  # matplotlib is imported when a document is made, not at program start
    from matplotlib.figure import Figure


def _report_summary(ctx: DocumentContext) -> str:
    counts = group_participation(ctx.project)
    sharing = [c for c in ctx.results.clusters if len(c.households) > 1]  # one home alone shares nothing
    alone = len(ctx.results.clusters) - len(sharing)
    sizes = sorted({len(c.households) for c in sharing})
    size_text = "/".join(str(s) for s in sizes)
    if sharing:  # '2 clusters van 3/4 woningen'
        clusters_nl = (f"De woningen die meedoen vormen {count(len(sharing), 'cluster', 'clusters')} van {size_text} "
                       "woningen die samen een bron delen.")
        clusters_en = (f"The participating homes form {count(len(sharing), 'cluster', 'clusters')} of {size_text} "
                       "homes that share a source.")
    else:  # nobody takes part (it said '0 clusters van – woningen'), or each alone ('1 cluster van 1 woning die samen …')
        clusters_nl = "Er is nog geen cluster van woningen die samen een bron delen."
        clusters_en = "There is no cluster yet of homes that share a source."
    if alone:  # the cluster's own warning (below) says what that means and what to do
        clusters_nl += f" {count(alone, 'woning staat', 'woningen staan elk')} alleen in een cluster."
        clusters_en += f" {count(alone, 'home is', 'homes are each')} alone in a cluster."
    paragraphs = [
        ctx.t(
            f"{count(counts.total, 'woning', 'woningen')}: {counts.taking_part} {form(counts.taking_part, 'doet', 'doen')} mee "
            f"({counts.signed} getekend, {counts.interested} geïnteresseerd, {counts.unknown} nog niet bekend), "
            f"{counts.declined} {form(counts.declined, 'doet', 'doen')} niet mee. {clusters_nl}",
            f"{count(counts.total, 'home', 'homes')}: {counts.taking_part} {form(counts.taking_part, 'takes', 'take')} part "
            f"({counts.signed} signed, {counts.interested} interested, {counts.unknown} not known yet), "
            f"{counts.declined} {form(counts.declined, 'declines', 'decline')}. {clusters_en}",
        )
    ]
    shared = verdict_summary(ctx.results, None, Variant.SHARED_LOOP, ctx.language)
    gas = verdict_summary(ctx.results, None, Variant.GAS, ctx.language)
    band = monthly_range(ctx.results, None, Variant.SHARED_LOOP)
    if shared is not None and gas is not None and band is not None:
        verdict = esc(shared.verdict[:1].upper() + shared.verdict[1:])
        # over the homes the shared loop covers, gas of the same homes (a cluster whose field cannot be built has none)
        covered_nl = f" (dit geldt voor {esc(shared.coverage)}, die een gedeelde bodemlus kunnen krijgen)" if shared.coverage else ""
        covered_en = f" (this is for {esc(shared.coverage)}, which can have a shared ground loop)" if shared.coverage else ""
        paragraphs.append(
            ctx.t(
                f"Met de gedeelde bodemlus betaalt een deelnemende woning in het eerste jaar gemiddeld "
                f"<b>{ctx.money(shared.monthly_year1_eur)} per maand</b> ({euro_range(*band)} bij lage of hoge "
                f"energieprijzen) en na de lening {ctx.money(shared.monthly_after_loan_eur)}, tegen "
                f"{ctx.money(shared.gas_monthly_year1_eur)} met gas{covered_nl}. Eenmalig is dat {ctx.money(shared.investment_net_eur)} "
                f"na subsidie. <b>{verdict}</b>; terugverdiend: {esc(shared.payback)}; {esc(shared.break_even)}.",
                f"With the shared ground loop a participating home pays on average "
                f"<b>{ctx.money(shared.monthly_year1_eur)} a month</b> in the first year ({euro_range(*band, 'en')} at "
                f"low or high energy prices) and {ctx.money(shared.monthly_after_loan_eur)} after the loan, against "
                f"{ctx.money(shared.gas_monthly_year1_eur)} with gas{covered_en}. The one-off investment is "
                f"{ctx.money(shared.investment_net_eur)} after subsidy. <b>{verdict}</b>; paid back: "
                f"{esc(shared.payback)}; {esc(shared.break_even)}.",
            )
        )
    if ctx.results.warnings:
        paragraphs.append(
            ctx.t("Let op: ", "Note: ")
            # whole sentences side by side: joined with '; ' they read 'controleren.; De gedeelde …'
            + esc(" ".join(_sentence(in_language(w, ctx.language)) for w in ctx.results.warnings[:3]))
            + (ctx.t(" (en meer in het programma)", " (and more in the program)") if len(ctx.results.warnings) > 3 else "")
        )
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _sentence(text: str) -> str:
    """``text`` ending as a sentence does (a full stop added when it has none)."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", ":")) else text + "."


def _group_table(ctx: DocumentContext) -> str:
    """The variants for the group, per participating home, with the verdict and the basis stated."""

    def co2(variant: str) -> str:
        value = quantity_value(ctx.results, None, variant, "co2_kg_per_year")
        return f'<td class="num">{group_thousands(value or 0, 0, ctx.language)} kg</td>'

    caption = f'<p class="note"><b>{esc(basis_sentence(ctx))}</b></p>'
    table = money_table(ctx, None, extra_head=ctx.t("CO₂ per jaar", "CO₂ a year"), extra=co2)
    return caption + table + loan_notes(ctx, None)


def _comparison_charts(ctx: DocumentContext, images: dict[str, bytes]) -> str:
    language = ctx.language
    results = ctx.results
    parts = []
    monthly = {v: quantity_value(results, None, v, "monthly_costs_year1_eur") for v in VARIANTS}
    ranges = {v: r for v in VARIANTS if (r := monthly_range(results, None, v)) is not None}
    if any(value is not None for value in monthly.values()):
        parts.append(embed_chart("report-monthly.png", images, charts.monthly_costs_figure, monthly, ranges, language=language, height=3.0))
        investment = {v: quantity_value(results, None, v, "investment_net_eur") for v in VARIANTS}
        parts.append(
            embed_chart(
                "report-investment.png",
                images,
                charts.variant_bars_figure,
                investment,
                title=ctx.t("Eenmalige investering na subsidie, gemiddeld per deelnemende woning", "One-off investment after subsidy, average per participating home"),
                reference_variant=None,
                language=language,
                height=2.8,
            )
        )
        series = cumulative_series(results, None)
        if series:
            parts.append(embed_chart("report-cumulative.png", images, charts.cumulative_costs_figure, series, language=language, height=3.2))
        band = price_band(results, None)
        if band:
            parts.append(embed_chart("report-band.png", images, charts.price_band_figure, band, language=language, height=2.8))
        rows = monthly_difference_per_home(results, Variant.SHARED_LOOP)
        if rows:
            differences = [d for _, d in rows]
            cheaper = sum(1 for d in differences if d < -0.5)
            if cheaper and len(rows) == 1:  # one home: not "voor 1 van de 1 woningen"
                finding = ctx.t("Gedeelde bodemlus: goedkoper dan gas voor de woning die meedoet",
                                "Shared ground loop: cheaper than gas for the home that takes part")
            elif cheaper:
                finding = ctx.t(
                    f"Gedeelde bodemlus: voor {cheaper} van de {len(rows)} woningen goedkoper dan gas",
                    f"Shared ground loop: cheaper than gas for {cheaper} of the {len(rows)} homes",
                )
            elif len(rows) == 1:
                more = ctx.money(differences[0])
                finding = ctx.t(f"Gedeelde bodemlus: voor de woning die meedoet {more} per maand meer dan gas",
                                f"Shared ground loop: {more} a month more than gas for the home that takes part")
            else:
                low, high = ctx.money(min(differences)), ctx.money(max(differences))
                finding = ctx.t(
                    f"Gedeelde bodemlus: per woning {low} tot {high} per maand meer dan gas",
                    f"Shared ground loop: {low} to {high} a month more than gas per home",
                )
            # the names the group agreed to show (house numbers), else the letters of the slides
            by_row = {h.row: h.id for h in results.households}
            labels = [ctx.public(by_row[row]).split()[-1] for row, _ in rows]
            parts.append(
                embed_chart(
                    "report-per-home.png",
                    images,
                    charts.household_difference_figure,
                    labels,
                    differences,
                    language=language,
                    title=finding,
                    stand_ins=[street_letter(row) for row, _ in rows],  # a name no font here draws: its letter
                    width=9.0 if len(rows) > 12 else 7.5,
                    height=3.4,
                )
            )
        tornado = tornado_data(results, Variant.SHARED_LOOP)
        if tornado:
            bars, base = tornado
            parts.append(
                embed_chart(
                    "report-tornado.png",
                    images,
                    charts.tornado_figure,
                    [charts.TornadoBar(en if language == "en" else nl, low, high) for nl, en, low, high in bars],
                    base,
                    step=results.sensitivity.step,
                    language=language,
                    height=3.0,
                )
            )
    if not parts:
        return "<p>" + ctx.t("Nog geen berekende woningen.", "No computed homes yet.") + "</p>"
    return "".join(parts)


def borefield_layout_figure(ctx: DocumentContext) -> Figure | None:
    """A sketch of every shared borefield: boreholes (circles) with spacing, the homes on it (squares)."""
    shared = [f for f in ctx.results.fields if f.variant == Variant.SHARED_LOOP]
    if not shared:
        return None
    columns = min(3, len(shared))
    rows = (len(shared) + columns - 1) // columns
    from matplotlib.figure import Figure

    chart_fonts.install()  # a name in Chinese letters drawn, not as boxes
    figure = Figure(figsize=(7.5, (1.9 if rows <= 2 else 1.45) * rows + 0.5), dpi=100, facecolor="white")
    figure.set_layout_engine("constrained")
    default_spacing = float(ctx.results.parameters["borehole_spacing_m"])
    spacings = {_spacing(f.sizing, default_spacing) for f in shared}
    letters = {h.id: street_letter(h.row) for h in ctx.results.households if h.row >= 1}  # for a name no font draws
    for index, found in enumerate(shared):
        ax = figure.add_subplot(rows, columns, index + 1)
        ax.set_aspect("equal")
        ax.axis("off")
        # its axes hidden too: a sketch without axes still placed its title under the y axis's
        # tight box, so matplotlib made and measured the ticks it never draws (on every layout
        # pass and drawing: 40 % of the sketch's time, issue 16); a hidden axis is not measured
        ax.xaxis.set_visible(False)
        ax.yaxis.set_visible(False)
        sizing = found.sizing
        spacing = _spacing(sizing, default_spacing)
        positions = _sketch_positions(sizing, spacing)
        homes = len(found.households)
        # homes drawn one spacing apart above the field, both rows centred on the same axis
        width = max(max(p[0] for p in positions), (homes - 1) * spacing, spacing)
        hole_shift = (width - max(p[0] for p in positions)) / 2
        xs = [p[0] + hole_shift for p in positions]
        ys = [p[1] for p in positions]
        home_shift = (width - (homes - 1) * spacing) / 2
        header_y = max(ys) + spacing * 0.6
        home_y = header_y + spacing * 0.9
        for i, household_id in enumerate(found.households):
            x = home_shift + i * spacing
            ax.add_patch(_square(x, home_y, spacing * 0.3, "#d9e6d9"))
            shown = chart_fonts.chart_label(ctx.public(household_id).split()[-1], letters.get(household_id, "?"))
            ax.text(x, home_y + spacing * 0.4, shown, ha="center", va="bottom", fontsize=7, color="#222222")
            ax.plot([x, x], [home_y - spacing * 0.3, header_y], color="#999999", linewidth=0.6)
        for x, y in zip(xs, ys, strict=True):
            ax.plot([x, x], [y, header_y], color="#999999", linewidth=0.6)
        ax.plot([0, width], [header_y, header_y], color="#999999", linewidth=0.6)
        ax.scatter(xs, ys, s=40, color=variant_colour(Variant.SHARED_LOOP), zorder=3)
        cluster = ctx.cluster(found.cluster_id)
        title = f"{chart_fonts.chart_label(cluster.name, ctx.t('Cluster', 'Cluster')) if cluster else found.id}: {sizing.boreholes} × {borehole_depth(sizing.boreholes, sizing.depth_m, sizing.total_length_m, ctx.language)}"
        if len(spacings) > 1 and sizing.boreholes > 1:  # each field its own spacing: said under its own sketch
            title += ctx.t(f", {_metres(spacing, 'nl')} uit elkaar", f", {_metres(spacing, 'en')} apart")
        ax.set_title(title, fontsize=8.5, color="#222222")
        ax.set_xlim(-spacing, width + spacing)
        ax.set_ylim(min(ys) - spacing * 0.6, home_y + spacing * 1.2)
    only = next(iter(spacings)) if len(spacings) == 1 else None
    figure.suptitle(
        ctx.t(
            f"Opstelling van de boorgaten (cirkels, {_metres(only, 'nl')} uit elkaar) en de woningen (vierkanten)",
            f"Layout of the boreholes (circles, {_metres(only, 'en')} apart) and the homes (squares)",
        )
        if only is not None
        else ctx.t(
            "Opstelling van de boorgaten (cirkels) en de woningen (vierkanten)",
            "Layout of the boreholes (circles) and the homes (squares)",
        ),
        fontsize=10,
        x=0.02,
        ha="left",
        fontweight="bold",
        color="#222222",
    )
    return figure


def _spacing(sizing, default_m: float) -> float:
    """The distance between a field's boreholes as designed [m] (its layout search chose it: 6 to 12 m);
    ``default_m`` (the minimum spacing) for a field without one."""
    return float(sizing.spacing_m) if sizing.spacing_m and sizing.spacing_m > 0 else default_m


def _metres(value: float, language: str) -> str:
    """'12 m', '6,5 m'."""
    return number(value, 0 if value == round(value) else 1, "m", language)


def _sketch_positions(sizing, spacing: float) -> list[tuple[float, float]]:
    """The boreholes of a field as it lies in the street, from its first borehole (x right, rows going down
    away from the homes) [m]; a grid of its rows at ``spacing`` when it has no place in the street."""
    from minigrid_app.core.borefield import (
        borehole_positions,  # the engine (numpy) loads with a report, not the window
    )

    if sizing.positions and len(sizing.positions) == max(1, sizing.boreholes):
        left = min(x for x, _ in sizing.positions)
        top = max(y for _, y in sizing.positions)
        return [(x - left, y - top) for x, y in sizing.positions]
    if sizing.rows > 1:
        columns = -(-max(1, sizing.boreholes) // sizing.rows)
        return [((i % columns) * spacing, -(i // columns) * spacing) for i in range(max(1, sizing.boreholes))]
    return list(borehole_positions(max(1, sizing.boreholes), spacing, sizing.layout))


def _square(x: float, y: float, half: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x - half, y - half), 2 * half, 2 * half, facecolor=colour, edgecolor="#555555", linewidth=0.6)


def _fields_section(ctx: DocumentContext, images: dict[str, bytes]) -> tuple[str, str]:
    shared = [f for f in ctx.results.fields if f.variant == Variant.SHARED_LOOP]
    if not shared:
        return "<p>" + ctx.t("Nog geen clusters.", "No clusters yet.") + "</p>", ""
    head = (
        "<tr><th>Cluster</th>"
        f"<th>{ctx.t('Woningen', 'Homes')}</th>"
        f'<th class="num">{ctx.t("Boorgaten", "Boreholes")}</th>'
        f'<th class="num">{ctx.t("Diepte", "Depth")}</th>'
        f'<th class="num">{ctx.t("Totaal", "Total")}</th>'
        f'<th class="num">{ctx.t("Laagste vloeistoftemperatuur", "Lowest fluid temperature")}</th>'
        f'<th class="num">{ctx.t("Gedeelde kosten", "Shared costs")}</th></tr>'
    )
    rows = []
    for found in shared:
        cluster = ctx.cluster(found.cluster_id)
        sizing = found.sizing
        names = esc(names_listed([ctx.public(h) for h in found.households]))
        if not sizing.feasible:  # no boreholes: '0 m, 7,0 °C, € 0' would read as a field that costs nothing
            why = " ".join(warning.text(ctx.language) for warning in sizing.warnings)
            rows.append(
                f"<tr><td>{esc(cluster.name if cluster else found.id)}</td><td>{names}</td>"
                f'<td colspan="5"><b>{ctx.t("niet mogelijk", "not possible")}</b><br><span class="small">{esc(why)}</span></td></tr>'
            )
            continue
        rows.append(
            f"<tr><td>{esc(cluster.name if cluster else found.id)}</td><td>{names}</td>"
            f'<td class="num">{sizing.boreholes}</td>'
            f'<td class="num">{borehole_depth(sizing.boreholes, sizing.depth_m, sizing.total_length_m, ctx.language)}</td>'
            f'<td class="num">{field_length(sizing.total_length_m, ctx.language)}</td>'
            f'<td class="num">{group_thousands(sizing.min_fluid_temp_c, 1, ctx.language)} °C</td>'
            f'<td class="num">{ctx.money(found.shared_cost_eur)}</td></tr>'
        )
    table = f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>'
    if any(f.sizing.provisional for f in shared):
        table += "<p class=\"note\">" + ctx.t(
            "Voorlopig: de velden zijn met een vuistregel geschat.", "Provisional: the fields were estimated by rule of thumb."
        ) + "</p>"
    parts = []
    layout = borefield_layout_figure(ctx)
    if layout is not None:
        parts.append(embed_figure("report-layout.png", layout, images))
    built = [f for f in shared if f.sizing.feasible]  # a field that cannot be built has no fluid curve
    coldest = min(built, key=lambda f: f.sizing.min_fluid_temp_c) if built else None
    if coldest is not None and coldest.sizing.monthly_fluid_temp_c:
        cluster = ctx.cluster(coldest.cluster_id)
        monthly, limit, fluid_options = charts.fluid_chart_inputs(built, ctx.results.parameters)  # as step 3 draws it
        fluid = (charts.fluid_temperature_figure, monthly, limit)
        fluid_options |= {"language": ctx.language, "height": 3.0}  # the coldest of them: the title speaks for all
        parts.append(
            '<p class="note">'
            + ctx.t(
                f"Hieronder de vloeistoftemperatuur van het koudste veld ({esc(cluster.name if cluster else coldest.id)}) over de jaren.",
                f"Below, the fluid temperature of the coldest field ({esc(cluster.name if cluster else coldest.id)}) over the years.",
            )
            + "</p>"
        )
        parts.append(embed_chart("report-fluid.png", images, *fluid, **fluid_options))
    return table, "".join(parts)


def _report_conditions(ctx: DocumentContext) -> str:
    if not ctx.checks:
        return "<p>" + ctx.t("Er zijn (nog) geen voorwaarden van de bewoners vastgelegd.", "No residents' conditions have been recorded (yet).") + "</p>"
    head = "<tr><th>" + ctx.t("Voorwaarde", "Condition") + "</th>" + "".join(variant_header(v, ctx.language) for v in VARIANTS) + "</tr>"
    rows = []
    for check in ctx.checks:
        cells = []
        for variant in VARIANTS:
            outcome = check.group.get(variant)
            if outcome is None:
                cells.append("<td>–</td>")
                continue
            cells.append(f'<td>{status_words(ctx, outcome.status)}<br><span class="small">{esc(outcome.reason(ctx.language))}</span></td>')
        rows.append(f"<tr><td>{condition_text(ctx, check)}</td>{''.join(cells)}</tr>")
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>'


def _report_wcw(ctx: DocumentContext) -> str:
    group = ctx.results.group
    wcw = group.wcw
    explanation = wcw.explanation_en if ctx.language == "en" else wcw.explanation_nl
    title = wcw.title_en if ctx.language == "en" else wcw.title_nl
    parts = [
        "<p><b>" + ctx.t("Wet collectieve warmte (Wcw): ", "Collective Heat Act (Wcw): ") + esc(title) + ".</b> " + esc(explanation) + "</p>"
    ]
    per_network = per_network_text(ctx.results.clusters)
    if per_network is not None:
        parts.append("<p>" + esc(per_network.text(ctx.language)) + "</p>")
    return "".join(parts)


def _models_table(ctx: DocumentContext) -> str:
    order = list(ctx.results.group.wcw.models) + [m for m in ORGANISATION_MODELS if m not in ctx.results.group.wcw.models]
    head = (
        f"<tr><th width=\"28%\">{ctx.t('Model', 'Model')}</th><th>{ctx.t('Voordelen', 'Advantages')}</th>"
        f"<th>{ctx.t('Nadelen en uitdagingen', 'Disadvantages and challenges')}</th></tr>"
    )
    rows = []
    fits = best_fits(ctx.results.group.wcw, ctx.results.clusters)  # as step 3 says it
    for key in order:
        model = ORGANISATION_MODELS[key]
        lang = "en" if ctx.language == "en" else "nl"
        name = esc(model[lang])
        if key in fits:
            name += "<br><span class=\"ok\">" + esc(fits[key].text(ctx.language)) + "</span>"
        rows.append(f"<tr><td><b>{name}</b></td><td>{esc(model['pros_' + lang])}</td><td>{esc(model['cons_' + lang])}</td></tr>")
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>'


def _report_participation(ctx: DocumentContext) -> str:
    group = ctx.results.group
    benchmark = ctx.results.parameters["participation_benchmark"]
    rate = group.participation_rate
    position = benchmark_position(rate, benchmark).text(ctx.language)
    parts = [
        "<p>"
        + ctx.t(
            f"<b>{group.signed} van {count(group.households_total, 'woning', 'woningen')} {form(group.signed, 'heeft', 'hebben')} getekend ({group_thousands(rate * 100)} %).</b> "
            f"In de Utrechtse pilots deed na drie maanden gemiddeld {group_thousands(benchmark * 100)} % mee; u zit {position}.",
            f"<b>{group.signed} of {count(group.households_total, 'home', 'homes')} {form(group.signed, 'has', 'have')} signed ({group_thousands(rate * 100, 0, 'en')} %).</b> "
            f"In the Utrecht pilots on average {group_thousands(benchmark * 100, 0, 'en')} % took part after three months; you are {position}.",
        )
        + "</p>",
        "<p>"
        + (
            ctx.t(
                "Een cluster gaat alleen door als alle woningen erin tekenen. Per cluster:",
                "A cluster only goes ahead if every home in it signs. Per cluster:",
            )
            if ctx.project.agreement.cluster_share is None and ctx.project.agreement.street_share is None
            else ctx.t("Per cluster:", "Per cluster:")
        )
        + "</p>",
    ]
    if not ctx.results.clusters:
        return "".join(parts) + "<p>" + ctx.t("Nog geen clusters.", "No clusters yet.") + "</p>"
    head = (
        f"<tr><th>Cluster</th><th>{ctx.t('Woningen', 'Homes')}</th><th class=\"num\">{ctx.t('Getekend', 'Signed')}</th>"
        f"<th>{ctx.t('Compleet?', 'Complete?')}</th><th>{ctx.t('Als een handtekening uitblijft', 'If a signature does not come')}</th></tr>"
    )
    rows = []
    for cluster in ctx.results.clusters:
        size = len(cluster.households)
        names = esc(names_listed([ctx.public(h) for h in cluster.households]))
        if cluster.complete:
            status = '<span class="ok">&#10003; ' + ctx.t("compleet", "complete") + "</span>"
        else:
            waiting = [ctx.public(h) for h in cluster.households if ctx.household(h) and not has_signed(ctx.household(h))]
            status = (
                '<span class="open">&#8230; ' + ctx.t("nog niet", "not yet") + "</span><br>"
                + ctx.t("nog nodig: ", "still needed: ")
                + esc(names_listed(waiting))
            )
        effect_text = "–"
        effect = ctx.effects.get(cluster.id)
        if effect is not None:
            effect_text = effect.words(esc(ctx.public(effect.household_id)), ctx.language)  # as step 5 says it
        rows.append(
            f"<tr><td>{esc(cluster.name)}</td><td>{names}</td><td class=\"num\">{cluster.signed} / {size}</td>"
            f"<td>{status}</td><td class=\"small\">{effect_text}</td></tr>"
        )
    parts.append(f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>')
    outside = [h for h in ctx.results.households if h.cluster_id is None]
    if outside:
        parts.append(
            '<p class="note">'
            + ctx.t(
                f"Niet in een cluster: {esc(', '.join(ctx.public(h.id) for h in outside))}. "
                "Met een reserve per cluster kunnen zij later nog aansluiten.",
                f"In no cluster: {esc(', '.join(ctx.public(h.id) for h in outside))}. "
                "With room reserved per cluster they can still join later.",
            )
            + "</p>"
        )
    return "".join(parts)


def _value_text(key: str, value, language: str) -> str:
    if isinstance(value, tuple):
        low, high = (parameter_value(v, language, calendar_year=is_calendar_year_key(key)) for v in (min(value), max(value)))
        return choose(language, f"{len(value)} waarden, {low} tot {high}", f"{len(value)} values, {low} to {high}")
    return parameter_value(value, language, calendar_year=is_calendar_year_key(key))


def _assumptions(ctx: DocumentContext) -> str:
    params = ctx.results.parameters
    labels = GROUP_LABELS_EN if ctx.language == "en" else GROUP_LABELS_NL
    head = (
        # the source gets half the width: it is the longest text, and narrow it wraps every row
        # onto four or five lines (the appendix ran to six pages)
        f"<tr><th width=\"29%\">{ctx.t('Kental', 'Figure')}</th><th class=\"num\" width=\"14%\">{ctx.t('Waarde', 'Value')}</th>"
        f"<th width=\"51%\">{ctx.t('Bron', 'Source')}</th><th class=\"num\" width=\"6%\">{ctx.t('Jaar', 'Year')}</th></tr>"
    )
    rows = []
    # the figures of steps 6-8 (tender, quotes) are in the tender documents, not in the
    # report of the second residents' evening
    for group in (g for g in GROUPS if g != "tender"):
        definitions = [d for d in params.definitions.values() if d.group == group]
        if not definitions:
            continue
        rows.append(f'<tr><td colspan="4" style="background-color:#f3f7f3;"><b>{esc(labels[group])}</b></td></tr>')
        for definition in definitions:
            value = esc(figure_with_unit(_value_text(definition.key, params[definition.key], ctx.language),
                                         figure_unit(definition.key, definition.unit, ctx.language)))
            if params.is_overridden(definition.key):
                value = f"<b>{value}</b>"
            rows.append(
                f"<tr><td>{esc(definition.label(ctx.language))}</td><td class=\"num\">{value}</td>"
                f"<td>{esc(definition.source_in(ctx.language))}</td><td class=\"num\">{definition.year}</td></tr>"
            )
    return f'<table class="grid tiny" width="100%" cellspacing="0" cellpadding="1">{head}{"".join(rows)}</table>'


#: where the glossary goes in the filled report: it lists the terms the rest of the report uses
_GLOSSARY_MARK = "<!--minigrid-glossary-->"


def _glossary(ctx: DocumentContext, report_html: str) -> str:
    """The glossary entries of the terms the report uses, alphabetical, in two columns of small print.

    The order runs along the rows (left, then right, then the next row): the PDF keeps every
    table row whole on a page, so a list that does not fit the page it starts on goes on in
    order on the next one. (Down the left column and then the right put the last row's terms,
    'Laagste vloeistoftemperatuur' and 'Zelfbeheer', alone on the next page, out of order.)
    """
    keys = terms_in(plain_text(report_html), ctx.language)
    if not keys:
        return ""
    entries = [
        f"<b>{esc(entry.name(ctx.language))}</b>: {esc(entry.text(ctx.language))}"
        for entry in sorted_terms(ctx.language)
        if entry.key in keys
    ]
    rows = "".join(
        f'<tr><td width="50%" valign="top">{entries[row]}</td>'
        f'<td width="50%" valign="top">{entries[row + 1] if row + 1 < len(entries) else ""}</td></tr>'
        for row in range(0, len(entries), 2)
    )
    return f'<table class="small" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def build_report(
    project: Project,
    results: ProjectResults,
    *,
    language: str = "nl",
    privacy: str = "house_number",
    effects: dict[str, DropOutEffect] | None = None,
    checks: list[ConditionCheck] | None = None,
    today: datetime.date | None = None,
) -> DocumentContent:
    """The report for the second residents' evening (a few A4 pages)."""
    ctx = document_context(project, results, language, privacy, effects, checks, today)
    images: dict[str, bytes] = {}
    params = results.parameters
    fields_table, borefield_charts = _fields_section(ctx, images)
    values = ctx.common() | {
        "summary": _report_summary(ctx),
        "group_table": _group_table(ctx),
        "comparison_charts": _comparison_charts(ctx, images),
        "simulation_years": str(params.int("simulation_years")),
        "min_fluid_temp": f"{group_thousands(params['min_fluid_temp_c'], 1, language)} °C",
        "fields_table": fields_table,
        "borefield_charts": borefield_charts,
        "conditions_table": _report_conditions(ctx),
        "wcw": _report_wcw(ctx),
        "models_table": _models_table(ctx),
        "participation": _report_participation(ctx),
        "signatures": signatures_section(ctx, images),
        "organisation_numbers": organisation_section(ctx),
        "assumptions": _assumptions(ctx),
        "glossary": _GLOSSARY_MARK,
    }
    title = ctx.t("Tweede bewonersavond", "Second residents' evening")
    html = fill(load_template("report", language), values)
    initiative = project.intake.name.strip()
    return DocumentContent(
        kind="report",
        title=f"{title} – {initiative}" if initiative else title,
        html=html.replace(_GLOSSARY_MARK, _glossary(ctx, html)),
        css=load_template("style"),
        images=images,
        footer=f"{title} · {initiative}" if initiative else title,
    )
