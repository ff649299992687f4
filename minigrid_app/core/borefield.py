"""Borefield sizing with pygfunction g-functions and monthly superposition (DOMAIN §5.3).

The method is the "monthly" family used by EED and GHEtool (L2):

- the field's thermal response is its g-function, computed by pygfunction for the real
  geometry (boreholes in a line along the street, or a rectangle) with the uniform
  borehole wall temperature boundary condition;
- the monthly ground extraction of the homes, as mean power per metre of borehole, is
  superposed in time over the simulation period (25 years by default)::

      T_f,m = T_g − Σ_j (q_j − q_{j−1}) g(t_m − t_{j−1}) / (2πλ) − q_m R_b

- every month also sees the design peak for 6 hours::

      T_peak,m = T_f,m − (q_peak − q_m) (R_b + g(6 h) / (2πλ))

- the field gets the fewest boreholes that can keep the coldest peak temperature at or
  above the minimum fluid temperature within the maximum depth, and then the smallest
  equal depth that does it;
- the heat pump COP depends on the fluid temperature and the extraction on the COP, so
  loads and length are iterated until the length changes less than the tolerance (1 %).

Speed comes from reusing work, not from coarser physics: g-functions are cached per
field geometry on a grid of depths and interpolated (cubic) between them, and in time
they are computed on a logarithmic axis and interpolated to the monthly axis (a cubic
spline in ln t). A re-size after an input change only evaluates the superposition,
which is a convolution of a few hundred values.

References
----------
Cimmino M. (2018), pygfunction. Eskilson P. (1987), Thermal analysis of heat extraction
boreholes. Peere W., Picard D., Cupeiro Figueroa I., Boydens W., Helsen L. (2021),
Validated combined first and last year borefield sizing methodology (GHEtool).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from minigrid_app.core.heatpump import cop_carnot_fraction
from minigrid_app.core.problems import Bilingual

DAYS_PER_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: Length of a month on the g-function time axis [h] (DOMAIN §5.3).
MONTH_HOURS = 730.0
#: Shallowest borehole the sizing proposes [m].
MIN_DEPTH_M = 10.0
#: Largest number of boreholes tried before the field is reported as not fitting.
MAX_BOREHOLES = 120
#: Most COP ↔ length iterations.
MAX_ITERATIONS = 25
#: Points of the logarithmic time axis per g-function (cubic spline in ln t in between).
_LOG_TIMES = 20


@dataclass(frozen=True)
class GroundParameters:
    """Ground, borehole and heat pump figures the sizing needs (units in the names).

    No defaults here: the figures live in ``resources/defaults.toml`` only, and
    :func:`minigrid_app.core.fields.ground_parameters` builds this from a project's
    :class:`~minigrid_app.core.parameters.ParameterSet`.

    Attributes
    ----------
    conductivity_w_mk : float
        Ground thermal conductivity λ [W/mK].
    volumetric_heat_capacity_j_m3k : float
        Ground volumetric heat capacity [J/m³K].
    undisturbed_temp_c : float
        Undisturbed ground temperature T_g [°C].
    borehole_radius_m, buried_depth_m : float
        Borehole radius and depth of its top below ground [m].
    borehole_resistance_mk_w : float
        Effective borehole thermal resistance R_b [mK/W].
    spacing_m : float
        Distance between boreholes B [m].
    max_depth_m : float
        Deepest borehole allowed [m].
    min_fluid_temp_c : float
        Lowest allowed mean fluid temperature, peak included [°C].
    simulation_years : int
        Period over which the temperature must stay above the minimum [yr].
    peak_duration_h : float
        Duration of the design peak [h].
    layout : str
        ``line`` (along the street) or ``rectangle``.
    eta_water, cop_max, min_lift_k, dhw_temp_c :
        Heat pump model (:func:`minigrid_app.core.heatpump.cop_carnot_fraction`).
    simultaneity_base, simultaneity_coef : float
        s(N) = base + coef / √N for N homes on the field [-].
    first_estimate_source_temp_c : float
        Source temperature before the first sizing [°C].
    rule_of_thumb_w_per_m, rule_of_thumb_hours : float
        The quick cross-check: extraction per metre at a number of full-load hours.
    convergence_tolerance : float
        Relative change of the length at which the COP iteration stops [-].
    """

    conductivity_w_mk: float
    volumetric_heat_capacity_j_m3k: float
    undisturbed_temp_c: float
    borehole_radius_m: float
    buried_depth_m: float
    borehole_resistance_mk_w: float
    spacing_m: float
    max_depth_m: float
    min_fluid_temp_c: float
    simulation_years: int
    peak_duration_h: float
    layout: str
    eta_water: float
    cop_max: float
    min_lift_k: float
    dhw_temp_c: float
    simultaneity_base: float
    simultaneity_coef: float
    first_estimate_source_temp_c: float
    rule_of_thumb_w_per_m: float
    rule_of_thumb_hours: float
    convergence_tolerance: float

    @property
    def diffusivity_m2_s(self) -> float:
        """Ground thermal diffusivity α = λ / (ρc) [m²/s]."""
        return self.conductivity_w_mk / self.volumetric_heat_capacity_j_m3k


@dataclass(frozen=True)
class HomeHeatDemand:
    """What one home asks of the ground (from :class:`~minigrid_app.core.demand.HeatDemand`).

    Attributes
    ----------
    space_heat_monthly_kwh, dhw_monthly_kwh : tuple[float, ...]
        Heat delivered per calendar month, Jan..Dec [kWh].
    supply_temp_c : float
        Space heating supply temperature [°C].
    design_load_kw : float
        Space heating load at design conditions [kW].
    """

    space_heat_monthly_kwh: tuple[float, ...]
    dhw_monthly_kwh: tuple[float, ...]
    supply_temp_c: float
    design_load_kw: float


@dataclass(frozen=True)
class FieldSizing:
    """A sized borefield.

    Attributes
    ----------
    boreholes : int
        Number of boreholes.
    depth_m : float
        Depth of each borehole [m].
    total_length_m : float
        boreholes × depth [m].
    min_fluid_temp_c : float
        Coldest mean fluid temperature over the simulation, peak included [°C].
    mean_fluid_temp_c : float
        Average of the monthly mean fluid temperatures over the simulation [°C].
    monthly_fluid_temp_c : tuple[float, ...]
        Mean fluid temperature of every month of the simulation [°C].
    monthly_peak_fluid_temp_c : tuple[float, ...]
        The same during the design peak [°C].
    source_temp_by_month_c : tuple[float, ...]
        Source temperature per calendar month for the heat pump COP: the month's fluid
        temperature averaged over the simulation years [°C].
    design_source_temp_c : float
        Source temperature at design conditions (the coldest peak) [°C].
    extraction_per_home_kwh : tuple[float, ...]
        Heat each home takes from the ground per year, in the order given [kWh/yr].
    design_load_per_home_kw : tuple[float, ...]
        Design heat load of each home [kW].
    annual_extraction_kwh : float
        All extraction of the field, reserved joiners included [kWh/yr].
    peak_extraction_kw : float
        Design peak extraction with simultaneity [kW].
    simultaneity : float
        s(N) used [-].
    rule_of_thumb_length_m : float
        Length by the rule of thumb (cross-check) [m].
    differs_from_rule_of_thumb : bool
        The two lengths differ by more than 30 %.
    provisional : bool
        True when sized by the rule of thumb only.
    converged : bool
        The COP ↔ length iteration met its tolerance.
    iterations : int
        COP ↔ length iterations used.
    fits : bool
        A field within the maximum depth and borehole count was found.
    extra_homes : int
        Later joiners the field has room for.
    layout : str
        ``line`` or ``rectangle``.
    warnings : tuple[str, ...]
        Dutch messages for the warnings panel.
    """

    boreholes: int
    depth_m: float
    total_length_m: float
    min_fluid_temp_c: float
    mean_fluid_temp_c: float
    monthly_fluid_temp_c: tuple[float, ...]
    monthly_peak_fluid_temp_c: tuple[float, ...]
    source_temp_by_month_c: tuple[float, ...]
    design_source_temp_c: float
    extraction_per_home_kwh: tuple[float, ...]
    design_load_per_home_kw: tuple[float, ...]
    annual_extraction_kwh: float
    peak_extraction_kw: float
    simultaneity: float
    rule_of_thumb_length_m: float
    differs_from_rule_of_thumb: bool
    provisional: bool
    converged: bool
    iterations: int
    fits: bool = True
    extra_homes: int = 0
    layout: str = "line"
    warnings: tuple[str, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------- geometry and g-functions


def borehole_positions(count: int, spacing_m: float, layout: str = "line") -> list[tuple[float, float]]:
    """Positions of ``count`` boreholes [m]: a line, or a rectangle as square as possible.

    A rectangle that is not full (5 boreholes in 3 × 2) leaves the last places empty.
    """
    if count < 1:
        raise ValueError("a field needs at least one borehole")
    if layout == "rectangle":
        rows = max(1, int(math.floor(math.sqrt(count))))
        columns = math.ceil(count / rows)
        return [((i % columns) * spacing_m, (i // columns) * spacing_m) for i in range(count)]
    return [(i * spacing_m, 0.0) for i in range(count)]


def monthly_time_axis_h(months: int) -> np.ndarray:
    """g-function times for monthly superposition: 730 h × 1..months [h]."""
    return MONTH_HOURS * np.arange(1, months + 1, dtype=float)


def _pygfunction_g(
    positions: Sequence[tuple[float, float]],
    depth_m: float,
    ground: GroundParameters,
    times_s: np.ndarray,
) -> np.ndarray:
    """The field's g-function at ``times_s`` by pygfunction (UBWT boundary condition)."""
    import pygfunction as gt

    boreholes = [
        gt.boreholes.Borehole(depth_m, ground.buried_depth_m, ground.borehole_radius_m, x, y) for x, y in positions
    ]
    # "detailed" is pygfunction's fastest solver for one borehole; "equivalent" groups
    # similar boreholes and is the fastest (and as accurate) for two or more.
    method = "detailed" if len(boreholes) == 1 else "equivalent"
    g = gt.gfunction.gFunction(
        boreholes,
        ground.diffusivity_m2_s,
        time=np.asarray(times_s, dtype=float),
        boundary_condition="UBWT",
        method=method,
        options={"disp": False},
    )
    return np.asarray(g.gFunc, dtype=float)


