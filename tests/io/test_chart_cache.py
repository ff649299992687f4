"""Chart images drawn once per inputs (issue 16): the evening's documents written again reuse them."""

from __future__ import annotations

import io

import numpy as np
import pytest

from minigrid_app.io import charts
from minigrid_app.io.documents import chart_image, figure_pixels, figure_png

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
    first = chart_image(draw, MONTHLY, RANGES, language="nl", height=2.3)
    again = chart_image(draw, dict(MONTHLY), {k: tuple(v) for k, v in RANGES.items()}, language="nl", height=2.3)
    assert len(calls) == 1
    assert again == first
    # the image is the one the chart function draws, its aspect the figure's
    fresh = charts.monthly_costs_figure(MONTHLY, RANGES, language="nl", height=2.3)
    width, height = fresh.get_size_inches()
    assert first[0] == figure_pixels(fresh)
    assert first[1] == height / width


@pytest.mark.parametrize(
    "draw, args, kwargs",
    [
        (charts.monthly_costs_figure, (MONTHLY, RANGES), {"language": "nl", "width": 7.5, "height": 2.3, "scale": 0.9}),
        (charts.monthly_costs_figure, (MONTHLY,), {"language": "en", "title": "A title long enough to be wrapped onto a second line of the chart", "width": 4.0}),
        (charts.cumulative_costs_figure, ({"gas": [0, 1000, 2100, 3000], "shared_loop": [1500, 2000, 2400, 2700]},), {"language": "nl"}),
        (charts.tornado_figure, ([charts.TornadoBar("Gasprijs", -900.0, 700.0), charts.TornadoBar("Rente", -100.0, 150.0)], -300.0), {"step": 0.2}),
    ],
)
def test_pixels_are_those_of_the_png(draw, args, kwargs):
    # the pixels go to the PDF without a PNG in between: the same as savefig writes (read back by Pillow)
    from PIL import Image

    png = Image.open(io.BytesIO(figure_png(draw(*args, **kwargs))))
    pixels = figure_pixels(draw(*args, **kwargs))
    assert (pixels.width, pixels.height) == png.size and pixels.dpi == round(png.info["dpi"][0])
    assert pixels.rgba() == png.convert("RGBA").tobytes()


def test_other_inputs_are_drawn_again():
    draw, calls = _counting(charts.monthly_costs_figure)
    chart_image(draw, MONTHLY, RANGES, language="nl")
    chart_image(draw, MONTHLY, RANGES, language="en")
    chart_image(draw, MONTHLY | {"gas": 183.0}, RANGES, language="nl")
    chart_image(draw, MONTHLY, RANGES, language="nl", height=3.0)
    assert len(calls) == 4
    chart_image(draw, MONTHLY, RANGES, language="en")
    assert len(calls) == 4


def test_inputs_without_a_key_are_drawn_every_time():
    draw, calls = _counting(charts.fluid_temperature_figure)
    temps = np.linspace(4.0, -1.0, 24)
    chart_image(draw, temps, 0.0, language="nl")
    chart_image(draw, temps, 0.0, language="nl")
    assert len(calls) == 2


def test_a_drawn_chart_is_freed_at_once():
    # a figure and its canvas refer to each other: without the collection in chart_png every
    # handout's figure and pixel buffer stayed until Python's next full collection (the pack's peak memory)
    import gc

    from matplotlib.figure import Figure

    charts.forget_kept_figures()  # a handout's chart figure kept by a test before (on purpose, test_chart_reuse)
    gc.collect()
    # figures another test's window still shows (the suite runs files in any order, on any worker)
    before = [o for o in gc.get_objects() if isinstance(o, Figure)]
    gc.disable()
    try:
        draw, _ = _counting(charts.monthly_costs_figure)
        chart_image(draw, {**MONTHLY, "gas": 123.0}, RANGES, language="en", height=2.0)
        assert not [o for o in gc.get_objects() if isinstance(o, Figure) and not any(o is b for b in before)]
    finally:
        gc.enable()


def test_charts_of_one_size_drawn_in_a_row_are_each_their_own_png():
    # one renderer serves the charts of one size (figure_pixels): each is drawn on a clean one
    from PIL import Image

    for gas in (150.0, 260.0, 90.0):
        values = MONTHLY | {"gas": gas}
        png = Image.open(io.BytesIO(figure_png(charts.monthly_costs_figure(values, RANGES, language="nl", height=2.3))))
        pixels = figure_pixels(charts.monthly_costs_figure(values, RANGES, language="nl", height=2.3))
        assert pixels.rgba() == png.convert("RGBA").tobytes()


def test_one_off_writing_imports_matplotlib_without_its_3d_projection_and_quietly():
    """charts_drawn_once in a fresh process: matplotlib, imported for its first chart, comes without
    mpl_toolkits.mplot3d (a fifth of its import, issue 16), no warning about it, and without the
    help of its artists' set() (their signature is plain, they set properties and refuse unknown
    ones as before); a chart is drawn with the pixels of a process that imported matplotlib as
    usual, and the warning's filter and the import hook go with the context."""
    import hashlib
    import subprocess
    import sys

    draw = (
        "from minigrid_app.io import charts, documents\n"
        "def drawn():\n"
        "    image, _aspect = documents.chart_image(charts.monthly_costs_figure, {'gas': 100.0, 'shared_loop': 80.0})\n"
        "    return hashlib.sha256(image.rgba()).hexdigest()\n"
    )
    code = (
        "import hashlib, inspect, sys, warnings\n"
        "warnings.simplefilter('error')\n" + draw +
        "with documents.charts_drawn_once():\n"
        "    found = drawn()\n"
        "assert 'mpl_toolkits.mplot3d' not in sys.modules\n"
        "assert not [f for f in warnings.filters if f[1] is not None and 'Axes3D' in f[1].pattern]\n"
        "assert not [f for f in sys.meta_path if type(f).__name__ == '_ArtistFinder']\n"
        "import matplotlib.projections\n"
        "assert '3d' not in matplotlib.projections.get_projection_names()\n"
        "from matplotlib.patches import Rectangle\n"
        "assert str(inspect.signature(Rectangle.set)) == '(self, **kwargs)'\n"
        "bar = Rectangle((0, 0), 1, 1)\n"
        "bar.set(linewidth=3, color='red')\n"
        "assert bar.get_linewidth() == 3 and bar.get_facecolor() == (1.0, 0.0, 0.0, 1.0)\n"
        "try:\n"
        "    bar.set(no_such_property=1)\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('an unknown property was accepted')\n"
        "print(found)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Axes3D" not in done.stderr
    usual, _aspect = chart_image(charts.monthly_costs_figure, {"gas": 100.0, "shared_loop": 80.0})  # this process's matplotlib
    assert done.stdout.strip() == hashlib.sha256(usual.rgba()).hexdigest()
