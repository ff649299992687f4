"""Issue 15: chart titles were cut at the right edge (slides 5 and 6: "…€ 4.869 minder da",
"…per maa"; the evening report's page 2: "…minder dan ga"). A title wider than the figure now
wraps onto more lines; measured here with matplotlib's own renderer, in the title's font."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from minigrid_app.io import charts

LONG = "Over 15 jaar is de eigen bodemlus het goedkoopst: € 4.869 minder dan gas, gemiddeld per woning per maand"


def title_fits(figure) -> tuple[float, float, str]:
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)  # laid out as when it is shown or saved
    title = figure._suptitle  # noqa: SLF001 - the one title the chart has
    box = title.get_window_extent(renderer)
    return box.x0, box.x1, title.get_text()


@pytest.mark.parametrize(("width", "scale"), [(16, 1.9), (7.5, 1.0), (5.0, 1.0)])
def test_a_long_title_wraps_inside_the_figure(width, scale):
    figure = charts.cumulative_costs_figure(
        {"gas": [0, 1000, 2000], "shared_loop": [0, 900, 1800]}, title=LONG, width=width, height=4, scale=scale
    )
    left, right, text = title_fits(figure)
    assert left >= 0 and right <= figure.get_figwidth() * figure.dpi, (right, text)
    assert text.replace("\n", " ").replace("\u00a0", " ") == LONG  # every word still there, in order
    if width <= 7.5:
        assert "\n" in text  # it did need a second line
        assert "€\u00a04.869" in text and "15\u00a0jaar" in text  # no line ends in '€' above '4.869' (no-break spaces)


def test_a_short_title_stays_on_one_line():
    figure = charts.household_difference_figure(["A", "B"], [12.0, -3.0], title="Per woning", width=7.5, height=3)
    assert title_fits(figure)[2] == "Per woning"


def test_a_title_fits_again_when_the_chart_is_drawn_at_the_size_of_its_place():
    """A slide's chart is made at 16 × 7 inches and drawn at the size of the screen (1280 px):
    its title wraps to that width (slide 6 ended "…€ 60 a mor")."""
    from minigrid_app.ui.widgets.charts import rasterise

    figure = charts.household_difference_figure(["A", "B", "C"], [60.0, 12.0, 30.0], title=LONG, width=16, height=7, scale=1.5)
    rasterise(figure, 900, 500)
    left, right, text = title_fits(figure)
    assert right <= 900 and "\n" in text and text.replace("\n", " ").replace("\u00a0", " ") == LONG


def test_the_years_axis_reads_up_to_the_horizon():
    """The evening report's page 2: the x-axis stopped at 14 for a horizon of 15 years."""
    series = {"gas": [1000.0 * year for year in range(16)], "shared_loop": [900.0 * year for year in range(16)]}
    figure = charts.cumulative_costs_figure(series)
    assert list(figure.axes[0].get_xticks()) == [0, 5, 10, 15]
