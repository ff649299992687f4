"""The tender request and the decision record as HTML documents (steps 6 and 8).

Same machinery as the evening pack (:mod:`minigrid_app.io.documents`): editable templates
``resources/templates/tender.*.html`` and ``decision.*.html`` filled with tables built from
the engine's figures (:mod:`minigrid_app.core.tender`, :mod:`minigrid_app.core.decision`),
a borefield drawing per cluster (matplotlib, no Qt), and a :class:`DocumentContent` that
``minigrid_app.ui.pdf`` renders to A4 PDF. Everything residents or suppliers typed is escaped.
"""

from __future__ import annotations

import datetime
import re

from minigrid_app import __version__
from minigrid_app.core.decision import DecisionRecord
from minigrid_app.core.formatting import count, drilling_words, euro, group_thousands, names_listed
from minigrid_app.core.home_labels import home_name, house_type_label
from minigrid_app.core.model import PARTICIPATION_LABELS_EN, PARTICIPATION_LABELS_NL
from minigrid_app.core.problems import in_language
from minigrid_app.core.quotes import (
    INDICATIVE_BASIS,
    compare_quote,
    monthly_per_home,
    percent_decimals,
)
from minigrid_app.core.regulation import ORGANISATION_MODELS, per_network_text
from minigrid_app.core.tender import SECTION_LABELS, UNIT_LABELS, TenderPack
from minigrid_app.core.tender_figure import mean_row
from minigrid_app.core.tender_model import (
    AGREEMENT_STATE_LABELS,
    CONTRACTING_LABELS,
    PARTY_LABELS,
    PERMIT_STATE_LABELS,
)
from minigrid_app.core.tender_planning import parse_date
from minigrid_app.io import chart_fonts
from minigrid_app.io.documents import (
    CONTENT_WIDTH_PX,
    LANGUAGES,
    DocumentContent,
    continued_cell,
    esc,
    figure_png,
    fill,
    load_template,
)

MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class _T:
    def __init__(self, language: str):
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        self.language = language

    def __call__(self, nl: str, en: str) -> str:
        return en if self.language == "en" else nl

    def num(self, value: float, decimals: int = 0) -> str:
        return group_thousands(value, decimals, self.language)

    def money(self, value: float | None) -> str:
        return euro(value, 0, self.language)

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[1] if self.language == "en" else pair[0]

    def name(self, label: str) -> str:
        """A home's name for the page, escaped: 'Home 3' in English where the residents gave it none."""
        return esc(in_language(label, self.language))

    def date(self, day: datetime.date | None) -> str:
        return day.strftime("%d-%m-%Y") if day else "–"


def _day(text: str, t: _T) -> str:
    """A stored date (YYYY-MM-DD) as dd-mm-jjjj; other text as it is, escaped."""
    day = parse_date(text)
    return t.date(day) if day else esc(text or "")


def _rules(results, t: _T) -> str:
    """The Heat Act regime of the group as one network, then of each cluster as a network of its own
    (:func:`~minigrid_app.core.regulation.per_network_text`, as step 3, the report and the CLI say it)."""
    text = esc(t(results.group.wcw.title_nl, results.group.wcw.title_en))
    per_network = per_network_text(results.clusters)
    return text + (f"<br>{esc(per_network.text(t.language))}" if per_network is not None else "")


def _percent(t: _T, comparison) -> str:
    """A quote's total against the indicative one in percent, with the decimals beyond the margin needs."""
    fraction = comparison.total.difference_fraction or 0.0
    return t.num(100 * fraction, percent_decimals(fraction, comparison.tolerance))


def _table(head: list[str], rows: list[list[str]], numeric: set[int] = frozenset(), widths: dict[int, str] | None = None) -> str:
    widths = widths or {}

    def cell(tag: str, index: int, text: str) -> str:
        cls = ' class="num"' if index in numeric else ""
        width = f' width="{widths[index]}"' if index in widths else ""
        return f"<{tag}{cls}{width}>{text}</{tag}>"

    header = "<tr>" + "".join(cell("th", i, h) for i, h in enumerate(head)) + "</tr>"
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{header}{body}</table>'


def _pairs(rows: list[tuple[str, str]]) -> str:
    body = "".join(f'<tr><th width="32%">{a}</th><td>{b}</td></tr>' for a, b in rows)
    return f'<table class="grid" width="100%" cellspacing="0" cellpadding="3">{body}</table>'


