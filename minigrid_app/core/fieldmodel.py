"""Fluid temperatures of a borefield for given loads, and the search for its smallest depth.

The temporal superposition of monthly loads on the field's g-function (method.md#borefield-sizing) with
passive cooling's injection and peak (GHEtool's monthly "L3" formulas), evaluated in numpy
for any number of trial depths at once, and the secant search on 1/H that sizes a field.

References
----------
Eskilson P. (1987), Thermal analysis of heat extraction boreholes. Peere W., Picard D.,
Cupeiro Figueroa I., Boydens W., Helsen L. (2021), Validated combined first and last year
borefield sizing methodology, Building Simulation 2021 (GHEtool).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING

import numpy as np

from minigrid_app.core import realfft
from minigrid_app.core.gfunctions import BANK, FieldGeometry, GFunctionBank
from minigrid_app.core.method import DAYS_PER_MONTH

if TYPE_CHECKING:
    from minigrid_app.core.fieldloads import FieldLoads
    from minigrid_app.core.fieldtypes import GroundParameters

#: ``array.min(axis)``, ``array.max(axis)`` and ``array.sum(axis)`` as the ufuncs' reductions they call
#: (the same reduction, without numpy's Python wrapper on every call: the depth searches take
#: hundreds of thousands); ``axis=None`` as the methods' default.
array_min = partial(np.minimum.reduce, axis=None)
array_max = partial(np.maximum.reduce, axis=None)
array_sum = partial(np.add.reduce, axis=None)
_any = partial(np.logical_or.reduce, axis=None)  # ``array.any()``

#: Length of a month on the g-function time axis [h] (method.md#borefield-sizing).
MONTH_HOURS = 730.0
#: Shallowest borehole the sizing proposes [m].
MIN_DEPTH_M = 10.0
#: The depth search stops when a step changes the depth less than this [m].
DEPTH_TOLERANCE_M = 0.01


def monthly_time_axis_h(months: int) -> np.ndarray:
    """g-function times for monthly superposition: 730 h × 1..months [h]."""
    return MONTH_HOURS * np.arange(1, months + 1, dtype=float)


@dataclass(frozen=True)
class FluidTemperatures:
    """Mean fluid temperatures of a field over the simulation [°C].

    ``monthly_c`` is the month's mean (net load), ``peak_c`` the temperature during the
    extraction peak; with passive cooling ``extraction_c``/``injection_c`` are the month's
    mean while extracting/injecting and ``peak_injection_c`` the temperature during the
    injection peak (GHEtool's four monthly curves).
    """

    monthly_c: np.ndarray
    peak_c: np.ndarray
    extraction_c: np.ndarray | None = None
    injection_c: np.ndarray | None = None
    peak_injection_c: np.ndarray | None = None

    @property
    def minimum_c(self) -> float:
        lowest = self.monthly_c if self.extraction_c is None else self.extraction_c
        return float(min(array_min(lowest), array_min(self.peak_c)))

    @property
    def maximum_c(self) -> float:
        if self.peak_injection_c is None:
            return float(array_max(self.monthly_c))
        return float(max(array_max(self.injection_c), array_max(self.peak_injection_c)))


class FieldModel:
    """Fluid temperatures of a field with fixed loads, at any number of depths at once.

    With q = P / L the load per metre of the total length L = count × H [W/m] and
    g(t) the field's g-function, the borehole wall temperature of month m is

        T_b,m = T_g − Σ_j (q_j − q_{j−1}) g(t_m − t_{j−1}) / (2πλ) + ΔT_neighbours,m

    for the net extraction q (extraction − injection); then (GHEtool L3, Peere et al. 2021)

        T_ext,m      = T_b,m − q_ext,m R_b
        T_peak,m     = T_b,m − q_peak R_b − (q_peak − q_ext,m) g(t_peak) / (2πλ)
        T_inj,m      = T_b,m + q_inj,m R_b
        T_peakinj,m  = T_b,m + q_pinj R_b + (q_pinj − q_inj,m) g(t_peak) / (2πλ)

    The convolution runs as one FFT product for every depth. ``cross_c`` is the
    temperature change the field sees from other fields nearby [K] per month (0: alone).
    """

    def __init__(
        self,
        loads: FieldLoads,
        ground: GroundParameters,
        bank: GFunctionBank | None = None,
        cross_c: np.ndarray | None = None,
    ) -> None:
        self.ground = ground
        self.bank = bank or BANK
        years = int(ground.simulation_years)
        self.months = 12 * years
        month = _calendar_month(years)  # the months of the simulation → 0..11 (np.tile's copies, fewer calls)
        self.extraction_w = (np.asarray(loads.monthly_kwh, dtype=float) * 1000.0 / _MONTH_HOURS)[month]
        self.injection_w = (np.asarray(loads.injection_kwh, dtype=float) * 1000.0 / _MONTH_HOURS)[month]
        self.net_w = self.extraction_w - self.injection_w
        self.peak_w = loads.peak_kw * 1000.0
        self.peak_injection_w = loads.peak_injection_kw * 1000.0
        self.cooling = bool(self.peak_injection_w > 0 or _any(self.injection_w))
        self._size = 1 << int(math.ceil(math.log2(2 * self.months)))
        steps = np.empty(self.months)  # np.diff(net_w, prepend=0.0), the same differences
        steps[0] = self.net_w[0] - 0.0
        np.subtract(self.net_w[1:], self.net_w[:-1], out=steps[1:])
        self._steps = realfft.rfft(steps, self._size)
        self.times_s, self._ln_t, self._when = _time_axis(
            float(ground.peak_duration_h), self.months, float(ground.diffusivity_m2_s), self._size
        )
        self.cross_c = np.zeros(self.months) if cross_c is None else np.asarray(cross_c, dtype=float)
        self.evaluations = 0
        self._at_infinity: float | None = None
        # how far the peaks lie above every month's mean [W]: the margins skip a curve that lies below
        # another in every month by far more than their rounding (:func:`_below_by`)
        self._extraction_gap_w = float(self.peak_w - array_max(self.extraction_w))
        self._injection_gap_w = float(self.peak_injection_w - array_max(self.injection_w))

    def _curves(self, g_peak: np.ndarray, spectra: np.ndarray, lengths_m: np.ndarray) -> tuple[np.ndarray, ...]:
        """(monthly, peak, extraction, injection, peak injection) for g at the peak (n, 1), the
        spectra of g at the months (n, size // 2 + 1) and total lengths (n,)."""
        ground = self.ground
        wall = self._wall(spectra, lengths_m[:, None])
        length = lengths_m[:, None]
        two_pi_lambda = 2.0 * math.pi * ground.conductivity_w_mk
        rb = ground.borehole_resistance_mk_w
        monthly = wall - self.net_w / length * rb
        extraction = wall - self.extraction_w / length * rb
        peak = wall - (self.peak_w * (rb + g_peak / two_pi_lambda) - self.extraction_w * g_peak / two_pi_lambda) / length
        if not self.cooling:
            return monthly, peak, None, None, None
        injection = wall + self.injection_w / length * rb
        peak_injection = wall + (
            self.peak_injection_w * (rb + g_peak / two_pi_lambda) - self.injection_w * g_peak / two_pi_lambda
        ) / length
        return monthly, peak, extraction, injection, peak_injection

    def _wall(self, spectra: np.ndarray, length: np.ndarray) -> np.ndarray:
        """Borehole wall temperature per month, T_g − superposed / (2πλ L) + ΔT_neighbours, shape (n, months) [°C].

        ``spectra``: ``rfft`` of the monthly g values (n rows); ``length``: total lengths, shape (n, 1) [m].
        """
        spectra = spectra * self._steps
        superposed = realfft.irfft(spectra, self._size)[:, : self.months]
        wall = superposed / (2.0 * math.pi * self.ground.conductivity_w_mk * length)
        np.subtract(self.ground.undisturbed_temp_c, wall, out=wall)
        wall += self.cross_c
        return wall

    def temperatures(self, geometry: FieldGeometry, depths_m) -> list[FluidTemperatures]:
        """The fluid temperatures at each depth of ``depths_m`` (one g-function lookup for all)."""
        depths = np.atleast_1d(np.asarray(depths_m, dtype=float))
        if len(depths) == 1:  # the g values of the depth searches (GFunctionBank.g's, the same), remembered
            peak_g, spectrum = self.bank.response_at(geometry, float(depths[0]), self._ln_t, self._when, self._size)
            g_peak, spectra = np.array([[peak_g]]), spectrum[None, :]
        else:
            g = self.bank.g(geometry, depths, self.times_s, self.ground.diffusivity_m2_s)
            g_peak, spectra = g[:, 0:1], realfft.rfft(g[:, 1:], self._size)
        self.evaluations += len(depths)
        monthly, peak, extraction, injection, peak_injection = self._curves(g_peak, spectra, geometry.count * depths)
        if extraction is None:
            return [FluidTemperatures(monthly[i], peak[i]) for i in range(len(depths))]
        return [
            FluidTemperatures(monthly[i], peak[i], extraction[i], injection[i], peak_injection[i])
            for i in range(len(depths))
        ]

    def margins(self, geometry: FieldGeometry, depths_m) -> np.ndarray:
        """Distance to the nearest temperature limit at each depth [K]; ≥ 0 where the field is allowed."""
        depths = np.atleast_1d(np.asarray(depths_m, dtype=float))
        return self.margins_of([geometry] * len(depths), depths)

    def margins_of(self, geometries: Sequence[FieldGeometry], depths_m) -> np.ndarray:
        """The margin of each (geometry, depth) pair, all in one superposition [K].

        The same values as the curves of :meth:`temperatures` give, computing only the ones
        the margin looks at, in place, from the spectra the bank remembers
        (:meth:`~minigrid_app.core.gfunctions.GFunctionBank.responses_of`).
        """
        depths = np.asarray(depths_m, dtype=float)
        g_peak, spectra = self.bank.responses_of(
            geometries, depths, self.times_s, self.ground.diffusivity_m2_s, self._size, self._ln_t, self._when
        )
        self.evaluations += len(depths)
        counts = np.array([geometry.count for geometry in geometries], dtype=float)
        return self._margins_from(g_peak[:, None], spectra, (counts * depths)[:, None])

    def margin(self, geometry: FieldGeometry, depth_m: float) -> float:
        """The margin of one (geometry, depth) pair [K]: :meth:`margins_of` of it, the same value
        with less bookkeeping (:meth:`~minigrid_app.core.gfunctions.GFunctionBank.response_of`)."""
        peak, spectrum = self.bank.response_at(geometry, float(depth_m), self._ln_t, self._when, self._size)
        self.evaluations += 1
        return self._margin_one(peak, spectrum, float(geometry.count) * float(depth_m))

    def source(self, geometry: FieldGeometry, depth_m: float) -> tuple[np.ndarray, float]:
        """What a sizing round reads of the fluid temperatures at one depth: the curve the heat
        pump's source follows (the extraction's with cooling, else the monthly mean's), shape
        (months,), and the lowest of it and the peak's [°C]. :meth:`temperatures`' values to the
        last bit (the same operations on one pair, as :meth:`_margin_one`'s), without the curves
        it leaves unread (the break-even search's thousands of sizings, two rounds each)."""
        peak_g, spectrum = self.bank.response_at(geometry, float(depth_m), self._ln_t, self._when, self._size)
        self.evaluations += 1
        length = float(geometry.count) * float(depth_m)
        wall = self._wall_one(spectrum, length)
        two_pi_lambda = 2.0 * math.pi * self.ground.conductivity_w_mk
        rb = self.ground.borehole_resistance_mk_w
        lowest = (self.net_w if not self.cooling else self.extraction_w) / length  # monthly (extraction) = wall − q R_b
        lowest *= rb
        np.subtract(wall, lowest, out=lowest)
        peak = np.multiply(self.extraction_w, peak_g)  # peak = wall − (P_peak (R_b + g_p / 2πλ) − P_ext g_p / 2πλ) / L
        peak /= two_pi_lambda
        np.subtract(self.peak_w * (rb + peak_g / two_pi_lambda), peak, out=peak)
        peak /= length
        np.subtract(wall, peak, out=peak)
        return lowest, float(min(array_min(lowest), array_min(peak)))

    def _wall_one(self, spectrum: np.ndarray, length: float) -> np.ndarray:
        """:meth:`_wall` of one pair: a 1-d spectrum and a float length, the same operations [°C]."""
        wall = realfft.irfft(spectrum * self._steps, self._size)[: self.months]
        wall /= 2.0 * math.pi * self.ground.conductivity_w_mk * length
        np.subtract(self.ground.undisturbed_temp_c, wall, out=wall)
        wall += self.cross_c
        return wall

    def _margin_one(self, g_peak: float, spectrum: np.ndarray, length: float) -> float:
        """:meth:`_margins_from` of one pair, on 1-d arrays and plain floats: the same operations
        in the same order, so the same value to the last bit, with less of numpy's overhead."""
        ground = self.ground
        wall = self._wall_one(spectrum, length)
        two_pi_lambda = 2.0 * math.pi * ground.conductivity_w_mk
        rb = ground.borehole_resistance_mk_w
        if _below_by(self._extraction_gap_w, rb, g_peak, length):  # the peak is the lowest: the means need not be looked at
            term = np.multiply(self.extraction_w, g_peak)
            lowest = math.inf
        else:
            term = (self.net_w if not self.cooling else self.extraction_w) / length
            term *= rb
            np.subtract(wall, term, out=term)
            lowest = array_min(term)
            np.multiply(self.extraction_w, g_peak, out=term)
        term /= two_pi_lambda
        np.subtract(self.peak_w * (rb + g_peak / two_pi_lambda), term, out=term)
        term /= length
        np.subtract(wall, term, out=term)
        margin = min(lowest, array_min(term)) - ground.min_fluid_temp_c
        if self.cooling and ground.max_fluid_temp_c is not None:
            if _below_by(self._injection_gap_w, rb, g_peak, length):  # the injection peak is the highest
                highest = -math.inf
            else:
                np.divide(self.injection_w, length, out=term)
                term *= rb
                term += wall
                highest = array_max(term)
            np.multiply(self.injection_w, g_peak, out=term)
            term /= two_pi_lambda
            np.subtract(self.peak_injection_w * (rb + g_peak / two_pi_lambda), term, out=term)
            term /= length
            np.add(wall, term, out=term)
            highest = max(highest, array_max(term))
            margin = min(margin, ground.max_fluid_temp_c - highest)
        return float(margin)

    def _margins_from(self, g_peak: np.ndarray, spectra: np.ndarray, length: np.ndarray) -> np.ndarray:
        """Margins of n pairs from g at the peak (n, 1), the g spectra (n, size // 2 + 1) and total lengths (n, 1)."""
        ground = self.ground
        wall = self._wall(spectra, length)
        two_pi_lambda = 2.0 * math.pi * ground.conductivity_w_mk
        rb = ground.borehole_resistance_mk_w
        # the peaks lie below (above) the months' means in every month by far more than rounding:
        # the means need not be looked at (:func:`_below_by`, for the least g at the peak and the longest field)
        least_g, longest = float(array_min(g_peak)), float(array_max(length))
        if _below_by(self._extraction_gap_w, rb, least_g, longest):
            term = np.multiply(self.extraction_w, g_peak)
            lowest = None
        else:
            # extraction (or, without cooling, the net monthly load: the same values) = wall − q R_b
            term = (self.net_w if not self.cooling else self.extraction_w) / length
            term *= rb
            np.subtract(wall, term, out=term)
            lowest = array_min(term, axis=1)
            np.multiply(self.extraction_w, g_peak, out=term)
        # peak = wall − (P_peak (R_b + g_p / 2πλ) − P_ext g_p / 2πλ) / L
        term /= two_pi_lambda
        np.subtract(self.peak_w * (rb + g_peak / two_pi_lambda), term, out=term)
        term /= length
        np.subtract(wall, term, out=term)
        margin = array_min(term, axis=1) if lowest is None else np.minimum(lowest, array_min(term, axis=1))
        margin -= ground.min_fluid_temp_c
        if self.cooling and ground.max_fluid_temp_c is not None:
            if _below_by(self._injection_gap_w, rb, least_g, longest):
                highest = None
            else:
                np.divide(self.injection_w, length, out=term)  # injection = wall + q_inj R_b
                term *= rb
                term += wall
                highest = array_max(term, axis=1)
            np.multiply(self.injection_w, g_peak, out=term)  # peak injection
            term /= two_pi_lambda
            np.subtract(self.peak_injection_w * (rb + g_peak / two_pi_lambda), term, out=term)
            term /= length
            np.add(wall, term, out=term)
            peaks = array_max(term, axis=1)
            highest = peaks if highest is None else np.maximum(highest, peaks)
            margin = np.minimum(margin, ground.max_fluid_temp_c - highest)
        return margin

    def margin_at_infinite_depth(self) -> float:
        """The margin an infinitely deep field would keep: its own response vanishes [K].

        Worked out once per model (every depth search of its designer starts from it)."""
        if self._at_infinity is not None:
            return self._at_infinity
        margin = self.ground.undisturbed_temp_c + float(array_min(self.cross_c)) - self.ground.min_fluid_temp_c
        if self.cooling and self.ground.max_fluid_temp_c is not None:
            margin = min(margin, self.ground.max_fluid_temp_c - self.ground.undisturbed_temp_c - float(array_max(self.cross_c)))
        self._at_infinity = margin
        return margin


#: How far a curve must lie beyond another in every month for the margins to leave it out [K]: the
#: curves are worked out to about 1e-13 K (sums of a few terms of at most some 1 000 K), so the one
#: beyond is never the one the minimum (maximum) picks, and the margin is the same to the last bit.
CURVE_GAP_K = 1e-6


def _below_by(gap_w: float, rb: float, g_peak: float, length: float) -> bool:
    """Whether a peak curve lies beyond its monthly curve by more than :data:`CURVE_GAP_K` in every month.

    Peak − mean of month m = (P_peak − P_m) (R_b + g_p / 2πλ) / L (with the injection's signs
    the other way round), at least ``gap_w`` R_b / L when g at the peak is not negative and
    ``gap_w`` = P_peak − max P_m. False for NaN.
    """
    return g_peak >= 0.0 and gap_w * rb > CURVE_GAP_K * length


#: hours of each calendar month [h]
_MONTH_HOURS = np.array(DAYS_PER_MONTH, dtype=float) * 24.0
_MONTH_HOURS.flags.writeable = False


@lru_cache(maxsize=8)
def _calendar_month(years: int) -> np.ndarray:
    """The calendar month (0..11) of every month of a simulation of ``years`` (read only)."""
    month = np.tile(np.arange(12), years)
    month.flags.writeable = False
    return month


@lru_cache(maxsize=64)
def _time_axis(peak_duration_h: float, months: int, diffusivity_m2_s: float, size: int) -> tuple[np.ndarray, np.ndarray, tuple]:
    """The g-function times of a field model [s] (the peak's duration, then every month), their
    ``log(9 α t)`` and the bank's memory key for them (:meth:`.GFunctionBank.response_at`):
    the same for every model of a ground, worked out once (read only)."""
    times = np.concatenate(([peak_duration_h], monthly_time_axis_h(months))) * 3600.0
    times.flags.writeable = False
    ln_t = np.log(9.0 * diffusivity_m2_s * times)
    ln_t.flags.writeable = False
    return times, ln_t, (diffusivity_m2_s, times.tobytes(), size)


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
    try:
        return _smallest_depths_floats(
            margins, margin_infinite, deepest_m, count, guesses_m, known_at_deepest, shallowest_m, cost, tie,
            rising and cost is not None,
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
    margins, margin_infinite, deepest_m, count, guesses_m, known_at_deepest, shallowest_m, cost, tie, rising=False
) -> np.ndarray:
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
        for i, value in zip(ask, _asked(margins, ask, [1.0 / x[i] for i in ask]), strict=True):
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
        asked = _asked(
            margins, go + probes + deepest, [1.0 / v for v in steps] + probe_depths + [float(deepest_m)] * len(deepest)
        )
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
    x_low, x_high = 1.0 / deepest_m, 1.0 / shallowest_m
    passing, failing = -math.inf, math.inf  # largest x known to pass, smallest known to fail
    if guess_m is None or math.isnan(guess_m):
        x = x_low
    else:
        x = 1.0 / min(max(float(guess_m), shallowest_m), deepest_m)
    f = float(margin(float(1.0 / x)))

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
        f_next = float(margin(float(1.0 / x_next)))
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

