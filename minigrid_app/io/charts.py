"""The charts of Minigrid as plain matplotlib figures (no Qt; screen, PDF and presentation share them).

Every function takes data and returns a :class:`matplotlib.figure.Figure` built without
pyplot, so it can be drawn on a Qt canvas (``minigrid_app.ui.widgets.charts``) or saved
with the Agg backend (``figure.savefig``). Look and feel: white, no chart junk,
Dutch number formatting, the variant colours in the order gas, air, ground, shared, and a
title that states the finding.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minigrid_app.core.fieldmessages import fluid_title
from minigrid_app.core.formatting import borehole_depth, euro, group_thousands, unbroken
from minigrid_app.core.variant import VARIANTS, Variant, variant_colour, variant_label
from minigrid_app.core.verdict import payback_years, shown_monthly_difference
from minigrid_app.io import chart_fonts
from minigrid_app.io.chart_layout import empty_labels_unplaced, lay_out_once  # noqa: F401 (here before)
from minigrid_app.io.cumulative_finding import cumulative_finding, years_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter as _Formatter


# matplotlib is imported when the first chart is made, not when the program starts
# (it costs a quarter of a second, and the first window should appear before that)
def _figure(**kwargs) -> Figure:
    from matplotlib.figure import Figure

    chart_fonts.install()  # a name in Chinese or Thai letters drawn, not as boxes

    return Figure(**kwargs)


def FuncFormatter(function) -> _Formatter:  # noqa: N802 (matplotlib's name)
    from matplotlib.ticker import FuncFormatter as Formatter

    return Formatter(function)


def MaxNLocator(bins: int | str, **kwargs):  # noqa: N802 (matplotlib's name)
    from matplotlib.ticker import MaxNLocator as Locator

    return Locator(bins, **kwargs)


TEXT_COLOUR = "#222222"
GRID_COLOUR = "#e6e6e6"
LIMIT_COLOUR = "#c0392b"


def _t(language: str, nl: str, en: str) -> str:
    return en if language == "en" else nl


def _new_figure(width: float, height: float, scale: float) -> Figure:
    figure = _figure(figsize=(width, height), dpi=100, facecolor="white")
    figure.set_layout_engine("constrained")
    figure.minigrid_scale = scale  # type: ignore[attr-defined]
    return figure


def _figure_and_axes(width: float, height: float, scale: float, grid_axis: str = "x"):
    """A new figure [inches] with one axes in the house style (grid lines along ``grid_axis``)."""
    figure = _new_figure(width, height, scale)
    ax = figure.add_subplot()
    _style_axes(ax, scale, grid_axis)
    return figure, ax


#: This thread's figures kept for the next chart of their kind (:func:`_reused_axes`).
_KEPT = threading.local()
#: How many kinds of chart keep a figure per thread.
KEPT_FIGURES = 8


def _reused_axes(key: tuple, width: float, height: float, scale: float, shape: tuple | None = None):
    """A figure and axes as :func:`_figure_and_axes` makes them, the one kept under ``key`` when
    there is one, and the artists of the chart last drawn on it when that chart had ``shape``.

    Made anew, an axes and its ticks are a third of a handout chart's time (issue 16). A kept
    one is given back as a new one is: its data (bars, lines, words) taken out, its limits
    forgotten, its place and layout engine those of a new figure, at a new figure's
    resolution; a chart draws the same pixels on it (a test draws both). When the last chart
    on it had the same ``shape`` (the same artists, other numbers), its artists stay, and are
    returned to be given the new numbers: making them anew was half of a handout chart's build.
    """
    from matplotlib.backend_bases import FigureCanvasBase

    kept = _KEPT.__dict__.setdefault("figures", {})
    found = kept.get(key)
    if found is None:
        if len(kept) >= KEPT_FIGURES:
            kept.clear()
        figure, ax = kept[key] = _figure_and_axes(width, height, scale)
        return figure, ax, None
    figure, ax = found
    artists = getattr(figure, "minigrid_artists", None)
    figure.minigrid_artists = None  # type: ignore[attr-defined]
    if shape is None or artists is None or artists[0] != shape:
        artists = None
        for container in list(ax.containers):
            container.remove()
        for artist in [*ax.patches, *ax.lines, *ax.texts, *ax.collections]:
            artist.remove()
        ax.ignore_existing_data_limits = True  # the next bars set the limits anew
        ax.set_autoscalex_on(True)
    # the title is fitted as on a new figure: at its resolution, on a renderer of its own (not
    # the drawing's, which would then be made again at the drawing's resolution)
    FigureCanvasBase(figure)
    figure.dpi = 100
    ax.set_position(ax.get_subplotspec().get_position(figure))
    ax.set_in_layout(True)
    figure.set_layout_engine("constrained")
    return figure, ax, None if artists is None else artists[1:]


def forget_kept_figures() -> None:
    """Let this thread's kept figures go (:func:`_reused_axes`; a pack written, they wait for no next chart)."""
    _KEPT.__dict__.pop("figures", None)