def home_positions(pack: TenderPack, export) -> list[tuple[str, float, bool]]:
    """(label, position along the street [m], on this field) of the homes from the field's first to
    its last member (schematic: homes in between that are not on it included). Positions are street
    coordinates, as the boreholes' (the street's first home at 0)."""
    project = pack.scope.project
    default = pack.results.parameters["distance_default_m"]
    order = [h.id for h in project.households]
    members = [h for h, _ in export.households]
    labels = dict(export.households)
    first = order.index(members[0])
    positions, x = [], sum(
        default if household.distance_to_next_m is None else float(household.distance_to_next_m)
        for household in project.households[:first]
    )
    for index in range(first, order.index(members[-1]) + 1):
        household = project.households[index]
        positions.append((labels.get(household.id) or home_name(household, index + 1), x, household.id in labels))
        x += default if household.distance_to_next_m is None else float(household.distance_to_next_m)
    return positions


_TRAILING_NUMBER = re.compile(r"(\d+\s*[a-zA-Z]?)\s*$")


def _crowded(figure, texts) -> list:
    """The labels' boxes as drawn (left to right) when two of them run into each other, else []."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # equal aspect shrinks the drawing when drawn: measure it as drawn
    renderer = canvas.get_renderer()
    boxes = sorted((text.get_window_extent(renderer) for text in texts), key=lambda box: box.x0)
    gap = 2 * 7.5 / 72 * figure.dpi  # [px]: two ems of the labels between two names
    return [] if all(left.x1 + gap <= right.x0 for left, right in zip(boxes, boxes[1:], strict=False)) else boxes


def _shorten_if_crowded(figure, texts) -> None:
    """Label the homes by house number alone ('12') when their full names ('Vogelstraat 12') run
    into each other as drawn; the cluster's heading names them in full. A name without a house number
    ('Fam. Van der Zanden-Oosterhuis', as a group may name its homes) goes over lines as wide as the room
    between two homes (it ran into its neighbour's name: 'Zanden-OosterFam. De Boer')."""
    import textwrap

    if not _crowded(figure, texts):
        return
    for text in texts:
        found = _TRAILING_NUMBER.search(text.get_text())
        if found:
            text.set_text(found.group(1).replace(" ", ""))
    boxes = _crowded(figure, texts)
    if not boxes:
        return
    centres = sorted((box.x0 + box.x1) / 2 for box in boxes)
    room = min((right - left for left, right in zip(centres, centres[1:], strict=False)), default=0.0)
    em = 7.5 / 72 * figure.dpi  # [px]
    characters = max(6, int((room - 2 * em) / (0.6 * em)))  # a letter of the labels is about 0,6 em wide
    for text in texts:
        text.set_text(textwrap.fill(text.get_text(), characters, break_long_words=False, break_on_hyphens=True))
    figure.tight_layout()  # room above the drawing for the lines


def _field_drawing(export, t: _T, homes: list[tuple[str, float, bool]]) -> bytes:
    """A schematic plan: the homes along the street, the boreholes in front of them, the spacing.

    matplotlib's warnings while drawing it (a letter the font lacks, a tight layout it could not make for long
    names) are not for the advisor: ``minigrid tender`` printed them with the program's file names."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return _draw_field(export, t, homes)


def _draw_field(export, t: _T, homes: list[tuple[str, float, bool]]) -> bytes:
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    xs = [p[0] for p in export.positions_m]
    ys = [p[1] - 6.0 for p in export.positions_m]
    if homes and (max(xs) < homes[0][1] - export.spacing_m or min(xs) > homes[-1][1] + 2 * export.spacing_m):
        # the field's own coordinates (its first borehole at 0), not the street's: under its first home
        xs = [x + homes[0][1] for x in xs]
    chart_fonts.install()  # a name in Chinese letters drawn, not as boxes
    figure = Figure(figsize=(6.4, 2.4 + 0.5 * (max(ys) - min(ys)) / max(export.spacing_m, 1)))
    axes = figure.add_subplot(1, 1, 1)
    labels = []
    for n, (label, x, member) in enumerate(homes, start=1):
        label = chart_fonts.chart_label(in_language(label, t.language), t(f"Woning {n}", f"Home {n}"))  # letters no font here has: no boxes
        axes.add_patch(Rectangle((x - 2.5, 1.0), 5.0, 5.0, facecolor="#e8eee8" if member else "white",
                                 edgecolor="#555555" if member else "#bbbbbb", linestyle="-" if member else "--"))
        # 7.5 pt: the drawing is printed at about nine tenths of its size (6 pt read as 5)
        labels.append(axes.text(x, 6.6, label, ha="center", va="bottom", fontsize=7.5, color="#222222" if member else "#999999"))
    if homes:
        axes.plot([min(homes[0][1], xs[0]), max(homes[-1][1], xs[0])], [-1.5, -1.5], color="#1f77b4", linewidth=1.5)
        for _, x, member in homes:
            if member:
                axes.plot([x, x], [-1.5, 1.0], color="#1f77b4", linewidth=1.0)
        axes.plot([xs[0], xs[0]], [min(ys), -1.5], color="#1f77b4", linewidth=1.0)
    axes.scatter(xs, ys, s=120, color="#2ca02c", edgecolors="#1b4d1b", zorder=3)
    for index, (x, y) in enumerate(zip(xs, ys, strict=True), start=1):
        axes.annotate(str(index), (x, y), ha="center", va="center", color="white", fontsize=7.5, zorder=4)
    if len(xs) > 1:
        low = min(ys) - 0.5 * export.spacing_m
        axes.annotate("", (xs[0], low), (xs[1], low), arrowprops={"arrowstyle": "<->", "color": "#555555"})
        axes.text((xs[0] + xs[1]) / 2, low - 0.6, f"{t.num(export.spacing_m, 1)} m", ha="center", va="top", fontsize=8)
    right = max(xs + [x for _, x, _ in homes]) + 4
    axes.set_xlim(min(xs + [x for _, x, _ in homes]) - 4, right)
    axes.set_ylim(min(ys) - 0.5 * export.spacing_m - 3, 9.0)
    axes.set_aspect("equal")
    axes.axis("off")
    figure.tight_layout()
    _shorten_if_crowded(figure, labels)
    return figure_png(figure)


def _fields(pack: TenderPack, t: _T, images: dict[str, bytes]) -> str:
    parts = []
    months = MONTHS_EN if t.language == "en" else MONTHS_NL
    for index, export in enumerate(pack.fields, start=1):
        homes = names_listed([t.name(label) for _, label in export.households])
        name = f"field{index}.png"
        images[name] = _field_drawing(export, t, home_positions(pack, export))
        reserve = t(f"; ruimte voor {count(export.extra_homes, 'latere deelnemer', 'latere deelnemers')}",
                    f"; room for {count(export.extra_homes, 'later joiner', 'later joiners')}") if export.extra_homes else ""
        design = t(" (ontwerp van de ingenieur)", " (the engineer's design)") if export.designed_by_engineer else ""
        parts.append(f"<h3>{esc(export.cluster_name)}: {homes}</h3>")
        drilled = drilling_words(export.boreholes, export.depth_m, export.total_length_m, t.language)  # as the bill
        parts.append(
            _pairs(
                [
                    (t("Boorgaten", "Boreholes"), t(
                        f"{export.boreholes} × {' = '.join(drilled)}{design}, "
                        f"onderlinge afstand {t.num(export.spacing_m, 1)} m, {'op een rij' if export.layout == 'line' else 'in een rechthoek'}",
                        f"{export.boreholes} × {' = '.join(drilled)}{design}, "
                        f"spacing {t.num(export.spacing_m, 1)} m, {'in a line' if export.layout == 'line' else 'in a rectangle'}")),
                    (t("Onttrekking per jaar", "Extraction per year"), f"{t.num(export.annual_extraction_kwh)} kWh{reserve}"),
                    (t("Piek (ontwerp)", "Peak (design)"), t(
                        f"{t.num(export.peak_extraction_kw, 1)} kW gedurende {t.num(export.peak_duration_h)} uur, gelijktijdigheid {t.num(export.simultaneity, 2)}",
                        f"{t.num(export.peak_extraction_kw, 1)} kW for {t.num(export.peak_duration_h)} hours, simultaneity {t.num(export.simultaneity, 2)}")),
                    (t("Vloeistoftemperatuur", "Fluid temperature"), t(
                        f"gemiddeld niet lager dan {t.num(export.min_fluid_temp_limit_c, 1)} °C (piek inbegrepen, {export.simulation_years} jaar); "
                        f"berekend laagste {t.num(export.min_fluid_temp_c, 1)} °C",
                        f"mean not below {t.num(export.min_fluid_temp_limit_c, 1)} °C (peak included, {export.simulation_years} years); "
                        f"lowest computed {t.num(export.min_fluid_temp_c, 1)} °C")),
                    (t("Bodem (aangenomen)", "Ground (assumed)"), t(
                        f"warmtegeleiding {t.num(export.conductivity_w_mk, 2)} W/mK, warmtecapaciteit "
                        f"{t.num(export.volumetric_heat_capacity_j_m3k / 1e6, 1)} MJ/m³K, ongestoorde temperatuur "
                        f"{t.num(export.undisturbed_temp_c, 1)} °C, boorgatweerstand {t.num(export.borehole_resistance_mk_w, 2)} mK/W, "
                        f"boorgatstraal {t.num(export.borehole_radius_m * 1000)} mm. Laat een thermische responstest of lokale gegevens dit bevestigen.",
                        f"conductivity {t.num(export.conductivity_w_mk, 2)} W/mK, heat capacity "
                        f"{t.num(export.volumetric_heat_capacity_j_m3k / 1e6, 1)} MJ/m³K, undisturbed temperature "
                        f"{t.num(export.undisturbed_temp_c, 1)} °C, borehole resistance {t.num(export.borehole_resistance_mk_w, 2)} mK/W, "
                        f"borehole radius {t.num(export.borehole_radius_m * 1000)} mm. Have a thermal response test or local data confirm this.")),
                ]
            )
        )
        parts.append(f'<p align="center"><img src="{name}" width="{CONTENT_WIDTH_PX - 100}"></p>')
        parts.append('<p class="note">' + t(
            "Schematisch bovenaanzicht: de woningen op dit veld (grijs gestippeld: woningen ertussen die niet meedoen), "
            "de leiding en de boorgaten met hun onderlinge afstand. Waar de boorgaten komen, bepaalt de aannemer met de groep.",
            "Schematic plan view: the homes on this field (grey dashed: homes in between that do not take part), the pipe "
            "and the boreholes with their spacing. Where the boreholes go is for the contractor to settle with the group.") + "</p>")
        head = [t("Maand", "Month")] + list(months) + [t("Jaar", "Year")]
        extraction = [t("Onttrekking (kWh)", "Extraction (kWh)")] + [t.num(v) for v in export.monthly_extraction_kwh] + [t.num(export.annual_extraction_kwh)]
        rows = [extraction]
        if export.annual_injection_kwh:
            rows.append([t("Injectie (kWh)", "Injection (kWh)")] + [t.num(v) for v in export.monthly_injection_kwh] + [t.num(export.annual_injection_kwh)])
        parts.append('<p class="tiny">' + _table(head, rows, numeric=set(range(1, 14))) + "</p>")
    return "".join(parts)


def _homes(pack: TenderPack, t: _T) -> str:
    rows = []
    for home in pack.homes:
        size = t.num(home.floor_area_m2) + " m²" if home.floor_area_m2 else "–"
        electrical = t("3-fase aanwezig", "3-phase present") if home.three_phase else (
            t("3-fase aanvragen", "request 3-phase") if home.three_phase_needed else t("1-fase volstaat", "1-phase suffices"))
        cooling = t(", koeling gevraagd", ", cooling asked") if home.cooling_wanted else ""
        rows.append(
            [
                f"<b>{t.name(home.label)}</b><br>{esc(home.address)}",
                f"{esc(house_type_label(home.house_type, t.language))}, {home.build_year or '–'}, {size}",
                f"{home.heat_pump_kw} kW ({t.num(home.design_load_kw, 1)} kW){cooling}",
                f"{t.num(home.supply_temp_c)} °C",
                t(f"{t.num(home.dhw_kwh)} kWh, {home.persons or '?'} pers.", f"{t.num(home.dhw_kwh)} kWh, {home.persons or '?'} pers."),
                t.num(home.seasonal_cop or 0, 1),
                t.money(home.lt_measures_eur),
                electrical + (t(", inductie", ", induction") if home.cooks_on_gas else ""),
            ]
        )
    head = [t("Woning", "Home"), t("Type, bouwjaar, oppervlak", "Type, year, area"), t("Warmtepomp (ontwerplast)", "Heat pump (design load)"),
            t("Aanvoer", "Supply"), t("Tapwater per jaar", "Tap water a year"), "SCOP", t("LT-maatregelen", "LT measures"), t("Elektra", "Electrical")]
    return '<p class="small">' + _table(head, rows, numeric={3, 5, 6}) + "</p>"


def _bill(pack: TenderPack, t: _T) -> str:
    rows = []
    current = None
    for line in pack.lines:
        if line.section != current:
            current = line.section
            number = line.number.split(".")[0]
            rows.append([f"<b>{number}</b>", f"<b>{t.pick(SECTION_LABELS[current])}</b>", "", "", "", ""])
        quantity = t.num(line.quantity, 0 if line.unit != "m" else 1)
        price = "" if line.in_quote else t("n.v.t.", "n/a")
        rows.append([line.number, esc(line.description(t.language)), t.pick(PARTY_LABELS[line.party]), t.pick(UNIT_LABELS[line.unit]), quantity, price])
    head = [t("Nr.", "No."), t("Omschrijving", "Description"), t("Wie", "Who"), t("Eenheid", "Unit"), t("Hoeveelheid", "Quantity"), t("Bedrag incl. btw", "Amount incl. VAT")]
    return '<p class="small">' + _table(head, rows, numeric={4, 5}, widths={0: "6%", 1: "50%", 2: "17%", 3: "8%", 4: "9%", 5: "10%"}) + "</p>"


def _permits(items, t: _T) -> str:
    rows = [
        [
            f"<b>{esc(item.title(t.language))}</b><br>{esc(item.text(t.language))}",
            t.pick(PARTY_LABELS[item.who]),
            t.pick(PERMIT_STATE_LABELS[item.status.status]) + (f"<br>{_day(item.status.date, t)}" if item.status.date else "")
            + (f"<br><i>{esc(item.status.note)}</i>" if item.status.note else ""),
        ]
        for item in items
    ]
    return _table([t("Wat", "What"), t("Door", "By"), t("Stand", "Status")], rows, widths={0: "62%", 1: "18%"})


def build_tender_document(pack: TenderPack, *, language: str = "nl", today: datetime.date | None = None) -> DocumentContent:
    """The tender request (uitvraag) of a tender pack."""
    t = _T(language)
    today = today or datetime.date.today()
    project = pack.scope.project
    intake = project.intake
    results = pack.results
    settings = pack.settings
    labels = {h.id: home_name(h, row) for row, h in enumerate(project.households, 1)}
    signed = names_listed([t.name(labels[h]) for h in pack.scope.signed]) or "–"
    later = {*pack.scope.waiting, *pack.scope.left_out}  # left out: signed, too few signers in its cluster (said below)
    waiting = names_listed([t.name(labels[h.id]) for h in project.households if h.id in later]) or t("geen", "none")
    clusters = len(results.clusters)
    due = next(m.date for m in pack.planning.milestones if m.key == "quotes_due")
    advisor = esc(settings.advisor.strip() or intake.contact_person.strip() or t("de initiatiefnemers", "the initiators"))
    request = t(
        f"Een offerte voor een mini-warmtenet met een gedeelde bodemlus voor {count(len(pack.scope.signed), 'woning', 'woningen')} in "
        f"{clusters} cluster{'s' if clusters != 1 else ''}: de bron, de leidingen, een warmtepomp per woning en het werk in de woning, volgens de "
        f"staat van hoeveelheden. Offerte uiterlijk <b>{t.date(due)}</b> naar {advisor}.",
        f"A quote for a mini heat network with a shared ground loop for {count(len(pack.scope.signed), 'home', 'homes')} in "
        f"{clusters} cluster{'s' if clusters != 1 else ''}: the source, the pipes, a heat pump per home and the work inside the home, following "
        f"the bill of quantities. Quote by <b>{t.date(due)}</b> to {advisor}.",
    )
    contact = " ".join(x for x in (intake.contact_person.strip(), intake.contact_details.strip()) if x)
    project_table = _pairs(
        [
            (t("Initiatief", "Initiative"), esc(intake.name or "–")),
            (t("Locatie", "Location"), esc(intake.location or "–")),
            (t("Contact", "Contact"), esc(contact or "–")),
            (t("Vragen over de uitvraag", "Questions about this request"), advisor),
            (t("Woningen in deze uitvraag", "Homes in this request"), f"{signed} " + t("(getekende intentieverklaring)", "(signed declaration of intent)")),
            (t("Nog niet in deze uitvraag", "Not in this request yet"), waiting + t(" (kunnen later aansluiten)", " (may join later)")),
            (t("Bekende obstakels in de grond", "Known obstacles underground"), esc(intake.underground_obstacles or "–")),
            (t("Partners", "Partners"), esc(intake.partners or "–")),
            (t("Regels (Wet collectieve warmte)", "Rules (Heat Act)"), _rules(results, t)),
        ]
    )
    planning_rows = [[esc(m.label(language)), t.date(m.date)] for m in pack.planning.milestones]
    planning_rows.append([t("Ambitie: besluit 9 maanden na de intake", "Ambition: decision 9 months after the intake"), t.date(pack.planning.ambition_date)])
    planning_table = _table([t("Stap", "Step"), t("Datum", "Date")], planning_rows, widths={0: "70%"})
    scope_rows = []
    for section in pack.sections:
        title = esc(t(section.title_nl, section.title_en))
        for number, item in enumerate(section.items):
            group = f"<b>{title}</b>" if number == 0 else continued_cell(f"<b>{title}</b> " + t("(vervolg)", "(continued)"))
            scope_rows.append([group, esc(item.text(language)), t.pick(PARTY_LABELS[item.party])])
    scope_table = _table([t("Onderdeel", "Part"), t("Werk", "Work"), t("Wie", "Who")], scope_rows, widths={0: "22%", 2: "20%"})
    requirements = "".join(f"<h3>{esc(r.title(language))}</h3><p>{esc(r.text(language))}</p>" for r in pack.requirements)
    from minigrid_app.core.tender_requirements import QUOTE_CONTENTS

    quote_contents = "<ol>" + "".join(f"<li>{esc(t(nl, en))}</li>" for nl, en in QUOTE_CONTENTS) + "</ol>"
    images: dict[str, bytes] = {}
    warnings = ""
    if pack.warnings:
        warnings = f"<h3>{t('Let op', 'Note')}</h3><ul>" + "".join(f"<li>{esc(w.text(language) if hasattr(w, 'text') else w)}</li>" for w in pack.warnings) + "</ul>"
    values = {
        "initiative": esc(intake.name or t("het bewonersinitiatief", "the residents' initiative")),
        "location": esc(intake.location or "–"),
        "date": t.date(today),
        "request": request,
        "project_table": project_table,
        "planning_table": planning_table,
        "planning_verdict": esc(pack.planning.verdict(language)),
        "contracting": esc(t.pick(CONTRACTING_LABELS[settings.contracting])) + ".",
        "scope_table": scope_table,
        "simulation_years": str(results.parameters.int("simulation_years")),
        "fields": _fields(pack, t, images),
        "homes_table": _homes(pack, t),
        "homes_note": esc(t(
            "Warmtepomp: vermogen in kW met de ontwerplast bij −10 °C buiten. SCOP: het seizoensrendement waarmee de "
            "businesscase rekent. LT-maatregelen: het indicatieve bedrag voor aanpassingen aan radiatoren of vloerverwarming; "
            "de schouw bepaalt wat nodig is.",
            "Heat pump: capacity in kW with the design load at −10 °C outside. SCOP: the seasonal COP the business case "
            "counts on. LT measures: the indicative amount for changes to radiators or floor heating; the inspection visit "
            "decides what is needed.")),
        "requirements": requirements,
        "quote_contents": quote_contents,
        "bill_table": _bill(pack, t),
        "permits_table": _permits(pack.permits, t),
        "warnings": warnings,
        "version": esc(__version__),
        "generated": t("gemaakt op ", "made on ") + t.date(today),
    }
    html = fill(load_template("tender", language), values)
    return DocumentContent(
        kind="tender",
        title=t(f"Uitvraag {intake.name}", f"Tender request {intake.name}"),
        html=html,
        css=load_template("style"),
        images=images,
        footer=t(f"Uitvraag mini-warmtenet · {intake.name}", f"Tender request mini heat network · {intake.name}"),
    )


def build_decision_document(record: DecisionRecord, *, language: str = "nl", today: datetime.date | None = None) -> DocumentContent:
    """The decision record (besluit) for the group's archive."""
    t = _T(language)
    today = today or datetime.date.today()
    pack = record.pack
    project = pack.scope.project
    intake = project.intake
    case = record.quote_case
    quote = case.comparison.quote if case else None
    model = ORGANISATION_MODELS.get(record.organisation_model)
    comparison = case.comparison if case else None
    decision_rows = [
        (t("Gekozen offerte", "Chosen quote"), esc(quote.supplier) + (f" ({_day(quote.date, t)})" if quote and quote.date else "") if quote else t("nog niet gekozen", "not chosen yet")),
        (t("Totaal van de offerte", "Total of the quote"), t(
            f"{t.money(comparison.total.quoted_eur)} tegen {t.money(comparison.total.indicative_eur)} indicatief "
            f"({_percent(t, comparison)} %); {count(len(comparison.missing), 'regel ontbreekt', 'regels ontbreken')}, "
            f"{len([c for c in comparison.flagged if c.status != 'missing'])} buiten de marge van {t.num(100 * comparison.tolerance)} %",
            f"{t.money(comparison.total.quoted_eur)} against {t.money(comparison.total.indicative_eur)} indicative "
            f"({_percent(t, comparison)} %); {count(len(comparison.missing), 'line missing', 'lines missing')}, "
            f"{len([c for c in comparison.flagged if c.status != 'missing'])} outside the {t.num(100 * comparison.tolerance)} % margin") if comparison else "–"),
        (t("Organisatievorm", "Organisation model"), esc(model["en" if language == "en" else "nl"]) if model else t("nog niet gekozen", "not chosen yet")),
        (t("Regels (Wet collectieve warmte)", "Rules (Heat Act)"), _rules(pack.results, t)),
        (t("Bindend getekend", "Signed (binding)"), esc(record.signed_of.text(language))),  # one home: 'ja', not '1 van 1 woning'
    ]
    if record.figure is not None:  # the figure of the screen (summary line, steps 7 and 8), its homes said
        decision_rows.append((t("Per woning", "Per home"),
                              esc(f"{record.figure.text(language)} ({record.figure.homes_said(language)})")))
    quotes = project.tender.quotes
    quotes_table = ""
    if quotes:
        rows = []
        for quote_item in quotes:
            compared = compare_quote(pack.lines, quote_item, pack.results)
            chosen = "✓" if quote and quote_item.id == quote.id else ""
            rows.append([
                f"{chosen} {esc(quote_item.supplier)}", t.money(compared.total.quoted_eur),
                f"{_percent(t, compared)} %", str(len(compared.missing)),
                str(len(compared.flagged) - len(compared.missing)),
            ])
        quotes_table = f"<h3>{t('De offertes vergeleken', 'The quotes compared')}</h3>" + _table(
            [t("Aanbieder", "Supplier"), t("Totaal offerte", "Quote total"),
             t("Ten opzichte van indicatief", "Against indicative"), t("Regels die ontbreken", "Lines missing"),
             t("Regels buiten de marge", "Lines outside the margin")], rows, numeric={1, 2, 3, 4}, widths={0: "32%"})
    else:
        quotes_table = ""
    warnings = ""
    if record.warnings:
        warnings = "<ul>" + "".join(f'<li class="open">{esc(w.text(language) if hasattr(w, "text") else w)}</li>' for w in record.warnings) + "</ul>"
    if case:
        rows = [
            [t.name(r.label), t.money(r.gas_monthly_eur), t.money(r.indicative_monthly_eur), f"<b>{t.money(r.quote_monthly_eur)}</b>",
             t.money(r.indicative_net_investment_eur), f"<b>{t.money(r.quote_net_investment_eur)}</b>"]
            for r in monthly_per_home(pack.results, case)
        ]
        if (mean := mean_row(pack.results, case, language)) is not None:  # the figure of the screen, its homes said
            rows.append([f"<i>{t.name(mean.label)}</i>", t.money(mean.gas_monthly_eur), t.money(mean.indicative_monthly_eur),
                         f"<b>{t.money(mean.quote_monthly_eur)}</b>", t.money(mean.indicative_net_investment_eur),
                         f"<b>{t.money(mean.quote_net_investment_eur)}</b>"])
        homes_table = _table(
            [t("Woning", "Home"), t("Gas nu, p/m", "Gas now, p/m"), t("Indicatief p/m", "Indicative p/m"), t("Offerte p/m", "Quote p/m"),
             t("Eenmalig indicatief", "One-off indicative"), t("Eenmalig offerte", "One-off quote")],
            rows, numeric={1, 2, 3, 4, 5}) + f'<p class="small">{esc(INDICATIVE_BASIS.text(language))}</p>'
        case_label = esc(case.label(language))
    else:
        homes_table = f"<p>{t('Nog geen offerte gekozen.', 'No quote chosen yet.')}</p>"
        case_label = t("businesscase op basis van een offerte", "business case on a quote")

    def verdict(outcome) -> str:
        if outcome is None:
            return "–"
        mark = {"met": ('<span class="ok">&#10003; ', t("voldaan", "met")), "not_met": ('<span class="no">&#10007; ', t("niet voldaan", "not met"))}
        start, word = mark.get(outcome.status, ('<span class="open">? ', t("niet te controleren", "cannot be checked")))
        return f"{start}{word}</span><br><span class=\"small\">{esc(outcome.reason(language))}</span>"

    conditions_table = _table(
        [t("Voorwaarde", "Condition"), t("Indicatief", "Indicative"), t("Met de offerte", "With the quote")],
        [[esc(c.shown(language)), verdict(c.indicative), verdict(c.quoted)] for c in record.conditions], widths={0: "34%"},
    ) if record.conditions else f"<p>{t('Er zijn geen voorwaarden vastgelegd.', 'No conditions were recorded.')}</p>"
    agreement_rows = [
        [t.name(row.label), t(PARTICIPATION_LABELS_NL.get(row.intent, row.intent), PARTICIPATION_LABELS_EN.get(row.intent, row.intent)),
         t.pick(AGREEMENT_STATE_LABELS[row.status]) if row.in_tender else t("niet in de uitvraag", "not in the tender"), _day(row.date, t)]
        for row in record.agreements
    ]
    agreements_table = _table([t("Woning", "Home"), t("Intentieverklaring", "Declaration of intent"), t("Bindende overeenkomst", "Binding agreement"), t("Datum", "Date")], agreement_rows)
    groups = record.not_signed_groups  # the same groups and words as step 8 on screen
    if groups:
        items = "".join(f"<li><b>{esc(why.text(language))}</b>: {esc(', '.join(in_language(label, language) for label in labels))}</li>" for why, labels in groups)
        not_signed_html = f"<ul>{items}</ul>"
    else:
        not_signed_html = f"<p>{esc(record.all_signed_words.text(language))}</p>"
    open_permits = _permits(record.open_permits, t) if record.open_permits else f"<p>{t('Niets meer open.', 'Nothing open.')}</p>"
    values = {
        "initiative": esc(intake.name or t("het bewonersinitiatief", "the residents' initiative")),
        "location": esc(intake.location or "–"),
        "decided_on": t.date(record.decided_on) if record.decided_on else t("datum besluit nog open", "date of decision not set"),
        "decision_table": _pairs(decision_rows) + quotes_table,
        "warnings": warnings,
        "case_label": case_label,
        "homes_table": homes_table,
        "conditions_table": conditions_table,
        "agreements_table": agreements_table,
        "not_signed": not_signed_html,
        "opt_out": esc(record.opt_out_terms.strip()) or t("Nog niet beschreven.", "Not written down yet."),
        "open_permits": open_permits,
        "version": esc(__version__),
        "generated": t("gemaakt op ", "made on ") + t.date(today),
    }
    return DocumentContent(
        kind="decision",
        title=t(f"Besluit {intake.name}", f"Decision {intake.name}"),
        html=fill(load_template("decision", language), values),
        css=load_template("style"),
        footer=t(f"Besluit mini-warmtenet · {intake.name}", f"Decision mini heat network · {intake.name}"),
    )
