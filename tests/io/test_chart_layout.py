"""A document's one-axes chart placed in one measuring pass (charts.lay_out_once, issue 16):
where the constrained layout places it, so the pixels are the same."""

from __future__ import annotations

import numpy as np
import pytest

from minigrid_app.io import charts

#: a home of straat-24 whose last price tick ('€ 400') stands just inside the right edge: its
#: label hangs past the axes, and how far depends on the axes' width (the second measurement)
OVERHANG = (
    {"gas": 245.76, "air_hp": 233.58, "ground_hp": 292.44, "shared_loop": 279.76},
    {"gas": (206.49, 285.04), "air_hp": (211.67, 255.48), "ground_hp": (273.03, 311.85), "shared_loop": (260.09, 299.44)},
)

ONE_AXES = [
    (charts.monthly_costs_figure, OVERHANG, {"language": "nl", "width": 7.5, "height": 2.3, "scale": 0.9}),
    (charts.monthly_costs_figure, OVERHANG, {"language": "en", "width": 7.5, "height": 2.3, "scale": 0.9}),
    (charts.monthly_costs_figure, ({"gas": 182.0, "shared_loop": 160.0},),
     {"language": "nl", "title": "Een titel die zo lang is dat hij over twee regels van de grafiek moet worden verdeeld", "width": 4.0}),
    (charts.cumulative_costs_figure, ({"gas": [0, 1000, 2100, 3000], "shared_loop": [1500, 2000, 2400, 2700]},), {"language": "en"}),
    (charts.tornado_figure, ([charts.TornadoBar("Gasprijs", -900.0, 700.0), charts.TornadoBar("Rente", -100.0, 150.0)], -300.0), {"step": 0.2}),
]


def _drawn(figure, once: bool):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    figure.dpi = 150
    placed = charts.lay_out_once(figure, canvas.get_renderer()) if once else None
    canvas.draw()
    return placed, figure.axes[0].get_position().extents, np.asarray(canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("draw, args, kwargs", ONE_AXES)
def test_a_one_axes_chart_is_placed_where_the_constrained_layout_places_it(draw, args, kwargs):
    _, engine_position, engine_pixels = _drawn(draw(*args, **kwargs), once=False)
    placed, position, pixels = _drawn(draw(*args, **kwargs), once=True)
    assert placed
    np.testing.assert_allclose(position, engine_position, rtol=0, atol=1e-9)
    assert (pixels == engine_pixels).all()


def test_the_label_past_the_edge_is_measured_again():
    # one measurement alone placed this chart's right edge 0.7 px further right than the engine
    figure = charts.monthly_costs_figure(*OVERHANG, language="nl", width=7.5, height=2.3, scale=0.9)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    ax = figure.axes[0]
    assert ax.get_tightbbox(renderer, for_layout_only=True).x1 > ax.get_window_extent(renderer).x1
    _, engine_position, _ = _drawn(charts.monthly_costs_figure(*OVERHANG, language="nl", width=7.5, height=2.3, scale=0.9), once=False)
    _, position, _ = _drawn(figure, once=True)
    assert position[2] == pytest.approx(engine_position[2], abs=1e-9)


def test_other_figures_keep_their_layout_engine():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    two = Figure(figsize=(4, 3), layout="constrained")
    two.subplots(2, 1)
    legend = Figure(figsize=(4, 3), layout="constrained")
    ax = legend.add_subplot()
    ax.plot([0, 1], [0, 1], label="lijn")
    legend.legend(loc="outside lower center")
    plain = Figure(figsize=(4, 3))
    plain.add_subplot()
    for figure in (two, legend, plain):
        engine = figure.get_layout_engine()
        assert not charts.lay_out_once(figure, FigureCanvasAgg(figure).get_renderer())
        assert figure.get_layout_engine() is engine


def test_an_axes_is_measured_with_its_ticks_made_once():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from minigrid_app.io.chart_layout import ticks_measured_once

    figure = charts.monthly_costs_figure(*OVERHANG, language="nl", width=7.5, height=2.3, scale=0.9)
    renderer = FigureCanvasAgg(figure).get_renderer()
    ax = figure.axes[0]
    made = []
    for axis in (ax.xaxis, ax.yaxis):
        axis._update_ticks = lambda make=axis._update_ticks, name=axis.axis_name: made.append(name) or make()
    plain = ax.get_tightbbox(renderer, for_layout_only=True)
    times = len(made)
    assert made.count("x") >= 2 and made.count("y") >= 2  # each axis: for its room and to place its label
    made.clear()
    with ticks_measured_once(ax):
        once = ax.get_tightbbox(renderer, for_layout_only=True)
    assert sorted(made) == ["x", "y"] and once.extents.tolist() == plain.extents.tolist()
    made.clear()
    ax.get_tightbbox(renderer, for_layout_only=True)
    assert len(made) == times  # as before after it


def test_a_figure_of_shared_axes_draws_the_pixels_of_its_layout_engine():
    # three panels sharing their x axis (the signature curve's): the engine measures each twice,
    # its ticks made once per measurement (chart_layout.each_measured_once), the same pixels
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from minigrid_app.io.documents import figure_pixels

    def panels():
        figure = Figure(figsize=(7.5, 4.6), layout="constrained")
        axes = figure.subplots(3, 1, sharex=True, height_ratios=(1.5, 1.5, 1))
        for index, ax in enumerate(axes):
            ax.plot(range(1, 25), [1000 * index + 17 * n for n in range(24)])
            ax.set_ylabel(f"paneel {index}")
        axes[-1].set_xlabel("aantal woningen dat tekent")
        figure.suptitle("Vanaf 7 handtekeningen", x=0.02, ha="left")
        return figure

    drawn = figure_pixels(panels(), 136)
    engine = panels()
    canvas = FigureCanvasAgg(engine)
    engine.dpi = 136
    engine.set_facecolor("white")
    canvas.draw()
    assert drawn.rgba() == bytes(canvas.buffer_rgba())
    figure = panels()
    figure_pixels(figure, 136)
    assert not any("get_tightbbox" in vars(ax) for ax in figure.axes)


def test_a_matplotlib_without_those_methods_is_measured_as_it_measures(monkeypatch):
    """ticks_measured_once stands in for two of matplotlib's own unpublished methods; a matplotlib
    whose axes lack them (pyproject allows every later version) is left to measure as it does, no
    AttributeError in the middle of the evening pack."""
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

    from minigrid_app.io.chart_layout import ticks_measured_once

    ax = Figure().add_subplot()
    monkeypatch.delattr(Axis, "_get_ticklabel_bboxes")
    with ticks_measured_once(ax):
        assert "_update_ticks" not in vars(ax.xaxis) and "_get_ticklabel_bboxes" not in vars(ax.yaxis)
    monkeypatch.undo()
    with ticks_measured_once(ax):  # this matplotlib has them: measured once
        assert "_update_ticks" in vars(ax.xaxis)
    assert "_update_ticks" not in vars(ax.xaxis)  # and given back
