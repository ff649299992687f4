"""The engine in its own process (keeps the window smooth): same numbers, progress, fallback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example
from minigrid_app.ui.services import compute_process


@pytest.fixture(scope="module")
def hofje():
    return load_example("hofje-8")


def test_same_results_as_in_this_process_with_progress(hofje):
    seen = []
    try:
        remote = compute_process.compute(
            hofje, progress=lambda fraction, text: seen.append(fraction), break_even=False, sensitivity=False
        )
        assert not compute_process._broken  # it really ran in the worker process
    finally:
        compute_process.shutdown()
    local = compute_project(hofje, break_even=False, sensitivity=False)
    for variant in ("gas", "air_hp", "ground_hp", "shared_loop"):
        assert remote.group.totals[variant].tco_eur == pytest.approx(local.group.totals[variant].tco_eur, abs=0.01)
    assert [f.sizing.total_length_m for f in remote.fields] == pytest.approx([f.sizing.total_length_m for f in local.fields])
    assert seen and seen[-1] == pytest.approx(1.0)


def test_falls_back_to_this_thread_when_the_process_cannot_be_used(hofje, monkeypatch):
    monkeypatch.setattr(compute_process, "_broken", True)
    results = compute_process.compute(hofje, break_even=False, sensitivity=False, method="rule_of_thumb")
    assert results.group.households_computed == 8


def test_document_computes_in_the_process(qtbot, hofje):
    from minigrid_app.ui.document import ProjectDocument

    document = ProjectDocument(hofje)
    document.compute_in_process = True
    document.full_analysis = False
    try:
        with qtbot.waitSignal(document.resultsChanged, timeout=60000) as blocker:
            document.recompute_now()
        assert blocker.args[0].group.households_computed == 8
        qtbot.waitUntil(lambda: not document._busy, timeout=60000)
    finally:
        compute_process.shutdown()


SHUT_DOWN_THEN_END = r"""
import os
from minigrid_app.ui.services import compute_process
pool, progress, stop = compute_process._pool()
print(pool.submit(os.getpid).result() != os.getpid(), flush=True)  # the worker process is up
del pool, progress, stop
compute_process.shutdown()
os._exit(0)  # as the program ended by a signal: no interpreter exit, no atexit
"""


def test_shutdown_leaves_no_semaphores_behind():
    """After a compute, ending the program printed 'resource_tracker: There appear to be 8 leaked
    semaphore objects to clean up at shutdown': the pool was let go without waiting and its queues
    were left to the interpreter's exit. Shut down, nothing is left for the tracker to clean up."""
    done = subprocess.run([sys.executable, "-c", SHUT_DOWN_THEN_END], capture_output=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == b"True", done.stderr
    assert b"leaked" not in done.stderr, done.stderr.decode()