class GFunctionBank:
    """g-functions of field geometries, cached on a grid of depths.

    For each geometry (borehole positions, radius, buried depth, diffusivity) and each
    depth node, pygfunction computes the g-function once on a logarithmic time axis, kept
    as a cubic spline in ln t. Between two depth nodes a and b the g-function is
    interpolated at equal dimensionless time t/t_s (t_s = H²/9α, Eskilson), linearly in
    ln H: g(t; H) ≈ (1−w) g_a(t·(a/H)²) + w g_b(t·(b/H)²), w = ln(H/a)/ln(b/a). The nodes
    are 15 % apart, which keeps the interpolation error in g below about 0.01 (0.03 K at
    the loads of a mini network). Thread-safe: the GUI sizes fields on a worker thread.
    """

    #: ratio between neighbouring depth nodes
    NODE_RATIO = 1.15

    def __init__(self) -> None:
        self._splines: dict[tuple, dict[float, object]] = {}
        self._lock = threading.Lock()
        self.evaluations = 0  # pygfunction calls made (for tests and benchmarks)

    def clear(self) -> None:
        with self._lock:
            self._splines.clear()
            self.evaluations = 0

    @staticmethod
    def _key(positions, ground: GroundParameters, months: int) -> tuple:
        return (
            tuple(positions),
            ground.borehole_radius_m,
            ground.buried_depth_m,
            ground.diffusivity_m2_s,
            ground.peak_duration_h,
            months,
        )

    def nodes(self, max_depth_m: float) -> list[float]:
        """Depth nodes from the shallowest depth up to exactly the maximum depth [m]."""
        nodes = [float(max_depth_m)]
        while nodes[-1] / self.NODE_RATIO > MIN_DEPTH_M * 0.999:
            nodes.append(nodes[-1] / self.NODE_RATIO)
        return sorted(nodes)

    def _spline(self, key: tuple, positions, depth_m: float, ground: GroundParameters, months: int):
        with self._lock:
            found = self._splines.get(key, {}).get(depth_m)
        if found is not None:
            return found
        from scipy.interpolate import CubicSpline

        scale = self.NODE_RATIO**2 * 1.05
        shortest = ground.peak_duration_h * 3600.0 / scale
        longest = MONTH_HOURS * months * 3600.0 * scale
        log_times = np.geomspace(shortest, longest, _LOG_TIMES)
        spline = CubicSpline(np.log(log_times), _pygfunction_g(positions, depth_m, ground, log_times))
        with self._lock:
            self._splines.setdefault(key, {})[depth_m] = spline
            self.evaluations += 1
        return spline

    def g_values(
        self, count: int, depth_m: float, ground: GroundParameters, months: int
    ) -> tuple[float, np.ndarray]:
        """g at the peak duration and at 730 h × 1..months for ``count`` boreholes of ``depth_m``.

        Returns
        -------
        (float, numpy.ndarray)
            g(peak duration) [-] and g(t_k) for the monthly axis [-].
        """
        positions = borehole_positions(count, ground.spacing_m, ground.layout)
        key = self._key(positions, ground, months)
        log_times = np.log(np.concatenate(([ground.peak_duration_h], monthly_time_axis_h(months))) * 3600.0)
        nodes = self.nodes(ground.max_depth_m)
        depth = min(max(depth_m, nodes[0]), nodes[-1])
        index = int(np.searchsorted(nodes, depth))
        if index < len(nodes) and abs(nodes[index] - depth) < 1e-9:
            values = self._spline(key, positions, nodes[index], ground, months)(log_times)
        else:
            low, high = nodes[index - 1], nodes[index]
            weight = math.log(depth / low) / math.log(high / low)
            g_low = self._spline(key, positions, low, ground, months)(log_times + 2 * math.log(low / depth))
            g_high = self._spline(key, positions, high, ground, months)(log_times + 2 * math.log(high / depth))
            values = (1 - weight) * g_low + weight * g_high
        return float(values[0]), np.asarray(values[1:], dtype=float)


