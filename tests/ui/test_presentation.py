"""Presentation mode: slides, keys, anonymised homes, rendering to PNG."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from minigrid_app.io.examples import load_example
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.services.tasks import SyncRunner


@pytest.fixture
def window(qtbot):
    from minigrid_app.ui.presentation import PresentationWindow

    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    widget = PresentationWindow(document)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


def test_slides_in_order_conditions_last(window):
    titles = window.slide_titles()
    assert window.slide_count() == len(titles) >= 7
    assert titles[0] == "Hofje De Linde"
    assert titles[1] == "De groep in cijfers"
    assert titles[2] == "Wat kost het per maand?"
    assert titles[-1] == "Onze voorwaarden"


def test_keys_and_clicker_move_on_and_escape_leaves(window, qtbot):
    assert window.index == 0
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.index == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.index == 2
    assert window.chart is not None and "per maand" in window.chart.title()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.index == 1
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.current_title() == "Onze voorwaarden"
    qtbot.keyClick(window, Qt.Key.Key_Right)  # stays on the last slide
    assert window.index == window.slide_count() - 1
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_homes_are_anonymised(window):
    from PySide6.QtWidgets import QLabel

    labels = {h.label for h in window.document.project.households}
    for index in range(1, window.slide_count()):  # slide 0 names the project and its street only
        window.show_slide(index)
        texts = [label.text() for label in window.findChildren(QLabel)]
        if window.chart is not None:
            figure = window.chart.figure
            texts += [t.get_text() for ax in figure.axes for t in ax.get_xticklabels() + ax.get_yticklabels()]
            texts.append(window.chart.title())
        assert not any(name in text for name in labels for text in texts), window.current_title()
    window.show_slide(window.slide_titles().index("Wat betekent het per woning?"))
    ticks = [t.get_text() for t in window.chart.figure.axes[0].get_xticklabels()]
    assert ticks[0] == "A"


def test_each_home_is_the_letter_its_handout_names(window):
    """Issue 15: slide 6 labelled homes 3, 4, 6, 7 … in a street numbered 2-48; now letters in street
    order, the same letter as on the home's own handout ("uw woning is C")."""
    import re

    from minigrid_app.core import selectors as ex
    from minigrid_app.io.documents import build_handout

    document = window.document
    window.show_slide(window.slide_titles().index("Wat betekent het per woning?"))
    ticks = [t.get_text() for t in window.chart.figure.axes[0].get_xticklabels()]
    rows = ex.monthly_difference_per_home(document.results, "shared_loop")
    assert len(ticks) == len(rows) and ticks == sorted(ticks, key=lambda t: (len(t), t))  # street order
    by_row = {h.row: h.id for h in document.results.households}
    for tick, (row, _difference) in list(zip(ticks, rows, strict=True))[:3]:
        handout = build_handout(document.project, document.results, by_row[row]).html
        assert re.search(rf"heet uw woning <b>{tick}</b>", handout), tick
        assert not tick.isdigit()


def test_conditions_slide_uses_symbols_and_words(window):
    from PySide6.QtWidgets import QLabel

    window.show_slide(window.slide_count() - 1)
    marks = [label.text() for label in window.body.findChildren(QLabel) if label.text()[:1] in "✓✗?"]
    assert marks and all(" " in mark for mark in marks)  # symbol plus a word
    assert any(mark.startswith("✗ nee") for mark in marks)


def test_large_type(window):
    window.show_slide(1)
    assert window.title_label.font().pointSizeF() >= 24
    from PySide6.QtWidgets import QLabel

    numbers = [label for label in window.body.findChildren(QLabel) if label.text().isdigit()]
    assert numbers and all(label.font().pointSizeF() >= 24 for label in numbers)


def test_render_slides_to(tmp_path, qtbot):
    from minigrid_app.ui.presentation import PresentationWindow

    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    widget = PresentationWindow(document)
    qtbot.addWidget(widget)
    paths = widget.render_slides_to(tmp_path, 960, 540)
    assert len(paths) == widget.slide_count()
    assert all(path.stat().st_size > 3000 for path in paths)
    assert not widget.isVisible()


def test_empty_project(qtbot):
    from minigrid_app.core.model import Project
    from minigrid_app.ui.presentation import PresentationWindow

    widget = PresentationWindow(ProjectDocument(Project(), runner=SyncRunner()))
    qtbot.addWidget(widget)
    assert widget.slide_count() == 2
    assert widget.slide_titles()[1] == "Nog geen resultaten"


