"""The documents for the second residents' evening as HTML (DOMAIN §3 step 4; seeds 002 and 004).

Three documents, built from the engine's results and the editable templates under
``resources/templates/`` (``*.nl.html`` and ``*.en.html``, ``$name`` fields filled with
:class:`string.Template`):

- the declaration of intent (intentieverklaring) per participating household,
- the kitchen-table handout per household (one A4 page),
- the report for the residents' evening (a few A4 pages).

No Qt here: the result is a :class:`DocumentContent` (HTML, embedded chart images as PNG,
page limit, footer); ``minigrid_app.ui.pdf`` turns it into a PDF with Qt's own document
machinery. Every figure comes from :class:`~minigrid_app.core.results.ProjectResults`
and is formatted with :mod:`minigrid_app.core.formatting`, so the documents read the same
as ``minigrid compute``. Everything residents typed is HTML-escaped.
"""

from __future__ import annotations

import datetime
import html
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from string import Template
from typing import TYPE_CHECKING

from minigrid_app import __version__
from minigrid_app.core.borefield import borehole_positions
from minigrid_app.core.conditions import MET, NOT_MET, ConditionCheck, check_conditions
from minigrid_app.core.explain import (
    cumulative_series,
    monthly_difference_per_home,
    monthly_range,
    price_band,
    quantity_value,
    tornado_data,
)
from minigrid_app.core.formatting import euro, group_thousands
from minigrid_app.core.model import (
    VARIANT_COLOURS,
    VARIANT_LABELS_EN,
    VARIANT_LABELS_NL,
    VARIANTS,
    Household,
    Project,
)
from minigrid_app.core.parameters import GROUP_LABELS_EN, GROUP_LABELS_NL, GROUPS
from minigrid_app.core.problems import Problem, ProblemError, in_language
from minigrid_app.core.regulation import ORGANISATION_MODELS
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.whatif import DropOutEffect, drop_out_effect
from minigrid_app.io import charts
from minigrid_app.paths import resource_path

if TYPE_CHECKING:  # matplotlib is imported when a document is made, not at program start
    from matplotlib.figure import Figure

PRIVACY_MODES = ("house_number", "anonymous")
LANGUAGES = ("nl", "en")

#: The page geometry the HTML is written for: image sizes are in pixels at PAGE_DPI.
PAGE_DPI = 96
MARGIN_MM = 16.0
#: A4 (210 mm) minus both margins is 178 mm ≈ 672 px at 96 dpi; images stay a little narrower.
CONTENT_WIDTH_PX = 650
CHART_DPI = 150


class DocumentError(ProblemError):
    """A template is missing or unreadable; carries a Dutch and English message."""


@dataclass
class DocumentContent:
    """One document ready to render.

    Attributes
    ----------
    kind : str
        ``declaration``, ``handout`` or ``report``.
    title : str
        Title for the PDF metadata.
    html : str
        The document (Qt rich-text HTML).
    css : str
        Default style sheet (``resources/templates/style.css``).
    images : dict[str, bytes]
        PNG images referred to by name from ``<img src=...>``.
    max_pages : int | None
        Shrink the content until it fits this many pages (the handout: 1).
    footer : str
        Left part of every page's footer; the renderer adds the page number.
    household_id : str | None
        The household a declaration or handout is for.
    """

    kind: str
    title: str
    html: str
    css: str = ""
    images: dict[str, bytes] = field(default_factory=dict)
    max_pages: int | None = None
    footer: str = ""
    household_id: str | None = None


# ---------------------------------------------------------------------------- small helpers


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def esc(text: object) -> str:
    """Resident-typed text made safe for HTML (``<b>`` shows as text, never as markup)."""
    return html.escape("" if text is None else str(text), quote=True)


def money(amount: float | None, language: str = "nl") -> str:
    """Whole euros, as on screen and in ``minigrid compute`` ('€ 1.234')."""
    return euro(amount, 0, language)


def money_range(low: float, high: float, language: str = "nl") -> str:
    low, high = min(low, high), max(low, high)
    return f"{money(low, language)} – {money(high, language)}"


def _num(value: float, decimals: int = 0, language: str = "nl") -> str:
    return group_thousands(value, decimals, language)


def _join(names: Sequence[str], language: str) -> str:
    names = list(names)
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + _t(language, " en ", " and ") + names[-1]


def load_template(name: str, language: str = "nl") -> str:
    """The text of ``resources/templates/<name>.<language>.html`` (or ``style.css`` for name 'style')."""
    filename = "style.css" if name == "style" else f"{name}.{language}.html"
    path = resource_path("templates", filename)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(
            Problem(
                f"Sjabloon {filename} ontbreekt of is niet leesbaar ({path}).",
                f"Template {filename} is missing or unreadable ({path}): {exc}",
            )
        ) from exc


def fill(template: str, values: dict[str, str]) -> str:
    """Fill ``$name``/``${name}`` fields; an unknown field in an edited template stays visible as is."""
    return Template(template).safe_substitute(values)


def figure_png(figure: Figure, dpi: int = CHART_DPI) -> bytes:
    """A matplotlib figure as PNG bytes (Agg, no pyplot, no Qt)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def _image(name: str, figure: Figure, images: dict[str, bytes], width_px: int = CONTENT_WIDTH_PX) -> str:
    width_in, height_in = figure.get_size_inches()
    height_px = round(width_px * height_in / width_in)
    images[name] = figure_png(figure)
    return f'<p align="center"><img src="{name}" width="{width_px}" height="{height_px}"></p>'


# ---------------------------------------------------------------------------- names and privacy

_HOUSE_NUMBER = re.compile(r"\d+\s?[A-Za-z]?(?:\s?[-/]\s?\d+[A-Za-z]?)?")


def house_number(household: Household) -> str | None:
    """The house number from the label, else from the street part of the address ('12a'); None if none."""
    for text in (household.label, household.address.split(",")[0]):
        found = _HOUSE_NUMBER.findall(text or "")
        if found:
            return found[-1].replace(" ", "")
    return None


def public_name(household: Household, row: int, privacy: str, language: str = "nl") -> str:
    """How a household is named to others: 'nr. 12' (house number only) or 'Woning 3' (anonymous).

    Plain text; escape it before putting it in HTML.
    """
    if privacy == "house_number":
        number = house_number(household)
        if number:
            return _t(language, f"nr. {number}", f"no. {number}")
    return _t(language, f"Woning {row}", f"Home {row}")


def own_name(household: Household, row: int, language: str = "nl") -> str:
    """How a household's own documents name it: its label (what the residents call it)."""
    return household.label.strip() or _t(language, f"Woning {row}", f"Home {row}")


