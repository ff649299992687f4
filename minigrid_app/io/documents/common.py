"""What the three documents share: content, templates, names and privacy, the context of a document.

No Qt here (see :mod:`minigrid_app.io.documents`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import gc
import html
import io
import math
import re
import threading
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from string import Template
from typing import TYPE_CHECKING

from minigrid_app import __version__
from minigrid_app.core.conditions import (
    MET,
    NOT_MET,
    ConditionCheck,
    check_conditions,
    shown_condition_text,
)
from minigrid_app.core.formatting import (
    borehole_depth,
    date_text,
    euro,
    euro_range,
    field_length,
    percent,
)
from minigrid_app.core.home_labels import home_label, street_letter
from minigrid_app.core.model import Household, Project
from minigrid_app.core.participation import has_signed
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.selectors import missing_text, monthly_range
from minigrid_app.core.variant import VARIANTS, Variant, variant_colour, variant_label
from minigrid_app.core.verdict import VerdictSummary, basis_text, difference_text, verdict_summary
from minigrid_app.core.whatif import DropOutEffect, drop_out_effect
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
#: The resolution a document's chart is printed at, at the least [pixels per inch of paper] (:func:`chart_dpi`).
PRINT_DPI = 150


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
    images : dict[str, bytes | Pixels]
        Images referred to by name from ``<img src=...>``: PNG, or a chart's pixels as drawn.
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
    images: dict[str, bytes | Pixels] = field(default_factory=dict)
    max_pages: int | None = None
    footer: str = ""
    household_id: str | None = None



# ---------------------------------------------------------------------------- small helpers


def choose(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def esc(text: object) -> str:
    """Resident-typed text made safe for HTML (``<b>`` shows as text, never as markup)."""
    return html.escape("" if text is None else str(text), quote=True)


def continued_cell(shown: str) -> str:
    """The content of a group's cell left empty in the rows after its first (a table of rows in
    groups: the group's name stands in its first row only). Empty on the page, but when the PDF
    writer starts a new page at this row it shows ``shown`` there (HTML, e.g. 'Bron (vervolg)'),
    so a page does not begin with rows of no group."""
    return f"<!--continued:{shown.replace('--', '- -')}-->"


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


@dataclass(frozen=True)
class Pixels:
    """A chart as Agg drew it: ``width`` × ``height`` pixels at ``dpi``, 8-bit RGBA rows from
    the top, kept zlib-compressed (a few tens of kB each) unless ``packed`` is False (a chart
    read once, right after it is drawn: :func:`charts_drawn_once`).

    The PDF takes the pixels as they are: writing a PNG and reading it back cost three times
    as long as drawing's own copy (issue 16), for the same pixels.
    """

    width: int
    height: int
    dpi: float
    data: bytes
    packed: bool = True

    def rgba(self) -> bytes:
        """The pixels, ``4 * width * height`` bytes."""
        return zlib.decompress(self.data) if self.packed else self.data


def figure_png(figure: Figure, dpi: int = CHART_DPI) -> bytes:
    """A matplotlib figure as PNG bytes (Agg, no pyplot, no Qt)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    # the fastest zlib level: the PDF writer compresses the pixels again, the PNG only carries them
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white", pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


#: This thread's Agg renderer, reused by the next figure of the same size (:func:`figure_pixels`).
_RENDERER = threading.local()


