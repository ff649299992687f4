"""An independent borefield sizing for tests: pygfunction's g-function, the monthly sums written out.

None of the engine's code is used: the g-function comes straight from pygfunction at 40
times from the peak duration to the end of the simulation (a cubic spline in ln t to the
months), the temporal superposition is a plain convolution, the limits are GHEtool's L3
formulas (Peere et al. 2021) and the depth is found by ``scipy.optimize.brentq``::

    T_b,m       = T_g − Σ_j (q_j − q_{j−1}) g(t_m − t_{j−1})/(2πλ)       (q: net extraction per metre)
    T_peak,m    = T_b,m − q_peak R_b − (q_peak − q_ext,m) g(6 h)/(2πλ)   ≥ T_min
    T_peakinj,m = T_b,m + q_pinj R_b + (q_pinj − q_inj,m) g(6 h)/(2πλ)   ≤ T_max

Months last their calendar hours for the power (kWh ÷ hours of the month) and 730 h on the
time axis, as in the engine and in GHEtool with ``all_months_equal = False``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pygfunction as gt

DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


@dataclass(frozen=True)
class Ground:
    """Ground and borehole figures the reference needs (the engine's defaults in the tests)."""

    conductivity_w_mk: float = 1.8
    heat_capacity_j_m3k: float = 2.4e6
    undisturbed_c: float = 11.0
    resistance_mk_w: float = 0.10
    radius_m: float = 0.065
    buried_m: float = 1.0
    min_fluid_c: float = -1.5
    max_fluid_c: float = 17.0
    years: int = 25
    peak_h: float = 6.0

    @property
    def diffusivity(self) -> float:
        return self.conductivity_w_mk / self.heat_capacity_j_m3k


def positions(count: int, spacing_m: float, rows: int = 1) -> list[tuple[float, float]]:
    """``count`` boreholes in ``rows`` rows, ``spacing_m`` apart both ways [m]."""
    columns = count // rows
    return [(c * spacing_m, r * spacing_m) for r in range(rows) for c in range(columns)]


def margin(
    depth_m: float,
    places: list[tuple[float, float]],
    extraction_kwh,
    peak_kw: float,
    ground: Ground,
    injection_kwh=None,
    peak_injection_kw: float = 0.0,
    boundary: str = "UBWT",
) -> float:
    """Smallest distance to either fluid temperature limit over the simulation [K] (< 0: broken)."""
    from scipy.interpolate import CubicSpline

    months = 12 * ground.years
    hours = np.tile(DAYS * 24.0, ground.years)
    extraction = np.tile(np.asarray(extraction_kwh, dtype=float), ground.years) * 1000.0 / hours
    injection = np.zeros(months)
    if injection_kwh is not None:
        injection = np.tile(np.asarray(injection_kwh, dtype=float), ground.years) * 1000.0 / hours
    sample = np.geomspace(ground.peak_h, 730.0 * months, 40) * 3600.0
    boreholes = [gt.boreholes.Borehole(depth_m, ground.buried_m, ground.radius_m, x, y) for x, y in places]
    method = "detailed" if len(boreholes) == 1 else ("equivalent" if boundary == "UBWT" else "similarities")
    g_sample = gt.gfunction.gFunction(
        boreholes, ground.diffusivity, time=sample, boundary_condition=boundary, method=method,
        options={"disp": False},
    ).gFunc
    g_months = CubicSpline(np.log(sample), g_sample)(np.log(730.0 * 3600.0 * np.arange(1, months + 1)))
    g_peak = g_sample[0]
    length = len(boreholes) * depth_m
    two_pi_lambda = 2 * math.pi * ground.conductivity_w_mk
    net = (extraction - injection) / length
    wall = ground.undisturbed_c - np.convolve(np.diff(net, prepend=0.0), g_months)[:months] / two_pi_lambda
    q_ext, q_inj = extraction / length, injection / length
    q_peak, q_pinj = peak_kw * 1000.0 / length, peak_injection_kw * 1000.0 / length
    coldest = wall - q_peak * ground.resistance_mk_w - (q_peak - q_ext) * g_peak / two_pi_lambda
    found = float(np.min(coldest)) - ground.min_fluid_c
    if injection_kwh is not None:
        warmest = wall + q_pinj * ground.resistance_mk_w + (q_pinj - q_inj) * g_peak / two_pi_lambda
        found = min(found, ground.max_fluid_c - float(np.max(warmest)))
    return found


def depth(places, extraction_kwh, peak_kw, ground: Ground, injection_kwh=None, peak_injection_kw=0.0,
          boundary: str = "UBWT", near_m: float = 100.0) -> float:
    """The smallest equal depth that keeps both limits [m], to 1 cm (``near_m``: where to look first)."""
    from scipy.optimize import brentq

    def f(h: float) -> float:
        return margin(h, places, extraction_kwh, peak_kw, ground, injection_kwh, peak_injection_kw, boundary)

    low, high = 0.97 * near_m, 1.03 * near_m
    while f(low) > 0:
        low *= 0.9
    while f(high) < 0:
        high *= 1.1
    return brentq(f, low, high, xtol=0.01)