def file_stem(household: Household, row: int, privacy: str) -> str:
    """A safe file name part: '03-lindehof-3', or 'woning-03' when anonymous."""
    if privacy == "anonymous":
        return f"woning-{row:02d}"
    slug = re.sub(r"[^a-z0-9]+", "-", household.label.lower()).strip("-")[:40].strip("-")
    return f"{row:02d}-{slug}" if slug else f"woning-{row:02d}"


def _variant_label(variant: str, language: str) -> str:
    return (VARIANT_LABELS_EN if language == "en" else VARIANT_LABELS_NL)[variant]


def _variant_header(variant: str, language: str, cls: str = "") -> str:
    """A table header in the variant's colour, with the full name (never colour alone)."""
    colour = VARIANT_COLOURS[variant]
    return (
        f'<th class="{cls}" style="background-color:{colour}; color:#ffffff;">'
        f"{esc(_variant_label(variant, language))}</th>"
    )


def _swatch(variant: str) -> str:
    return f'<td width="10" style="background-color:{VARIANT_COLOURS[variant]};">&nbsp;</td>'


# ---------------------------------------------------------------------------- eligibility


def declaration_households(results: ProjectResults) -> list[HouseholdResult]:
    """Households that get a declaration of intent: computed, participating and in a cluster."""
    return [
        h for h in results.households if h.computable and h.participates and h.variants.get("shared_loop") is not None
    ]


def handout_households(results: ProjectResults) -> list[HouseholdResult]:
    """Households that get a kitchen-table handout: every computed household."""
    return [h for h in results.households if h.computable]


def cluster_drop_out_effects(
    project: Project, results: ProjectResults, method: str = "pygfunction"
) -> dict[str, DropOutEffect]:
    """Per incomplete cluster: what happens to the others if its first missing signature does not come.

    Returns cluster id → :class:`DropOutEffect`; complete clusters are left out.
    """
    effects: dict[str, DropOutEffect] = {}
    for cluster in results.clusters:
        if cluster.complete:
            continue
        missing = [h for h in cluster.households if (project.household(h) and project.household(h).participation != "signed")]
        if missing:
            effects[cluster.id] = drop_out_effect(project, results, missing[0], method=method)
    return effects


# ---------------------------------------------------------------------------- shared context


@dataclass
class _Context:
    project: Project
    results: ProjectResults
    language: str
    privacy: str
    today: datetime.date
    effects: dict[str, DropOutEffect]
    checks: list[ConditionCheck]

    def t(self, nl: str, en: str) -> str:
        return _t(self.language, nl, en)

    def money(self, amount: float | None) -> str:
        return money(amount, self.language)

    def household(self, household_id: str) -> Household:
        return self.project.household(household_id)

    def row(self, household_id: str) -> int:
        result = self.results.household(household_id)
        return result.row if result else 0

    def public(self, household_id: str) -> str:
        return public_name(self.household(household_id), self.row(household_id), self.privacy, self.language)

    def cluster(self, cluster_id: str | None):
        return next((c for c in self.results.clusters if c.id == cluster_id), None)

    def date_text(self) -> str:
        return self.today.strftime("%d-%m-%Y")

    def common(self) -> dict[str, str]:
        intake = self.project.intake
        contact = intake.contact_person.strip()
        if intake.contact_details.strip():
            contact = f"{contact} ({intake.contact_details.strip()})" if contact else intake.contact_details.strip()
        params = self.results.parameters
        return {
            "initiative": esc(intake.name.strip() or self.t("het bewonersinitiatief", "the residents' initiative")),
            "location": esc(intake.location.strip() or self.t("uw buurt", "your neighbourhood")),
            "partners": esc(intake.partners.strip() or self.t("een adviseur", "an advisor")),
            "contact": esc(contact or self.t("de initiatiefnemers", "the initiators")),
            "date": self.date_text(),
            "generated": self.t("gemaakt op ", "made on ") + self.date_text(),
            "version": esc(__version__),
            "horizon": str(params.int("horizon_years")),
            "loan_terms": self.t(
                f"{_num(params['loan_rate'] * 100, 1)} % rente, {params.int('loan_term_years')} jaar",
                f"{_num(params['loan_rate'] * 100, 1, 'en')} % interest, {params.int('loan_term_years')} years",
            ),
            "timeline": load_template("timeline", self.language),
        }


def _context(project, results, language, privacy, effects, checks, today) -> _Context:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    if privacy not in PRIVACY_MODES:
        raise ValueError(f"privacy must be one of {PRIVACY_MODES}")
    return _Context(
        project=project,
        results=results,
        language=language,
        privacy=privacy,
        today=today or datetime.date.today(),
        effects=effects or {},
        checks=checks if checks is not None else check_conditions(project, results),
    )


def _line(result, key: str):
    return next((line for line in result.cost_lines if line.key == key), None)


def _field(ctx: _Context, result) -> object | None:
    return ctx.results.field(result.field_id) if result is not None and result.field_id else None


def _field_text(ctx: _Context, sizing) -> str:
    holes = sizing.boreholes
    text = ctx.t(
        f"{holes} boorgat{'en' if holes != 1 else ''} van ongeveer {_num(sizing.depth_m)} m "
        f"({_num(sizing.total_length_m)} m in totaal)",
        f"{holes} borehole{'s' if holes != 1 else ''} of about {_num(sizing.depth_m, 0, 'en')} m "
        f"({_num(sizing.total_length_m, 0, 'en')} m in total)",
    )
    if sizing.provisional:
        text += ctx.t(" (voorlopig, met een vuistregel geschat)", " (provisional, estimated by rule of thumb)")
    return text