#: The process-wide cache; :func:`clear_cache` empties it (tests, benchmarks "from cold").
BANK = GFunctionBank()


def clear_cache() -> None:
    BANK.clear()


# ---------------------------------------------------------------- loads and temperatures


@dataclass(frozen=True)
class FieldLoads:
    """Ground loads of a field for given source temperatures.

    Attributes
    ----------
    monthly_kwh : numpy.ndarray
        Extraction per calendar month, all homes (reserved joiners included) [kWh].
    per_home_kwh : tuple[float, ...]
        Annual extraction of each real home [kWh/yr].
    peak_kw : float
        Design peak extraction with simultaneity [kW].
    simultaneity : float
        s(N) [-].
    """

    monthly_kwh: np.ndarray
    per_home_kwh: tuple[float, ...]
    peak_kw: float
    simultaneity: float


def simultaneity(homes: int, ground: GroundParameters) -> float:
    """s(N) = base + coef / √N, at most 1 (1.0 for one home with the defaults) [-]."""
    return min(1.0, ground.simultaneity_base + ground.simultaneity_coef / math.sqrt(max(1, homes)))


def field_loads(
    homes: Sequence[HomeHeatDemand],
    ground: GroundParameters,
    source_temp_by_month_c: Sequence[float],
    design_source_temp_c: float,
    extra_homes: int = 0,
) -> FieldLoads:
    """Monthly ground extraction and design peak of the homes on a field (DOMAIN §5.3).

    Q_ext,m = Σ_i [space_i,m (1 − 1/COP_space,i,m) + dhw_i,m (1 − 1/COP_dhw,i,m)];
    P_ext = s(N) Σ_i P_design,i (1 − 1/COP_design,i). Reserved joiners count as copies
    of the average home.
    """
    monthly = np.zeros(12)
    per_home = []
    peak_sum = 0.0
    for home in homes:
        extraction = np.zeros(12)
        for m in range(12):
            source = source_temp_by_month_c[m]
            cop_space = cop_carnot_fraction(ground.eta_water, home.supply_temp_c, source, ground.cop_max, ground.min_lift_k)
            cop_dhw = cop_carnot_fraction(ground.eta_water, ground.dhw_temp_c, source, ground.cop_max, ground.min_lift_k)
            extraction[m] = home.space_heat_monthly_kwh[m] * (1 - 1 / cop_space) + home.dhw_monthly_kwh[m] * (
                1 - 1 / cop_dhw
            )
        monthly += extraction
        per_home.append(float(extraction.sum()))
        cop_design = cop_carnot_fraction(
            ground.eta_water, home.supply_temp_c, design_source_temp_c, ground.cop_max, ground.min_lift_k
        )
        peak_sum += home.design_load_kw * (1 - 1 / cop_design)
    count = len(homes)
    if extra_homes and count:
        monthly *= (count + extra_homes) / count
        peak_sum *= (count + extra_homes) / count
    s = simultaneity(count + extra_homes, ground)
    return FieldLoads(monthly_kwh=monthly, per_home_kwh=tuple(per_home), peak_kw=s * peak_sum, simultaneity=s)