def _style_axes(ax, scale: float, grid_axis: str = "x") -> None:
    ax.set_facecolor("white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#999999")
    ax.tick_params(colors=TEXT_COLOUR, labelsize=10 * scale, length=0)
    ax.grid(axis=grid_axis, color=GRID_COLOUR, linewidth=0.8)
    ax.set_axisbelow(True)


#: share of the figure's width a title may take (it starts at 2 % from the left edge)
TITLE_ROOM = 0.96


def _title(figure: Figure, text: str, scale: float) -> None:
    """The finding above the chart (readable, never dwarfing a slide's own title), fitted to the
    figure's width by :func:`fit_title`."""
    title = figure.suptitle(text, fontsize=13 * min(scale, 1.7), color=TEXT_COLOUR, x=0.02, ha="left", fontweight="bold")
    figure.minigrid_title = (title, text)  # type: ignore[attr-defined]
    fit_title(figure)


def fit_title(figure: Figure) -> None:
    """Wrap the figure's title onto more lines where it would run past the right edge.

    Lines are measured with the Agg renderer in the title's font, so a long Dutch finding
    ("… € 4.869 minder dan gas") is never cut off. Call it again after the figure is resized
    (a chart drawn at the size of its place on the screen or a slide).
    """
    import textwrap

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    title, text = getattr(figure, "minigrid_title", (None, ""))
    if title is None:
        return
    title.set_text(text)
    canvas = figure.canvas if hasattr(figure.canvas, "get_renderer") else FigureCanvasAgg(figure)
    renderer = canvas.get_renderer()
    room = figure.get_figwidth() * figure.dpi * TITLE_ROOM
    paragraphs = text.split("\n")
    chars = max(len(line) for line in paragraphs)
    while title.get_window_extent(renderer).width > room and chars > 12:
        chars -= max(1, chars // 12)
        # a figure stays whole on its line ('€ 4.869', '15 jaar': textwrap breaks at a space, not at a no-break space)
        title.set_text("\n".join(textwrap.fill(unbroken(line), chars, break_long_words=False) for line in paragraphs))


def euro_formatter(language: str = "nl") -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: euro(value, 0, language))


def number_formatter(language: str = "nl", decimals: int = 0) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: group_thousands(value, decimals, language))


def _ordered(values: Mapping[str, object]) -> list[str]:
    return [variant for variant in VARIANTS if values.get(variant) is not None]


# ---------------------------------------------------------------------------- findings


def monthly_finding(values: Mapping[str, float | None], language: str = "nl") -> str:
    """A title that states the finding: the shared loop (or the cheapest heat pump) against gas."""
    gas = values.get(Variant.GAS)
    if gas is None:
        return _t(language, "Maandlasten per variant", "Monthly costs per variant")
    variant = Variant.SHARED_LOOP if values.get(Variant.SHARED_LOOP) is not None else None
    if variant is None:
        others = [v for v in VARIANTS[1:] if values.get(v) is not None]
        if not others:
            return _t(language, "Maandlasten met gas", "Monthly costs with gas")
        variant = min(others, key=lambda v: values[v])
    difference = shown_monthly_difference(values[variant], gas)  # of the bars' figures
    name = variant_label(variant, language)
    # year 1 with the loan: the verdict is about the total (core.verdict), so the title says when;
    # short enough to fit the report's column and a slide
    if language == "en":
        if difference == 0:
            return f"Year 1 with the loan: {name.lower()} as much a month as gas"
        word = "more" if difference > 0 else "less"
        return f"Year 1 with the loan: {name.lower()} {euro(abs(difference), 0, 'en')} a month {word} than gas"
    if difference == 0:
        return f"Jaar 1 met lening: {name.lower()} per maand even duur als gas"
    word = "duurder" if difference > 0 else "goedkoper"
    return f"Jaar 1 met lening: {name.lower()} {euro(abs(difference))} per maand {word} dan gas"


def investment_finding(values: Mapping[str, float | None], language: str = "nl") -> str | None:
    """The slide's title on the one-off costs: the shared loop against an air heat pump, the
    difference of the two bars' figures in whole euros ('€ 4.599 meer'; the difference rounded was
    '€ 4.600' under bars of € 17.368 and € 12.769). None when either is missing."""
    shared, air = values.get(Variant.SHARED_LOOP), values.get(Variant.AIR_HP)
    if shared is None or air is None:
        return None
    gap = shown_monthly_difference(shared, air)  # round(a) − round(b): the figures shown
    if gap == 0:
        return _t(language, "Gedeelde bodemlus: even duur als een luchtwarmtepomp",
                  "Shared ground loop: as much as an air heat pump")
    amount = euro(abs(gap), 0, language)
    if language == "en":
        return f"Shared ground loop: {amount} {'more' if gap > 0 else 'less'} than an air heat pump"
    return f"Gedeelde bodemlus: {amount} {'meer' if gap > 0 else 'minder'} dan een luchtwarmtepomp"


