"""Brent's root finder in plain Python: the same steps and the same answer as SciPy's ``brentq``.

The break-even search is the only root search of the engine. SciPy's ``optimize`` package
takes about half a second of CPU to import, more than the searches themselves in a small
project, so the command line and the compute process use this port of SciPy's C routine
(``scipy/optimize/Zeros/brentq.c``, written by Charles Harris; BSD licence) instead: the
same arithmetic in the same order, so the same iterates and bit for bit the same root
(``tests/core/test_rootfind.py`` compares both on many functions).

References
----------
Brent R.P. (1973), Algorithms for Minimization without Derivatives, chapter 4, Prentice-Hall.
"""

from __future__ import annotations

import math
from collections.abc import Callable

#: SciPy's defaults
XTOL = 2e-12
RTOL = 4 * 2.220446049250313e-16
MAXITER = 100


def _negative(value: float) -> bool:
    """C's ``signbit``: True for -0.0 and negative numbers."""
    return math.copysign(1.0, value) < 0


def brentq(
    f: Callable[[float], float],
    a: float,
    b: float,
    xtol: float = XTOL,
    rtol: float = RTOL,
    maxiter: int = MAXITER,
) -> float:
    """A root of ``f`` between ``a`` and ``b`` (where ``f`` changes sign), as ``scipy.optimize.brentq``.

    Parameters
    ----------
    f : callable
        Continuous function of one float, returning a float.
    a, b : float
        The bracket; ``f(a)`` and ``f(b)`` must have opposite signs.
    xtol, rtol : float
        The root is found within ``xtol + rtol * |x|`` (both positive, ``rtol`` at least 4 ε).
    maxiter : int
        Most iterations.

    Returns
    -------
    float
        The root (``a`` or ``b`` itself when ``f`` is zero there).

    Raises
    ------
    ValueError
        A tolerance out of range, ``f(a)`` and ``f(b)`` of the same sign, or ``f`` NaN.
    RuntimeError
        No convergence within ``maxiter`` iterations.
    """
    if xtol <= 0:
        raise ValueError(f"xtol too small ({xtol:g} <= 0)")
    if rtol < RTOL:
        raise ValueError(f"rtol too small ({rtol:g} < {RTOL:g})")

    def value(x: float) -> float:
        found = float(f(x))
        if math.isnan(found):
            raise ValueError(f"The function value at x={x:f} is NaN; solver cannot continue.")
        return found

    xpre, xcur = float(a), float(b)
    xblk = fblk = spre = scur = 0.0
    fpre = value(xpre)
    fcur = value(xcur)
    if fpre == 0:
        return xpre
    if fcur == 0:
        return xcur
    if _negative(fpre) == _negative(fcur):
        raise ValueError("f(a) and f(b) must have different signs")
    for _ in range(maxiter):
        if fpre != 0 and fcur != 0 and _negative(fpre) != _negative(fcur):
            xblk, fblk = xpre, fpre
            spre = scur = xcur - xpre
        if abs(fblk) < abs(fcur):
            xpre, xcur, xblk = xcur, xblk, xcur
            fpre, fcur, fblk = fcur, fblk, fcur
        delta = (xtol + rtol * abs(xcur)) / 2
        sbis = (xblk - xcur) / 2
        if fcur == 0 or abs(sbis) < delta:
            return xcur
        if abs(spre) > delta and abs(fcur) < abs(fpre):
            if xpre == xblk:  # interpolate
                stry = -fcur * (xcur - xpre) / (fcur - fpre)
            else:  # extrapolate
                dpre = (fpre - fcur) / (xpre - xcur)
                dblk = (fblk - fcur) / (xblk - xcur)
                stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
            if 2 * abs(stry) < min(abs(spre), 3 * abs(sbis) - delta):  # good short step
                spre, scur = scur, stry
            else:  # bisect
                spre = scur = sbis
        else:  # bisect
            spre = scur = sbis
        xpre, fpre = xcur, fcur
        if abs(scur) > delta:
            xcur += scur
        else:
            xcur += delta if sbis > 0 else -delta
        fcur = value(xcur)
    raise RuntimeError(f"Failed to converge after {maxiter} iterations, value is {xcur}.")
