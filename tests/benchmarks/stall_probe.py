"""How long the window's thread stalls in the moments a resident meets (issue 16).

A 5 ms timer on the GUI thread records the gaps between its ticks; a gap is as long as the
event loop was held by one piece of work (building a page, filling a table, drawing). The
moments: opening the project (until every result has arrived and is shown), the first visit
of every step, switching the language there and back, changing one input (the results are
recomputed and the step on screen shows them), a visit of every step after that change, and
opening a "hoe berekend?" explanation.

``python -m tests.benchmarks.stall_probe [straat-24|street-50] [--profile MOMENT]`` prints
the longest gap of every moment and the longest pass of Python's cyclic garbage collector in
it (a pass holds the thread as any other work does; and, with ``--profile``, where the time of
that moment went).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, QTimer

#: the longest the window may stall in any of the moments [s]
TARGET_STALL_S = 0.100
#: the probe's tick [ms]
TICK_MS = 5


class GapProbe:
    """Records the gaps between the ticks of a 5 ms timer on the GUI thread."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        #: (end time [s, perf_counter], gap [s]) of every gap
        self.ends: list[tuple[float, float]] = []

    def _tick(self) -> None:
        gap = self.clock.restart() / 1000.0
        self.gaps.append(gap)
        self.ends.append((time.perf_counter(), gap))

    def start(self) -> None:
        self.gaps, self.ends = [], []
        self.clock.start()
        self.timer.start()

    def stop(self) -> float:
        """The longest gap since :meth:`start` [s] (the last, still open one included)."""
        self.gaps.append(self.clock.elapsed() / 1000.0)
        self.timer.stop()
        return max(self.gaps)


class CollectorWatch:
    """The passes of Python's cyclic garbage collector, timed through ``gc.callbacks``.

    A pass runs on whichever thread allocates when a generation is full and holds the
    interpreter lock throughout, so on any thread it holds the window like any other work
    (the GUI thread waits for the lock to call into Python): a full pass over straat-24's window (some 140 000
    objects after every step was seen) took about 90 ms on the 2-core machine, even with nothing
    to collect.
    """

    def __init__(self):
        import gc

        self._gc = gc
        self._started = 0.0
        #: (generation, duration [s]) of every pass since :meth:`start`
        self.passes: list[tuple[int, float]] = []
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.passes.append((info["generation"], time.perf_counter() - self._started))

    def start(self) -> None:
        self.passes = []

    def longest(self) -> tuple[int, float] | None:
        """(generation, duration [s]) of the longest pass since :meth:`start`, None without one."""
        return max(self.passes, key=lambda p: p[1]) if self.passes else None

    def close(self) -> None:
        self._gc.callbacks.remove(self._callback)


class Sampler:
    """Where the GUI thread's Python was, every 2 ms (a thread of its own; for ``--sample``)."""

    def __init__(self):
        import threading

        self.main = threading.main_thread().ident
        self.samples: list[tuple[float, str, str]] = []
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @staticmethod
    def _stack(frame) -> str:
        names = []
        while frame is not None and len(names) < 7:
            code = frame.f_code
            if "minigrid_app" in code.co_filename or "matplotlib" in code.co_filename:
                names.append(f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}")
            frame = frame.f_back
        return " < ".join(names) or "(event loop)"

    def _run(self) -> None:
        while self.running:
            time.sleep(0.002)
            main = sys._current_frames().get(self.main)  # only the GUI thread's (others may be ending)
            self.samples.append((time.perf_counter(), self._stack(main) if main else "?", ""))

    def report(self, ends: list[tuple[float, float]], over: float = 0.05) -> None:
        import collections

        for end, gap in ends:
            if gap < over:
                continue
            inside = [s for s in self.samples if end - gap <= s[0] <= end]
            print(f"  gap {gap * 1000:.0f} ms, {len(inside)} samples")
            for stack, count in collections.Counter(s[1] for s in inside).most_common(6):
                print(f"    {count:4d} {stack}")
            for stack, count in collections.Counter(s[2] for s in inside if s[2]).most_common(2):
                print(f"    other threads {count:4d} {stack[:200]}")
        self.samples.clear()


