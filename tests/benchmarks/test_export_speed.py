"""Speed of the Excel export (issue 5), results already computed; targets on the 2-core machine.

- straat-24 ≤ 2 s;
- a 50-household project ≤ 4 s.

Run with ``MINIGRID_BENCH=1 .venv/bin/python -m pytest tests/benchmarks/test_export_speed.py
--benchmark-enable --benchmark-only``.
"""

from __future__ import annotations

import os

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example
from minigrid_app.io.excel import export_workbook
from tests.benchmarks.conftest import assert_mean_below
from tests.benchmarks.projects import street_of

pytestmark = pytest.mark.skipif(
    not os.environ.get("MINIGRID_BENCH"), reason="benchmark: set MINIGRID_BENCH=1 to run"
)


def _export(project, results, path):
    return export_workbook(project, results, path)


def test_export_straat_24(benchmark, tmp_path):
    project = load_example("straat-24")
    results = compute_project(project)
    path = benchmark.pedantic(
        _export,
        args=(project, results, tmp_path / "straat-24.xlsx"),
        rounds=5,
        iterations=1,
        warmup_rounds=1,
    )
    assert path.stat().st_size > 0
    assert_mean_below(benchmark, 2.0)


def test_export_fifty_households(benchmark, tmp_path):
    project = street_of(50)
    # the sizing method does not change what the export writes, only how long computing takes
    results = compute_project(project, method="rule_of_thumb")
    assert sum(1 for h in results.households if h.computable) == 50
    path = benchmark.pedantic(
        _export,
        args=(project, results, tmp_path / "fifty.xlsx"),
        rounds=5,
        iterations=1,
        warmup_rounds=1,
    )
    assert path.stat().st_size > 0
    assert_mean_below(benchmark, 4.0)