@dataclass(frozen=True)
class FluidTemperatures:
    """Mean fluid temperatures of a field over the simulation [°C]."""

    monthly_c: np.ndarray
    peak_c: np.ndarray

    @property
    def minimum_c(self) -> float:
        return float(min(self.monthly_c.min(), self.peak_c.min()))


def fluid_temperatures(
    monthly_kwh: Sequence[float],
    peak_kw: float,
    count: int,
    depth_m: float,
    ground: GroundParameters,
    bank: GFunctionBank | None = None,
) -> FluidTemperatures:
    """Monthly mean and peak fluid temperature over the simulation years (DOMAIN §5.3).

    Parameters
    ----------
    monthly_kwh : sequence of 12 floats
        Ground extraction per calendar month [kWh], repeated every year.
    peak_kw : float
        Design peak extraction [kW], applied in every month for ``peak_duration_h``.
    count, depth_m : int, float
        Boreholes and depth of each [m].
    """
    bank = bank or BANK
    months = 12 * int(ground.simulation_years)
    length = count * depth_m
    hours = np.array([d * 24.0 for d in DAYS_PER_MONTH])
    power_w = np.asarray(monthly_kwh, dtype=float) * 1000.0 / hours
    q = np.tile(power_w, int(ground.simulation_years)) / length  # W/m
    g_peak, g_monthly = bank.g_values(count, depth_m, ground, months)
    steps = np.diff(np.concatenate(([0.0], q)))
    two_pi_lambda = 2 * math.pi * ground.conductivity_w_mk
    superposed = np.convolve(steps, g_monthly)[:months]
    monthly = ground.undisturbed_temp_c - superposed / two_pi_lambda - q * ground.borehole_resistance_mk_w
    q_peak = peak_kw * 1000.0 / length
    extra = np.maximum(0.0, q_peak - q)
    peak = monthly - extra * (ground.borehole_resistance_mk_w + g_peak / two_pi_lambda)
    return FluidTemperatures(monthly_c=monthly, peak_c=peak)