def _status_words(ctx: _Context, status: str) -> str:
    if status == MET:
        return '<span class="ok">&#10003; ' + ctx.t("voldaan", "met") + "</span>"
    if status == NOT_MET:
        return '<span class="no">&#10007; ' + ctx.t("niet voldaan", "not met") + "</span>"
    return '<span class="open">? ' + ctx.t("niet te controleren", "cannot be checked") + "</span>"


def _condition_text(ctx: _Context, check: ConditionCheck) -> str:
    return esc(check.condition.text.strip() or check.condition.kind)


# ---------------------------------------------------------------------------- declaration


def _declaration_costs(ctx: _Context, household: HouseholdResult) -> str:
    shared, gas = household.variants["shared_loop"], household.variants["gas"]
    columns = [("shared_loop", shared), ("gas", gas)]
    head = "<tr><th></th>" + "".join(_variant_header(v, ctx.language, "num") for v, _ in columns) + "</tr>"
    rows = [
        (ctx.t("Per maand (jaar 1)", "Per month (year 1)"), [f'<span class="money">{ctx.money(r.monthly_costs_year1_eur)}</span>' for _, r in columns]),
        (
            ctx.t("Per maand bij lage – hoge energieprijzen", "Per month at low – high energy prices"),
            [money_range(r.monthly_costs_low_eur, r.monthly_costs_high_eur, ctx.language) for _, r in columns],
        ),
        (ctx.t("Investering vóór subsidie", "Investment before subsidy"), [ctx.money(r.investment_gross_eur) for _, r in columns]),
        (ctx.t("Subsidie (ISDE)", "Subsidy (ISDE)"), [ctx.money(r.subsidy_eur) for _, r in columns]),
        (ctx.t("Eenmalig, na subsidie", "One-off, after subsidy"), [f'<span class="money">{ctx.money(r.investment_net_eur)}</span>' for _, r in columns]),
        (
            ctx.t(f"Alles samen over {ctx.results.parameters.int('horizon_years')} jaar", f"Everything over {ctx.results.parameters.int('horizon_years')} years"),
            [ctx.money(r.tco_eur) for _, r in columns],
        ),
    ]
    body = "".join(
        f"<tr><td>{label}</td>" + "".join(f'<td class="num">{cell}</td>' for cell in cells) + "</tr>" for label, cells in rows
    )
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{body}</table>'


def _household_details(ctx: _Context, household: Household) -> str:
    parts = []
    if household.house_type:
        parts.append(esc(household.house_type))
    if household.build_year:
        parts.append(ctx.t(f"bouwjaar {household.build_year}", f"built {household.build_year}"))
    if household.gas_m3_per_year is not None:
        parts.append(
            ctx.t(
                f"gasverbruik {_num(household.gas_m3_per_year)} m³ per jaar",
                f"gas use {_num(household.gas_m3_per_year, 0, 'en')} m³ a year",
            )
        )
    return ", ".join(parts) or "–"


def _house_changes(ctx: _Context, household: Household, result) -> str:
    parts = [ctx.t("de radiatoren worden geschikt gemaakt voor lagere temperaturen", "the radiators are made suitable for lower temperatures")]
    if household.cooks_on_gas:
        parts.append(ctx.t("u gaat koken op inductie", "you cook on induction"))
    parts.append(ctx.t("de gasaansluiting wordt afgesloten", "the gas connection is removed"))
    parts.append(ctx.t("er komt geen buitenunit", "there is no outdoor unit"))
    return _join(parts, ctx.language) + "."


