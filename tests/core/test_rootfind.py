"""The plain-Python Brent root finder takes SciPy's steps and finds SciPy's root, bit for bit."""

from __future__ import annotations

import math
import random

import pytest
from scipy.optimize import brentq as scipy_brentq

from minigrid_app.core.rootfind import brentq


def _recorded(f):
    calls = []

    def wrapped(x):
        calls.append(x)
        return f(x)

    return wrapped, calls


def _functions():
    rng = random.Random(16)
    found = [
        (lambda x: x**3 - 2 * x - 5, 2.0, 3.0),
        (lambda x: math.cos(x) - x, 0.0, 1.0),
        (lambda x: math.exp(x) - 10.0, 0.0, 5.0),
        (lambda x: (x - 1.5) ** 9, 0.0, 4.0),  # flat at the root: many bisections
        (lambda x: x - 7.25, 7.25, 9.0),  # zero at an end
        (lambda x: 0.0 if x < 812.7 else 1.0, 100.0, 2000.0),  # a step
    ]
    for _ in range(200):  # cost-difference-like curves: nearly linear, with kinks and jumps
        slope, root = rng.uniform(-30, -5), rng.uniform(150, 4000)
        jump, at = rng.uniform(-400, 400), rng.uniform(100, 5000)
        curve = rng.uniform(-1e-3, 1e-3)
        found.append(
            (
                lambda x, s=slope, r=root, j=jump, a=at, c=curve: s * (x - r) + c * (x - r) ** 2 + (j if x > a else 0.0),
                100.0,
                rng.choice((5000.0, 10000.0)),
            )
        )
    return found


@pytest.mark.parametrize("xtol, rtol", [(0.5, 1e-9), (0.5, 1e-6), (2e-12, 4 * 2.220446049250313e-16)])
def test_same_steps_and_same_root_as_scipy(xtol, rtol):
    checked = 0
    for f, a, b in _functions():
        if (f(a) > 0) == (f(b) > 0) and f(a) != 0 and f(b) != 0:
            with pytest.raises(ValueError):
                brentq(f, a, b, xtol=xtol, rtol=rtol)
            continue
        ours, our_calls = _recorded(f)
        theirs, their_calls = _recorded(f)
        try:
            expected = scipy_brentq(theirs, a, b, xtol=xtol, rtol=rtol, maxiter=80)
        except RuntimeError:  # no convergence (a very flat root at the tightest tolerance)
            with pytest.raises(RuntimeError):
                brentq(ours, a, b, xtol=xtol, rtol=rtol, maxiter=80)
        else:
            assert brentq(ours, a, b, xtol=xtol, rtol=rtol, maxiter=80) == expected
        assert our_calls == their_calls
        checked += 1
    assert checked > 100


def test_refuses_what_scipy_refuses():
    with pytest.raises(ValueError, match="different signs"):
        brentq(lambda x: x * x + 1, -1.0, 1.0)
    with pytest.raises(ValueError, match="NaN"):
        brentq(lambda x: math.nan, -1.0, 1.0)
    with pytest.raises(ValueError):
        brentq(lambda x: x, -1.0, 1.0, xtol=0.0)
    with pytest.raises(RuntimeError):
        brentq(lambda x: math.exp(x) - 2.0, 0.0, 3.0, xtol=1e-12, maxiter=2)
