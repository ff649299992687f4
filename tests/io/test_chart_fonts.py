"""Names in other scripts are drawn in the charts, or stand in as their letter or place, never as boxes.

A home named '张伟' was drawn as boxes (matplotlib with DejaVu Sans only) on step 3's street, the report's chart
per home and the slides; now the fonts on the machine that have those letters stand behind DejaVu Sans, and a
name no font here can draw stands in as its house number or its place. Found by the breaker, session 17.
"""

from __future__ import annotations

import warnings

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.streetview import street_view
from minigrid_app.io import chart_fonts, charts
from minigrid_app.io.documents.common import figure_png
from minigrid_app.io.examples import load_example

#: Egyptian hieroglyphs: in no font a home's computer has
NO_FONT = "\U00013000\U00013001"


def _drawn(figure) -> list[str]:
    """The texts of the figure, drawing it and failing on a letter drawn as a box."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure_png(figure)
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing
    return [text.get_text() for text in figure.findobj(lambda artist: hasattr(artist, "get_text"))]


def _cjk_font() -> bool:
    from minigrid_app.io import chart_fonts

    return chart_fonts.drawable("张伟")


@pytest.fixture(scope="module")
def street():
    project = load_example("hofje-8")
    for index, home in enumerate(project.households):
        home.label = NO_FONT if index % 2 else "张伟"
    return compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")


def test_the_street_draws_a_name_or_its_place(street):
    texts = _drawn(charts.street_layout_figure(street_view(street)))
    assert {"B", "D"} <= set(texts) and not any(NO_FONT in text for text in texts)  # their letters, as on the slides
    if _cjk_font():
        assert "张伟" in texts


def test_the_chart_per_home_draws_a_name_its_house_number_or_its_place():
    labels = ["张伟 12", f"{NO_FONT} 14", NO_FONT, "Jansen"]
    texts = _drawn(charts.household_difference_figure(labels, [10.0, -5.0, 3.0, 2.0]))
    assert {"14", "Woning 3", "Jansen"} <= set(texts)
    if _cjk_font():
        assert "张伟 12" in texts
    english = _drawn(charts.household_difference_figure([NO_FONT], [1.0], language="en"))
    assert "Home 1" in english


def test_a_bold_title_says_nothing_on_the_terminal(capfd):
    """With a fallback font that has no bold face on the machine (Droid Sans Fallback on Debian), every bold
    title printed 'findfont: Failed to find font weight bold for Droid Sans Fallback, now using 400.'."""
    import logging

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    chart_fonts.install()
    figure = Figure()
    figure.add_subplot().set_title("Vogelstraat 张伟", fontweight="bold")
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger("matplotlib.font_manager").addHandler(handler)
    try:
        FigureCanvasAgg(figure).draw()
    finally:
        logging.getLogger("matplotlib.font_manager").removeHandler(handler)
    assert not [r for r in records if r.levelno >= logging.WARNING]
    assert "findfont" not in capfd.readouterr().err
