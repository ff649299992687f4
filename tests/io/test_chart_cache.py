"""Chart images drawn once per inputs (issue 16): the evening's documents written again reuse them."""

from __future__ import annotations

import numpy as np

from minigrid_app.io import charts
from minigrid_app.io.documents import chart_png, figure_png

MONTHLY = {"gas": 182.0, "air_hp": 171.5, "ground_hp": 190.25, "shared_loop": 160.0}
RANGES = {"gas": (150.0, 220.0), "shared_loop": (140.0, 175.0)}


def _counting(function):
    calls = []

    def draw(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)

    draw.__qualname__ = f"counting-{id(calls)}"  # a cache key of its own per test
    return draw, calls


def test_the_same_inputs_are_drawn_once_and_give_the_same_image():
    draw, calls = _counting(charts.monthly_costs_figure)
    first = chart_png(draw, MONTHLY, RANGES, language="nl", height=2.3)
    again = chart_png(draw, dict(MONTHLY), {k: tuple(v) for k, v in RANGES.items()}, language="nl", height=2.3)
    assert len(calls) == 1
    assert again == first
    # the image is the one the chart function draws, its aspect the figure's
    fresh = charts.monthly_costs_figure(MONTHLY, RANGES, language="nl", height=2.3)
    assert first[0] == figure_png(fresh)
    width, height = fresh.get_size_inches()
    assert first[1] == height / width


def test_other_inputs_are_drawn_again():
    draw, calls = _counting(charts.monthly_costs_figure)
    chart_png(draw, MONTHLY, RANGES, language="nl")
    chart_png(draw, MONTHLY, RANGES, language="en")
    chart_png(draw, MONTHLY | {"gas": 183.0}, RANGES, language="nl")
    chart_png(draw, MONTHLY, RANGES, language="nl", height=3.0)
    assert len(calls) == 4
    chart_png(draw, MONTHLY, RANGES, language="en")
    assert len(calls) == 4


def test_inputs_without_a_key_are_drawn_every_time():
    draw, calls = _counting(charts.fluid_temperature_figure)
    temps = np.linspace(4.0, -1.0, 24)
    chart_png(draw, temps, 0.0, language="nl")
    chart_png(draw, temps, 0.0, language="nl")
    assert len(calls) == 2


def test_a_drawn_chart_is_freed_at_once():
    # a figure and its canvas refer to each other: without the collection in chart_png every
    # handout's figure and pixel buffer stayed until Python's next full collection (the pack's peak memory)
    import gc

    from matplotlib.figure import Figure

    gc.collect()
    gc.disable()
    try:
        draw, _ = _counting(charts.monthly_costs_figure)
        chart_png(draw, {**MONTHLY, "gas": 123.0}, RANGES, language="en", height=2.0)
        assert not [o for o in gc.get_objects() if isinstance(o, Figure)]
    finally:
        gc.enable()
