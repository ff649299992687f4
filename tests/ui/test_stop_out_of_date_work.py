"""A recalculation whose results would be thrown away stops at its next progress report.

Before, an edit made while the break-even search ran waited for that search to finish (its
results were then discarded and the project computed again): on a street of 200 homes the
new figures came seconds late, and a closed window computed on. Now the out-of-date work
stops, in this process and in the engine's worker process.
"""

from __future__ import annotations

import os
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example
from minigrid_app.ui.services import compute_process
from minigrid_app.ui.services.tasks import TaskRunner, WorkStopped, stop_all


def _endless(steps: list[int], started: threading.Event):
    """Work that reports progress every few milliseconds until it is stopped (at most 20 s)."""

    def work(progress):
        started.set()
        for step in range(4000):
            steps.append(step)
            progress(step / 4000, "bezig")
            time.sleep(0.005)
        return "klaar"

    return work


def test_a_stopped_job_ends_at_its_next_report_and_says_so(qtbot):
    runner = TaskRunner()
    ends, steps, started = [], [], threading.Event()
    handle = runner.run(_endless(steps, started), ends.append, ends.append, None, lambda: ends.append("gestopt"))
    assert started.wait(10)
    runner.stop(handle)
    qtbot.waitUntil(lambda: ends == ["gestopt"], timeout=10000)
    assert runner.wait(10000)
    assert len(steps) < 4000  # it did not run to the end


def test_stopping_one_job_leaves_the_others_alone(qtbot):
    runner = TaskRunner()
    ends = []
    first_steps, first_started = [], threading.Event()
    first = runner.run(_endless(first_steps, first_started), ends.append, ends.append, None, lambda: ends.append("1 gestopt"))
    second = runner.run(lambda progress: progress(0.5, "bezig") or "2 klaar", ends.append, ends.append, None,
                        lambda: ends.append("2 gestopt"))
    assert first_started.wait(10)
    qtbot.waitUntil(lambda: "2 klaar" in ends, timeout=10000)
    runner.stop(second)  # ended already: nothing happens to it or to the first
    time.sleep(0.1)
    assert ends == ["2 klaar"]
    stop_all()
    qtbot.waitUntil(lambda: ends == ["2 klaar", "1 gestopt"], timeout=10000)
    assert first is not second


def test_an_edit_during_the_break_even_search_stops_it_and_computes_the_new_project(qtbot, monkeypatch):
    """straat-24 in a window: its first figures arrive, then the slow second pass (break-even,
    sensitivity) starts; a gas use typed meanwhile stops that pass and the figures shown
    in the end are those of the project with the new gas use."""
    from minigrid_app.ui import document as document_module
    from minigrid_app.ui.document import ProjectDocument

    passes = []  # (full?, how it ended)
    full_started, edited = threading.Event(), threading.Event()

    def compute(project, progress=None, **options):
        full = options.get("break_even", True)

        def held(fraction, text):  # the first second pass waits at its first report until the edit is made
            if full and not full_started.is_set():
                full_started.set()
                assert edited.wait(60)
            progress(fraction, text)

        try:
            results = compute_project(project, progress=held, method="rule_of_thumb",
                                      **{k: v for k, v in options.items() if k != "method"})
        except WorkStopped:
            passes.append((full, "gestopt"))
            raise
        passes.append((full, "klaar"))
        return results

    monkeypatch.setattr(document_module, "compute_function", lambda in_process: compute)
    project = load_example("straat-24")
    document = ProjectDocument(project, runner=TaskRunner())
    shown = []
    document.resultsChanged.connect(shown.append)
    document.recompute_now()
    qtbot.waitUntil(full_started.is_set, timeout=60000)
    typed = document.project.households[0].gas_m3_per_year + 700
    document.set_attr(lambda p: p.households[0], "gas_m3_per_year", typed, "Gasverbruik")
    document.recompute_now()
    edited.set()
    qtbot.waitUntil(lambda: not document._busy and len(passes) >= 4, timeout=120000)
    assert passes[:2] == [(False, "klaar"), (True, "gestopt")]
    assert passes[2:] == [(False, "klaar"), (True, "klaar")]
    final = shown[-1]
    assert final.households[0].demand.gas_m3 == pytest.approx(typed)
    assert final.households[0].variants["shared_loop"].break_even_gas_m3 is not None  # the second pass did finish


def test_the_worker_process_stops_a_calculation_nobody_waits_for():
    """The caller's progress report raises (the window stopped the work): the exception reaches
    the caller, the worker process is told to stop that calculation (and stops at its own next
    report), and the process stays in use for the next one."""

    class Stop(Exception):
        pass

    def report(fraction, text):
        raise Stop

    straat = load_example("straat-24")
    hofje = load_example("hofje-8")
    try:
        with pytest.raises(Stop):
            compute_process.compute(straat, progress=report, method="rule_of_thumb")
        assert compute_process._stop_token.value > 0  # the worker was told which one to stop
        assert not compute_process._broken
        results = compute_process.compute(hofje, break_even=False, sensitivity=False, method="rule_of_thumb")
        assert not compute_process._broken  # the next calculation ran in the worker process
        assert results.group.households_computed == 8
    finally:
        compute_process.shutdown()


def test_the_worker_side_raises_at_its_next_report_once_told(monkeypatch):
    """In the worker: while the shared number names this calculation, its next report raises;
    another calculation's number leaves it alone."""

    class Shared:
        value = 0

    shared = Shared()
    monkeypatch.setattr(compute_process, "_worker_stop", shared)
    monkeypatch.setattr(compute_process, "_worker_queue", None)
    options = {"method": "rule_of_thumb", "break_even": False, "sensitivity": False}
    shared.value = 7
    with pytest.raises(compute_process.ComputeStopped):
        compute_process._compute(load_example("hofje-8"), options, 7)
    results = compute_process._compute(load_example("hofje-8"), options, 8)
    assert results.group.households_computed == 8
