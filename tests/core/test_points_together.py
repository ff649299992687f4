"""The signature curve's points are computed side by side (core/lockstep.py, issue 16): the same curves to the last bit.

Every point lays the street out again and sizes its fields; the points' streets advance together,
their fields' margins asked in one superposition per ground, and a field sized alone that several
points' streets share is sized once. The curves must be the ones found point after point.
"""

from __future__ import annotations

import pickle

from minigrid_app.core import fieldsizing, gfunctions, lockstep, signatures, streetsizing
from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example


def _curves(project, results, together: bool, monkeypatch) -> tuple[bytes, int, int]:
    """The curves pickled, the most streets under way at once, and the fields sized alone."""
    gfunctions.BANK.forget_values()
    fieldsizing.clear_cache()  # every point's street sized again, not taken from the last run
    alive, most, alone = [0], [0], []
    original = streetsizing.size_street_steps

    def counted(*args, **kwargs):
        alive[0] += 1
        most[0] = max(most[0], alive[0])
        try:
            return (yield from original(*args, **kwargs))
        finally:
            alive[0] -= 1

    monkeypatch.setattr(streetsizing, "size_street_steps", counted)
    put = streetsizing.ALONE.put
    monkeypatch.setattr(streetsizing.ALONE, "put", lambda key, sizing: alone.append(key) or put(key, sizing))
    lockstep.TOGETHER = together
    try:
        curves = signatures.compute_signature_curves(project, results)
    finally:
        lockstep.TOGETHER = True
        monkeypatch.undo()
    return pickle.dumps(curves), most[0], len(alone)


def test_the_points_together_give_the_curves_point_after_point(monkeypatch):
    project = load_example("straat-24")
    results = compute_project(project, break_even=False, sensitivity=False)
    monkeypatch.setattr(signatures, "FIELDS_AT_ONCE", 40)  # a point that ends makes room for the next
    together, most, alone = _curves(project, results, True, monkeypatch)
    monkeypatch.setattr(signatures, "FIELDS_AT_ONCE", 40)
    one_by_one, most_alone, alone_one_by_one = _curves(project, results, False, monkeypatch)
    assert together == one_by_one
    assert most >= 5 and most_alone == 1  # several points' streets under way at once
    assert alone == alone_one_by_one  # a field alike in several points' streets sized once
    curves = pickle.loads(together)
    assert len(curves.street.points) >= 20 and len(curves.clusters) >= 3


def test_a_street_sized_within_a_task_is_the_street_sized_alone():
    """A street sized inside :func:`.lockstep.each_together` waits for the others' and is the same."""
    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False)
    gfunctions.BANK.forget_values()
    fieldsizing.clear_cache()
    alone = pickle.dumps(signatures.shared_loops(project, results.parameters))
    gfunctions.BANK.forget_values()
    fieldsizing.clear_cache()
    within = lockstep.each_together({0: lambda: signatures.shared_loops(project, results.parameters)})[0]
    assert pickle.dumps(within) == alone


def test_a_point_works_out_the_shared_loops_of_the_homes_it_reads(monkeypatch):
    """A cluster's point changes who signs in that cluster; the other clusters' homes are not read:
    their shared loops are not worked out (the same curves, fewer homes' figures)."""
    project = load_example("straat-24")
    results = compute_project(project, break_even=False, sensitivity=False)
    worked_out = []
    original = signatures.compute_variant
    monkeypatch.setattr(signatures, "compute_variant", lambda *a, **k: worked_out.append(1) or original(*a, **k))
    curves = signatures.compute_signature_curves(project, results)
    read = len(worked_out)
    finished = signatures._finished
    monkeypatch.setattr(signatures, "_finished", lambda run, only=None: finished(run))
    worked_out.clear()
    assert signatures.compute_signature_curves(project, results) == curves
    assert read < 0.8 * len(worked_out)
