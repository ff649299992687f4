"""The full results of every bundled example stay what they were (see tests/golden_examples.py).

Guards refactorings: the method may only change in a commit that regenerates the golden
files on purpose.
"""

from __future__ import annotations

import json

import pytest

from tests.golden_examples import EXAMPLES, GOLDEN, compute_golden, differences


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_results_unchanged(name):
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    actual = compute_golden(name)
    found = differences(expected, actual)
    assert not found, f"{len(found)} differences, first ones:\n" + "\n".join(found[:40])


def test_differences_sees_a_change():
    """The comparison itself can fail: a moved figure and a missing key are reported."""
    assert differences({"a": 1.0, "b": [1, 2]}, {"a": 1.0 + 1e-3, "b": [1]}) == [
        "/a: 1.0 → 1.001",
        "/b: length 2 → 1",
    ]
    assert differences({"a": {"x": 1}}, {"a": {}}) == ["/a/x: missing"]