def break_even_year(series: Sequence[float], reference: Sequence[float]) -> float | None:
    """The payback the line shows against the reference: :func:`minigrid_app.core.verdict.payback_years`.

    The moment from which the cumulative costs stay below the reference's to the end,
    interpolated within the year; None when the last value is not lower.
    """
    if not series or not reference or len(series) != len(reference):
        return None
    return payback_years(list(series), list(reference))


# ---------------------------------------------------------------------------- charts


def _end(position: float) -> list[float]:
    """The short upright stroke at an end of a bar's band [bar units]."""
    return [position - 0.12, position + 0.12]


def variant_bars_figure(
    values: Mapping[str, float | None],
    *,
    title: str,
    ranges: Mapping[str, tuple[float, float]] | None = None,
    unit_suffix: str = "",
    reference_variant: str | None = Variant.GAS,
    language: str = "nl",
    width: float = 7.5,
    height: float = 3.4,
    scale: float = 1.0,
    reuse: bool = False,
) -> Figure:
    """Horizontal bars, one per variant (gas on top), value label on each bar in euros.

    ``ranges`` draws a thin line from low to high on each bar (price band); the gas
    value is drawn as a dashed vertical reference line through all bars.

    ``reuse``: the figure of the last such chart of this size on this thread, with its bars,
    lines and words taken out and this chart's put in (:func:`_reused_axes`); draw it before
    asking for the next. A document's 24 handout charts: an axes and its ticks made once.
    """
    order = _ordered(values)
    positions = list(range(len(order)))[::-1]  # gas on top
    amounts = [values[v] for v in order]
    top = max([a for a in amounts if a is not None] + [1.0])
    # the band of every bar as three lines (its span and the two ends), each a path of one
    # piece per bar: the pieces of one line never touch (the bars are a whole unit apart), and
    # a bar's span, low end and high end are drawn in that order, so the pixels are those of
    # a line per piece (Line2D is a quarter of a handout chart's time: 3 lines, not 12)
    bands = (([], []), ([], []), ([], []))  # span, low ends, high ends: x and y
    for pos, variant in zip(positions, order, strict=True):
        if ranges and ranges.get(variant):
            low, high = ranges[variant]
            for (xs, ys), x, y in zip(bands, ([low, high], [low, low], [high, high]), ([pos, pos], _end(pos), _end(pos)), strict=True):
                xs.extend([*x, float("nan")])
                ys.extend([*y, float("nan")])
            top = max(top, high)
    words = []  # each bar's amount, right of the bar and its band
    for pos, variant, amount in zip(positions, order, amounts, strict=True):
        right = max(amount, 0.0)
        if ranges and ranges.get(variant):
            right = max(right, ranges[variant][1])
        words.append((right + top * 0.02, pos, euro(amount, 0, language) + unit_suffix))
    reference = values.get(reference_variant) if reference_variant else None
    shape = (bool(bands[0][0]), reference is not None, len(words))
    artists = None
    if reuse:
        figure, ax, artists = _reused_axes((width, height, scale, tuple(order), language), width, height, scale, shape)
    else:
        figure, ax = _figure_and_axes(width, height, scale)
    if artists is not None:  # the kept chart's artists, given this chart's numbers
        bars, lines, texts, line = artists
        for bar, amount in zip(bars, amounts, strict=True):
            bar.set_width(amount)
        for band, (xs, ys) in zip(lines, bands, strict=True):
            band.set_data(xs, ys)
        for text, (x, y, word) in zip(texts, words, strict=True):
            text.set_position((x, y))
            text.set_text(word)
        if line is not None:
            line.set_xdata([reference, reference])
        ax.relim()  # the limits of the bars and lines as new ones set them
        ax._request_autoscale_view("y")
    else:
        bars = ax.barh(positions, amounts, color=[variant_colour(v) for v in order], height=0.62).patches
        lines = [
            ax.plot(xs, ys, color="#333333", linewidth=1.6 * scale, **({"solid_capstyle": "butt"} if index == 0 else {}))[0]
            for index, (xs, ys) in enumerate(bands if bands[0][0] else ())
        ]
        texts = [
            ax.text(x, y, word, va="center", ha="left", fontsize=11 * scale, color=TEXT_COLOUR, fontweight="bold")
            for x, y, word in words
        ]
        line = None
        if reference is not None:
            line = ax.axvline(reference, color=variant_colour(reference_variant), linestyle="--", linewidth=1.2)
        ax.set_yticks(positions, [variant_label(v, language) for v in order], fontsize=11 * scale)
        ax.xaxis.set_major_formatter(euro_formatter(language))
        ax.xaxis.set_major_locator(MaxNLocator(5))
        ax.spines["left"].set_visible(False)
    ax.set_xlim(0, top * 1.32)
    _title(figure, title, scale)
    if reuse:
        figure.minigrid_artists = (shape, bars, lines, texts, line)  # type: ignore[attr-defined]
    return figure


