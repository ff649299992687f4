"""The chart figures (pure, Agg) and their Qt canvas."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from matplotlib.colors import to_hex

from minigrid_app.core import selectors as ex
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.variant import VARIANTS, variant_colour
from minigrid_app.io import charts
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def results():
    return compute_project(load_example("hofje-8"), method="rule_of_thumb")


def _bar_colours(figure):
    ax = figure.axes[0]
    return [to_hex(patch.get_facecolor()) for patch in ax.patches]


def test_monthly_costs_bars_in_variant_order_and_colours(results, tmp_path):
    monthly = {v: ex.quantity_value(results, None, v, "monthly_costs_year1_eur") for v in VARIANTS}
    figure = charts.monthly_costs_figure(monthly, {v: ex.monthly_range(results, None, v) for v in VARIANTS})
    assert _bar_colours(figure) == [variant_colour(v) for v in VARIANTS]
    ticks = figure.axes[0].get_yticklabels()
    top_down = [t.get_text() for t in sorted(ticks, key=lambda t: -t.get_position()[1])]
    assert top_down == ["Gasketel (huidig)", "Eigen luchtwarmtepomp", "Eigen bodemlus", "Gedeelde bodemlus"]
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert any(t.startswith("€ ") and t.endswith("p/m") for t in texts)
    title = figure._suptitle.get_text()
    difference = round(monthly["shared_loop"]) - round(monthly["gas"])  # of the figures on the bars
    assert f"€\u00a0{abs(difference)} per maand" in title  # wrapped: the amount kept whole on its line
    assert ("duurder" if difference > 0 else "goedkoper") in title
    figure.savefig(tmp_path / "monthly.png")
    assert (tmp_path / "monthly.png").stat().st_size > 5000


def test_monthly_finding_words():
    # year 1 with the loan: the verdict on the total is core.verdict's (issue 12), the title says when
    assert charts.monthly_finding({"gas": 150, "shared_loop": 162}) == "Jaar 1 met lening: gedeelde bodemlus € 12 per maand duurder dan gas"
    assert "cheaper" not in charts.monthly_finding({"gas": 150, "shared_loop": 140}, "en")
    assert "less" in charts.monthly_finding({"gas": 150, "shared_loop": 140}, "en")


def test_dutch_thousands_on_axes(results):
    figure = charts.cumulative_costs_figure(ex.cumulative_series(results, None))
    figure.canvas.draw()
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert any("." in label and label.startswith("€ ") for label in labels), labels
    assert len(figure.axes[0].lines) >= 4


def test_break_even_year_marked():
    # the payback of core.verdict: air 150, 200, 240, 280, 320 against gas 0, 100, 200, 300, 400; the
    # difference 40 after year 2 turns −20 after year 3: 2 + 40/60 years
    series = {"gas": [0, 100, 200, 300, 400], "air_hp": [150, 200, 240, 280, 320]}
    assert charts.break_even_year(series["air_hp"], series["gas"]) == pytest.approx(2 + 40 / 60)
    series = {"gas": [0, 100, 200, 300, 400], "air_hp": [150, 200, 200, 240, 320]}
    assert charts.break_even_year(series["air_hp"], series["gas"]) == 2.0
    figure = charts.cumulative_costs_figure({"gas": [0, 100, 200, 300, 400], "air_hp": [150, 200, 240, 280, 320]})
    assert "na 2,7 jaar" in figure._suptitle.get_text()
    assert any(t.get_text() == "na 2,7 jaar" for t in figure.axes[0].texts)


def test_fluid_temperature_limit_and_lowest_point():
    temps = [5 - 0.03 * i for i in range(300)]
    figure = charts.fluid_temperature_figure(temps, -1.5, language="nl")
    ax = figure.axes[0]
    assert any(line.get_linestyle() == "--" for line in ax.lines)
    assert any(t.get_text().startswith("laagste: \u22124,0") for t in ax.texts)
    assert "onder de ondergrens" in figure._suptitle.get_text()


def test_fluid_temperature_axis_says_the_degrees_of_its_ticks():
    """The slide of the source read 12, 10, 8, 5, 2, 0, −2 °C: ticks every 2,5 °C shown without
    decimals (7,5 as 8, 2,5 as 2, −2,5 as −2, beside the −1,5 °C limit). Whole degrees only."""
    temps = [6.5 + 4 * ((-1) ** (i // 6)) for i in range(300)]  # 2,5 … 10,5 °C
    figure = charts.fluid_temperature_figure(temps, -1.5, peak_temps_c=[t - 3.7 for t in temps], language="nl", scale=1.3)
    ax = figure.axes[0]
    low, high = ax.get_ylim()  # −3,5 … 12,5 °C: matplotlib ticked it every 2,5 °C
    ticks = [tick for tick in ax.yaxis.get_major_locator()() if low <= tick <= high]
    assert len(ticks) >= 4
    formatter = ax.yaxis.get_major_formatter()
    for tick in ticks:
        assert float(tick).is_integer(), ticks
        assert formatter(tick, 0) == f"{int(tick)} °C".replace("-", "\u2212")


def test_fluid_temperature_with_passive_cooling_shows_the_summer_limit():
    temps = [6 + 4 * ((i % 12) in (5, 6, 7)) for i in range(300)]
    warm = [t + 5 for t in temps]
    figure = charts.fluid_temperature_figure(temps, -1.5, injection_peak_temps_c=warm, max_limit_c=17.0, language="nl")
    labels = [line.get_label() for line in figure.axes[0].lines]
    assert "bij koelpiek" in labels and "bovengrens (koelen)" in labels
    assert figure._suptitle.get_text() == "De bodemlus blijft binnen de grenzen van \u22121,5 °C en 17,0 °C"
    assert figure.axes[0].get_ylim()[1] >= 17.0


def test_fluid_temperature_axis_says_the_years_are_the_borefields():
    """The chart ran to 25 years (the borefield's design life) beside money figures over 15, without a word
    (walker, session 16): its axis says what the years are, in step 3, the slides and the report alike."""
    temps = [6 - 4 * ((i % 12) in (0, 1, 11)) for i in range(25 * 12)]
    dutch = charts.fluid_temperature_figure(temps, -1.5, language="nl")
    assert dutch.axes[0].get_xlabel() == "jaar (het bodemveld is berekend op 25 jaar)"
    english = charts.fluid_temperature_figure(temps[: 20 * 12], -1.5, language="en")
    assert english.axes[0].get_xlabel() == "year (the borefield is sized for 20 years)"


def test_tornado_largest_on_top():
    bars = [charts.TornadoBar("Klein", -10, 10), charts.TornadoBar("Groot", -500, 400), charts.TornadoBar("Midden", -100, 50)]
    figure = charts.tornado_figure(bars, 0)
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels[-1] == "Groot" and labels[0] == "Klein"  # last tick is drawn on top
    assert "groot" in figure._suptitle.get_text()


def test_price_band(results):
    figure = charts.price_band_figure(ex.price_band(results, None), language="en")
    ticks = figure.axes[0].get_yticklabels()
    assert max(ticks, key=lambda t: t.get_position()[1]).get_text() == "Gas boiler (current)"
    assert all("–" in t.get_text() for t in figure.axes[0].texts)


def test_chart_widget_wraps_a_figure(qtbot, results):
    from minigrid_app.ui.widgets.charts import ChartWidget

    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.set_figure(charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
    widget.show()
    assert widget.title() == "Jaar 1 met lening: gedeelde bodemlus € 10 per maand duurder dan gas"
    first = widget.canvas.image
    assert not first.isNull()
    widget.show_message("Nog geen resultaten")
    assert widget.canvas.image is not first
    assert widget.title() == ""


def test_chart_drawn_on_the_background_thread_at_the_widget_width(qtbot):
    from minigrid_app.ui.widgets.charts import ChartWidget, wait_for_charts

    ChartWidget.synchronous = False
    widget = ChartWidget(min_height=240)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    widget.set_figure(charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
    assert widget.pending  # the GUI thread did not draw it
    assert widget.canvas.waiting_text == "Grafiek wordt getekend…"  # not a blank white box meanwhile
    wait_for_charts()
    qtbot.waitUntil(lambda: not widget.pending, timeout=5000)
    image = widget.canvas.image
    assert round(image.width() / image.devicePixelRatio()) == widget.canvas.width() == 900
    # wider window: drawn again at the new width (after the resize delay)
    widget.resize(1100, 300)
    qtbot.waitUntil(lambda: not widget.pending and widget.canvas.image.width() != image.width(), timeout=5000)
    assert round(widget.canvas.image.width() / widget.canvas.image.devicePixelRatio()) == 1100
    # a newer figure wins over one still being drawn
    widget.set_figure(charts.message_figure("een"))
    widget.set_figure(charts.message_figure("twee"))
    wait_for_charts()
    qtbot.waitUntil(lambda: not widget.pending, timeout=5000)
    assert widget.title() == ""


def test_no_garbage_collection_on_worker_threads(qtbot):
    # the collector may free GUI-thread Qt objects; while a worker runs it is switched off
    import gc
    import threading

    from minigrid_app.ui.services.tasks import gc_on_gui_thread

    seen = []
    inside = threading.Event()
    release = threading.Event()

    def worker():
        with gc_on_gui_thread():
            seen.append(gc.isenabled())
            inside.set()
            release.wait(5)

    assert gc.isenabled()
    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with gc_on_gui_thread():  # a second worker at the same time
        pass
    assert not gc.isenabled()  # the first one still runs
    release.set()
    thread.join(5)
    assert seen == [False] and gc.isenabled()


def test_a_chart_drawn_at_once_leaves_the_collector_as_it_was(qtbot, results):
    # On the GUI thread (charts drawn at once: screenshots, tests) the drawing does not switch the
    # collector off and on: that made the garbage piled up while drawing be collected at the end
    # of the resize event that drew it, and freeing a page there crashed Qt's layout pass. Nor
    # does it switch on a collector the start-up has paused.
    import gc

    from minigrid_app.ui.widgets.charts import ChartWidget

    monthly = {v: ex.quantity_value(results, None, v, "monthly_costs_year1_eur") for v in VARIANTS}
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.disable()
    gc.callbacks.append(seen)
    try:
        widget.set_figure(lambda: charts.monthly_costs_figure(monthly))
        widget.resize(700, 400)
        assert widget.canvas.image is not None and not widget.canvas.image.isNull()
        assert not gc.isenabled()
        assert collections == []
    finally:
        gc.callbacks.remove(seen)
        gc.enable()


def test_cumulative_title_states_the_finding_without_a_crossing():
    # a heat pump that stays dearer: the title says gas stays cheapest, not just "costs"
    figure = charts.cumulative_costs_figure({"gas": [0, 100, 200, 300], "ground_hp": [150, 260, 370, 480]})
    assert figure._suptitle.get_text() == "Over 3 jaar blijft de gasketel het goedkoopst"
    dropping = charts.cumulative_costs_figure({"gas": [0, 100, 200, 300, 400], "air_hp": [150, 260, 370, 480, 350]})
    texts = [t.get_text() for t in dropping.axes[0].texts]
    assert "laatste jaar: restwaarde van de installatie eraf" in texts
    # a variant that never cost more than gas and ends cheapest
    cheaper = charts.cumulative_costs_figure({"gas": [0, 100, 200, 300], "air_hp": [0, 90, 180, 270]})
    # the finding is wider than the figure: on two lines, every word (tests/io/test_chart_titles.py)
    # wrapped, each figure kept whole on its line (no-break spaces)
    assert cheaper._suptitle.get_text().replace("\n", " ") == "Over 3\u00a0jaar is de eigen luchtwarmtepomp het voordeligst: €\u00a030 minder dan gas"


def test_hidden_chart_is_drawn_when_shown(qtbot):
    from minigrid_app.ui.widgets.charts import ChartWidget, wait_for_charts

    ChartWidget.synchronous = False
    widget = ChartWidget(min_height=200)
    qtbot.addWidget(widget)
    widget.resize(700, 260)
    widget.set_figure(lambda: charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
    wait_for_charts()
    qtbot.wait(50)
    assert widget.figure is None and widget.canvas.image.isNull()  # nobody looks: not drawn
    widget.show()
    wait_for_charts()
    qtbot.waitUntil(lambda: not widget.canvas.image.isNull(), timeout=5000)
    assert widget.title().startswith("Jaar 1 met lening: gedeelde bodemlus")


def test_a_slide_chart_made_on_the_render_thread_fills_its_place_unstretched(qtbot):
    """The signature slide at 1280 × 800: the figure made on the render thread was drawn 300 px
    high (the chart's least height) and stretched to the 588 px the slide gives it, its text
    squashed; no resize came after to draw it again."""
    from minigrid_app.ui.widgets.charts import ChartWidget, wait_for_charts

    was = ChartWidget.synchronous
    ChartWidget.synchronous = False
    try:
        widget = ChartWidget(min_height=300, expanding=True, fit=True)
        qtbot.addWidget(widget)
        widget.resize(1160, 588)
        widget.show()
        qtbot.waitExposed(widget)
        widget.set_figure(lambda: charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
        for _ in range(3):
            wait_for_charts()
            qtbot.wait(200)
        image = widget.canvas.image
        drawn = (round(image.width() / image.devicePixelRatio()), round(image.height() / image.devicePixelRatio()))
        assert drawn == (widget.canvas.width(), widget.canvas.height())
        assert not widget.pending
    finally:
        ChartWidget.synchronous = was


def test_a_chart_closed_before_its_drawing_started_is_not_kept(qtbot):
    """A drawing waits for its chart's paint (at most 250 ms): a chart closed meanwhile (the
    presentation closed at once) is let go, with the figure and results its drawing holds."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from minigrid_app.ui.widgets import charts as chart_widgets

    chart_widgets.ChartWidget.synchronous = False
    try:
        holder = QWidget()
        closed = chart_widgets.ChartWidget(holder, min_height=200)
        holder.resize(700, 260)
        holder.show()
        closed.set_figure(lambda: charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
        assert closed in chart_widgets._HELD  # waiting for its paint
        holder.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        other = chart_widgets.ChartWidget(min_height=200)
        qtbot.addWidget(other)
        other.resize(700, 260)
        other.show()
        other.set_figure(lambda: charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
        assert len(chart_widgets._HELD) == 1 and other in chart_widgets._HELD
        chart_widgets.wait_for_charts()
    finally:
        chart_widgets.ChartWidget.synchronous = True


def test_a_chart_in_sight_starts_its_new_drawing_at_once(qtbot):
    """A new figure for a chart on screen (another home chosen on step 4) is drawn after the next
    paint pass, not after the hold's 250 ms, during which the old picture stood beside the new
    numbers."""
    import time

    from PySide6.QtWidgets import QApplication

    from minigrid_app.ui.widgets.charts import ChartWidget, wait_for_charts

    ChartWidget.synchronous = False
    try:
        widget = ChartWidget(min_height=200)
        qtbot.addWidget(widget)
        widget.resize(700, 260)
        widget.show()
        qtbot.waitExposed(widget)
        widget.set_figure(lambda: charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
        wait_for_charts()
        qtbot.waitUntil(lambda: not widget.canvas.image.isNull(), timeout=5000)
        widget.set_figure(lambda: charts.monthly_costs_figure({"gas": 250.0, "shared_loop": 140.0}))
        assert widget._held_job is not None  # waits for its paint
        start = time.monotonic()
        while widget._held_job is not None and time.monotonic() - start < 0.2:
            QApplication.processEvents()
        assert widget._held_job is None, "the drawing waited for the hold's time limit"
        wait_for_charts()
    finally:
        ChartWidget.synchronous = True


def test_a_chart_closed_during_its_drawing_leaves_nothing_of_the_gui_thread_to_the_render_thread(qtbot):
    """Each chart reported through its own parentless QObject, also held by the drawing's job: a
    chart closed while it was being drawn left the job the last reference, and that QObject of
    the GUI thread was destroyed on the render thread when the job ended. A chart alive meanwhile
    still gets its picture."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from minigrid_app.ui.widgets import charts as chart_widgets

    destroyed_on: list[str] = []
    drawing, go_on = threading.Event(), threading.Event()

    def slow_figure():
        drawing.set()
        go_on.wait(5)
        return charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0})

    chart_widgets.ChartWidget.synchronous = False
    try:
        holder = QWidget()
        closed = chart_widgets.ChartWidget(holder, min_height=200)
        holder.resize(700, 260)
        holder.show()
        closed.set_figure(slow_figure)
        # what the drawing reports through: told when it is destroyed, on the thread that does it
        closed._held_job.signals.destroyed.connect(
            lambda *_: destroyed_on.append(threading.current_thread().name), Qt.ConnectionType.DirectConnection
        )
        closed._start_held()
        assert drawing.wait(5)  # the drawing is under way on the render thread
        holder.deleteLater()
        del closed, holder
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        go_on.set()
        assert chart_widgets.render_pool().waitForDone(10000)
        QApplication.processEvents()
        assert all(name == threading.main_thread().name for name in destroyed_on), destroyed_on

        alive = chart_widgets.ChartWidget(min_height=200)
        qtbot.addWidget(alive)
        alive.resize(700, 260)
        alive.show()
        alive.set_figure(lambda: charts.monthly_costs_figure({"gas": 150.0, "shared_loop": 160.0}))
        chart_widgets.wait_for_charts()
        qtbot.waitUntil(lambda: not alive.canvas.image.isNull(), timeout=5000)
    finally:
        go_on.set()
        chart_widgets.ChartWidget.synchronous = True


@pytest.mark.parametrize("cooled", [False, True])
def test_the_fluid_legend_stays_above_every_line(cooled):
    """The report's chart (walk of session 17): the legend lay over the dashed summer limit at 17 °C, and
    over the tops of the curves; the axis leaves room above the highest line for it."""
    temps = [4 + 6 * ((i % 12) in (5, 6, 7)) for i in range(300)]
    options = {"injection_peak_temps_c": [t + 4 for t in temps], "max_limit_c": 17.0} if cooled else {}
    figure = charts.fluid_temperature_figure(temps, -1.5, peak_temps_c=[t - 3 for t in temps], language="nl", **options)
    ax = figure.axes[0]
    figure.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    highest = max(max(line.get_ydata()) for line in ax.lines)
    assert legend.y0 > ax.transData.transform((0, highest))[1]


def test_the_note_on_the_lowest_point_stays_inside_the_chart():
    """'laagste: −1,5 °C' lay over the year axis' numbers in the report (walk of session 17)."""
    temps = [4 + 6 * ((i % 12) in (5, 6, 7)) - 5.5 * ((i % 12) in (0, 1)) for i in range(300)]
    figure = charts.fluid_temperature_figure(temps, -1.5, language="nl", width=7.5, height=3.0)
    ax = figure.axes[0]
    figure.canvas.draw()
    (note,) = [t for t in ax.texts if t.get_text().startswith("laagste")]
    assert note.get_window_extent().y0 >= ax.get_window_extent().y0