def _shared_canvas(figure: Figure):
    """An Agg canvas for ``figure`` that draws on this thread's renderer when the size is the same.

    The pack's 24 handout charts are the same size: one renderer (and its text measurements,
    which matplotlib keeps per renderer: the variant names, the euro ticks) serves them all.
    A renderer is cleared before each drawing, so the pixels are those of a new one. It
    remembers the words it drew, shaped and rendered (:class:`~minigrid_app.io.agg_text.TextRemembering`).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from minigrid_app.io.agg_text import TextRemembering

    class SharedCanvas(FigureCanvasAgg):
        def get_renderer(self):
            width, height = self.figure.bbox.size
            key = (width, height, self.figure.dpi)
            found = getattr(_RENDERER, "found", None)
            if found is None or found[0] != key:
                found = (key, TextRemembering(width, height, self.figure.dpi))
                _RENDERER.found = found
            self.renderer = found[1]
            return self.renderer

    return SharedCanvas(figure)


def figure_pixels(figure: Figure, dpi: int = CHART_DPI) -> Pixels:
    """A matplotlib figure drawn by Agg: the pixels :func:`figure_png` writes, without the PNG.

    The figure is drawn at ``dpi`` on white (as saved) and keeps that resolution.
    """
    from minigrid_app.io.chart_layout import each_measured_once, empty_labels_unplaced, lay_out_once

    canvas = _shared_canvas(figure)
    figure.dpi = dpi
    figure.set_facecolor("white")
    # a one-axes chart is placed in one measuring pass, as the constrained layout would place
    # it (a third of its time); any other figure's layout engine runs first in the drawing
    if lay_out_once(figure, canvas.get_renderer()):
        with empty_labels_unplaced(figure):
            canvas.draw()
    else:
        with each_measured_once(figure):
            canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    if not _KEEP_CHARTS:
        return Pixels(width, height, float(dpi), bytes(canvas.buffer_rgba()), packed=False)
    return Pixels(width, height, float(dpi), zlib.compress(canvas.buffer_rgba(), 1))


def _let_go() -> None:
    """Free the figures just drawn and no longer referred to: a figure, its artists and its
    canvas's pixel buffer (~1.5 MB) refer to each other, so they would wait for Python's full
    cyclic collection and a pack's figures would pile up (tens of MB). They are young: a
    collection of the younger generations finds them in about a millisecond."""
    gc.collect(1)


def chart_dpi(figure_width_in: float, width_px: int) -> int:
    """The resolution [dpi] to draw a chart ``figure_width_in`` wide that a document shows ``width_px`` wide.

    The page shows it ``width_px`` / :data:`PAGE_DPI` inches wide (less on a handout shrunk to
    fit its page), so it prints at :data:`PRINT_DPI` or finer. At :data:`CHART_DPI` the handout's
    chart (7.5 inches in a place of 6.25) printed at 180 to 225 dpi: half as many pixels again to
    draw and for the PDF to compress as 150 dpi on paper needs (issue 16). Never above :data:`CHART_DPI`.
    """
    return min(CHART_DPI, math.ceil(PRINT_DPI * width_px / PAGE_DPI / figure_width_in))


def embed_figure(name: str, figure: Figure, images: dict[str, bytes | Pixels], width_px: int = CONTENT_WIDTH_PX) -> str:
    """``figure`` as the image ``name`` in ``images`` and its ``<img>`` tag, ``width_px`` wide (:func:`chart_dpi`)."""
    width_in, height_in = figure.get_size_inches()
    return _image_tag(name, figure_pixels(figure, chart_dpi(width_in, width_px)), height_in / width_in, images, width_px)


def _image_tag(name: str, image: bytes | Pixels, aspect: float, images: dict[str, bytes | Pixels], width_px: int) -> str:
    images[name] = image
    return f'<p align="center"><img src="{name}" width="{width_px}" height="{round(width_px * aspect)}"></p>'


#: Chart images already drawn, by their inputs: (function, arguments) → (pixels, height / width).
_CHARTS: OrderedDict[tuple, tuple[Pixels, float]] = OrderedDict()
_CHARTS_LOCK = threading.Lock()
#: How many chart images are kept (a few MB: a pack's charts and the window's again).
CHART_CACHE_SIZE = 96
#: Whether chart images are kept and packed (False: :func:`charts_drawn_once`).
_KEEP_CHARTS = True


@contextlib.contextmanager
def charts_drawn_once() -> Iterator[None]:
    """While in it, documents are written once (``minigrid intent``): a chart image is not kept
    for a next writing and not compressed, as each is read once, right after it is drawn (the
    compressing and reading back were a tenth of the pack's chart time, issue 16); the PDF
    reads the pixels in place (:func:`minigrid_app.ui.pdf.qimage`). As before after it.
    matplotlib, when not yet imported, comes without its 3D projection (:func:`_matplotlib_without_3d`)
    and without the help texts of its artists' properties (:func:`~minigrid_app.io.matplotlib_import.set_help_left_out`).
    """
    from minigrid_app.io.matplotlib_import import set_help_left_out

    global _KEEP_CHARTS
    _KEEP_CHARTS = False
    try:
        with _matplotlib_without_3d(), set_help_left_out():
            yield
    finally:
        _KEEP_CHARTS = True


#: matplotlib's warning when its 3D projection cannot be imported (:func:`_matplotlib_without_3d`).
_NO_3D_WARNING = "Unable to import Axes3D"


@contextlib.contextmanager
def _matplotlib_without_3d() -> Iterator[None]:
    """While in it, matplotlib imported for the first time comes without its 3D projection.

    ``matplotlib.projections`` imports ``mpl_toolkits.mplot3d`` to offer ``projection="3d"``
    (a fifth of matplotlib's import, ~0.1 s CPU of ``minigrid intent``, issue 16); no chart of
    Minigrid is 3D. Its import is made to fail (None in :data:`sys.modules`), which matplotlib
    takes as "no 3D" with a warning, kept quiet; after, the module imports as usual. matplotlib
    is still imported when the first chart is drawn, not here (the command's memory peaks
    before that, while the engine's caches live). Nothing changes when matplotlib is imported
    already. For the one-off writing of :func:`charts_drawn_once` (its own process), not the window.
    """
    import sys
    import warnings

    if "matplotlib.projections" in sys.modules or "mpl_toolkits.mplot3d" in sys.modules:
        yield
        return
    sys.modules["mpl_toolkits.mplot3d"] = None  # type: ignore[assignment]
    warnings.filterwarnings("ignore", message=_NO_3D_WARNING, category=UserWarning)
    quiet = warnings.filters[0]
    try:
        yield
    finally:
        if sys.modules.get("mpl_toolkits.mplot3d", False) is None:
            del sys.modules["mpl_toolkits.mplot3d"]
        with contextlib.suppress(ValueError):
            warnings.filters.remove(quiet)


def _frozen(value: object) -> Hashable:
    """A hashable copy of a chart's input (mappings and sequences in their order); TypeError if none."""
    if isinstance(value, str | int | float | bool | type(None)):
        return value
    if isinstance(value, Mapping):
        return ("mapping", tuple((_frozen(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return ("sequence", tuple(_frozen(v) for v in value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__qualname__, _frozen(dataclasses.astuple(value)))
    raise TypeError(f"no key for {type(value).__name__}")


def chart_image(function: Callable[..., Figure], /, *args, width_px: int | None = None, **kwargs) -> tuple[Pixels, float]:
    """``figure_pixels(function(*args, **kwargs))`` and the figure's height / width, drawn once per inputs.

    ``width_px``: the width a document shows it at, drawn at :func:`chart_dpi` for it (default
    :data:`CHART_DPI`).

    The evening's documents draw the same charts again when they are written again (another
    privacy setting, another folder, after an edit elsewhere); an image is kept by the chart
    function and its arguments (numbers, text, mappings, sequences, frozen dataclasses) and
    drawn only when those are new. Inputs without such a key are drawn every time.
    """
    try:
        key = (function.__module__, function.__qualname__, CHART_DPI, width_px, _frozen(args), _frozen(kwargs)) if _KEEP_CHARTS else None
    except TypeError:
        key = None
    if key is not None:
        with _CHARTS_LOCK:
            found = _CHARTS.get(key)
            if found is not None:
                _CHARTS.move_to_end(key)
                return found
    figure = function(*args, **kwargs)
    width_in, height_in = figure.get_size_inches()
    dpi = CHART_DPI if width_px is None else chart_dpi(width_in, width_px)
    drawn = (figure_pixels(figure, dpi), float(height_in / width_in))
    del figure
    _let_go()
    if key is not None:
        with _CHARTS_LOCK:
            _CHARTS[key] = drawn
            while len(_CHARTS) > CHART_CACHE_SIZE:
                _CHARTS.popitem(last=False)
    return drawn


def embed_chart(
    name: str, images: dict[str, bytes | Pixels], function: Callable[..., Figure], /, *args, width_px: int = CONTENT_WIDTH_PX, **kwargs
) -> str:
    """Like :func:`embed_figure` for ``function(*args, **kwargs)``, the image drawn once per inputs (:func:`chart_image`)."""
    image, aspect = chart_image(function, *args, width_px=width_px, **kwargs)
    return _image_tag(name, image, aspect, images, width_px)


# ---------------------------------------------------------------------------- names and privacy

_HOUSE_NUMBER = re.compile(r"\d+\s?[A-Za-z]?(?:\s?[-/]\s?\d+[A-Za-z]?)?")


def house_number(household: Household) -> str | None:
    """The house number from the label, else from the street part of the address ('12a'); None if none."""
    for text in (household.label, household.address.split(",")[0]):
        found = _HOUSE_NUMBER.findall(text or "")
        if found:
            return found[-1].replace(" ", "")
    return None


def public_name(
    household: Household, row: int, privacy: str, language: str = "nl", shared_numbers: frozenset[str] = frozenset()
) -> str:
    """How a household is named to others: 'nr. 12' (house number only) or 'Woning C' (anonymous).

    Anonymous homes get the letter of their place along the street
    (:func:`minigrid_app.core.home_labels.street_letter`), as on the slides: a number could be
    read as a house number. A house number that more homes of the project have (two streets:
    Kastanjelaan 1 and Lindehof 1; ``shared_numbers``, see :func:`shared_house_numbers`) names
    none of them: they get their letter too (a cluster of "nr. 1, nr. 3, nr. 1, nr. 2" could not
    be read). Plain text; escape it before putting it in HTML.
    """
    if privacy == "house_number":
        number = house_number(household)
        if number and number.lower() not in shared_numbers:
            return choose(language, f"nr. {number}", f"no. {number}")
    letter = street_letter(row)
    return choose(language, f"Woning {letter}", f"Home {letter}")


def shared_house_numbers(households: list[Household]) -> frozenset[str]:
    """The house numbers (lower case) that more than one of ``households`` has."""
    numbers = [number.lower() for number in map(house_number, households) if number]
    return frozenset(number for number in numbers if numbers.count(number) > 1)


def own_name(household: Household, row: int, language: str = "nl") -> str:
    """How a household's own documents name it: its label (what the residents call it)."""
    return home_label(household, row, language)


#: letters that have no accent to take off, as plain letters ('Łąkowa' was 'kowa', 'Straße' 'stra-e')
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th",
                                "ð": "d", "ħ": "h", "ŧ": "t"})


def file_stem(household: Household, row: int, privacy: str, language: str = "nl") -> str:
    """A safe file name part: '03-lindehof-3', '04-cooperatiestraat-3' (accents taken off, not the letters), or
    'woning-C' when anonymous (its letter; 'home-C' in English, beside 'declaration-of-intent-', where
    'declaration-of-intent-woning-C.pdf' stood)."""
    home = choose(language, "woning", "home")
    if privacy == "anonymous":
        return f"{home}-{street_letter(row)}"
    plain = "".join(c for c in unicodedata.normalize("NFKD", household.label.lower().translate(_PLAIN_LETTERS))
                    if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-")
    return f"{row:02d}-{slug}" if slug else f"{home}-{row:02d}"


#: Where the long Dutch compounds of the variant names may break in a narrow column (a soft
#: hyphen: invisible unless the line breaks there; without it Qt broke "luchtwarmtepom|p").
_COMPOUND_BREAKS = {
    "luchtwarmtepomp": "lucht\u00adwarmte\u00adpomp",
    "bodemlus": "bodem\u00adlus",
    "gasketel": "gas\u00adketel",
}


def breakable(text: str) -> str:
    """``text`` with soft hyphens between the parts of the variant names' long compounds
    ('Eigen luchtwarmtepomp' → 'Eigen lucht\u00adwarmte\u00adpomp'); the case is kept."""
    def parts(match: re.Match) -> str:
        letters = iter(match.group(0))
        return "".join(ch if ch == "\u00ad" else next(letters) for ch in _COMPOUND_BREAKS[match.group(0).lower()])

    return _COMPOUND_RE.sub(parts, text)


_COMPOUND_RE = re.compile("|".join(_COMPOUND_BREAKS), re.IGNORECASE)


def variant_header(variant: str, language: str, cls: str = "") -> str:
    """A table header in the variant's colour, with the full name (never colour alone)."""
    colour = variant_colour(variant)
    return (
        f'<th class="{cls}" style="background-color:{colour}; color:#ffffff;">'
        f"{breakable(esc(variant_label(variant, language)))}</th>"
    )


#: Widths of the money table's columns [% of the page]: swatch, variant, then the figures (the
#: last entry for an extra column); chosen so that no word of the heads or the variant names
#: breaks in the middle on an A4 page.
MONEY_WIDTHS = (2, 18, 10, 9, 10, 10, 15, 14, 12)


def money_table_head(ctx: DocumentContext, *more: str) -> str:
    """The header row of a table of the variants' money (:func:`money_table`)."""
    horizon = ctx.results.parameters.int("horizon_years")
    columns = (
        ctx.t("Per maand jaar 1, met lening", "Per month year 1, with the loan"),
        ctx.t("Per maand na de lening", "Per month after the loan"),
        ctx.t("Eenmalig na subsidie", "One-off after subsidy"),
        ctx.t(f"Alles over {horizon} jaar", f"All over {horizon} years"),
        ctx.t(f"Tegen gas over {horizon} jaar, terug\u00adverdiend", f"Against gas over {horizon} years, paid back"),
        ctx.t("Voordeliger dan gas", "Cheaper than gas"),
        *more,
    )
    widths = MONEY_WIDTHS[2:]
    return (
        f'<tr><th width="{MONEY_WIDTHS[0]}%"></th><th width="{MONEY_WIDTHS[1]}%">' + ctx.t("Variant", "Option") + "</th>"
        + "".join(
            f'<th class="num" width="{widths[min(i, len(widths) - 1)]}%">{column}</th>' for i, column in enumerate(columns)
        )
        + "</tr>"
    )


def verdict_short(ctx: DocumentContext, summary: VerdictSummary) -> str:
    """'€ 3.123 goedkoper' / '€ 545 duurder' (the verdict on the total, as the table says it)."""
    if summary.difference_eur is None:
        return ctx.t("basis", "reference")
    return difference_text(summary.difference_eur, ctx.language)


def money_table(
    ctx: DocumentContext,
    household_id: str | None,
    *,
    extra_head: str = "",
    extra: Callable[[str], str] | None = None,
) -> str:
    """The variants side by side for a home (or the group per participating home), every figure of the verdict.

    Per month in year 1 with the loan (the price band beneath it) and after the loan, one-off,
    the total, the verdict against gas, payback and break-even: the words of
    :func:`minigrid_app.core.verdict.verdict_summary`, as on the screen. ``extra`` adds a cell per
    variant under the head ``extra_head``.
    """
    rows = []
    for variant in VARIANTS:
        summary = verdict_summary(ctx.results, household_id, variant, ctx.language)
        label = esc(variant_label(variant, ctx.language))
        if summary is None:
            rows.append(
                f"<tr>{swatch(variant)}<td>{label}</td>"
                f'<td colspan="{7 if extra else 6}">{esc(missing_text(ctx.results, household_id, variant, ctx.language))}</td></tr>'
            )
            continue
        if summary.as_joiner:
            label += "<br>" + ctx.t('<span class="small">als u nu aansluit</span>', '<span class="small">if you joined now</span>')
        if summary.coverage:  # the group's mean over fewer homes than take part: say over which
            label += f'<br><span class="small">{esc(summary.coverage)}</span>'
        band = monthly_range(ctx.results, household_id, variant)
        band_text = f'<br><span class="small">{euro_range(*band, ctx.language)}</span>' if band else ""
        gas = variant == Variant.GAS
        paid_back = "" if gas else f'<br><span class="small">{esc(summary.payback)}</span>'
        rows.append(
            f'<tr>{swatch(variant)}<td width="{MONEY_WIDTHS[1]}%"><b>{label}</b></td>'
            f'<td class="num"><span class="money">{ctx.money(summary.monthly_year1_eur)}</span>{band_text}</td>'
            f'<td class="num">{ctx.money(summary.monthly_after_loan_eur)}</td>'
            f'<td class="num">{ctx.money(summary.investment_net_eur)}</td>'
            f'<td class="num">{ctx.money(summary.tco_eur)}</td>'
            f'<td class="num"><b>{verdict_short(ctx, summary)}</b>{paid_back}</td>'
            f'<td class="num">{"" if gas else esc(summary.break_even)}</td>'
            + (extra(variant) if extra else "")
            + "</tr>"
        )
    head = money_table_head(ctx, *([extra_head] if extra_head else []))
    return f'<table class="grid small" width="100%" cellspacing="0" cellpadding="2">{head}{"".join(rows)}</table>'


def loan_notes(ctx: DocumentContext, household_id: str | None) -> str:
    """The one sentence per variant on why it is dearer per month but cheaper over the horizon ('' when none)."""
    notes = []
    for variant in VARIANTS:
        summary = verdict_summary(ctx.results, household_id, variant, ctx.language)
        if summary is not None and summary.loan_note:
            notes.append(f"<b>{esc(variant_label(variant, ctx.language))}</b>: {esc(summary.loan_note)}")
    if not notes:
        return ""
    return '<p class="note">' + "<br>".join(notes) + "</p>"


def basis_sentence(ctx: DocumentContext) -> str:
    """'Gemiddeld per deelnemende woning, 18 woningen.' (what group figures are over)."""
    text = basis_text(ctx.results.group.households_counted, ctx.language)
    return text[:1].upper() + text[1:] + "."


def swatch(variant: str) -> str:
    return f'<td width="{MONEY_WIDTHS[0]}%" style="background-color:{variant_colour(variant)};">&nbsp;</td>'


# ---------------------------------------------------------------------------- eligibility


def declaration_households(results: ProjectResults) -> list[HouseholdResult]:
    """Households that get a declaration of intent: computed, participating and in a cluster."""
    return [
        h for h in results.households if h.computable and h.participates and h.variants.get(Variant.SHARED_LOOP) is not None
    ]


def handout_households(results: ProjectResults) -> list[HouseholdResult]:
    """Households that get a kitchen-table handout: every computed household."""
    return [h for h in results.households if h.computable]


def cluster_drop_out_effects(
    project: Project, results: ProjectResults, method: str = "pygfunction", compute: Callable | None = None
) -> dict[str, DropOutEffect]:
    """Per incomplete cluster: what happens to the others if its first missing signature does not come.

    Returns cluster id → :class:`DropOutEffect`; complete clusters are left out. ``compute``
    recalculates the project (default ``compute_project``; the program passes its engine).
    """
    options = {"compute": compute} if compute is not None else {}
    effects: dict[str, DropOutEffect] = {}
    for cluster in results.clusters:
        if cluster.complete:
            continue
        missing = [h for h in cluster.households if (project.household(h) and not has_signed(project.household(h)))]
        if missing:
            effects[cluster.id] = drop_out_effect(project, results, missing[0], method=method, **options)
    return effects


# ---------------------------------------------------------------------------- shared context


@dataclass
class DocumentContext:
    project: Project
    results: ProjectResults
    language: str
    privacy: str
    today: datetime.date
    effects: dict[str, DropOutEffect]
    checks: list[ConditionCheck]
    #: the house numbers more homes have (:func:`shared_house_numbers`), found at the first name
    _shared_numbers: frozenset[str] | None = field(default=None, repr=False)

    def t(self, nl: str, en: str) -> str:
        return choose(self.language, nl, en)

    def money(self, amount: float | None) -> str:
        return euro(amount, 0, self.language)

    def household(self, household_id: str) -> Household:
        return self.project.household(household_id)

    def row(self, household_id: str) -> int:
        result = self.results.household(household_id)
        return result.row if result else 0

    def public(self, household_id: str) -> str:
        if self._shared_numbers is None:
            self._shared_numbers = shared_house_numbers(self.project.households)
        return public_name(
            self.household(household_id), self.row(household_id), self.privacy, self.language, self._shared_numbers
        )

    def cluster(self, cluster_id: str | None):
        return next((c for c in self.results.clusters if c.id == cluster_id), None)

    def date_text(self) -> str:
        return date_text(self.today)

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
                f"{percent(params['loan_rate'])} rente, {params.int('loan_term_years')} jaar",
                f"{percent(params['loan_rate'], 'en')} interest, {params.int('loan_term_years')} years",
            ),
            "timeline": load_template("timeline", self.language),
        }


def document_context(project, results, language, privacy, effects, checks, today) -> DocumentContext:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    if privacy not in PRIVACY_MODES:
        raise ValueError(f"privacy must be one of {PRIVACY_MODES}")
    return DocumentContext(
        project=project,
        results=results,
        language=language,
        privacy=privacy,
        today=today or datetime.date.today(),
        effects=effects or {},
        checks=checks if checks is not None else check_conditions(project, results),
    )


def cost_line(result, key: str):
    return next((line for line in result.cost_lines if line.key == key), None)


def field_of(ctx: DocumentContext, result) -> object | None:
    return ctx.results.field(result.field_id) if result is not None and result.field_id else None


def field_text(ctx: DocumentContext, sizing) -> str:
    holes = sizing.boreholes
    text = ctx.t(
        f"{holes} boorgat{'en' if holes != 1 else ''} van {borehole_depth(holes, sizing.depth_m, sizing.total_length_m)}",
        f"{holes} borehole{'s' if holes != 1 else ''} of {borehole_depth(holes, sizing.depth_m, sizing.total_length_m, 'en')}",
    )
    if holes != 1:  # one borehole's depth is the total: not said twice
        text += ctx.t(f" ({field_length(sizing.total_length_m)} in totaal)",
                      f" ({field_length(sizing.total_length_m, 'en')} in total)")
    if sizing.provisional:
        text += ctx.t(" (voorlopig, met een vuistregel geschat)", " (provisional, estimated by rule of thumb)")
    return text


def status_words(ctx: DocumentContext, status: str) -> str:
    if status == MET:
        return '<span class="ok">&#10003; ' + ctx.t("voldaan", "met") + "</span>"
    if status == NOT_MET:
        return '<span class="no">&#10007; ' + ctx.t("niet voldaan", "not met") + "</span>"
    return '<span class="open">? ' + ctx.t("niet te controleren", "cannot be checked") + "</span>"


def condition_text(ctx: DocumentContext, check: ConditionCheck) -> str:
    """The condition as the window shows it in the document's language (the stored words are Dutch)."""
    return esc(shown_condition_text(check.condition, ctx.language))