# ---------------------------------------------------------------- sizing


def _depth_for(
    monthly_kwh, peak_kw: float, count: int, ground: GroundParameters, bank: GFunctionBank
) -> float | None:
    """Smallest depth for ``count`` boreholes keeping the fluid ≥ the minimum; None if > max."""
    limit = ground.min_fluid_temp_c
    deepest = float(ground.max_depth_m)

    def coldest(depth: float) -> float:
        return fluid_temperatures(monthly_kwh, peak_kw, count, depth, ground, bank).minimum_c

    if coldest(deepest) < limit:
        return None
    # The temperature drop is roughly inversely proportional to the depth: a few fixed-point
    # steps land close to the answer with few g-function nodes touched, then bisection on a
    # tight bracket guarantees the result.
    low, high = MIN_DEPTH_M, deepest
    drop_needed = ground.undisturbed_temp_c - limit
    depth = deepest
    for _ in range(6):
        drop = ground.undisturbed_temp_c - coldest(depth)
        if drop <= 0:
            break
        guess = min(deepest, max(MIN_DEPTH_M, depth * drop / drop_needed))
        if guess <= MIN_DEPTH_M and coldest(MIN_DEPTH_M) >= limit:
            return MIN_DEPTH_M
        if coldest(guess) >= limit:
            high = min(high, guess)
        else:
            low = max(low, guess)
        if abs(guess - depth) < 0.01:
            break
        depth = guess
    # bracket around the estimate, then bisect to 1 cm
    if high - low > 2.0:
        for probe in (high - 1.0, low + 1.0):
            if low < probe < high:
                if coldest(probe) >= limit:
                    high = probe
                else:
                    low = probe
    while high - low > 0.01:
        middle = 0.5 * (low + high)
        if coldest(middle) >= limit:
            high = middle
        else:
            low = middle
    return high


