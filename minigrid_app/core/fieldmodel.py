"""Fluid temperatures of a borefield for given loads.

The temporal superposition of monthly loads on the field's g-function (method.md#borefield-sizing) with
passive cooling's injection and peak (GHEtool's monthly "L3" formulas), evaluated in numpy
for any number of trial depths at once (the secant search on 1/H that sizes a field:
:mod:`.depthsearch`).

References
----------
Eskilson P. (1987), Thermal analysis of heat extraction boreholes. Peere W., Picard D.,
Cupeiro Figueroa I., Boydens W., Helsen L. (2021), Validated combined first and last year
borefield sizing methodology, Building Simulation 2021 (GHEtool).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
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


def margins_across(models: Sequence[FieldModel], geometries: Sequence[FieldGeometry], depths_m: Sequence[float]) -> np.ndarray:
    """The margin of each (model, geometry, depth) triple [K], many fields' loads in one superposition.

    The same value to the last bit as ``models[i].margin(geometries[i], depths_m[i])`` (and
    :meth:`FieldModel.margins_of`): the operations of :meth:`FieldModel._margins_from` element
    for element, with each row's loads, steps and neighbours' temperatures its own model's; the
    monthly curves are always looked at (where a peak lies beyond them by far, the minimum picks
    the peak all the same). The models share one ground and time axis (:func:`_sharing`); the
    break-even searches of a street ask their fields' margins together (:mod:`.lockstep`).
    """
    first = models[0]
    ground = first.ground
    depths = np.asarray(depths_m, dtype=float)
    g_peak, spectra = first.bank.responses_of(
        geometries, depths, first.times_s, ground.diffusivity_m2_s, first._size, first._ln_t, first._when
    )
    for model in models:
        model.evaluations += 1
    length = (np.array([geometry.count for geometry in geometries], dtype=float) * depths)[:, None]
    g_peak = g_peak[:, None]
    spectra *= np.array([model._steps for model in models])  # _wall, each row with its own loads
    wall = realfft.irfft(spectra, first._size)[:, : first.months]
    wall /= 2.0 * math.pi * ground.conductivity_w_mk * length
    np.subtract(ground.undisturbed_temp_c, wall, out=wall)
    wall += np.array([model.cross_c for model in models])
    two_pi_lambda = 2.0 * math.pi * ground.conductivity_w_mk
    rb = ground.borehole_resistance_mk_w
    extraction = np.array([model.extraction_w for model in models])
    term = np.array([model.extraction_w if model.cooling else model.net_w for model in models])
    term /= length
    term *= rb
    np.subtract(wall, term, out=term)
    lowest = array_min(term, axis=1)
    np.multiply(extraction, g_peak, out=term)
    term /= two_pi_lambda
    np.subtract(np.array([[model.peak_w] for model in models]) * (rb + g_peak / two_pi_lambda), term, out=term)
    term /= length
    np.subtract(wall, term, out=term)
    margin = np.minimum(lowest, array_min(term, axis=1))
    margin -= ground.min_fluid_temp_c
    cooled = [i for i, model in enumerate(models) if model.cooling]
    if cooled and ground.max_fluid_temp_c is not None:
        injection = np.array([models[i].injection_w for i in cooled])
        length, g_peak, wall = length[cooled], g_peak[cooled], wall[cooled]
        term = np.divide(injection, length)
        term *= rb
        term += wall
        highest = array_max(term, axis=1)
        np.multiply(injection, g_peak, out=term)
        term /= two_pi_lambda
        peak_injection = np.array([[models[i].peak_injection_w] for i in cooled])
        np.subtract(peak_injection * (rb + g_peak / two_pi_lambda), term, out=term)
        term /= length
        np.add(wall, term, out=term)
        margin[cooled] = np.minimum(margin[cooled], ground.max_fluid_temp_c - np.maximum(highest, array_max(term, axis=1)))
    return margin


def _sharing(model: FieldModel) -> tuple:
    """What the models of one :func:`margins_across` call must share: the bank, the time axis and the ground's figures."""
    ground = model.ground
    return (
        id(model.bank), model._when, model.months, ground.conductivity_w_mk, ground.borehole_resistance_mk_w,
        ground.undisturbed_temp_c, ground.min_fluid_temp_c, ground.max_fluid_temp_c, ground.diffusivity_m2_s,
    )