def spin(msecs: int) -> None:
    """Run the event loop for ``msecs`` [ms]."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def spin_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle")
        spin(20)


def settle() -> None:
    """Until the charts on their render threads are drawn and the event loop is quiet (the
    event loop turns meanwhile: a blocking wait would be a stall of its own)."""
    from minigrid_app.ui.widgets.charts import render_pool

    for _ in range(3):
        spin(150)
        spin_until(lambda: render_pool().activeThreadCount() == 0, 60)
    spin(150)


def make_window(settings_path: str, language: str = "nl"):
    """The program window as ``run_gui`` makes it (translations, engine in its own process)."""
    from minigrid_app.ui.app import GUI_SWITCH_INTERVAL_S
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.i18n import Translations
    from minigrid_app.ui.main_window import MainWindow
    from minigrid_app.ui.services import compute_process
    from minigrid_app.ui.widgets.charts import ChartWidget

    ChartWidget.synchronous = False  # the real thing: charts on their render thread
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    translations = Translations(QCoreApplication.instance())
    translations.set_language(language)
    document = ProjectDocument()
    document.compute_in_process = True
    compute_process.warm_up()
    window = MainWindow(document, settings=QSettings(settings_path, QSettings.Format.IniFormat), translations=translations)
    window.resize(1440, 960)
    window.show()
    spin_until(window.pages_made, 20)
    settle()
    return window


def project_named(name: str):
    from minigrid_app.io.examples import load_example

    if name.startswith("street-"):
        from tests.benchmarks.projects import street_of

        return street_of(int(name.split("-")[1]))
    return load_example(name)


def _busy(document) -> bool:
    return bool(getattr(document, "_busy", False)) or bool(getattr(document, "busy", False))


def measure_moments(
    window, project, profile: str | None = None, sampler: Sampler | None = None,
    collector: CollectorWatch | None = None, collector_passes: dict | None = None,
) -> dict[str, float]:
    """The longest stall of every moment [s], by the moment's name (see the module docstring).

    With ``collector``, ``collector_passes`` receives the longest garbage collector pass of every
    moment (:meth:`CollectorWatch.longest`) by the moment's name.
    """
    from minigrid_app.ui.widgets.explain_button import ExplainButton

    document = window.document
    probe = GapProbe()
    stalls: dict[str, float] = {}
    finished: list[bool] = []
    document.busyChanged.connect(lambda busy, _text: finished.append(not busy))

    def moment(name: str, action: Callable[[], None], wait: Callable[[], None] = settle) -> None:
        profiler = None
        if profile and profile in name:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        if sampler is not None:
            sampler.samples.clear()
        if collector is not None:
            collector.start()
        probe.start()
        action()
        wait()
        stalls[name] = probe.stop()
        if collector is not None and collector_passes is not None:
            collector_passes[name] = collector.longest()
        if sampler is not None and stalls[name] > 0.05:
            print(f"--- {name}: {stalls[name] * 1000:.0f} ms")
            sampler.report(probe.ends)
        if profiler is not None:
            import pstats

            profiler.disable()
            print(f"--- {name}")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats("minigrid_app|PySide", 45)

    def until_computed() -> None:
        spin_until(lambda: bool(finished) and finished[-1])
        settle()

    def open_project() -> None:
        finished.clear()
        window.controller.open_example(project)

    moment("open", open_project, until_computed)
    titles = [title.split(" ")[0] for title in window.step_titles()]
    for index in range(len(window.pages)):
        moment(f"visit {index + 1} {titles[index]}", lambda index=index: window.show_step(index))
    moment("language en", lambda: window.set_language("en"))
    moment("language nl", lambda: window.set_language("nl"))
    business = [title for title in window.step_titles()].index(window.step_titles()[3])
    window.show_step(business)
    settle()

    def change_input() -> None:
        finished.clear()
        home = document.project.households[0]
        document.set_attr(lambda p: p.households[0], "gas_m3_per_year", round(home.gas_m3_per_year + 100.0, 1), "gasverbruik")

    moment("change input", change_input, until_computed)
    for index in range(len(window.pages)):
        moment(f"revisit {index + 1} {titles[index]}", lambda index=index: window.show_step(index))
    window.show_step(business)
    settle()
    buttons = [button for button in window.page(business).findChildren(ExplainButton) if button.isVisible()]
    moment("hoe berekend?", lambda: buttons[0].click())
    if buttons and buttons[0].dialog is not None:
        buttons[0].dialog.close()
    return stalls


def main(argv: list[str]) -> int:
    import argparse
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("project", nargs="?", default="straat-24")
    parser.add_argument("--profile", default=None)
    parser.add_argument("--sample", action="store_true")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    from minigrid_app.io.defaults import install_bundled_defaults

    install_bundled_defaults()
    with tempfile.TemporaryDirectory() as folder:
        window = make_window(os.path.join(folder, "s.ini"))
        collector, passes = CollectorWatch(), {}
        stalls = measure_moments(
            window, project_named(args.project), args.profile, Sampler() if args.sample else None, collector, passes
        )
        collector.close()
        for name, seconds in stalls.items():
            flag = "  <-- over" if seconds > TARGET_STALL_S else ""
            longest = passes.get(name)
            gc_note = f"   (gc gen{longest[0]} {longest[1] * 1000:4.0f} ms)" if longest and longest[1] >= 0.005 else ""
            print(f"{name:28s} {seconds * 1000:6.0f} ms{gc_note}{flag}")
        from minigrid_app.ui.services import compute_process

        window.document.undo_stack.clear()
        window.document.undo_stack.setClean()
        window.close()
        compute_process.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
