"""The street's interference (issue 16: it is worked out every round of every street): the
responses and their integrals the same to the last bit as written out term by term."""

from __future__ import annotations

import numpy as np
import pytest

from minigrid_app.core import interference

TIMES = 730.0 * 3600.0 * np.arange(1, 301)


def _summed_one_by_one(boreholes, times, diffusivity):
    """field_responses as it was written first: every pair's share added to its (receiver, source) in turn."""
    xs = np.array([b.x for b in boreholes])
    ys = np.array([b.y for b in boreholes])
    fields = np.array([b.field for b in boreholes])
    reach = interference.reach_m(diffusivity, float(times.max()))
    a_index, b_index = np.nonzero(
        (fields[:, None] != fields[None, :]) & (np.hypot(xs[:, None] - xs[None, :], ys[:, None] - ys[None, :]) <= reach)
    )
    keep = a_index < b_index
    a_index, b_index = a_index[keep], b_index[keep]
    lengths = np.array([b.length_m for b in boreholes])
    buried = np.array([b.buried_m for b in boreholes])
    distance = np.hypot(xs[a_index] - xs[b_index], ys[a_index] - ys[b_index])
    b_to_a = interference.fls(distance, lengths[b_index], lengths[a_index], buried[b_index], buried[a_index], times, diffusivity)
    a_to_b = b_to_a * (lengths[a_index] / lengths[b_index])[:, None]
    counts = np.bincount(fields, minlength=int(fields.max()) + 1)
    responses = {}
    for k in range(len(a_index)):
        fa, fb = int(fields[a_index[k]]), int(fields[b_index[k]])
        for receiver, source, value in ((fa, fb, b_to_a[k]), (fb, fa, a_to_b[k])):
            share = value / counts[receiver]
            key = (receiver, source)
            responses[key] = responses[key] + share if key in responses else share.copy()
    return responses


@pytest.mark.parametrize("street", range(12))
def test_the_responses_are_every_pairs_share_summed_in_turn(street):
    rng = np.random.default_rng(street)
    fields = int(rng.integers(2, 7))
    boreholes = [
        interference.Borehole(float(rng.uniform(0, 120)), float(rng.uniform(-5, 5)), float(rng.uniform(40, 150)), 0.5,
                              int(rng.integers(0, fields)))
        for _ in range(int(rng.integers(2, 40)))
    ]
    if street % 2:  # as the street lists them: field after field
        boreholes.sort(key=lambda b: b.field)
    found = interference.field_responses(boreholes, TIMES, 1e-6)
    expected = _summed_one_by_one(boreholes, TIMES, 1e-6)
    assert list(found) == list(expected)  # the same order: the cross temperatures add them in it
    assert all(np.array_equal(found[key], expected[key]) for key in expected)


def test_the_integral_of_erf_takes_one_exponential_with_erfs_value(monkeypatch):
    x = np.concatenate((np.linspace(-30.0, 30.0, 60001), [0.0, -0.0, 1e-300, -1e-300]))
    expected = x * interference.erf(x) - (1.0 - np.exp(-x * x)) / np.sqrt(np.pi)
    exponentials = []
    exp = np.exp
    monkeypatch.setattr(np, "exp", lambda value: exponentials.append(1) or exp(value))
    found = interference.ierf(x)
    assert len(exponentials) == 1
    assert np.array_equal(found.view(np.int64), expected.view(np.int64))