def _incomplete_text(ctx: _Context, household: HouseholdResult) -> str:
    cluster = ctx.cluster(household.cluster_id)
    if cluster is None:
        return ""
    size = len(cluster.households)
    name = esc(cluster.name)
    if cluster.complete:
        text = ctx.t(
            f"In {name} hebben alle {size} woningen al getekend.",
            f"In {name} all {size} homes have signed already.",
        )
    else:
        text = ctx.t(
            f"Nu hebben {cluster.signed} van de {size} woningen in {name} getekend.",
            f"So far {cluster.signed} of the {size} homes in {name} have signed.",
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
        When the household is not computed or not in a cluster (see :func:`declaration_households`).
    """
    ctx = _context(project, results, language, privacy, effects, checks or [], today)
    result = results.household(household_id)
    household = project.household(household_id)
    if result is None or household is None or result.variants.get("shared_loop") is None:
        raise ValueError(f"household {household_id} has no shared ground loop to declare for")
    shared = result.variants["shared_loop"]
    cluster = ctx.cluster(result.cluster_id)
    neighbours = [ctx.public(h) for h in cluster.households if h != household_id] if cluster else []
    field_result = _field(ctx, shared)
    field_description = ""
    if field_result is not None and cluster is not None:
        field_description = ctx.t(
            f"Samen delen deze {len(cluster.households)} woningen een bodemveld van {_field_text(ctx, field_result.sizing)}.",
            f"Together these {len(cluster.households)} homes share a borefield of {_field_text(ctx, field_result.sizing)}.",
        )
    name = own_name(household, result.row, language)
    values = ctx.common() | {
        "household_name": f"<b>{esc(name)}</b>",
        "household_address": esc(household.address.strip() or "–"),
        "household_details": _household_details(ctx, household),
        "cluster_name": esc(cluster.name if cluster else "–"),
        "neighbours": esc(_join(neighbours, language)) if neighbours else ctx.t("(nog) geen buren", "no neighbours (yet)"),
        "field_description": field_description,
        "heat_pump_kw": str(shared.heat_pump_size_kw or "–"),
        "house_changes": _house_changes(ctx, household, shared),
        "costs_table": _declaration_costs(ctx, result),
        "incomplete_cluster": _incomplete_text(ctx, result),
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


# ---------------------------------------------------------------------------- handout


def _handout_variants(ctx: _Context, household: HouseholdResult) -> str:
    horizon = ctx.results.parameters.int("horizon_years")
    head = (
        '<tr><th colspan="2">' + ctx.t("Variant", "Option") + "</th>"
        f'<th class="num">{ctx.t("Per maand (jaar 1)", "Per month (year 1)")}</th>'
        f'<th class="num">{ctx.t("bij lage – hoge energieprijs", "at low – high energy price")}</th>'
        f'<th class="num">{ctx.t("Eenmalig, na subsidie", "One-off, after subsidy")}</th>'
        f'<th class="num">{ctx.t(f"Alles over {horizon} jaar", f"All over {horizon} years")}</th></tr>'
    )
    rows = []
    for variant in VARIANTS:
        result = household.variants.get(variant)
        label = esc(_variant_label(variant, ctx.language))
        if result is None:
            rows.append(
                f"<tr>{_swatch(variant)}<td>{label}</td>"
                f'<td colspan="4">{ctx.t("niet berekend: deze woning doet niet mee in een cluster", "not computed: this home is in no cluster")}</td></tr>'
            )
            continue
        rows.append(
            f"<tr>{_swatch(variant)}<td><b>{label}</b></td>"
            f'<td class="num"><span class="money">{ctx.money(result.monthly_costs_year1_eur)}</span></td>'
            f'<td class="num">{money_range(result.monthly_costs_low_eur, result.monthly_costs_high_eur, ctx.language)}</td>'
            f'<td class="num">{ctx.money(result.investment_net_eur)}</td>'
            f'<td class="num">{ctx.money(result.tco_eur)}</td></tr>'
        )
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>'


def _handout_changes(ctx: _Context, household: Household, result: HouseholdResult) -> str:
    variants = result.variants
    columns = list(VARIANTS)
    head = "<tr><th></th>" + "".join(_variant_header(v, ctx.language) for v in columns) + "</tr>"

    def hp_text(variant):
        r = variants.get(variant)
        if r is None:
            return "–"
        kind = ctx.t("luchtwarmtepomp", "air heat pump") if variant == "air_hp" else ctx.t("water-waterwarmtepomp", "water-to-water heat pump")
        return f"{kind}, {r.heat_pump_size_kw} kW"

    def cost_of(variant, key, fallback="–"):
        r = variants.get(variant)
        line = _line(r, key) if r is not None else None
        return ctx.money(line.amount_eur) if line is not None else fallback

    def boring(variant):
        r = variants.get(variant)
        if variant in ("gas", "air_hp"):
            return ctx.t("niet nodig", "not needed")
        found = _field(ctx, r)
        if found is None:
            return "–"
        sizing = found.sizing
        holes = f"{sizing.boreholes} × {_num(sizing.depth_m, 0, ctx.language)} m"
        if variant == "ground_hp":
            return ctx.t(f"eigen boorgat: {holes}", f"own borehole: {holes}")
        cluster = ctx.cluster(found.cluster_id)
        others = len(found.households) - 1
        name = esc(cluster.name) if cluster else ""
        return ctx.t(f"gedeeld met {others} buren ({name}): {holes}", f"shared with {others} neighbours ({name}): {holes}")

    hp_variants = ("air_hp", "ground_hp", "shared_loop")
    rows = [
        (ctx.t("Verwarming", "Heating"), {"gas": ctx.t("cv-ketel blijft", "gas boiler stays"), **{v: hp_text(v) for v in hp_variants}}),
        (ctx.t("Warm water", "Hot water"), {"gas": ctx.t("uit de cv-ketel", "from the boiler"), **{v: ctx.t("boilervat", "hot water tank") for v in hp_variants}}),
        (
            ctx.t("Radiatoren", "Radiators"),
            {"gas": ctx.t("blijven zoals ze zijn", "stay as they are"), **{v: ctx.t(f"lage temperatuur ({cost_of(v, 'lt_measures')})", f"low temperature ({cost_of(v, 'lt_measures')})") for v in hp_variants}},
        ),
        (
            ctx.t("Koken", "Cooking"),
            {
                "gas": ctx.t("op gas", "on gas") if household.cooks_on_gas else ctx.t("elektrisch", "electric"),
                **{
                    v: (ctx.t(f"inductie ({cost_of(v, 'induction')})", f"induction ({cost_of(v, 'induction')})") if household.cooks_on_gas else ctx.t("geen verandering", "no change"))
                    for v in hp_variants
                },
            },
        ),
        (
            ctx.t("Gasaansluiting", "Gas connection"),
            {"gas": ctx.t("blijft (vastrecht)", "stays (fixed charges)"), **{v: ctx.t("afgesloten, geen vastrecht", "removed, no fixed charges") for v in hp_variants}},
        ),
        (
            ctx.t("Buitenunit", "Outdoor unit"),
            {"gas": ctx.t("nee", "no"), "air_hp": ctx.t("ja, aan de gevel of in de tuin", "yes, on the wall or in the garden"), "ground_hp": ctx.t("nee", "no"), "shared_loop": ctx.t("nee", "no")},
        ),
        (ctx.t("Boren", "Drilling"), {v: boring(v) for v in columns}),
        (ctx.t("Meterkast", "Meter box"), {"gas": ctx.t("niets", "nothing"), **{v: cost_of(v, "electrical") for v in hp_variants}}),
    ]
    body = "".join(
        f"<tr><th>{label}</th>" + "".join(f"<td>{cells.get(v, '–') if variants.get(v) is not None else '–'}</td>" for v in columns) + "</tr>"
        for label, cells in rows
    )
    return f'<table class="grid small" width="100%" cellspacing="0" cellpadding="2">{head}{body}</table>'


def _handout_conditions(ctx: _Context, household_id: str) -> str:
    if not ctx.checks:
        return "<p>" + ctx.t("Er zijn (nog) geen voorwaarden van de bewoners vastgelegd.", "No residents' conditions have been recorded (yet).") + "</p>"
    if not any(household_id in check.households for check in ctx.checks):
        return "<p>" + ctx.t(
            "De voorwaarden zijn getoetst voor de woningen die meedoen; deze woning doet (nog) niet mee.",
            "The conditions were checked for the participating homes; this home does not take part (yet).",
        ) + "</p>"
    head = "<tr><th>" + ctx.t("Voorwaarde", "Condition") + "</th>" + "".join(_variant_header(v, ctx.language) for v in VARIANTS) + "</tr>"
    rows = []
    for check in ctx.checks:
        outcomes = check.households.get(household_id)
        cells = []
        for variant in VARIANTS:
            outcome = outcomes.get(variant) if outcomes else None
            cells.append(f"<td>{_status_words(ctx, outcome.status) if outcome else '–'}</td>")
        rows.append(f"<tr><td>{_condition_text(ctx, check)}</td>{''.join(cells)}</tr>")
    return f'<table class="grid small" width="100%" cellspacing="0" cellpadding="2">{head}{"".join(rows)}</table>'


def _handout_uncertainties(ctx: _Context, household: Household, result: HouseholdResult) -> str:
    params = ctx.results.parameters
    items = []
    shared = result.variants.get("shared_loop")
    if shared is not None:
        items.append(
            ctx.t(
                f"<b>Energieprijzen.</b> De gedeelde bodemlus kost u per maand {money_range(shared.monthly_costs_low_eur, shared.monthly_costs_high_eur)} "
                "bij lage of hoge prijzen voor gas en stroom.",
                f"<b>Energy prices.</b> The shared ground loop costs you {money_range(shared.monthly_costs_low_eur, shared.monthly_costs_high_eur, 'en')} "
                "a month at low or high gas and electricity prices.",
            )
        )
        cluster = ctx.cluster(result.cluster_id)
        if cluster is not None:
            items.append(
                ctx.t(
                    f"<b>De buren.</b> {esc(cluster.name)} gaat alleen door als alle {len(cluster.households)} woningen meedoen; "
                    f"nu hebben er {cluster.signed} getekend.",
                    f"<b>The neighbours.</b> {esc(cluster.name)} only goes ahead if all {len(cluster.households)} homes take part; "
                    f"{cluster.signed} have signed so far.",
                )
            )
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
            f"<b>Boren.</b> Boorkosten zijn een aanname ({money(params['drilling_per_m_eur'])} per meter); de diepte hangt af "
            "van de bodem ter plekke" + (" en is nu met een vuistregel geschat." if provisional else "."),
            f"<b>Drilling.</b> Drilling costs are an assumption ({money(params['drilling_per_m_eur'], 'en')} per metre); the depth "
            "depends on the ground on site" + (" and is now estimated by rule of thumb." if provisional else "."),
        )
    )
    lt_default = household.lt_measures_cost_eur is None
    items.append(
        ctx.t(
            "<b>Uw woning.</b> "
            + ("De kosten voor lage-temperatuurradiatoren zijn een standaardbedrag; " if lt_default else "")
            + "een opname in huis maakt het warmtepompvermogen en de aanpassingen precies.",
            "<b>Your home.</b> "
            + ("The cost of low-temperature radiators is a default amount; " if lt_default else "")
            + "a survey of the home pins down the heat pump size and the changes.",
        )
    )
    items.append(
        ctx.t(
            "<b>Subsidie en offertes.</b> De ISDE-bedragen kunnen veranderen; de offertes (stap 6) geven de echte prijzen.",
            "<b>Subsidy and quotes.</b> ISDE amounts may change; the quotes (step 6) give the real prices.",
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
    ctx = _context(project, results, language, privacy, None, checks, today)
    result = results.household(household_id)
    household = project.household(household_id)
    if result is None or household is None or not result.computable:
        raise ValueError(f"household {household_id} is not computed")
    name = own_name(household, result.row, language)
    cluster = ctx.cluster(result.cluster_id)
    if cluster is not None:
        neighbours = [ctx.public(h) for h in cluster.households if h != household_id]
        cluster_sentence = ctx.t(
            f"Bij de gedeelde bodemlus zit u in <b>{esc(cluster.name)}</b> met {esc(_join(neighbours, 'nl')) or 'geen buren'}.",
            f"With the shared ground loop you are in <b>{esc(cluster.name)}</b> with {esc(_join(neighbours, 'en')) or 'no neighbours'}.",
        )
    else:
        cluster_sentence = ctx.t(
            "Deze woning zit (nog) niet in een cluster van de gedeelde bodemlus.",
            "This home is not (yet) in a cluster of the shared ground loop.",
        )
    images: dict[str, bytes] = {}
    monthly = {v: r.monthly_costs_year1_eur for v, r in result.variants.items() if r is not None}
    ranges = {v: (r.monthly_costs_low_eur, r.monthly_costs_high_eur) for v, r in result.variants.items() if r is not None}
    figure = charts.monthly_costs_figure(monthly, ranges, language=language, width=7.5, height=2.3, scale=0.9)
    chart = _image("handout-monthly.png", figure, images, width_px=600)
    values = ctx.common() | {
        "household_name": f"<b>{esc(name)}</b>",
        "cluster_sentence": cluster_sentence,
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


# ---------------------------------------------------------------------------- report


def _report_summary(ctx: _Context) -> str:
    group = ctx.results.group
    sizes = sorted({len(c.households) for c in ctx.results.clusters})
    size_text = "/".join(str(s) for s in sizes) or "–"
    paragraphs = [
        ctx.t(
            f"{group.households_total} woningen: {group.participants} doen mee of denken erover na, "
            f"{group.declined} doen niet mee, {group.signed} hebben getekend. "
            f"De woningen die meedoen vormen {group.clusters} cluster(s) van {size_text} woningen die samen een bron delen.",
            f"{group.households_total} homes: {group.participants} take part or are considering it, "
            f"{group.declined} decline, {group.signed} have signed. "
            f"The participating homes form {group.clusters} cluster(s) of {size_text} homes that share a source.",
        )
    ]
    shared = quantity_value(ctx.results, None, "shared_loop", "monthly_costs_year1_eur")
    gas = quantity_value(ctx.results, None, "gas", "monthly_costs_year1_eur")
    invest = quantity_value(ctx.results, None, "shared_loop", "investment_net_eur")
    band = monthly_range(ctx.results, None, "shared_loop")
    if shared is not None and gas is not None and band is not None:
        paragraphs.append(
            ctx.t(
                f"<b>Met de gedeelde bodemlus betaalt een woning gemiddeld {ctx.money(shared)} per maand</b> "
                f"({money_range(*band)} bij lage of hoge energieprijzen), tegen {ctx.money(gas)} met gas. "
                f"Eenmalig is dat gemiddeld {ctx.money(invest)} na subsidie.",
                f"<b>With the shared ground loop a home pays {ctx.money(shared)} a month on average</b> "
                f"({money_range(*band, 'en')} at low or high energy prices), against {ctx.money(gas)} with gas. "
                f"The one-off investment is {ctx.money(invest)} on average after subsidy.",
            )
        )
    if ctx.results.warnings:
        paragraphs.append(
            ctx.t("Let op: ", "Note: ")
            + esc("; ".join(in_language(w, ctx.language) for w in ctx.results.warnings[:3]))
            + (ctx.t(" (en meer in het programma)", " (and more in the program)") if len(ctx.results.warnings) > 3 else "")
        )
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _group_table(ctx: _Context) -> str:
    horizon = ctx.results.parameters.int("horizon_years")
    head = (
        '<tr><th colspan="2">' + ctx.t("Variant", "Option") + "</th>"
        f'<th class="num">{ctx.t("Per maand (jaar 1)", "Per month (year 1)")}</th>'
        f'<th class="num">{ctx.t("bij lage – hoge energieprijs", "at low – high energy price")}</th>'
        f'<th class="num">{ctx.t("Eenmalig, na subsidie", "One-off, after subsidy")}</th>'
        f'<th class="num">{ctx.t(f"Alles over {horizon} jaar", f"All over {horizon} years")}</th>'
        f'<th class="num">{ctx.t("CO₂ per jaar", "CO₂ a year")}</th></tr>'
    )
    rows = []
    for variant in VARIANTS:
        monthly = quantity_value(ctx.results, None, variant, "monthly_costs_year1_eur")
        if monthly is None:
            continue
        band = monthly_range(ctx.results, None, variant)
        co2 = quantity_value(ctx.results, None, variant, "co2_kg_per_year")
        rows.append(
            f"<tr>{_swatch(variant)}<td><b>{esc(_variant_label(variant, ctx.language))}</b></td>"
            f'<td class="num"><span class="money">{ctx.money(monthly)}</span></td>'
            f'<td class="num">{money_range(*band, ctx.language) if band else "–"}</td>'
            f'<td class="num">{ctx.money(quantity_value(ctx.results, None, variant, "investment_net_eur"))}</td>'
            f'<td class="num">{ctx.money(quantity_value(ctx.results, None, variant, "tco_eur"))}</td>'
            f'<td class="num">{_num(co2 or 0, 0, ctx.language)} kg</td></tr>'
        )
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>'


def _comparison_charts(ctx: _Context, images: dict[str, bytes]) -> str:
    language = ctx.language
    results = ctx.results
    parts = []
    monthly = {v: quantity_value(results, None, v, "monthly_costs_year1_eur") for v in VARIANTS}
    ranges = {v: r for v in VARIANTS if (r := monthly_range(results, None, v)) is not None}
    if any(value is not None for value in monthly.values()):
        parts.append(_image("report-monthly.png", charts.monthly_costs_figure(monthly, ranges, language=language, height=3.0), images))
        investment = {v: quantity_value(results, None, v, "investment_net_eur") for v in VARIANTS}
        parts.append(
            _image(
                "report-investment.png",
                charts.variant_bars_figure(
                    investment,
                    title=ctx.t("Eenmalige investering na subsidie, gemiddeld per woning", "One-off investment after subsidy, average per home"),
                    reference_variant=None,
                    language=language,
                    height=2.8,
                ),
                images,
            )
        )
        series = cumulative_series(results, None)
        if series:
            parts.append(_image("report-cumulative.png", charts.cumulative_costs_figure(series, language=language, height=3.2), images))
        band = price_band(results, None)
        if band:
            parts.append(_image("report-band.png", charts.price_band_figure(band, language=language, height=2.8), images))
        rows = monthly_difference_per_home(results, "shared_loop")
        if rows:
            differences = [d for _, d in rows]
            cheaper = sum(1 for d in differences if d < -0.5)
            if cheaper:
                finding = ctx.t(
                    f"Gedeelde bodemlus: voor {cheaper} van de {len(rows)} woningen goedkoper dan gas",
                    f"Shared ground loop: cheaper than gas for {cheaper} of the {len(rows)} homes",
                )
            else:
                low, high = ctx.money(min(differences)), ctx.money(max(differences))
                finding = ctx.t(
                    f"Gedeelde bodemlus: per woning {low} tot {high} per maand meer dan gas",
                    f"Shared ground loop: {low} to {high} a month more than gas per home",
                )
            by_row = {h.row: h.id for h in results.households}
            labels = [
                (ctx.public(by_row[row]).split()[-1] if ctx.privacy == "house_number" else str(row)) for row, _ in rows
            ]
            parts.append(
                _image(
                    "report-per-home.png",
                    charts.household_difference_figure(
                        labels,
                        differences,
                        language=language,
                        title=finding,
                        width=9.0 if len(rows) > 12 else 7.5,
                        height=3.4,
                    ),
                    images,
                )
            )
        tornado = tornado_data(results, "shared_loop")
        if tornado:
            bars, base = tornado
            parts.append(
                _image(
                    "report-tornado.png",
                    charts.tornado_figure(
                        [charts.TornadoBar(en if language == "en" else nl, low, high) for nl, en, low, high in bars],
                        base,
                        step=results.sensitivity.step,
                        language=language,
                        height=3.0,
                    ),
                    images,
                )
            )
    if not parts:
        return "<p>" + ctx.t("Nog geen berekende woningen.", "No computed homes yet.") + "</p>"
    return "".join(parts)


def borefield_layout_figure(ctx: _Context) -> Figure | None:
    """A sketch of every shared borefield: boreholes (circles) with spacing, the homes on it (squares)."""
    shared = [f for f in ctx.results.fields if f.variant == "shared_loop"]
    if not shared:
        return None
    columns = min(3, len(shared))
    rows = (len(shared) + columns - 1) // columns
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, (1.9 if rows <= 2 else 1.45) * rows + 0.5), dpi=100, facecolor="white")
    figure.set_layout_engine("constrained")
    spacing = float(ctx.results.parameters["borehole_spacing_m"])
    for index, found in enumerate(shared):
        ax = figure.add_subplot(rows, columns, index + 1)
        ax.set_aspect("equal")
        ax.axis("off")
        sizing = found.sizing
        positions = borehole_positions(max(1, sizing.boreholes), spacing, sizing.layout)
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
            ax.text(x, home_y + spacing * 0.4, ctx.public(household_id).split()[-1], ha="center", va="bottom", fontsize=7, color="#222222")
            ax.plot([x, x], [home_y - spacing * 0.3, header_y], color="#999999", linewidth=0.6)
        for x, y in zip(xs, ys, strict=True):
            ax.plot([x, x], [y, header_y], color="#999999", linewidth=0.6)
        ax.plot([0, width], [header_y, header_y], color="#999999", linewidth=0.6)
        ax.scatter(xs, ys, s=40, color=VARIANT_COLOURS["shared_loop"], zorder=3)
        cluster = ctx.cluster(found.cluster_id)
        title = f"{cluster.name if cluster else found.id}: {sizing.boreholes} × {_num(sizing.depth_m, 0, ctx.language)} m"
        ax.set_title(title, fontsize=8.5, color="#222222")
        ax.set_xlim(-spacing, width + spacing)
        ax.set_ylim(min(ys) - spacing * 0.6, home_y + spacing * 1.2)
    figure.suptitle(
        ctx.t(
            f"Opstelling van de boorgaten (cirkels, {_num(spacing)} m uit elkaar) en de woningen (vierkanten)",
            f"Layout of the boreholes (circles, {_num(spacing, 0, 'en')} m apart) and the homes (squares)",
        ),
        fontsize=10,
        x=0.02,
        ha="left",
        fontweight="bold",
        color="#222222",
    )
    return figure


def _square(x: float, y: float, half: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x - half, y - half), 2 * half, 2 * half, facecolor=colour, edgecolor="#555555", linewidth=0.6)


def _fields_section(ctx: _Context, images: dict[str, bytes]) -> tuple[str, str]:
    shared = [f for f in ctx.results.fields if f.variant == "shared_loop"]
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
        names = esc(", ".join(ctx.public(h) for h in found.households))
        rows.append(
            f"<tr><td>{esc(cluster.name if cluster else found.id)}</td><td>{names}</td>"
            f'<td class="num">{sizing.boreholes}</td>'
            f'<td class="num">{_num(sizing.depth_m, 0, ctx.language)} m</td>'
            f'<td class="num">{_num(sizing.total_length_m, 0, ctx.language)} m</td>'
            f'<td class="num">{_num(sizing.min_fluid_temp_c, 1, ctx.language)} °C</td>'
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
        parts.append(_image("report-layout.png", layout, images))
    coldest = min(shared, key=lambda f: f.sizing.min_fluid_temp_c)
    if coldest.sizing.monthly_fluid_temp_c:
        cluster = ctx.cluster(coldest.cluster_id)
        figure = charts.fluid_temperature_figure(
            coldest.sizing.monthly_fluid_temp_c,
            ctx.results.parameters["min_fluid_temp_c"],
            peak_temps_c=coldest.sizing.monthly_peak_fluid_temp_c or None,
            language=ctx.language,
            height=3.0,
        )
        parts.append(
            '<p class="note">'
            + ctx.t(
                f"Hieronder de vloeistoftemperatuur van het koudste veld ({esc(cluster.name if cluster else coldest.id)}) over de jaren.",
                f"Below, the fluid temperature of the coldest field ({esc(cluster.name if cluster else coldest.id)}) over the years.",
            )
            + "</p>"
        )
        parts.append(_image("report-fluid.png", figure, images))
    return table, "".join(parts)


def _report_conditions(ctx: _Context) -> str:
    if not ctx.checks:
        return "<p>" + ctx.t("Er zijn (nog) geen voorwaarden van de bewoners vastgelegd.", "No residents' conditions have been recorded (yet).") + "</p>"
    head = "<tr><th>" + ctx.t("Voorwaarde", "Condition") + "</th>" + "".join(_variant_header(v, ctx.language) for v in VARIANTS) + "</tr>"
    rows = []
    for check in ctx.checks:
        cells = []
        for variant in VARIANTS:
            outcome = check.group.get(variant)
            if outcome is None:
                cells.append("<td>–</td>")
                continue
            cells.append(f'<td>{_status_words(ctx, outcome.status)}<br><span class="small">{esc(outcome.reason(ctx.language))}</span></td>')
        rows.append(f"<tr><td>{_condition_text(ctx, check)}</td>{''.join(cells)}</tr>")
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>'


def _report_wcw(ctx: _Context) -> str:
    group = ctx.results.group
    wcw = group.wcw
    explanation = wcw.explanation_en if ctx.language == "en" else wcw.explanation_nl
    title = wcw.title_en if ctx.language == "en" else wcw.title_nl
    parts = [
        "<p><b>" + ctx.t("Wet collectieve warmte (Wcw): ", "Collective Heat Act (Wcw): ") + esc(title) + ".</b> " + esc(explanation) + "</p>"
    ]
    if ctx.results.clusters:
        largest = max(ctx.results.clusters, key=lambda c: len(c.households))
        cluster_title = largest.wcw.title_en if ctx.language == "en" else largest.wcw.title_nl
        parts.append(
            "<p>"
            + ctx.t(
                f"Als elk cluster een eigen net is, telt elk net ten hoogste {len(largest.households)} aansluitingen: {esc(cluster_title.lower())}.",
                f"If every cluster is a network of its own, each has at most {len(largest.households)} connections: {esc(cluster_title.lower())}.",
            )
            + "</p>"
        )
    return "".join(parts)


def _models_table(ctx: _Context) -> str:
    order = list(ctx.results.group.wcw.models) + [m for m in ORGANISATION_MODELS if m not in ctx.results.group.wcw.models]
    head = (
        f"<tr><th width=\"28%\">{ctx.t('Model', 'Model')}</th><th>{ctx.t('Voordelen', 'Advantages')}</th>"
        f"<th>{ctx.t('Nadelen en uitdagingen', 'Disadvantages and challenges')}</th></tr>"
    )
    rows = []
    for index, key in enumerate(order):
        model = ORGANISATION_MODELS[key]
        lang = "en" if ctx.language == "en" else "nl"
        name = esc(model[lang])
        if index == 0:
            name += "<br><span class=\"ok\">" + ctx.t("past hier het best", "fits best here") + "</span>"
        rows.append(f"<tr><td><b>{name}</b></td><td>{esc(model['pros_' + lang])}</td><td>{esc(model['cons_' + lang])}</td></tr>")
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{head}{"".join(rows)}</table>'


def _report_participation(ctx: _Context) -> str:
    group = ctx.results.group
    benchmark = ctx.results.parameters["participation_benchmark"]
    rate = group.participation_rate
    position = ctx.t("daarboven" if rate >= benchmark else "daaronder", "above that" if rate >= benchmark else "below that")
    parts = [
        "<p>"
        + ctx.t(
            f"<b>{group.signed} van {group.households_total} woningen hebben getekend ({_num(rate * 100)} %).</b> "
            f"In de Utrechtse pilots deed na drie maanden gemiddeld {_num(benchmark * 100)} % mee; u zit {position}.",
            f"<b>{group.signed} of {group.households_total} homes have signed ({_num(rate * 100, 0, 'en')} %).</b> "
            f"In the Utrecht pilots on average {_num(benchmark * 100, 0, 'en')} % took part after three months; you are {position}.",
        )
        + "</p>",
        "<p>"
        + ctx.t(
            "Een cluster gaat alleen door als alle woningen erin tekenen. Per cluster:",
            "A cluster only goes ahead if every home in it signs. Per cluster:",
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
        names = esc(", ".join(ctx.public(h) for h in cluster.households))
        if cluster.complete:
            status = '<span class="ok">&#10003; ' + ctx.t("compleet", "complete") + "</span>"
        else:
            waiting = [ctx.public(h) for h in cluster.households if ctx.household(h) and ctx.household(h).participation != "signed"]
            status = (
                '<span class="open">&#8230; ' + ctx.t("nog niet", "not yet") + "</span><br>"
                + ctx.t("nog nodig: ", "still needed: ")
                + esc(", ".join(waiting))
            )
        effect_text = "–"
        effect = ctx.effects.get(cluster.id)
        if effect is not None:
            leaving = esc(ctx.public(effect.household_id))
            increase = effect.largest_monthly_increase_eur
            if not effect.affected:
                effect_text = ctx.t(f"zonder {leaving}: niets verandert voor de anderen", f"without {leaving}: nothing changes for the others")
            else:
                after = len(effect.clusters_after)
                effect_text = ctx.t(
                    f"zonder {leaving}: {len(effect.affected)} woningen anders ingedeeld of duurder, hooguit "
                    f"{ctx.money(max(increase, 0))} per maand meer; {after} cluster(s)",
                    f"without {leaving}: {len(effect.affected)} homes regrouped or dearer, at most "
                    f"{ctx.money(max(increase, 0))} a month more; {after} cluster(s)",
                )
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


def _value_text(value, language: str) -> str:
    if isinstance(value, tuple):
        return _t(language, f"{len(value)} waarden, {_num(min(value), 1)} tot {_num(max(value), 1)}", f"{len(value)} values, {_num(min(value), 1, 'en')} to {_num(max(value), 1, 'en')}")
    if float(value) == int(value):
        return _num(value, 0, language)
    for decimals in (1, 2, 3, 4):
        if abs(round(value, decimals) - value) < 1e-9:
            return _num(value, decimals, language)
    return _num(value, 4, language)


def _assumptions(ctx: _Context) -> str:
    params = ctx.results.parameters
    labels = GROUP_LABELS_EN if ctx.language == "en" else GROUP_LABELS_NL
    head = (
        f"<tr><th>{ctx.t('Kental', 'Figure')}</th><th class=\"num\">{ctx.t('Waarde', 'Value')}</th>"
        f"<th>{ctx.t('Bron', 'Source')}</th><th class=\"num\">{ctx.t('Jaar', 'Year')}</th></tr>"
    )
    rows = []
    for group in GROUPS:
        definitions = [d for d in params.definitions.values() if d.group == group]
        if not definitions:
            continue
        rows.append(f'<tr><td colspan="4" style="background-color:#f3f7f3;"><b>{esc(labels[group])}</b></td></tr>')
        for definition in definitions:
            value = _value_text(params[definition.key], ctx.language)
            unit = "" if definition.unit == "-" else f" {esc(definition.unit)}"
            if params.is_overridden(definition.key):
                value = f"<b>{value}</b>"
            rows.append(
                f"<tr><td>{esc(definition.label(ctx.language))}</td><td class=\"num\">{value}{unit}</td>"
                f"<td>{esc(definition.source)}</td><td class=\"num\">{definition.year}</td></tr>"
            )
    return f'<table class="grid tiny" width="100%" cellspacing="0" cellpadding="1">{head}{"".join(rows)}</table>'


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
    ctx = _context(project, results, language, privacy, effects, checks, today)
    images: dict[str, bytes] = {}
    params = results.parameters
    fields_table, borefield_charts = _fields_section(ctx, images)
    values = ctx.common() | {
        "summary": _report_summary(ctx),
        "group_table": _group_table(ctx),
        "comparison_charts": _comparison_charts(ctx, images),
        "simulation_years": str(params.int("simulation_years")),
        "min_fluid_temp": f"{_num(params['min_fluid_temp_c'], 1, language)} °C",
        "fields_table": fields_table,
        "borefield_charts": borefield_charts,
        "conditions_table": _report_conditions(ctx),
        "wcw": _report_wcw(ctx),
        "models_table": _models_table(ctx),
        "participation": _report_participation(ctx),
        "assumptions": _assumptions(ctx),
    }
    title = ctx.t("Tweede bewonersavond", "Second residents' evening")
    initiative = project.intake.name.strip()
    return DocumentContent(
        kind="report",
        title=f"{title} – {initiative}" if initiative else title,
        html=fill(load_template("report", language), values),
        css=load_template("style"),
        images=images,
        footer=f"{title} · {initiative}" if initiative else title,
    )
