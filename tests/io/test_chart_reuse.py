"""A kept figure drawn again for the next chart of its kind (charts.variant_bars_figure(reuse=True),
issue 16): the same pixels as a chart on a new figure."""

from __future__ import annotations

import gc

import pytest

from minigrid_app.io import charts
from minigrid_app.io.documents import figure_pixels

HANDOUT = {"width": 7.5, "height": 2.3, "scale": 0.9}
MONTHLY = {"gas": 182.0, "air_hp": 171.5, "ground_hp": 190.25, "shared_loop": 160.0}
RANGES = {"gas": (150.0, 220.0), "air_hp": (160.0, 185.0), "ground_hp": (180.0, 204.0), "shared_loop": (140.0, 175.0)}

#: charts of one kind drawn one after another: other amounts and ticks, a price band missing,
#: a title that wraps, a variant missing, the other language, another size, and back
SEQUENCE = [
    ((MONTHLY, RANGES), {"language": "nl", **HANDOUT}),
    ((MONTHLY | {"gas": 245.8, "shared_loop": 279.8}, RANGES | {"ground_hp": (273.0, 311.8)}), {"language": "nl", **HANDOUT}),
    ((MONTHLY | {"gas": 90.0}, None), {"language": "nl", **HANDOUT}),
    ((MONTHLY, RANGES), {"language": "nl", "title": "Een titel die zo lang is dat hij over twee regels moet worden verdeeld, zelfs op de brede grafiek van het keukentafelblad", **HANDOUT}),
    (({k: v for k, v in MONTHLY.items() if k != "ground_hp"}, RANGES), {"language": "nl", **HANDOUT}),
    ((MONTHLY | {"air_hp": 1250.0}, RANGES), {"language": "en", **HANDOUT}),
    ((MONTHLY, RANGES), {"language": "nl", "height": 3.0}),
    ((MONTHLY | {"gas": 160.4, "shared_loop": 234.7}, RANGES), {"language": "nl", **HANDOUT}),
]


@pytest.fixture(autouse=True)
def _forgotten():
    yield
    charts.forget_kept_figures()


def test_kept_figures_draw_the_pixels_of_new_ones():
    for args, kwargs in SEQUENCE:
        assert figure_pixels(charts.monthly_costs_figure(*args, reuse=True, **kwargs)) == figure_pixels(
            charts.monthly_costs_figure(*args, **kwargs)
        ), kwargs.get("title", args[0])


def test_a_kind_of_chart_keeps_one_figure():
    first = charts.monthly_costs_figure(MONTHLY, RANGES, reuse=True, language="nl", **HANDOUT)
    figure_pixels(first)
    bars, words = list(first.axes[0].patches), list(first.axes[0].texts)
    again = charts.monthly_costs_figure(MONTHLY | {"gas": 200.0}, RANGES, reuse=True, language="nl", **HANDOUT)
    assert again is first
    assert len(again.axes) == 1 and len(again.axes[0].patches) == 4 and len(again.axes[0].texts) == 4
    # a chart of the same shape: the same bars and words, given the new numbers
    assert list(again.axes[0].patches) == bars and list(again.axes[0].texts) == words
    assert bars[0].get_width() == 200.0 and words[0].get_text() == "€ 200 p/m"
    banded = charts.monthly_costs_figure(MONTHLY, None, reuse=True, language="nl", **HANDOUT)  # no price band: made anew
    assert banded is first and not any(bar in bars for bar in banded.axes[0].patches) and not banded.axes[0].lines[:-1]
    other = charts.monthly_costs_figure(MONTHLY, RANGES, reuse=True, language="en", **HANDOUT)
    assert other is not first
    assert charts.monthly_costs_figure(MONTHLY, RANGES, language="nl", **HANDOUT) is not first


@pytest.mark.parametrize("count", [charts.KEPT_FIGURES + 1])
def test_the_kept_figures_are_few(count):
    for index in range(count):
        charts.monthly_costs_figure(MONTHLY, RANGES, reuse=True, language="nl", width=4.0 + index / 10)
    assert len(charts._KEPT.figures) <= charts.KEPT_FIGURES


def test_forgotten_kept_figures_are_freed():
    from matplotlib.figure import Figure

    charts.forget_kept_figures()
    gc.collect()
    # figures another test's window still shows (the suite runs files in any order, on any worker)
    before = [o for o in gc.get_objects() if isinstance(o, Figure)]
    charts.monthly_costs_figure(MONTHLY, RANGES, reuse=True, language="nl", **HANDOUT)
    charts.forget_kept_figures()
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Figure) and not any(o is b for b in before)]