def test_the_signature_curve_slide(window):
    """Issue 17: the street's signature curve in presentation mode, with today's count and the rule."""
    document = window.document
    document.project.agreement.street_share = 0.6
    titles = window.slide_titles()
    index = titles.index("Hoeveel van ons moeten tekenen?")
    assert titles[index + 1] == "Onze voorwaarden"
    window.show_slide(index)  # the engine service computes the curves (synchronously here)
    signed = sum(1 for h in document.project.households if h.participation == "signed")
    assert f"{signed} van de 8 woningen hebben getekend" in window.message_label.text()
    assert "60\u00a0%" in window.message_label.text()  # kept whole where it wraps
    assert window.chart is not None and "handtekeningen" in window.chart.title()


def test_a_slide_chart_that_does_not_fit_a_laptop_is_scaled_down_whole(qtbot):
    """The three-panel signature chart is made for a 1920 × 1080 projector (16 × 7.5 in, text at
    2.2 ×); on a 1280 × 800 laptop its place is 1160 × 588 px and matplotlib squeezed the plots
    to a third of the width with the text as large as ever. A slide's chart is drawn smaller as a
    whole until its plots take their width again; on a projector it keeps its size."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.signature_charts import signature_curve_figure
    from minigrid_app.ui.presentation import CHART_SCALE
    from minigrid_app.ui.widgets.charts import FIT_MIN_PLOT_WIDTH, rasterise

    results = compute_project(load_example("straat-24"), break_even=False, sensitivity=False, signature_curve=True)

    def drawn(width, height, fit):
        figure = signature_curve_figure(results.signatures.street, width=16, height=7.5, scale=CHART_SCALE)
        image = rasterise(figure, width, height, 1.0, fit)
        assert (image.width(), image.height()) == (width, height)
        return min(ax.get_position().width for ax in figure.axes), figure.dpi

    squeezed, _ = drawn(1160, 588, fit=False)
    assert squeezed < FIT_MIN_PLOT_WIDTH  # what the laptop showed
    fitted, dpi = drawn(1160, 588, fit=True)
    assert fitted >= FIT_MIN_PLOT_WIDTH and dpi == 100  # the figure keeps its own dpi afterwards
    projector, _ = drawn(1800, 800, fit=True)
    assert projector >= FIT_MIN_PLOT_WIDTH


def test_no_slide_shows_a_date_in_iso_form(window):
    """The title slide read 'Lindehof 1-8, Utrecht · 2026-10-01': dates are dd-mm-jjjj everywhere."""
    import re

    from PySide6.QtWidgets import QLabel

    iso = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
    shown = []
    for index in range(window.slide_count()):
        window.show_slide(index)
        shown += [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert not [text for text in shown if iso.search(text)]
    assert any("01-10-2026" in text for text in shown)  # the second evening's date, as on screen


def test_the_conditions_slide_keeps_every_condition_readable_at_1280_by_800(qtbot):
    """With an own condition ('? bespreken' in every column) the slide gave the conditions'
    column 150 px at 1280 × 800: 'Niet meer per maand dan nu' stood one word a line, cut off at
    the top and the bottom of its row."""
    from PySide6.QtWidgets import QLabel

    from minigrid_app.core.model import Condition
    from minigrid_app.ui.presentation import PresentationWindow
    from tests.ui.layout_checks import settle

    project = load_example("straat-24")
    project.conditions.append(Condition(kind="custom", text="De straat mag maar een keer open", enabled=True))
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    window = PresentationWindow(document)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_slide(window.slide_count() - 1)
    settle()
    assert window.current_title() == "Onze voorwaarden"
    assert window.width() == 1280  # the slide's least width fits the laptop
    texts = [c.text for c in project.conditions if c.enabled]
    labels = [label for label in window.findChildren(QLabel) if label.isVisible() and label.text().replace("\u00a0", " ") in texts]
    assert len(labels) == len(texts)
    for label in labels:
        assert label.heightForWidth(label.width()) <= label.height(), label.text()
        assert label.width() >= 0.25 * window.width() - 2  # a quarter of the slide: a few words a line, not one
    for label in window.findChildren(QLabel):  # the ✓ / ✗ / ? words fit their column too
        if label.isVisible() and label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), label.text()


@pytest.mark.parametrize(("size", "language"), [((1280, 800), "nl"), ((1920, 1080), "en")])
def test_the_group_in_numbers_shows_every_word_on_a_laptop(window, size, language, _dutch_as_the_program_starts):
    """On a 1280 × 800 laptop the words under the slide's big numbers were cut off ('per maand in
    jaar 1 met de gedeelde bodemlus …' lost its last lines under the next number); the type now
    follows the screen's height, as large as before on a projector. The numbers of a row stand on
    one line: a number whose words took four lines stood higher than its neighbours (theirs
    were centred in the height left over)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint
    from PySide6.QtWidgets import QLabel

    try:
        _dutch_as_the_program_starts.set_language(language)
        window.resize(*size)
        window.show_slide(1)
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        labels = [label for label in window.body.findChildren(QLabel) if label.wordWrap()]
        assert len(labels) >= 6
        cut = [label.text() for label in labels if label.heightForWidth(label.width()) > label.height() + 1]
        assert cut == []
        numbers = [label for label in window.body.findChildren(QLabel) if not label.wordWrap()]
        assert min(label.font().pointSizeF() for label in numbers) >= (54 if size[1] >= 1080 else 36)
        image = window.grab().toImage()
        rows: dict[int, dict[str, int]] = {}  # the numbers' inked tops by the top of their cell
        for label in numbers:
            corner = label.mapTo(window, QPoint(0, 0))
            rows.setdefault(label.parentWidget().y(), {})[label.text()] = _ink_top(image, corner, label.size())
        assert any(len(inked) >= 3 for inked in rows.values())
        for inked in rows.values():
            assert max(inked.values()) - min(inked.values()) <= 2, inked
    finally:
        _dutch_as_the_program_starts.set_language("nl")


