"""Shared test fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _charts_drawn_at_once():
    """Charts are normally drawn on a background thread; tests draw them at once, so what a
    test reads from a chart is there when it looks (tests/ui/test_charts.py covers the thread)."""
    try:
        from minigrid_app.ui.widgets.charts import ChartWidget
    except ImportError:  # no Qt: core and io tests
        yield
        return
    ChartWidget.synchronous = True
    yield
    ChartWidget.synchronous = False
