"""Speed of the break-even search (issue 16): every home's heat pump variants of straat-24.

The search varies one home's gas use and sizes its own loop, or its cluster's field with the
neighbours as they are, at every trial gas use; it was half of ``compute straat-24``. Target
on the 2-core reference machine: all 72 searches (24 homes × 3 heat pump variants) ≤ 1.0 s,
so that the whole ``compute straat-24`` process stays within its 1.5 s (see
test_process_speed.py). The street's own sizing is done before the clock starts; the trial
sizings are not cached between rounds, and the g values the last round remembered are
forgotten (each round searches at most as warm as a fresh computation does).
The figure is CPU time (``time.process_time``), as in test_process_speed.py.

Run: ``MINIGRID_BENCH=1 .venv/bin/python -m pytest tests/benchmarks/test_break_even_speed.py
--benchmark-enable --benchmark-only``.
"""

from __future__ import annotations

import time

import pytest

import minigrid_app.io  # noqa: F401 (installs the g-function tables)
from minigrid_app.core.analysis import ProjectRun
from minigrid_app.core.gfunctions import BANK
from minigrid_app.core.verdict import AT
from minigrid_app.io.examples import load_example
from tests.benchmarks.conftest import assert_mean_below


def _sized_run() -> tuple[tuple[ProjectRun], dict]:
    BANK.forget_values()
    run = ProjectRun(load_example("straat-24"))
    run.heat_demand()
    run.form_clusters()
    run.size_fields()
    run.household_variants()
    return (run,), {}


@pytest.mark.benchmark(timer=time.process_time)  # CPU time: the machine is shared
def test_break_even_of_straat_24(benchmark):
    runs: list[ProjectRun] = []

    def search(run: ProjectRun) -> None:
        run.break_even()
        runs.append(run)

    benchmark.pedantic(search, setup=_sized_run, rounds=3, iterations=1)
    found = [v for h in runs[-1].households for v in h.variants.values() if v is not None and v.break_even_status]
    assert len(found) == 72 and any(v.break_even_status == AT and v.break_even_gas_m3 > 0 for v in found)
    assert_mean_below(benchmark, 1.0)