def _ink_top(image, corner, size) -> int:
    """The first row of ``image`` in the area at ``corner`` of ``size`` with anything drawn on the
    slide's white (the top of a number's figures)."""
    for y in range(corner.y(), corner.y() + size.height()):
        for x in range(corner.x(), corner.x() + size.width()):
            colour = image.pixelColor(x, y)
            if min(colour.red(), colour.green(), colour.blue()) < 200:
                return y
    raise AssertionError("nothing drawn")


def test_the_source_slide_says_which_field_its_chart_shows(qtbot, _dutch_as_the_program_starts):
    """straat-24: '5 bodemvelden, samen 12 boorgaten …' above a chart titled 'De bodemlus blijft boven
    de ondergrens': the chart is the coldest of the five fields, and nothing said which. (Here hofje-8
    in clusters of 3: three fields, computed quickly.)"""
    from minigrid_app.core.formatting import number
    from minigrid_app.core.variant import Variant
    from minigrid_app.ui.presentation import PresentationWindow

    project = load_example("hofje-8")
    project.clusters.size = 3
    document = ProjectDocument(project, runner=SyncRunner())
    document.sizing_method = "rule_of_thumb"
    document.full_analysis = False
    document.recompute_now()
    shared = [f for f in document.results.fields if f.variant == Variant.SHARED_LOOP]
    assert len(shared) > 1
    coldest = min(shared, key=lambda f: f.sizing.min_fluid_temp_c)
    name = next(c.name for c in document.results.clusters if c.id == coldest.cluster_id)
    window = PresentationWindow(document)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.show_slide(window.slide_titles().index("De bron: de gedeelde bodemlus"))
    assert window.message_label.text().endswith(f"De grafiek toont het veld dat het koudst wordt: {name}.")
    # the mean depth in the decimals that add up to the fields' length, as step 3 says it
    holes = sum(f.sizing.boreholes for f in shared)
    total = sum(f.sizing.total_length_m for f in shared)
    said = re.search(r"van gemiddeld ([0-9.,]+)\u00a0m diep", window.message_label.text()).group(1)
    assert round(holes * float(said.replace(".", "").replace(",", "."))) == round(total)
    # three loops, the coldest above the limit: all three stay above it (was 'De bodemlus blijft …')
    limit = document.results.parameters["min_fluid_temp_c"]
    assert coldest.sizing.min_fluid_temp_c >= limit - 0.05
    assert window.chart.title().startswith(f"De bodemlussen blijven boven de ondergrens van {number(limit, 1)} °C")
    translations = _dutch_as_the_program_starts
    translations.set_language("en")
    try:
        window.show_slide(window.index)
        assert window.message_label.text().endswith(f"The chart shows the field that gets coldest: {name}.")
        assert window.chart.title().startswith("The ground loops stay above the limit of")
    finally:
        translations.set_language("nl")
