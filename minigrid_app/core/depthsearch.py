"""The search for a field's smallest depth: a secant search on 1/H, one candidate or many together.

The margin to the fluid's temperature limits (:class:`~minigrid_app.core.fieldmodel.FieldModel`)
grows with the depth; each search steps on x = 1/H, where it is nearly linear, to 1 cm
(:data:`~minigrid_app.core.fieldmodel.DEPTH_TOLERANCE_M`, method.md#borefield-sizing). The
searches are also generators (``*_steps``) that yield the margins they need, so that the
searches of many fields can ask theirs together (:mod:`.lockstep`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from minigrid_app.core.fieldmodel import DEPTH_TOLERANCE_M, MIN_DEPTH_M


def smallest_depths_arrays(
    margins: Callable[[np.ndarray, np.ndarray], np.ndarray],
    margin_infinite: float,
    deepest_m: float,
    count: int,
    guesses_m: np.ndarray | None = None,
    known_at_deepest: np.ndarray | None = None,
    shallowest_m: float = MIN_DEPTH_M,
    cost: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
    tie: float = 0.0,
) -> np.ndarray:
    """Smallest depth of each of ``count`` candidates whose margin is ≥ 0 (NaN: not even the deepest).

    The temperature change of a field is nearly proportional to its load per metre, so the
    margin is nearly linear in x = 1/H and tends to ``margin_infinite`` as x → 0. A secant
    in x, started on the line through that limit, reaches 1 cm in about four evaluations; a
    bracket kept along the way falls back to bisection if a step leaves it. All candidates
    step together: ``margins(indices, depths)`` evaluates those still searching in one go.

    With ``cost(indices, depths)`` (what each candidate costs at a depth, never less at a
    greater depth) the search looks for the cheapest candidate only: one whose cost at the
    shallowest depth it can still get exceeds by more than ``tie`` what another costs at a
    depth known to pass stops searching, with NaN. Its depth would have been above the
    largest depth known to fail (a depth found always lies inside the bracket, and the
    bracket only narrows), another's at most that known to pass, so the stopped candidate
    could not have been the cheapest; the others take the same steps as without ``cost``
    (every candidate's search is its own), so they end at the same depths to the last bit.
    """
    x_low, x_high = 1.0 / deepest_m, 1.0 / shallowest_m
    result = np.full(count, np.nan)
    done = np.zeros(count, dtype=bool)
    passing = np.full(count, -np.inf)  # largest x known to pass
    failing = np.full(count, np.inf)  # smallest x known to fail
    if guesses_m is None:
        guesses_m = np.full(count, np.nan)
    x = np.where(np.isnan(guesses_m), x_low, 1.0 / np.clip(np.nan_to_num(guesses_m, nan=deepest_m), shallowest_m, deepest_m))
    everyone = np.arange(count)
    f = np.empty(count)
    known = np.isnan(guesses_m) if known_at_deepest is not None else np.zeros(count, dtype=bool)
    if known.any():
        f[known] = np.asarray(known_at_deepest, dtype=float)[known]
    if (~known).any():
        f[~known] = margins(everyone[~known], 1.0 / x[~known])

    def record(index: np.ndarray, xs: np.ndarray, fs: np.ndarray) -> None:
        ok = fs >= 0
        passing[index[ok]] = np.maximum(passing[index[ok]], xs[ok])
        failing[index[~ok]] = np.minimum(failing[index[~ok]], xs[~ok])

    def prune() -> None:
        """Stop the candidates that can no longer be the cheapest (``cost``: see above)."""
        known = np.nonzero(~np.isnan(result) | np.isfinite(passing))[0]
        active = np.nonzero(~done)[0]
        if not len(known) or not len(active):
            return
        # a depth found is at most the largest known to pass (a result: that depth itself)
        least = float(np.min(cost(known, np.where(np.isnan(result[known]), 1.0 / passing[known], result[known]))))
        # and above the largest known to fail, never above the shallowest
        floor = cost(active, np.maximum(1.0 / failing[active], shallowest_m))
        done[active[floor > least + tie]] = True

    record(everyone, x, f)
    done |= (x == x_low) & (f < 0)
    prev_x, prev_f = np.zeros(count), np.full(count, margin_infinite)
    for _ in range(60):
        if cost is not None:
            prune()
        active = np.nonzero(~done)[0]
        if not len(active):
            break
        xa, fa, xb, fb = prev_x[active], prev_f[active], x[active], f[active]
        same = fb == fa
        step = np.where(same, 0.0, fb * (xb - xa) / np.where(same, 1.0, fb - fa))
        x_next = np.where(same, np.where(fb >= 0, xb * 1.1, xb * 0.9), xb - step)
        x_next = np.clip(x_next, x_low, x_high)
        p, q = passing[active], failing[active]
        both = np.isfinite(p) & np.isfinite(q)
        x_next = np.where(both & ~((p < x_next) & (x_next < q)), 0.5 * (p + q), x_next)
        only_fail = ~np.isfinite(p) & np.isfinite(q) & (x_next >= q)
        x_next = np.where(only_fail, np.where(q > x_low, 0.5 * (x_low + q), x_low), x_next)
        only_pass = np.isfinite(p) & ~np.isfinite(q) & (x_next <= p)
        x_next = np.where(only_pass, np.where(p < x_high, 0.5 * (p + x_high), x_high), x_next)
        settled = (np.abs(1.0 / x_next - 1.0 / xb) < DEPTH_TOLERANCE_M) & (x_next != x_low) & (x_next != x_high)
        result[active[settled]] = 1.0 / x_next[settled]
        done[active[settled]] = True
        go = active[~settled]
        if not len(go):
            break
        x_go = x_next[~settled]
        f_go = margins(go, 1.0 / x_go)
        record(go, x_go, f_go)
        fail_deepest = (x_go == x_low) & (f_go < 0)
        done[go[fail_deepest]] = True
        pass_shallowest = (x_go == x_high) & (f_go >= 0)
        result[go[pass_shallowest]] = shallowest_m
        done[go[pass_shallowest]] = True
        bracketed = np.isfinite(passing[go]) & np.isfinite(failing[go])
        narrow = ~fail_deepest & ~pass_shallowest & bracketed
        narrow[bracketed] &= 1.0 / passing[go][bracketed] - 1.0 / failing[go][bracketed] < DEPTH_TOLERANCE_M
        result[go[narrow]] = 1.0 / passing[go[narrow]]
        done[go[narrow]] = True
        prev_x[go], prev_f[go] = x[go], f[go]
        x[go], f[go] = x_go, f_go
    left = ~done & np.isfinite(passing)
    result[left] = 1.0 / passing[left]
    return result


#: How far above the depth where it would cost more than the cheapest known a candidate is
#: probed (:func:`smallest_depths`'s ``rising``) [m]: fifty times the depth search's tolerance.
PROBE_SLACK_M = 0.5
#: The depths probes are asked at lie on this grid (rounded up) [m]: the g-function of a layout at
#: a depth does not depend on the loads, so the bank's memory answers a probe that the searches of
#: the same field at other loads (the break-even search's next gas use, the next home of the
#: cluster) asked before, instead of interpolating and transforming it again. 1 m, not 0.5 m: half
#: the depths to remember, and a probe at most 1 m deeper than it need be stops the dear ones as well.
PROBE_GRID_M = 1.0


def answered(steps, answer):
    """What the generator ``steps`` returns, each of its requests answered by ``answer(request)``."""
    try:
        request = next(steps)
        while True:
            request = steps.send(answer(request))
    except StopIteration as stop:
        return stop.value


def through(steps, ask):
    """As a generator: what the generator ``steps`` returns, each of its requests answered by the
    generator ``ask(request)`` (whose own requests go up to whoever drives this one)."""
    try:
        request = next(steps)
        while True:
            request = steps.send((yield from ask(request)))
    except StopIteration as stop:
        return stop.value


class _NotANumber(Exception):
    """A margin or a step of :func:`smallest_depths` is NaN: the arrays' version takes over."""


def smallest_depths(
    margins: Callable[[np.ndarray, np.ndarray], np.ndarray],
    margin_infinite: float,
    deepest_m: float,
    count: int,
    guesses_m: np.ndarray | None = None,
    known_at_deepest: np.ndarray | None = None,
    shallowest_m: float = MIN_DEPTH_M,
    cost: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
    tie: float = 0.0,
    rising: bool = False,
) -> np.ndarray:
    """:func:`smallest_depths_arrays` with each candidate's bookkeeping in plain floats.

    The same steps in the same arithmetic, candidate by candidate (every candidate's search
    is its own), so the same trial depths, asked in the same batches, and the same depths
    to the last bit (``tests/core/test_borefield.py`` compares both), without numpy's
    overhead on the short arrays of a layout search (a few dozen candidates, most settled
    after a few steps). The margins are still asked for all candidates of a step at once.
    A NaN margin (never from a field model) leaves it to the arrays' version, whose
    comparisons treat NaN as numpy does.

    ``rising`` (with ``cost``; for margins that grow with the depth, as a field's do: deeper
    boreholes keep the fluid further from its limits) stops more of the candidates that
    cannot be the cheapest, a trial each: a candidate that may still cost more than the
    cheapest known (+ ``tie``) at the depth it is known to pass is asked, once instead of its
    next step (again only when the cheapest known fell by more), at the depth where it would
    cost that much plus :data:`PROBE_SLACK_M` (rounded up to :data:`PROBE_GRID_M`: deeper only
    makes the argument below hold with more room). Failing there, its smallest passing depth lies
    deeper (the margin grows with depth) and the depth its search would end at too (within
    the search's tolerance, 1 cm, of where the margin crosses zero: far less than the slack),
    so it could not be the cheapest and stops. Passing, its search goes on where it was. So
    every candidate not stopped takes the same steps, each its own, and ends at the same
    depth to the last bit (a round later per probe); the cheapest is the same one (the
    pruning's argument, :func:`smallest_depths_arrays`); stopped candidates' depths are NaN.
    A margin at the deepest given as NaN is not known yet: the candidate asks it when its
    turn comes (its search then starts as if it had been given), unless a probe stops it first.
    """
    return answered(
        smallest_depths_steps(
            margins, margin_infinite, deepest_m, count, guesses_m, known_at_deepest, shallowest_m, cost, tie, rising
        ),
        lambda ask: _asked(margins, *ask),
    )


def smallest_depths_steps(
    margins, margin_infinite, deepest_m, count, guesses_m=None, known_at_deepest=None, shallowest_m=MIN_DEPTH_M,
    cost=None, tie=0.0, rising=False,
):
    """:func:`smallest_depths` as a generator: it yields each batch it asks, ``(indices, depths)``
    (lists), and takes their margins (a list of floats) back, so that many searches can be asked
    together (:mod:`.lockstep`); ``margins`` (as :func:`smallest_depths`') only for a NaN's way."""
    try:
        return (
            yield from _smallest_depths_floats(
                margin_infinite, deepest_m, count, guesses_m, known_at_deepest, shallowest_m, cost, tie,
                rising and cost is not None,
            )
        )
    except _NotANumber:
        if known_at_deepest is not None:  # the arrays' version needs every margin at the deepest that is used
            known_at_deepest = np.array(known_at_deepest, dtype=float)
            unknown = np.isnan(known_at_deepest)
            if guesses_m is not None:
                unknown &= np.isnan(np.asarray(guesses_m, dtype=float))
            missing = np.nonzero(unknown)[0]
            if len(missing):
                known_at_deepest[missing] = margins(missing, np.full(len(missing), float(deepest_m)))
        return smallest_depths_arrays(
            margins, margin_infinite, deepest_m, count, guesses_m, known_at_deepest, shallowest_m, cost, tie
        )


def _smallest_depths_floats(
    margin_infinite, deepest_m, count, guesses_m, known_at_deepest, shallowest_m, cost, tie, rising=False
):
    """:func:`smallest_depths`' search, line for line as :func:`smallest_depths_arrays` (its names);
    ``rising``: with the probes of :func:`smallest_depths` (each candidate's own steps the same)."""
    inf, nan = math.inf, math.nan
    if math.isnan(margin_infinite):
        raise _NotANumber
    x_low, x_high = 1.0 / deepest_m, 1.0 / shallowest_m
    result = [nan] * count
    done = [False] * count
    passing = [-inf] * count  # largest x known to pass (finite once known)
    failing = [inf] * count  # smallest x known to fail
    guesses = [nan] * count if guesses_m is None else np.asarray(guesses_m, dtype=float).tolist()
    # np.where(isnan(g), x_low, 1 / clip(nan_to_num(g, nan=deepest), shallowest, deepest)); ±inf clip to the ends
    x = [x_low if g != g else 1.0 / min(max(g, shallowest_m), deepest_m) for g in guesses]
    f = [0.0] * count
    pending = [False] * count  # its margin at the deepest not known yet: asked when its turn comes
    if known_at_deepest is not None:
        at_deepest = np.asarray(known_at_deepest, dtype=float).tolist()
        ask = [i for i in range(count) if guesses[i] == guesses[i]]
        for i in range(count):
            if guesses[i] != guesses[i]:
                f[i] = at_deepest[i]
                pending[i] = f[i] != f[i]
    else:
        ask = list(range(count))
    if ask:
        for i, value in zip(ask, (yield ask, [1.0 / x[i] for i in ask]), strict=True):
            f[i] = value

    def record(i: int) -> None:
        """A candidate's first margin, at its guess or at the deepest."""
        value = f[i]
        if value != value:
            raise _NotANumber
        if value >= 0:
            passing[i] = max(passing[i], x[i])
        else:
            failing[i] = min(failing[i], x[i])
            if x[i] == x_low:
                done[i] = True

    for i in range(count):
        if not pending[i]:
            record(i)

    # the costs of some candidates at some depths, as floats: the cost's own float version when it has one (the
    # same arithmetic, without numpy's overhead on a few dozen values), else its values in numpy
    floats = getattr(cost, "floats", None)
    costs_of = floats or (lambda index, depths: cost(np.array(index, dtype=np.intp), np.array(depths)).tolist())

    def prune() -> float:
        """Stop the candidates that can no longer be the cheapest (``cost``: see smallest_depths_arrays);
        the least a candidate is known to cost at most (inf: none known)."""
        known = [i for i in range(count) if result[i] == result[i] or passing[i] != -inf]
        active = [i for i in range(count) if not done[i]]
        if not known or not active:
            return inf
        found = costs_of(known, [1.0 / passing[i] if result[i] != result[i] else result[i] for i in known])
        least = nan if any(value != value for value in found) else min(found)  # as numpy's minimum: NaN if any
        floor = costs_of(active, [max(1.0 / failing[i], shallowest_m) for i in active])
        for i, value in zip(active, floor, strict=True):
            if value > least + tie:
                done[i] = True
        return least

    if rising:  # each candidate's cost per metre and at no depth (cost is linear in the depth), to aim the probes
        fixed = costs_of(range(count), [0.0] * count)
        per_m = [a - b for a, b in zip(costs_of(range(count), [1.0] * count), fixed, strict=True)]
    probed = [inf] * count  # the depth each candidate was last probed at (passing there: its depth lies above)

    def probe(i: int, passes_m: float) -> float | None:
        """Probe candidate ``i`` (known to pass at ``passes_m``, or pending: at most the deepest) when
        it may cost more than the cheapest known: the depth it is asked at (None: not probed)."""
        if not rising or least == inf or per_m[i] <= 0:
            return None
        # where it would cost more than the cheapest known, slack included, up to the probes' grid
        depth = (least + tie - fixed[i]) / per_m[i] + PROBE_SLACK_M + DEPTH_TOLERANCE_M
        depth = math.ceil(depth / PROBE_GRID_M) * PROBE_GRID_M
        if not shallowest_m + PROBE_SLACK_M <= depth < min(passes_m, probed[i]) - PROBE_SLACK_M:
            return None
        probed[i] = depth
        probes.append(i)
        probe_depths.append(depth)
        return depth

    steps_left = [60] * count  # every candidate's own steps, as many as without probes (one round each)
    prev_x, prev_f = [0.0] * count, [float(margin_infinite)] * count
    while True:
        least = prune() if cost is not None else inf
        go, steps, probes, probe_depths, deepest = [], [], [], [], []
        stepping: dict[int, float] = {}  # each searching candidate's next trial (x), those that settled left out
        settled = False
        for i in range(count):
            if done[i] or not steps_left[i] or pending[i]:
                continue
            xa, fa, xb, fb = prev_x[i], prev_f[i], x[i], f[i]
            if fb == fa:
                x_next = xb * 1.1 if fb >= 0 else xb * 0.9
            else:
                x_next = xb - fb * (xb - xa) / (fb - fa)
            if x_next != x_next:
                raise _NotANumber
            x_next = min(max(x_next, x_low), x_high)
            p, q = passing[i], failing[i]
            p_finite, q_finite = p != -inf, q != inf
            if p_finite and q_finite and not (p < x_next < q):
                x_next = 0.5 * (p + q)
            elif not p_finite and q_finite and x_next >= q:
                x_next = 0.5 * (x_low + q) if q > x_low else x_low
            elif p_finite and not q_finite and x_next <= p:
                x_next = 0.5 * (p + x_high) if p < x_high else x_high
            if abs(1.0 / x_next - 1.0 / xb) < DEPTH_TOLERANCE_M and x_next != x_low and x_next != x_high:
                result[i] = 1.0 / x_next
                done[i] = settled = True
                continue
            stepping[i] = x_next
        if rising and settled:
            # some settled this round without a trial: the probes aim at the cheapest known with their depths
            # (a layout search's guess settles at its first step: then the dear ones stop this round, not the next)
            least = prune()
        for i in range(count):
            if done[i] or not steps_left[i]:
                continue
            if pending[i]:  # probed first when it may cost more than the cheapest known even at the deepest
                if probe(i, deepest_m) is None:
                    deepest.append(i)
                continue
            x_next = stepping[i]
            if passing[i] != -inf and probe(i, 1.0 / passing[i]) is not None:
                continue
            steps_left[i] -= 1
            go.append(i)
            steps.append(x_next)
        if not go and not probes and not deepest:
            break
        asked = yield go + probes + deepest, [1.0 / v for v in steps] + probe_depths + [float(deepest_m)] * len(deepest)
        if probes:
            above = costs_of(probes, [depth - PROBE_SLACK_M for depth in probe_depths])
            for i, value, dearer in zip(probes, asked[len(go) : len(go) + len(probes)], above, strict=True):
                if value != value:
                    raise _NotANumber
                if value < 0 and dearer > least + tie:  # deeper than the probe, slack and all: dearer than the least
                    done[i] = True
        for i, value in zip(deepest, asked[len(go) + len(probes) :], strict=True):
            f[i], pending[i] = value, False
            record(i)
        for i, x_go, f_go in zip(go, steps, asked, strict=False):
            if f_go != f_go:
                raise _NotANumber
            if f_go >= 0:
                passing[i] = max(passing[i], x_go)
                if x_go == x_high:
                    result[i] = shallowest_m
                    done[i] = True
            else:
                failing[i] = min(failing[i], x_go)
                if x_go == x_low:
                    done[i] = True
            if not done[i]:
                p, q = passing[i], failing[i]
                if p != -inf and q != inf and 1.0 / p - 1.0 / q < DEPTH_TOLERANCE_M:
                    result[i] = 1.0 / p
                    done[i] = True
            prev_x[i], prev_f[i] = x[i], f[i]
            x[i], f[i] = x_go, f_go
    for i in range(count):
        if not done[i] and passing[i] != -inf:
            result[i] = 1.0 / passing[i]
    return np.array(result)


def _asked(margins, index: list[int], depths: list[float]) -> list[float]:
    """``margins`` of the candidates ``index`` at ``depths``, asked as the arrays' version asks (arrays), as floats."""
    return np.asarray(margins(np.array(index, dtype=np.intp), np.array(depths)), dtype=float).tolist()


def smallest_depth(
    margin: Callable[[float], float],
    margin_infinite: float,
    deepest_m: float,
    guess_m: float | None = None,
    shallowest_m: float = MIN_DEPTH_M,
) -> float | None:
    """Smallest depth whose margin to the temperature limits is ≥ 0; None if the deepest fails.

    One candidate of :func:`smallest_depths`, stepped in plain floats: the same steps in the
    same arithmetic, so the same depth to the last bit (``tests/core/test_borefield.py``
    compares both), without numpy's overhead on arrays of one (a field's own loop and every
    refit search one candidate at a time).
    """
    return answered(smallest_depth_steps(margin_infinite, deepest_m, guess_m, shallowest_m), margin)


def smallest_depth_steps(margin_infinite: float, deepest_m: float, guess_m: float | None = None, shallowest_m: float = MIN_DEPTH_M):
    """:func:`smallest_depth` as a generator: it yields each depth it asks and takes its margin back."""
    x_low, x_high = 1.0 / deepest_m, 1.0 / shallowest_m
    passing, failing = -math.inf, math.inf  # largest x known to pass, smallest known to fail
    if guess_m is None or math.isnan(guess_m):
        x = x_low
    else:
        x = 1.0 / min(max(float(guess_m), shallowest_m), deepest_m)
    f = float((yield float(1.0 / x)))

    def record(xs: float, fs: float) -> None:
        nonlocal passing, failing
        if fs >= 0:
            passing = max(passing, xs)
        else:
            failing = min(failing, xs)

    record(x, f)
    if x == x_low and f < 0:
        return None
    prev_x, prev_f = 0.0, float(margin_infinite)
    for _ in range(60):
        if f == prev_f:
            x_next = x * 1.1 if f >= 0 else x * 0.9
        else:
            x_next = x - f * (x - prev_x) / (f - prev_f)
        x_next = min(max(x_next, x_low), x_high)
        p_finite, q_finite = math.isfinite(passing), math.isfinite(failing)
        if p_finite and q_finite and not (passing < x_next < failing):
            x_next = 0.5 * (passing + failing)
        if not p_finite and q_finite and x_next >= failing:
            x_next = 0.5 * (x_low + failing) if failing > x_low else x_low
        if p_finite and not q_finite and x_next <= passing:
            x_next = 0.5 * (passing + x_high) if passing < x_high else x_high
        if abs(1.0 / x_next - 1.0 / x) < DEPTH_TOLERANCE_M and x_next != x_low and x_next != x_high:
            return 1.0 / x_next
        f_next = float((yield float(1.0 / x_next)))
        record(x_next, f_next)
        if x_next == x_low and f_next < 0:
            return None
        if x_next == x_high and f_next >= 0:
            return shallowest_m
        if math.isfinite(passing) and math.isfinite(failing) and 1.0 / passing - 1.0 / failing < DEPTH_TOLERANCE_M:
            return 1.0 / passing
        prev_x, prev_f = x, f
        x, f = x_next, f_next
    return 1.0 / passing if math.isfinite(passing) else None