def monthly_costs_figure(
    monthly: Mapping[str, float | None],
    ranges: Mapping[str, tuple[float, float]] | None = None,
    *,
    language: str = "nl",
    title: str | None = None,
    width: float = 7.5,
    height: float = 3.4,
    scale: float = 1.0,
    reuse: bool = False,
) -> Figure:
    """Monthly costs in year 1 per variant [€/month], the gas bar as the reference line (``reuse``: :func:`variant_bars_figure`)."""
    return variant_bars_figure(
        monthly,
        title=title or monthly_finding(monthly, language),
        ranges=ranges,
        unit_suffix=_t(language, " p/m", " /mo"),
        language=language,
        width=width,
        height=height,
        scale=scale,
        reuse=reuse,
    )


def cumulative_costs_figure(
    series: Mapping[str, Sequence[float]],
    *,
    language: str = "nl",
    title: str | None = None,
    width: float = 7.5,
    height: float = 3.8,
    scale: float = 1.0,
) -> Figure:
    """Money spent up to each year per variant [€], the year a heat pump line crosses gas marked."""
    figure, ax = _figure_and_axes(width, height, scale, grid_axis="y")
    gas = series.get(Variant.GAS)
    crossings, marks = [], []
    for variant in _ordered(series):
        values = list(series[variant])
        years = list(range(len(values)))
        # the own ground loop is dashed and on top: it often runs right along the shared loop,
        # and line style keeps the lines apart without relying on colour alone
        ax.plot(
            years,
            values,
            color=variant_colour(variant),
            linewidth=2.4 * scale,
            linestyle=(0, (4, 2)) if variant == Variant.GROUND_HP else "-",
            zorder=3 if variant == Variant.GROUND_HP else 2,
            label=variant_label(variant, language),
        )
        if variant != Variant.GAS and gas is not None:
            year = break_even_year(values, gas)
            if year is not None and year > 0:
                crossings.append((variant, year))
                at = int(year)
                height = values[at] + (year - at) * (values[min(at + 1, len(values) - 1)] - values[at])
                ax.plot([year], [height], "o", color=variant_colour(variant), markersize=8 * scale, zorder=5)
                # two lines crossing gas at one spot: the later label stands above the earlier, not on it
                lift = sum(abs(y - year) < 0.15 * len(values) and abs(h - height) < 0.08 * max(values) for y, h in marks)
                marks.append((year, height))
                ax.annotate(
                    _t(language, f"na {years_text(year, language)} jaar", f"after {years_text(year, language)} years"),
                    (year, height),
                    xytext=(0, (12 + 17 * lift) * scale),
                    textcoords="offset points",
                    # near the end of the horizon the words stand left of the mark, inside the axes
                    ha="right" if year > 0.8 * (len(values) - 1) else "center",
                    fontsize=10 * scale,
                    color=variant_colour(variant),
                    fontweight="bold",
                    # the lines run on under the words: a white ground keeps them readable
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
                    zorder=6,
                )
    horizon = max((len(v) - 1 for v in series.values()), default=15)
    drops = [v for v in series.values() if len(v) >= 2 and v[-1] < v[-2]]
    if drops:
        # the last year subtracts what the installation is still worth; without a word the
        # sudden drop looks like a mistake to a resident (bottom right: no line runs there)
        ax.text(
            0.99,
            0.03,
            _t(language, "laatste jaar: restwaarde van de installatie eraf", "last year: residual value subtracted"),
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=9 * scale,
            color="#555555",
        )
    ax.set_xlim(0, horizon)
    # every fifth year and the last one: the axis reads up to the horizon ("15"), not to 14
    ax.set_xticks(sorted(set(range(0, horizon + 1, 5)) | {horizon}))
    ax.set_xlabel(_t(language, "jaar", "year"), fontsize=10 * scale, color=TEXT_COLOUR)
    ax.yaxis.set_major_formatter(euro_formatter(language))
    ax.yaxis.set_major_locator(MaxNLocator(5))
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, fontsize=10 * scale, loc="upper left")
    if title is None:
        title = cumulative_finding(series, crossings, horizon, language)
    _title(figure, title, scale)
    return figure


