"""The signature curve as a chart (no Qt; screen, presentation and report share it).

Top: the monthly costs in year 1 per participating home against the number of homes that
sign, the shared loop (solid, with a dot per count) against an own air heat pump and an own
ground loop for the same homes (dashed); middle: the same as totals over the horizon (the
basis of "cheaper", method.md#verdict); bottom: the net investment per home of the shared
loop. Today's count of signatures and the group's go/no-go rule are vertical lines; the
counts from which the shared loop costs less over the horizon than an own air heat pump
(method.md#signature-curve) are shaded. The title is the curve's finding
(:func:`minigrid_app.core.signatures.curve_finding`).
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from minigrid_app.core.formatting import unbroken
from minigrid_app.core.signatures import SignatureCurve, curve_finding
from minigrid_app.core.variant import Variant, variant_colour, variant_label
from minigrid_app.io.charts import (
    LIMIT_COLOUR,
    TEXT_COLOUR,
    MaxNLocator,
    _new_figure,
    _style_axes,
    _t,
    _title,
    euro_formatter,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

NOW_COLOUR = "#1f4e79"
BEATS_COLOUR = "#e8f3ea"


def signature_curve_figure(
    curve: SignatureCurve,
    *,
    horizon_years: int = 15,
    rule_needed: int | None = None,
    language: str = "nl",
    title: str | None = None,
    width: float = 7.5,
    height: float = 6.2,
    scale: float = 1.0,
) -> Figure:
    """The signature curve of the street or a cluster.

    Three panels over the number of homes that sign: the monthly costs in year 1 and the
    total over the horizon per participating home (shared loop against an own air heat pump
    and an own ground loop for the same homes), and the shared loop's net investment per home.

    Parameters
    ----------
    curve : SignatureCurve
    horizon_years : int
        The horizon the finding and the middle panel speak of.
    rule_needed : int, optional
        Signatures the group's go/no-go rule asks (a vertical line).
    """
    figure = _new_figure(width, height, scale)
    monthly, total, investment = figure.subplots(3, 1, sharex=True, height_ratios=(1.5, 1.5, 1))
    for ax in (monthly, total, investment):
        _style_axes(ax, scale, grid_axis="y")
    points = curve.points
    finding = title or curve_finding(curve, horizon_years).text(language)
    if not points:
        _title(figure, _wrapped(finding, width, scale), scale)
        return figure
    counts = [p.signers for p in points]
    shared_colour = variant_colour(Variant.SHARED_LOOP)
    for variant in (Variant.AIR_HP, Variant.GROUND_HP):
        if not all(variant in p.reference for p in points):
            continue
        for ax, key in ((monthly, "monthly_costs_year1_eur"), (total, "tco_eur")):
            ax.plot(
                counts, [getattr(p.reference[variant], key) for p in points], color=variant_colour(variant),
                linewidth=1.6 * scale, linestyle=(0, (4, 2)), label=variant_label(variant, language) if ax is monthly else None,
            )  # fmt: skip
    for ax, key in ((monthly, "monthly_costs_year1_eur"), (total, "tco_eur")):
        ax.plot(
            counts, [getattr(p, key) for p in points], color=shared_colour, linewidth=2.6 * scale, marker="o",
            markersize=4.5 * scale, label=variant_label(Variant.SHARED_LOOP, language) if ax is monthly else None, zorder=4,
        )  # fmt: skip
    investment.bar(counts, [p.investment_net_eur for p in points], color=shared_colour, alpha=0.75, width=0.6)
    threshold = curve.thresholds.get(Variant.AIR_HP)
    if threshold is not None:
        for ax in (monthly, total, investment):
            ax.axvspan(threshold - 0.5, counts[-1] + 0.5, color=BEATS_COLOUR, zorder=0)
        total.text(
            counts[-1] + 0.4, 0.02,
            _t(language, f"over {horizon_years} jaar voordeliger dan een eigen luchtwarmtepomp",
               f"cheaper over {horizon_years} years than an own air heat pump"),
            transform=total.get_xaxis_transform(), ha="right", va="bottom", fontsize=9 * scale, color="#2e7d32",
            bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 1.5}, zorder=5,
        )  # fmt: skip
    axes = (monthly, total, investment)
    _mark(axes, curve.signed, NOW_COLOUR, _t(language, f"nu {curve.signed} getekend", f"now {curve.signed} signed"), scale, counts)
    if rule_needed is not None:
        label = _t(language, f"spelregel: {rule_needed}", f"rule: {rule_needed}")
        _mark(axes, rule_needed, LIMIT_COLOUR, label, scale, counts, solid=False)
    for ax, words in (
        (monthly, _t(language, "per maand\njaar 1", "per month\nyear 1")),
        (total, _t(language, f"totaal\n{horizon_years} jaar", f"total\n{horizon_years} years")),
        (investment, _t(language, "investering", "investment")),
    ):
        ax.yaxis.set_major_formatter(euro_formatter(language))
        ax.yaxis.set_major_locator(MaxNLocator(3))
        ax.set_ylabel(words, fontsize=9.5 * scale, color=TEXT_COLOUR)
    investment.set_xlabel(
        # the mean is the amounts', not the count's ('aantal … (gemiddeld per deelnemende woning)' read as a mean count)
        _t(language, "aantal woningen dat tekent; de bedragen zijn gemiddeld per woning die tekent",
           "number of homes that sign; the amounts are the mean per home that signs"),
        fontsize=10 * scale, color=TEXT_COLOUR,
    )  # fmt: skip
    investment.xaxis.set_major_locator(_integer_locator(12))
    investment.set_xlim(counts[0] - 0.6, counts[-1] + 0.6)
    monthly.legend(frameon=False, fontsize=9 * scale, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=3, borderaxespad=0.2)
    monthly.set_ylim(top=monthly.get_ylim()[1] + 0.2 * (monthly.get_ylim()[1] - monthly.get_ylim()[0]))
    if threshold is not None:  # room under the lines for the note at the panel's foot (it sat on them)
        low, high = total.get_ylim()
        total.set_ylim(bottom=low - 0.3 * (high - low))
    _title(figure, _wrapped(finding, width, scale), scale)
    return figure


def _integer_locator(bins: int):
    from matplotlib.ticker import MaxNLocator as Locator

    return Locator(bins, integer=True)


def _wrapped(text: str, width: float, scale: float) -> str:
    """The title broken into lines that fit the figure's width; a figure stays whole on its line ('€ 290',
    as :func:`minigrid_app.io.charts` titles keep it: textwrap breaks at a space, not at a no-break space)."""
    characters = max(30, int(width * 8.5 / min(scale, 1.7)))
    return textwrap.fill(unbroken(text), characters, break_long_words=False)


def _mark(axes, count: int, colour: str, text: str, scale: float, counts: list[int], solid: bool = True) -> None:
    """A vertical line at ``count`` (clipped to the curve's range) with its words on the top panel."""
    x = min(max(count, counts[0] - 0.5), counts[-1] + 0.5)
    for ax in axes:
        ax.axvline(x, color=colour, linewidth=1.4 * scale, linestyle="-" if solid else (0, (2, 2)), zorder=3)
    axes[0].annotate(
        text, (x, 1.0 if solid else 0.82), xycoords=("data", "axes fraction"), xytext=(4 * scale, -2 * scale),
        textcoords="offset points", ha="left", va="top", fontsize=9.5 * scale, color=colour, fontweight="bold",
    )  # fmt: skip