def _size_for_loads(
    loads: FieldLoads, ground: GroundParameters, rule_length_m: float, bank: GFunctionBank
) -> tuple[int, float, bool]:
    """Fewest boreholes, then smallest depth, for fixed loads. Returns (count, depth, fits)."""
    deepest = float(ground.max_depth_m)
    count = max(1, math.ceil(rule_length_m / deepest)) if rule_length_m > 0 else 1
    count = min(count, MAX_BOREHOLES)
    depth = _depth_for(loads.monthly_kwh, loads.peak_kw, count, ground, bank)
    if depth is None:
        while depth is None and count < MAX_BOREHOLES:
            count += 1
            depth = _depth_for(loads.monthly_kwh, loads.peak_kw, count, ground, bank)
        if depth is None:
            return count, deepest, False
    else:
        while count > 1:
            fewer = _depth_for(loads.monthly_kwh, loads.peak_kw, count - 1, ground, bank)
            if fewer is None:
                break
            count, depth = count - 1, fewer
    return count, depth, True


def rule_of_thumb_length_m(annual_extraction_kwh: float, ground: GroundParameters) -> float:
    """Length by the rule of thumb: annual extraction ÷ (W/m × full-load hours) [m]."""
    per_metre_kwh = ground.rule_of_thumb_w_per_m * ground.rule_of_thumb_hours / 1000.0
    return annual_extraction_kwh / per_metre_kwh if per_metre_kwh > 0 else 0.0


def _calendar_means(monthly_c: np.ndarray) -> tuple[float, ...]:
    return tuple(float(v) for v in monthly_c.reshape(-1, 12).mean(axis=0))