def fluid_temperature_figure(
    monthly_temps_c: Sequence[float],
    min_limit_c: float,
    *,
    peak_temps_c: Sequence[float] | None = None,
    injection_peak_temps_c: Sequence[float] | None = None,
    max_limit_c: float | None = None,
    language: str = "nl",
    title: str | None = None,
    width: float = 7.5,
    height: float = 3.4,
    scale: float = 1.0,
    loops: int = 1,
    warmest_c: float | None = None,
) -> Figure:
    """Mean fluid temperature of a borefield per month over the simulation years [°C].

    The minimum limit is a dashed line, the lowest point (peak temperature when given) annotated.
    With passive cooling, ``injection_peak_temps_c`` (the summer peaks) and ``max_limit_c``
    (the summer limit) are drawn too. ``loops``: how many ground loops the title speaks for (the
    coldest of several is drawn: :func:`minigrid_app.core.fieldmessages.fluid_title`); ``warmest_c``
    the warmest summer peak of those loops, for the title (default: of the one drawn). Step 3, the
    report and the slides draw it from :func:`fluid_chart_inputs`, so it looks the same in each.
    """
    figure, ax = _figure_and_axes(width, height, scale, grid_axis="y")
    years = [i / 12 for i in range(len(monthly_temps_c))]
    ax.plot(years, monthly_temps_c, color=variant_colour(Variant.SHARED_LOOP), linewidth=1.8 * scale,
            label=_t(language, "gemiddelde vloeistoftemperatuur", "mean fluid temperature"))
    lowest_series = list(peak_temps_c) if peak_temps_c else list(monthly_temps_c)
    if peak_temps_c:
        ax.plot(years[: len(peak_temps_c)], peak_temps_c, color=variant_colour(Variant.SHARED_LOOP), linewidth=0.9 * scale,
                alpha=0.45, label=_t(language, "bij piekvraag", "at peak demand"))
    ax.axhline(min_limit_c, color=LIMIT_COLOUR, linestyle="--", linewidth=1.3 * scale,
               label=_t(language, "ondergrens", "lower limit"))
    warm = list(injection_peak_temps_c or [])
    if warm:
        ax.plot(years[: len(warm)], warm, color="#e67e22", linewidth=0.9 * scale, alpha=0.6,
                label=_t(language, "bij koelpiek", "at cooling peak"))
    if max_limit_c is not None:
        ax.axhline(max_limit_c, color="#e67e22", linestyle="--", linewidth=1.3 * scale,
                   label=_t(language, "bovengrens (koelen)", "upper limit (cooling)"))
    if lowest_series:
        index = min(range(len(lowest_series)), key=lambda i: lowest_series[i])
        lowest = lowest_series[index]
        ax.plot([years[index]], [lowest], "o", color=TEXT_COLOUR, markersize=6 * scale, zorder=5)
        ax.annotate(
            _t(language, f"laagste: {group_thousands(lowest, 1)} °C", f"lowest: {group_thousands(lowest, 1, 'en')} °C"),
            (years[index], lowest),
            xytext=((-10 if index > len(lowest_series) / 2 else 10) * scale, -18 * scale),
            textcoords="offset points",
            ha="right" if index > len(lowest_series) / 2 else "left",
            fontsize=10 * scale,
            color=TEXT_COLOUR,
        )
        bottom = min(lowest, min_limit_c)
        top = max(max(monthly_temps_c, default=0), max(warm, default=min_limit_c), max_limit_c or min_limit_c, min_limit_c)
        # room above the highest line for the legend (it lay over the dashed summer limit) and below the lowest
        # point for its note ('laagste: −1,5 °C' lay over the year axis' numbers): the report, walk of session 17
        span = top - bottom + 4.0
        ax.set_ylim(bottom - 2.0 - 0.12 * span, top + 2.0 + 0.3 * span)
    ax.set_xlim(0, max(years[-1] if years else 1, 1))
    # the years drawn are the borefield's design life (25), where every money figure says 15: said on the axis
    sized = round(len(monthly_temps_c) / 12)
    ax.set_xlabel(
        _t(language, f"jaar (het bodemveld is berekend op {sized} jaar)", f"year (the borefield is sized for {sized} years)")
        if sized > 1 else _t(language, "jaar", "year"),
        fontsize=10 * scale, color=TEXT_COLOUR,
    )
    # whole degrees only: ticks every 2,5 °C shown without decimals read 12, 10, 8, 5, 2, 0, −2
    ax.yaxis.set_major_locator(MaxNLocator("auto", integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{group_thousands(v, 0, language)} °C"))
    ax.legend(frameon=False, fontsize=9 * scale, loc="upper right", ncol=3)
    if title is None and lowest_series:  # in the number of loops the chart stands for
        warmest = max(warm, default=None) if warmest_c is None else warmest_c
        title = fluid_title(min(lowest_series), min_limit_c, warmest_c=warmest,
                            max_limit_c=max_limit_c, loops=loops).text(language)
    _title(figure, title or "", scale)
    return figure


def fluid_chart_inputs(fields: Sequence, parameters) -> tuple[tuple[float, ...], float, dict]:
    """What :func:`fluid_temperature_figure` draws for ``fields`` (one selected field, or every field
    the chart stands for): the coldest one's monthly temperatures, the lower limit and the options.

    With passive cooling the summer peaks and the summer limit are drawn too, and the title speaks
    for the warmest of the fields. One source for step 3, the report and the slides: the report's
    chart lacked the summer lines and so had another title than step 3's for the same field.
    Returns ``(monthly_temps_c, min_limit_c, options)``; ``fields`` are built fields with results.
    """
    coldest = min(fields, key=lambda f: f.sizing.min_fluid_temp_c)
    sizing = coldest.sizing
    cooled = [f.sizing for f in fields if f.sizing.max_fluid_temp_c is not None
              and f.sizing.monthly_peak_injection_fluid_temp_c]
    options: dict = {"peak_temps_c": tuple(sizing.monthly_peak_fluid_temp_c) or None, "loops": len(fields)}
    if cooled:
        options["max_limit_c"] = parameters["max_fluid_temp_c"]
        options["injection_peak_temps_c"] = tuple(sizing.monthly_peak_injection_fluid_temp_c) or None
        options["warmest_c"] = max(max(s.monthly_peak_injection_fluid_temp_c) for s in cooled)
    return tuple(sizing.monthly_fluid_temp_c), parameters["min_fluid_temp_c"], options


@dataclass(frozen=True)
class TornadoBar:
    """One factor: the total-cost difference against gas at −step and +step [€]."""

    label: str
    low_eur: float
    high_eur: float


def tornado_figure(
    bars: Sequence[TornadoBar],
    base_eur: float,
    *,
    variant: str = Variant.SHARED_LOOP,
    step: float = 0.2,
    language: str = "nl",
    title: str | None = None,
    width: float = 7.5,
    height: float = 3.4,
    scale: float = 1.0,
) -> Figure:
    """Tornado: horizontal bars from the −step to the +step result, largest effect on top [€]."""
    figure, ax = _figure_and_axes(width, height, scale)
    ordered = sorted(bars, key=lambda b: abs(b.high_eur - b.low_eur))  # smallest first = bottom
    colour = variant_colour(variant)
    for pos, bar in enumerate(ordered):
        low, high = min(bar.low_eur, bar.high_eur), max(bar.low_eur, bar.high_eur)
        ax.barh(pos, high - low, left=low, color=colour, height=0.6, alpha=0.85)
    ax.axvline(base_eur, color=TEXT_COLOUR, linewidth=1.2)
    ax.axvline(0, color=variant_colour(Variant.GAS), linestyle="--", linewidth=1.0)
    ax.set_yticks(range(len(ordered)), [b.label for b in ordered], fontsize=10 * scale)
    ax.margins(x=0.08)
    ax.xaxis.set_major_formatter(euro_formatter(language))
    ax.xaxis.set_major_locator(MaxNLocator(5))
    ax.spines["left"].set_visible(False)
    percent = f"{step * 100:.0f} %"
    ax.set_xlabel(
        _t(
            language,
            f"verschil in totale kosten met gas bij ± {percent}\n(links van de stippellijn: goedkoper dan gas)",
            f"difference in total costs with gas at ± {percent}\n(left of the dashed line: cheaper than gas)",
        ),
        fontsize=9 * scale,
        color=TEXT_COLOUR,
    )
    if title is None:
        top = ordered[-1].label.lower() if ordered else ""
        title = _t(
            language,
            f"{variant_label(variant, language)}: de {top} maakt het meeste verschil",
            f"{variant_label(variant, language)}: the {top} makes the most difference",
        )
    _title(figure, title, scale)
    return figure


def price_band_figure(
    band: Mapping[str, tuple[float, float, float]],
    *,
    language: str = "nl",
    title: str | None = None,
    width: float = 7.5,
    height: float = 3.2,
    scale: float = 1.0,
) -> Figure:
    """Monthly costs per variant at low, middle and high energy prices (ranges) [€/month]."""
    figure, ax = _figure_and_axes(width, height, scale)
    order = _ordered(band)
    positions = list(range(len(order)))[::-1]
    top = 1.0
    for pos, variant in zip(positions, order, strict=True):
        low, mid, high = band[variant]
        low, high = min(low, high), max(low, high)
        top = max(top, high)
        colour = variant_colour(variant)
        ax.barh(pos, high - low, left=low, color=colour, alpha=0.35, height=0.5)
        ax.plot([mid, mid], [pos - 0.25, pos + 0.25], color=colour, linewidth=3 * scale)
        ax.text(high + top * 0.015, pos, f"{euro(low, 0, language)} – {euro(high, 0, language)}",
                va="center", fontsize=10 * scale, color=TEXT_COLOUR)
    ax.set_yticks(positions, [variant_label(v, language) for v in order], fontsize=11 * scale)
    ax.set_xlim(0, top * 1.35)
    ax.xaxis.set_major_formatter(euro_formatter(language))
    ax.xaxis.set_major_locator(MaxNLocator(5))
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(_t(language, "maandlasten bij lage, gemiddelde en hoge energieprijzen",
                     "monthly costs at low, middle and high energy prices"), fontsize=9 * scale, color=TEXT_COLOUR)
    _title(figure, title or _t(language, "Zo veel hangt af van de energieprijzen",
                               "How much depends on energy prices"), scale)
    return figure


def household_difference_figure(
    labels: Sequence[str],
    differences_eur: Sequence[float],
    *,
    variant: str = Variant.SHARED_LOOP,
    language: str = "nl",
    title: str | None = None,
    width: float = 7.5,
    height: float = 3.6,
    scale: float = 1.0,
    stand_ins: Sequence[str] | None = None,
) -> Figure:
    """Per home: monthly costs of a variant minus gas [€/month] (negative: cheaper than gas); ``stand_ins``: what a
    label is shown as when no font on the machine has its letters (default 'Woning 1', 'Woning 2' …)."""
    figure, ax = _figure_and_axes(width, height, scale, grid_axis="y")
    # a name no font here has the letters of: ``stand_ins`` (the homes' letters) or its place, not boxes
    stand_ins = stand_ins or [_t(language, f"Woning {n}", f"Home {n}") for n in range(1, len(labels) + 1)]
    labels = [chart_fonts.chart_label(label, stand_in) for label, stand_in in zip(labels, stand_ins, strict=True)]
    colour = variant_colour(variant)
    positions = list(range(len(labels)))
    ax.bar(positions, differences_eur, color=colour, width=0.65)
    ax.axhline(0, color=variant_colour(Variant.GAS), linewidth=1.2, linestyle="--")
    span = max([abs(d) for d in differences_eur] + [1.0])
    for pos, value in zip(positions, differences_eur, strict=True):
        sign = "+" if value > 0.5 else ("−" if value < -0.5 else "")
        ax.text(pos, value + (span * 0.04 if value >= 0 else -span * 0.04), f"{sign}{euro(abs(value), 0, language)}",
                ha="center", va="bottom" if value >= 0 else "top", fontsize=(10 if len(labels) <= 12 else 7.5) * scale,
                color=TEXT_COLOUR, rotation=0 if len(labels) <= 12 else 90)
    short = all(len(label) <= 3 for label in labels)
    ax.set_xticks(positions, labels, fontsize=10 * scale, rotation=0 if short or len(labels) <= 10 else 90)
    ax.set_ylim(-span * 1.3 if min(differences_eur, default=0) < 0 else 0, span * 1.3)
    ax.yaxis.set_major_formatter(euro_formatter(language))
    ax.set_ylabel(_t(language, "per maand t.o.v. gas", "per month compared with gas"), fontsize=10 * scale, color=TEXT_COLOUR)
    cheaper = sum(1 for d in differences_eur if d < -0.5)
    if title is None and differences_eur and cheaper == 0:
        name = variant_label(variant, language).lower()
        low, high = min(differences_eur), max(differences_eur)
        title = _t(
            language,
            f"Met de {name} betaalt elke woning {euro(low, 0)} tot {euro(high, 0)} per maand meer dan met gas",
            f"With the {name} every home pays {euro(low, 0, 'en')} to {euro(high, 0, 'en')} a month more than with gas",
        ) if len(labels) != 1 else _t(
            language, f"Met de {name} betaalt de woning {euro(low, 0)} per maand meer dan met gas",
            f"With the {name} the home pays {euro(low, 0, 'en')} a month more than with gas",
        )
    if title is None:
        name = variant_label(variant, language).lower()
        title = _t(
            language,
            f"Met de {name} is het voor {cheaper} van de {len(labels)} woningen goedkoper dan gas",
            f"With the {name}, {cheaper} of the {len(labels)} homes pay less than with gas",
        ) if len(labels) != 1 else _t(  # one home: not "voor 1 van de 1 woningen"
            language, f"Met de {name} is het voor de woning goedkoper dan gas", f"With the {name}, the home pays less than with gas"
        )
    _title(figure, title, scale)
    return figure


def message_figure(text: str, *, width: float = 7.5, height: float = 2.0, scale: float = 1.0) -> Figure:
    """A calm placeholder ('nog geen resultaten')."""
    figure = _figure(figsize=(width, height), dpi=100, facecolor="white")
    figure.text(0.5, 0.5, text, ha="center", va="center", fontsize=12 * scale, color="#666666", wrap=True)
    return figure


#: Lines the strips' labels of :func:`street_layout_figure` may take.
LABEL_LINES = 2


def _label_lines(labels: list[tuple[float, float, str, str]], metres_per_char: float) -> list[tuple[float, float, str, int]]:
    """(centre [m], top [m], text, line) for each (centre, top, full text, short text), along the street.

    Each label takes the first of :data:`LABEL_LINES` lines where it keeps clear of the one before it
    (a character's width apart); where none has room for the full text, its short text; where none has room
    for that either, the line that ends first. Widths are estimated from the character count.
    """
    ends = [-math.inf] * LABEL_LINES
    placed = []
    for centre, top, full, short in sorted(labels, key=lambda label: label[0]):
        for text in (full, short):
            half = len(text) * metres_per_char / 2
            line = next((i for i, end in enumerate(ends) if end + metres_per_char <= centre - half), None)
            if line is not None:
                break
        if line is None:
            line = min(range(LABEL_LINES), key=lambda i: ends[i])
        ends[line] = centre + half
        placed.append((centre, top, text, line))
    return placed


def street_layout_figure(
    view, *, selected: str | None = None, language: str = "nl", width: float = 7.5, height: float = 2.8, scale: float = 1.0
) -> Figure:
    """The street seen from above (:func:`minigrid_app.core.streetview.street_view`): homes, own
    boreholes in the front gardens, the clusters' strips with their shared fields [m].

    ``selected``: a field id whose boreholes are ringed.
    """
    from matplotlib.patches import Rectangle

    figure, ax = _figure_and_axes(width, height, scale)
    ax.grid(False)
    own_colour, shared_colour = variant_colour(Variant.GROUND_HP), variant_colour(Variant.SHARED_LOOP)
    for home in view.homes:
        ax.add_patch(Rectangle((home.x_m + 0.5, 6.0), max(1.0, home.frontage_m - 1.0), 7.0, facecolor="#eeeeee", edgecolor="#999999", linewidth=0.6))
        # its house number (the name's last word); letters no font here has: its letter in the street, not boxes
        short = chart_fonts.chart_label(home.label.split()[-1], home.letter or "?") if home.label else ""
        ax.text(home.x_m + home.frontage_m / 2, 9.5, short, ha="center", va="center", fontsize=8 * scale, color=TEXT_COLOUR)
    ax.axhline(0.0, color="#bbbbbb", linewidth=1.0, linestyle="--")
    # the strips' labels side by side, on a second line where they would run into each other (a long
    # street's strips are shorter than their labels), the figures left out where even that is too little
    metres_per_inch = (view.length_m + 6.0) / (0.92 * width)
    labels = []
    for mark in view.fields:
        if mark.strip is not None:
            x, y, length, strip_width = mark.strip
            ax.add_patch(Rectangle((x, y - strip_width), length, strip_width, facecolor="#e8f5e9", edgecolor=shared_colour, linewidth=0.8, linestyle=":"))
            name = chart_fonts.chart_label(mark.name, _t(language, "gedeeld veld", "shared field"))
            full = f"{name}: {mark.boreholes} × {borehole_depth(mark.boreholes, mark.depth_m, language=language)}"
            labels.append((x + length / 2, y - strip_width, full, name))
    line_m = 1.35 * 8 * scale / 72 * metres_per_inch
    lines_used = 1
    for centre, top, text, line in _label_lines(labels, 0.6 * 8 * scale / 72 * metres_per_inch):
        ax.text(centre, top - 1.0 - line * line_m, text, ha="center", va="top", fontsize=8 * scale, color=TEXT_COLOUR)
        lines_used = max(lines_used, line + 1)
    for mark in view.fields:
        xs, ys = [p[0] for p in mark.positions], [p[1] for p in mark.positions]
        colour = shared_colour if mark.shared else own_colour
        ax.scatter(xs, ys, s=22 * scale, color=colour, zorder=3, edgecolors="black" if mark.field_id == selected else colour,
                   linewidths=1.4 if mark.field_id == selected else 0.5)
    ax.scatter([], [], s=22 * scale, color=own_colour, label=_t(language, "eigen boorgat (in de voortuin)", "own borehole (front garden)"))
    ax.scatter([], [], s=22 * scale, color=shared_colour, label=_t(language, "gedeeld boorgat (in de strook)", "shared borehole (in the strip)"))
    figure.legend(loc="outside lower center", fontsize=8 * scale, frameon=False, ncols=2)
    ax.set_xlim(-3.0, view.length_m + 3.0)
    bottom = min([-8.0] + [m.strip[1] - m.strip[3] - 5.0 - (lines_used - 1) * line_m for m in view.fields if m.strip is not None])
    ax.set_ylim(bottom, 15.0)
    ax.set_aspect("equal", adjustable="box")
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{group_thousands(v, 0, language)} m"))
    ax.spines["left"].set_visible(False)
    _title(figure, view.finding.text(language).replace("; ", "\n"), scale)
    return figure
