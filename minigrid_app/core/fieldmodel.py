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
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from minigrid_app.core.gfunctions import BANK, FieldGeometry, GFunctionBank
from minigrid_app.core.method import DAYS_PER_MONTH

if TYPE_CHECKING:
    from minigrid_app.core.borefield import FieldLoads, GroundParameters

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
        return float(min(lowest.min(), self.peak_c.min()))

    @property
    def maximum_c(self) -> float:
        if self.peak_injection_c is None:
            return float(self.monthly_c.max())
        return float(max(self.injection_c.max(), self.peak_injection_c.max()))


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
        hours = np.array(DAYS_PER_MONTH, dtype=float) * 24.0
        self.extraction_w = np.tile(np.asarray(loads.monthly_kwh, dtype=float) * 1000.0 / hours, years)
        self.injection_w = np.tile(np.asarray(loads.injection_kwh, dtype=float) * 1000.0 / hours, years)
        self.net_w = self.extraction_w - self.injection_w
        self.peak_w = loads.peak_kw * 1000.0
        self.peak_injection_w = loads.peak_injection_kw * 1000.0
        self.cooling = bool(self.peak_injection_w > 0 or self.injection_w.any())
        self._size = 1 << int(math.ceil(math.log2(2 * self.months)))
        self._steps = np.fft.rfft(np.diff(self.net_w, prepend=0.0), self._size)
        self.times_s = np.concatenate(([ground.peak_duration_h], monthly_time_axis_h(self.months))) * 3600.0
        self.cross_c = np.zeros(self.months) if cross_c is None else np.asarray(cross_c, dtype=float)
        self.evaluations = 0

    def temperatures(self, geometry: FieldGeometry, depths_m) -> list[FluidTemperatures]:
        """The fluid temperatures at each depth of ``depths_m`` (one g-function lookup for all)."""
        depths = np.atleast_1d(np.asarray(depths_m, dtype=float))
        ground = self.ground
        g = self.bank.g(geometry, depths, self.times_s, ground.diffusivity_m2_s)
        self.evaluations += len(depths)
        g_peak, g_monthly = g[:, 0:1], g[:, 1:]
        superposed = np.fft.irfft(np.fft.rfft(g_monthly, self._size, axis=1) * self._steps, self._size, axis=1)
        length = (geometry.count * depths)[:, None]
        two_pi_lambda = 2.0 * math.pi * ground.conductivity_w_mk
        rb = ground.borehole_resistance_mk_w
        wall = ground.undisturbed_temp_c - superposed[:, : self.months] / (two_pi_lambda * length) + self.cross_c
        monthly = wall - self.net_w / length * rb
        extraction = wall - self.extraction_w / length * rb
        peak = wall - (self.peak_w * (rb + g_peak / two_pi_lambda) - self.extraction_w * g_peak / two_pi_lambda) / length
        if not self.cooling:
            return [FluidTemperatures(monthly[i], peak[i]) for i in range(len(depths))]
        injection = wall + self.injection_w / length * rb
        peak_injection = wall + (
            self.peak_injection_w * (rb + g_peak / two_pi_lambda) - self.injection_w * g_peak / two_pi_lambda
        ) / length
        return [
            FluidTemperatures(monthly[i], peak[i], extraction[i], injection[i], peak_injection[i])
            for i in range(len(depths))
        ]

    def margins(self, geometry: FieldGeometry, depths_m) -> np.ndarray:
        """Distance to the nearest temperature limit at each depth [K]; ≥ 0 where the field is allowed."""
        return np.array([self._margin(t) for t in self.temperatures(geometry, depths_m)])

    def _margin(self, temps: FluidTemperatures) -> float:
        margin = temps.minimum_c - self.ground.min_fluid_temp_c
        if self.cooling and self.ground.max_fluid_temp_c is not None:
            margin = min(margin, self.ground.max_fluid_temp_c - temps.maximum_c)
        return margin

    def margin_at_infinite_depth(self) -> float:
        """The margin an infinitely deep field would keep: its own response vanishes [K]."""
        margin = self.ground.undisturbed_temp_c + float(self.cross_c.min()) - self.ground.min_fluid_temp_c
        if self.cooling and self.ground.max_fluid_temp_c is not None:
            margin = min(margin, self.ground.max_fluid_temp_c - self.ground.undisturbed_temp_c - float(self.cross_c.max()))
        return margin


def smallest_depth(
    margin: Callable[[float], float],
    margin_infinite: float,
    deepest_m: float,
    guess_m: float | None = None,
    shallowest_m: float = MIN_DEPTH_M,
) -> float | None:
    """Smallest depth whose margin to the temperature limits is ≥ 0; None if the deepest fails.

    The temperature change of a field is nearly proportional to its load per metre, so
    the margin is nearly linear in x = 1/H and tends to ``margin_infinite`` as x → 0. A
    secant in x, started on the line through that limit, reaches 1 cm in about four
    evaluations; a bracket kept along the way falls back to bisection if a step leaves it.
    """
    x_low, x_high = 1.0 / deepest_m, 1.0 / shallowest_m
    bracket = [None, None]  # largest x known to pass, smallest x known to fail
    known: dict[float, float] = {}

    def evaluate(x: float) -> float:
        if x not in known:
            known[x] = value = margin(1.0 / x)
            if value >= 0:
                bracket[0] = x if bracket[0] is None else max(bracket[0], x)
            else:
                bracket[1] = x if bracket[1] is None else min(bracket[1], x)
        return known[x]

    x = min(x_high, max(x_low, 1.0 / guess_m)) if guess_m else x_low
    previous = (0.0, margin_infinite)
    current = (x, evaluate(x))
    for _ in range(60):
        (xa, fa), (xb, fb) = previous, current
        x_next = xb - fb * (xb - xa) / (fb - fa) if fb != fa else (xb * 1.1 if fb >= 0 else xb * 0.9)
        x_next = min(x_high, max(x_low, x_next))
        passing, failing = bracket
        if passing is not None and failing is not None and not passing < x_next < failing:
            x_next = 0.5 * (passing + failing)
        elif passing is None and failing is not None and x_next >= failing:
            x_next = 0.5 * (x_low + failing) if failing > x_low else x_low
        elif failing is None and passing is not None and x_next <= passing:
            x_next = 0.5 * (passing + x_high) if passing < x_high else x_high
        if abs(1.0 / x_next - 1.0 / xb) < DEPTH_TOLERANCE_M and x_next not in (x_low, x_high):
            return 1.0 / x_next
        value = evaluate(x_next)
        if x_next == x_low and value < 0:
            return None
        if x_next == x_high and value >= 0:
            return shallowest_m
        passing, failing = bracket
        if passing is not None and failing is not None and 1.0 / passing - 1.0 / failing < DEPTH_TOLERANCE_M:
            return 1.0 / passing
        previous, current = current, (x_next, value)
    return None if bracket[0] is None else 1.0 / bracket[0]


