"""The window stays responsive while straat-24 is computed (issue 4: no freeze > 100 ms).

A 5 ms timer on the GUI thread records the longest gap between its ticks from opening the
project until every calculation (quick pass, break-even, sensitivity) has arrived and the
charts are drawn. The benchmark time is the whole open-to-finished span; the longest gap is
checked against the target and kept in the benchmark's extra info.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer

from minigrid_app.io.examples import load_example

TARGET_GAP_S = 0.100


def _open_and_wait(qtbot, tmp_path):
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.main_window import MainWindow
    from minigrid_app.ui.widgets.charts import ChartWidget, wait_for_charts

    ChartWidget.synchronous = False  # the real thing: charts on their render thread
    from minigrid_app.ui.app import GUI_SWITCH_INTERVAL_S

    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # as run_gui does
    document = ProjectDocument()
    document.compute_in_process = True  # as run_gui does
    from minigrid_app.ui.services import compute_process

    compute_process.warm_up()
    window = MainWindow(document, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1440, 960)
    window.show()
    # the program as a user meets it: the window has settled (its other steps are made on idle
    # turns after the first paint) before a project is opened
    qtbot.waitUntil(window.pages_made, timeout=10000)
    gaps = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick():
        gaps.append(clock.restart() / 1000.0)

    ticker.timeout.connect(tick)
    ticker.start()
    finished = []
    document.busyChanged.connect(lambda busy, _text: finished.append(not busy))
    started = time.perf_counter()
    window.controller.open_example(load_example("straat-24"))
    for index in range(len(window.pages)):  # visit every step while it computes
        window.show_step(index)
        qtbot.wait(50)
    qtbot.waitUntil(lambda: any(finished), timeout=60000)
    wait_for_charts()
    qtbot.wait(300)
    ticker.stop()
    return max(gaps), time.perf_counter() - started


def test_no_freeze_while_straat_24_computes(benchmark, qtbot, tmp_path):
    before = sys.getswitchinterval()
    try:
        longest, _span = benchmark.pedantic(_open_and_wait, args=(qtbot, tmp_path), rounds=1, iterations=1)
    finally:
        sys.setswitchinterval(before)
    benchmark.extra_info["longest_gui_gap_ms"] = round(longest * 1000)
    assert longest <= TARGET_GAP_S, f"the window froze for {longest * 1000:.0f} ms"


def test_no_stall_in_the_moments_a_resident_meets(benchmark, qtbot, tmp_path):
    """Every moment of :mod:`tests.benchmarks.stall_probe` (open, first visit of each step, language
    there and back, one changed input, a visit of each step after it, "hoe berekend?") on straat-24:
    the longest stall of each is kept in the benchmark's extra info and held to 100 ms."""
    from minigrid_app.ui.widgets.charts import ChartWidget
    from tests.benchmarks.stall_probe import (
        TARGET_STALL_S,
        make_window,
        measure_moments,
        project_named,
    )

    before, synchronous = sys.getswitchinterval(), ChartWidget.synchronous
    window = None
    try:
        window = make_window(str(tmp_path / "s.ini"))
        qtbot.addWidget(window)
        stalls = benchmark.pedantic(measure_moments, args=(window, project_named("straat-24")), rounds=1, iterations=1)
    finally:
        sys.setswitchinterval(before)
        ChartWidget.synchronous = synchronous
        if window is not None:
            # the moments changed an input: closing at teardown must not wait on "Wilt u ze opslaan?"
            window.document.undo_stack.setClean()
    for name, seconds in stalls.items():
        benchmark.extra_info[f"stall_ms {name}"] = round(seconds * 1000)
    over = {name: round(seconds * 1000) for name, seconds in stalls.items() if seconds > TARGET_STALL_S}
    assert not over, f"the window stalled over {TARGET_STALL_S * 1000:.0f} ms: {over}"
