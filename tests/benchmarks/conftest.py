"""Benchmarks run only on request: ``MINIGRID_BENCH=1 .venv/bin/python -m pytest tests/benchmarks
--benchmark-enable --benchmark-only``. The normal test run skips them, so they never slow it down."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("MINIGRID_BENCH"):
        return
    skip = pytest.mark.skip(reason="benchmark: set MINIGRID_BENCH=1 to run")
    for item in items:
        if "benchmarks" in str(item.fspath):
            item.add_marker(skip)


def assert_mean_below(benchmark, seconds: float) -> None:
    """Fail the benchmark when its mean time is above the target [s]."""
    stats = benchmark.stats
    if stats is None:  # --benchmark-disable: ran once, nothing measured
        return
    mean = stats.stats.mean
    assert mean <= seconds, f"mean {mean * 1000:.1f} ms is above the target of {seconds * 1000:.0f} ms"