def size_field(
    homes: Sequence[HomeHeatDemand],
    ground: GroundParameters,
    extra_homes: int = 0,
    bank: GFunctionBank | None = None,
) -> FieldSizing:
    """Size the borefield for ``homes`` (plus room for ``extra_homes`` later joiners).

    Iterates heat pump COP ↔ fluid temperature until the total length changes less than
    ``ground.convergence_tolerance`` (relative).
    """
    bank = bank or BANK
    if not homes:
        raise ValueError("a borefield needs at least one home")
    sources = [ground.first_estimate_source_temp_c] * 12
    design_source = ground.first_estimate_source_temp_c
    previous_length = None
    converged = False
    iterations = 0
    count, depth, fits = 1, float(ground.max_depth_m), True
    loads = field_loads(homes, ground, sources, design_source, extra_homes)
    rule_length = rule_of_thumb_length_m(float(loads.monthly_kwh.sum()), ground)
    temps = None
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (used after the loop)
        count, depth, fits = _size_for_loads(loads, ground, rule_length, bank)
        temps = fluid_temperatures(loads.monthly_kwh, loads.peak_kw, count, depth, ground, bank)
        length = count * depth
        if previous_length is not None and abs(length - previous_length) <= ground.convergence_tolerance * max(
            previous_length, 1e-9
        ):
            converged = True
            break
        previous_length = length
        sources = list(_calendar_means(temps.monthly_c))
        design_source = temps.minimum_c
        loads = field_loads(homes, ground, sources, design_source, extra_homes)
    assert temps is not None
    length = count * depth
    rule_length = rule_of_thumb_length_m(float(loads.monthly_kwh.sum()), ground)
    warnings = []
    if not fits:
        warnings.append(
            Bilingual(
                f"Bodemveld past niet: ook {count} boorgaten van {ground.max_depth_m:.0f} m houden de vloeistof niet "
                f"boven {ground.min_fluid_temp_c:.1f} °C; kies een grotere maximale diepte of minder woningen per bron.",
                f"Borefield does not fit: even {count} boreholes of {ground.max_depth_m:.0f} m do not keep the fluid "
                f"above {ground.min_fluid_temp_c:.1f} °C; choose a larger maximum depth or fewer homes per source.",
            )
        )
    if not converged:
        warnings.append(
            Bilingual(
                "De berekening van een bodemveld kwam niet helemaal tot rust (rendement en lengte bleven schuiven); "
                "laat het bronontwerp controleren.",
                "The calculation of a borefield did not fully settle (efficiency and length kept shifting); "
                "have the source design checked.",
            )
        )
    differs = rule_length > 0 and abs(length - rule_length) > 0.3 * rule_length
    return FieldSizing(
        boreholes=count,
        depth_m=depth,
        total_length_m=length,
        min_fluid_temp_c=temps.minimum_c,
        mean_fluid_temp_c=float(temps.monthly_c.mean()),
        monthly_fluid_temp_c=tuple(float(v) for v in temps.monthly_c),
        monthly_peak_fluid_temp_c=tuple(float(v) for v in temps.peak_c),
        source_temp_by_month_c=tuple(sources) if converged else _calendar_means(temps.monthly_c),
        design_source_temp_c=design_source if converged else temps.minimum_c,
        extraction_per_home_kwh=loads.per_home_kwh,
        design_load_per_home_kw=tuple(h.design_load_kw for h in homes),
        annual_extraction_kwh=float(loads.monthly_kwh.sum()),
        peak_extraction_kw=loads.peak_kw,
        simultaneity=loads.simultaneity,
        rule_of_thumb_length_m=rule_length,
        differs_from_rule_of_thumb=bool(differs),
        provisional=False,
        converged=converged,
        iterations=iterations,
        fits=fits,
        extra_homes=int(extra_homes),
        layout=ground.layout,
        warnings=tuple(warnings),
    )


def size_field_rule_of_thumb(
    homes: Sequence[HomeHeatDemand], ground: GroundParameters, extra_homes: int = 0
) -> FieldSizing:
    """Provisional sizing by the rule of thumb alone (DOMAIN §5.3 cross-check).

    Loads at the first-estimate source temperature; length = annual extraction ÷
    (W/m × full-load hours); boreholes of at most the maximum depth. Fluid temperatures are
    not computed: the first estimate is reported throughout, and ``provisional`` is True.
    """
    if not homes:
        raise ValueError("a borefield needs at least one home")
    estimate = ground.first_estimate_source_temp_c
    loads = field_loads(homes, ground, [estimate] * 12, estimate, extra_homes)
    length = max(MIN_DEPTH_M, rule_of_thumb_length_m(float(loads.monthly_kwh.sum()), ground))
    count = max(1, math.ceil(length / ground.max_depth_m - 1e-9))
    months = 12 * int(ground.simulation_years)
    return FieldSizing(
        boreholes=count,
        depth_m=length / count,
        total_length_m=length,
        min_fluid_temp_c=estimate,
        mean_fluid_temp_c=estimate,
        monthly_fluid_temp_c=(estimate,) * months,
        monthly_peak_fluid_temp_c=(),
        source_temp_by_month_c=(estimate,) * 12,
        design_source_temp_c=estimate,
        extraction_per_home_kwh=loads.per_home_kwh,
        design_load_per_home_kw=tuple(h.design_load_kw for h in homes),
        annual_extraction_kwh=float(loads.monthly_kwh.sum()),
        peak_extraction_kw=loads.peak_kw,
        simultaneity=loads.simultaneity,
        rule_of_thumb_length_m=length,
        differs_from_rule_of_thumb=False,
        provisional=True,
        converged=True,
        iterations=0,
        extra_homes=int(extra_homes),
        layout=ground.layout,
        warnings=(
            Bilingual(
                "De bodemvelden zijn nog een eerste schatting met een vuistregel; de nauwkeurige berekening volgt.",
                "The borefields are still a first estimate by rule of thumb; the exact calculation follows.",
            ),
        ),
    )
