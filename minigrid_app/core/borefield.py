"""Borefield sizing with pygfunction g-functions and monthly superposition (method.md#borefield-sizing).

The method is the "monthly" family used by EED and GHEtool (L3: every month of the period):

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

Passive cooling puts heat back: the monthly injection lowers the net extraction, and a
peak injection and a maximum fluid temperature give a second limit (GHEtool's monthly
"L3" formulas, Peere et al. 2021).

Speed comes from reusing work, not from coarser physics: g-functions come from shipped
tables or are computed once per layout in dimensionless time (:mod:`.gfunctions`); the
superposition runs in numpy for many trial depths at once; the depth search is a secant
on the margin to the temperature limit as a function of 1/H (nearly linear: the drop is
about proportional to the load per metre), which reaches 1 cm in about four trials.

References
----------
Cimmino M. (2018), pygfunction. Eskilson P. (1987), Thermal analysis of heat extraction
boreholes. Peere W., Picard D., Cupeiro Figueroa I., Boydens W., Helsen L. (2021),
Validated combined first and last year borefield sizing methodology (GHEtool).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import partial

import numpy as np

from minigrid_app.core import fielddesign, gfunctions, lockstep
from minigrid_app.core.depthsearch import answered
from minigrid_app.core.fielddesign import Design, DesignCosts, Room
from minigrid_app.core.fieldloads import FieldLoads, field_loads, home_arrays, simultaneity  # noqa: F401 (callers know these names from here)
from minigrid_app.core.fieldmessages import (
    heat_surplus_warning,
    infeasible_warning,
    shortest_depth_warning,
)
from minigrid_app.core.fieldmodel import (  # noqa: F401 (callers know these names from here)
    DAYS_PER_MONTH,
    MIN_DEPTH_M,
    MONTH_HOURS,
    FieldModel,
    FluidTemperatures,
    array_min,
    array_sum,
    monthly_time_axis_h,
)
from minigrid_app.core.fieldtypes import (  # noqa: F401 (callers know these names from here)
    FieldSizing,
    GroundParameters,
    HomeHeatDemand,
    at_shortest,
)
from minigrid_app.core.gfunctions import BANK, FieldGeometry, GFunctionBank  # noqa: F401
from minigrid_app.core.problems import Bilingual

#: Largest number of boreholes tried before the field is reported as not fitting.
MAX_BOREHOLES = 120
#: Most COP ↔ length iterations.
MAX_ITERATIONS = 25


def clear_cache() -> None:
    """Forget the g-functions computed this session (tests, benchmarks "from cold")."""
    BANK.clear()


# ---------------------------------------------------------------- geometry


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


def field_geometry(count: int, ground: GroundParameters) -> FieldGeometry:
    """The field of ``count`` boreholes the ground parameters describe (layout, spacing, borehole)."""
    radius, buried = ground.borehole_radius_m, ground.buried_depth_m
    if ground.layout == "rectangle" and count > 1:
        rows = max(1, int(math.floor(math.sqrt(count))))
        columns = math.ceil(count / rows)
        if rows * columns == count:
            return gfunctions.grid(rows, columns, ground.spacing_m, radius, buried)
        positions = tuple(borehole_positions(count, ground.spacing_m, "rectangle"))
        return FieldGeometry("custom", count, ground.spacing_m, rows, radius, buried, positions)
    return gfunctions.line(count, ground.spacing_m, radius, buried)


# ---------------------------------------------------------------- fluid temperatures


def fluid_temperatures(
    monthly_kwh: Sequence[float],
    peak_kw: float,
    count: int,
    depth_m: float,
    ground: GroundParameters,
    bank: GFunctionBank | None = None,
    *,
    injection_kwh: Sequence[float] | None = None,
    peak_injection_kw: float = 0.0,
    geometry: FieldGeometry | None = None,
) -> FluidTemperatures:
    """Monthly mean and peak fluid temperature over the simulation years (method.md#fluid-temperature-limit).

    Parameters
    ----------
    monthly_kwh : sequence of 12 floats
        Ground extraction per calendar month [kWh], repeated every year.
    peak_kw : float
        Design peak extraction [kW], applied in every month for ``peak_duration_h``.
    count, depth_m : int, float
        Boreholes and depth of each [m].
    injection_kwh, peak_injection_kw : optional
        Passive cooling: heat put back per calendar month [kWh] and its design peak [kW].
    geometry : FieldGeometry, optional
        The field; default: ``count`` boreholes as ``ground`` describes.
    """
    loads = FieldLoads(
        monthly_kwh=np.asarray(monthly_kwh, dtype=float),
        per_home_kwh=(),
        peak_kw=peak_kw,
        simultaneity=1.0,
        injection_kwh=np.zeros(12) if injection_kwh is None else np.asarray(injection_kwh, dtype=float),
        peak_injection_kw=peak_injection_kw,
    )
    model = FieldModel(loads, ground, bank)
    return model.temperatures(geometry or field_geometry(count, ground), [depth_m])[0]


# ---------------------------------------------------------------- sizing


def rule_of_thumb_length_m(annual_extraction_kwh: float, ground: GroundParameters) -> float:
    """Length by the rule of thumb: annual extraction ÷ (W/m × full-load hours) [m]."""
    per_metre_kwh = ground.rule_of_thumb_w_per_m * ground.rule_of_thumb_hours / 1000.0
    return annual_extraction_kwh / per_metre_kwh if per_metre_kwh > 0 else 0.0


def _calendar_means(monthly_c: np.ndarray) -> tuple[float, ...]:
    # ``.mean(axis=0)``: the sum over the years divided by their number, as numpy's mean works it out
    years = np.asarray(monthly_c, dtype=float).reshape(-1, 12)
    return tuple((np.add.reduce(years, axis=0) / years.shape[0]).tolist())


def infeasible_reason_before_sizing(model: FieldModel) -> str:
    """Why no depth at all can meet the limits ("" when some might): checked before any search."""
    if model.margin_at_infinite_depth() > 0:
        return ""
    ground = model.ground
    if ground.undisturbed_temp_c + float(array_min(model.cross_c)) <= ground.min_fluid_temp_c:
        return "limit_above_ground"
    return "limit_below_ground"


def _not_feasible(
    homes: Sequence[HomeHeatDemand],
    loads: FieldLoads,
    ground: GroundParameters,
    extra_homes: int,
    reason: str,
    name: Bilingual | None,
    count: int = 0,
) -> FieldSizing:
    """A field that cannot be built: no boreholes, no length, the ground's temperature, a message."""
    months = 12 * int(ground.simulation_years)
    t_g = ground.undisturbed_temp_c
    estimate = ground.first_estimate_source_temp_c
    return FieldSizing(
        boreholes=0,
        depth_m=0.0,
        total_length_m=0.0,
        min_fluid_temp_c=t_g,
        mean_fluid_temp_c=t_g,
        monthly_fluid_temp_c=(t_g,) * months,
        monthly_peak_fluid_temp_c=(t_g,) * months,
        source_temp_by_month_c=(estimate,) * 12,
        design_source_temp_c=estimate,
        extraction_per_home_kwh=loads.per_home_kwh,
        design_load_per_home_kw=tuple(h.design_load_kw for h in homes),
        annual_extraction_kwh=float(array_sum(loads.monthly_kwh)),
        peak_extraction_kw=loads.peak_kw,
        simultaneity=loads.simultaneity,
        rule_of_thumb_length_m=0.0,  # no length of any kind for a field that is not there
        differs_from_rule_of_thumb=False,
        provisional=False,
        converged=True,
        iterations=0,
        fits=False,
        extra_homes=int(extra_homes),
        layout=ground.layout,
        warnings=(infeasible_warning(reason, ground, name, count),),
        spacing_m=ground.spacing_m,
        annual_injection_kwh=float(array_sum(loads.injection_kwh)),
        peak_injection_kw=loads.peak_injection_kw,
        injection_per_home_kwh=loads.injection_per_home_kwh,
        limited_by="heating" if reason != "limit_below_ground" else "cooling",
        feasible=False,
        infeasible_reason=reason,
    )


def size_field(
    homes: Sequence[HomeHeatDemand],
    ground: GroundParameters,
    extra_homes: int = 0,
    bank: GFunctionBank | None = None,
    *,
    cross_c: np.ndarray | None = None,
    geometry_for: Callable[[int], FieldGeometry] | None = None,
    room: Room | None = None,
    costs: DesignCosts | None = None,
    start: FieldSizing | None = None,
    name: Bilingual | None = None,
    search: bool = True,
    compare: bool = True,
    curves: bool = True,
) -> FieldSizing:
    """Size the borefield for ``homes`` (plus room for ``extra_homes`` later joiners).

    Without ``costs``: the fewest boreholes that keep the fluid within its limits at the
    maximum depth, then the smallest equal depth (to 1 cm). With ``costs``: the design of
    lowest investment within ``room`` (:mod:`.fielddesign`), the fewest-boreholes design
    kept as the comparison. The heat pump COP ↔ fluid temperature loop runs until the total
    length changes less than ``ground.convergence_tolerance`` (relative).

    Parameters
    ----------
    cross_c : numpy.ndarray, optional
        Temperature change from other fields nearby, per month of the simulation [K].
    geometry_for : callable, optional
        Borehole count → field geometry for the fewest-boreholes rule; default a line (or
        rectangle) at the ground's spacing.
    room : Room, optional
        Spacings, strip and count allowed; default: the ground's spacing, no limit.
    costs : DesignCosts, optional
        Prices for the lowest-investment rule.
    start : FieldSizing, optional
        An earlier sizing of this field to start from (source temperatures, design).
    name : Bilingual, optional
        How messages name the field ("Gedeelde bodemlus Cluster 1").
    search : bool
        With ``costs`` and a ``start`` design: False keeps its layout (only the depth, or a
        column more, follows the loads) and skips the search and the comparison.
    compare : bool
        With ``costs``: False leaves out the fewest-boreholes comparison (``fewest_design``
        None), for a caller that reads only the design and its figures (the break-even search).
    curves : bool
        False: a sizing that settled leaves out its fluid temperatures (the curves empty, the
        temperatures read from them NaN), for a caller that reads only the design, the loads
        and the source temperatures (the break-even search); its other figures are the same.

    Raises
    ------
    ValueError
        Without homes.
    """
    arguments = (homes, ground, extra_homes, bank, cross_c, geometry_for, room, costs, start, name, search, compare, curves)
    if lockstep.SESSION.active:  # sized together with the other searches' fields (:mod:`.lockstep`)
        return lockstep.SESSION.size_field(homes, partial(size_field_steps, *arguments))
    return answered(size_field_steps(*arguments), lockstep.answer)


def size_field_steps(
    homes, ground, extra_homes=0, bank=None, cross_c=None, geometry_for=None, room=None, costs=None, start=None,
    name=None, search=True, compare=True, curves=True,
):
    """:func:`size_field` as a generator: it yields the margins its depth searches ask (the
    requests of :class:`.fielddesign.Designer`'s generators) and returns the sizing."""
    bank = bank or BANK
    if not homes:
        raise ValueError("a borefield needs at least one home")
    deepest = float(ground.max_depth_m)
    if room is None:
        room = Room(ground.spacing_m, ground.spacing_m)
    if geometry_for is not None or costs is None:
        legacy = geometry_for or (lambda count: field_geometry(count, ground))
        geometry = (
            (lambda rows, columns, spacing: legacy(rows * columns))
            if costs is None
            else fielddesign.grid_geometry(ground.borehole_radius_m, ground.buried_depth_m)
        )
    else:
        geometry = fielddesign.grid_geometry(ground.borehole_radius_m, ground.buried_depth_m)
    sources = list(start.source_temp_by_month_c) if start else [ground.first_estimate_source_temp_c] * 12
    design_source = start.design_source_temp_c if start else ground.first_estimate_source_temp_c
    arrays = home_arrays(homes)  # the same homes every round: their arrays made once
    loads = field_loads(homes, ground, sources, design_source, extra_homes, arrays)
    rule_length = rule_of_thumb_length_m(float(array_sum(loads.monthly_kwh)), ground)
    model = FieldModel(loads, ground, bank, cross_c)
    reason = infeasible_reason_before_sizing(model)
    if reason:
        return _not_feasible(homes, loads, ground, extra_homes, reason, name)
    first_count = max(1, math.ceil(rule_length / deepest)) if rule_length > 0 else 1
    design = start.design if start is not None and start.design is not None else None
    # a start is a converged sizing: a first round within the tolerance of its length settles it
    previous_length = start.total_length_m if start is not None and start.feasible else None
    converged = False
    trials = 0
    iterations = 0
    designer = None
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (used after the loop)
        if iterations > 1:  # new loads (the first round's model is the one checked above)
            model = FieldModel(loads, ground, bank, cross_c)
        designer = fielddesign.Designer(model, deepest, geometry)
        if costs is None:
            design = yield from designer.fewest_steps(room, design.columns if design else first_count, design)
        elif design is None:
            design = yield from designer.cheapest_steps(room, costs, first_count)
        else:
            design = yield from designer.refit_steps(design, room, costs)
        trials = designer.trials
        if design is None:
            reason = "no_room" if room.length_m is not None or room.most_boreholes < MAX_BOREHOLES else "too_many"
            most = room.most_boreholes if room.length_m is None else max(0, room.columns(room.min_spacing_m)) * room.rows(room.min_spacing_m)
            return _not_feasible(homes, loads, ground, extra_homes, reason, name, min(most, MAX_BOREHOLES))
        length = design.total_length_m
        if previous_length is not None and abs(length - previous_length) <= ground.convergence_tolerance * max(
            previous_length, 1e-9
        ):
            converged = True
            break
        previous_length = length
        lowest, design_source = model.source(geometry(design.rows, design.columns, design.spacing_m), design.depth_m)
        sources = list(_calendar_means(lowest))
        loads = field_loads(homes, ground, sources, design_source, extra_homes, arrays)
    assert designer is not None and design is not None
    fewest = start.fewest_design if start is not None else None
    if costs is not None and (search or start is None or start.design is None):
        best = yield from designer.cheapest_steps(room, costs, design.count, design)
        if best is not None:
            design = best
        fewest = (yield from designer.fewest_steps(room, first_count, None, costs)) if compare else None
        trials = designer.trials
    design = fielddesign.priced(design.rows, design.columns, design.spacing_m, design.depth_m, costs)
    return _sized(
        homes, loads, model, geometry(design.rows, design.columns, design.spacing_m), design, ground, extra_homes,
        converged, iterations, trials, sources, design_source, fewest, name, curves or not converged,
    )


def _sized(
    homes, loads: FieldLoads, model: FieldModel, geometry: FieldGeometry, design: Design, ground: GroundParameters,
    extra_homes: int, converged: bool, iterations: int, trials_used: int, sources, design_source: float,
    fewest: Design | None,
    name: Bilingual | None = None,
    curves: bool = True,
) -> FieldSizing:
    """The FieldSizing of a sized field (temperatures at the final depth; ``curves`` False, for a
    sizing that settled: without them, :func:`size_field`)."""
    depth = design.depth_m
    temps = model.temperatures(geometry, [depth])[0] if curves else None
    count = geometry.count
    length = count * depth
    rule_length = rule_of_thumb_length_m(float(array_sum(loads.monthly_kwh)), ground)
    warnings = []
    if not converged:
        warnings.append(
            Bilingual(
                "De berekening van een bodemveld kwam niet helemaal tot rust (rendement en lengte bleven schuiven); "
                "laat het bronontwerp controleren.",
                "The calculation of a borefield did not fully settle (efficiency and length kept shifting); "
                "have the source design checked.",
            )
        )
    surplus = float(array_sum(loads.injection_kwh)) > float(array_sum(loads.monthly_kwh))
    if surplus:
        warnings.append(heat_surplus_warning(name, float(array_sum(loads.injection_kwh)), float(array_sum(loads.monthly_kwh))))
    # at the shortest depth the length is Minigrid's floor, not a computed figure: '10 m wijkt meer dan 30 % af
    # van de vuistregel (17 m); laat het bronontwerp controleren' was said of a home using 300 m³ gas (all of it
    # hot water and cooking), as if the design were in doubt; it says what it is instead
    shortest = at_shortest(depth)
    differs = rule_length > 0 and abs(length - rule_length) > 0.3 * rule_length and not shortest
    if shortest:
        warnings.append(shortest_depth_warning(None, MIN_DEPTH_M, rule_length))  # named as the rule warning was
    return FieldSizing(
        boreholes=count,
        depth_m=depth,
        total_length_m=length,
        **(_curve_figures(temps, model, ground, depth) if temps is not None else _NO_CURVES),
        source_temp_by_month_c=tuple(sources) if converged else _calendar_means(_source_curve(temps)),
        design_source_temp_c=design_source if converged else temps.minimum_c,
        extraction_per_home_kwh=loads.per_home_kwh,
        design_load_per_home_kw=tuple(h.design_load_kw for h in homes),
        annual_extraction_kwh=float(array_sum(loads.monthly_kwh)),
        peak_extraction_kw=loads.peak_kw,
        simultaneity=loads.simultaneity,
        rule_of_thumb_length_m=rule_length,
        differs_from_rule_of_thumb=bool(differs),
        provisional=False,
        converged=converged,
        iterations=iterations,
        fits=True,
        extra_homes=int(extra_homes),
        layout=ground.layout,
        warnings=tuple(warnings),
        spacing_m=geometry.spacing_m,
        rows=geometry.rows,
        positions=tuple(geometry.positions()),
        annual_injection_kwh=float(array_sum(loads.injection_kwh)),
        peak_injection_kw=loads.peak_injection_kw,
        injection_per_home_kwh=loads.injection_per_home_kwh,
        heat_surplus=surplus,
        depth_trials=trials_used,
        design=design,
        fewest_design=fewest,
        header_length_m=design.header_m,
        interference_k=min(0.0, float(array_min(model.cross_c))),
        monthly_extraction_kwh=tuple(np.asarray(loads.monthly_kwh, dtype=float).tolist()),
        monthly_injection_kwh=tuple(np.asarray(loads.injection_kwh, dtype=float).tolist()),
    )


def _source_curve(temps: FluidTemperatures) -> np.ndarray:
    """The fluid temperature the heat pumps see each month: while extracting, or the month's mean."""
    return temps.monthly_c if temps.extraction_c is None else temps.extraction_c


def _curve_figures(temps: FluidTemperatures, model: FieldModel, ground: GroundParameters, depth: float) -> dict:
    """The figures of a :class:`FieldSizing` read from its fluid temperatures at the final depth."""
    heating_margin = temps.minimum_c - ground.min_fluid_temp_c
    cooling = model.cooling and ground.max_fluid_temp_c is not None
    limited_by = "heating"
    if cooling and ground.max_fluid_temp_c - temps.maximum_c < heating_margin:
        limited_by = "cooling"
    if at_shortest(depth) and min(heating_margin, ground.max_fluid_temp_c - temps.maximum_c if cooling else 1e9) > 0.05:
        limited_by = "none"
    return {
        "min_fluid_temp_c": temps.minimum_c,
        "mean_fluid_temp_c": float(temps.monthly_c.mean()),
        "monthly_fluid_temp_c": tuple(np.asarray(temps.monthly_c, dtype=float).tolist()),
        "monthly_peak_fluid_temp_c": tuple(np.asarray(temps.peak_c, dtype=float).tolist()),
        "max_fluid_temp_c": temps.maximum_c if model.cooling else None,
        "monthly_peak_injection_fluid_temp_c": ()
        if temps.peak_injection_c is None
        else tuple(np.asarray(temps.peak_injection_c, dtype=float).tolist()),
        "limited_by": limited_by,
    }


#: :func:`_curve_figures` of a sizing without its curves (``curves`` False: :func:`size_field`)
_NO_CURVES = {
    "min_fluid_temp_c": math.nan,
    "mean_fluid_temp_c": math.nan,
    "monthly_fluid_temp_c": (),
    "monthly_peak_fluid_temp_c": (),
    "max_fluid_temp_c": None,
    "monthly_peak_injection_fluid_temp_c": (),
    "limited_by": "",
}


def size_field_rule_of_thumb(
    homes: Sequence[HomeHeatDemand], ground: GroundParameters, extra_homes: int = 0, name: Bilingual | None = None
) -> FieldSizing:
    """Provisional sizing by the rule of thumb alone (method.md#rule-of-thumb).

    Loads at the first-estimate source temperature; length = annual extraction ÷
    (W/m × full-load hours); boreholes of at most the maximum depth. Fluid temperatures are
    not computed: the first estimate is reported throughout, and ``provisional`` is True.

    A field that no depth can keep within the fluid's limits (the limit at or beyond the
    ground's own temperature) or that needs more than :data:`MAX_BOREHOLES` boreholes of the
    maximum depth cannot be built whatever the method: it is the same not-feasible sizing as
    :func:`size_field` gives (no boreholes, no length, the reason), not a provisional length.
    """
    if not homes:
        raise ValueError("a borefield needs at least one home")
    estimate = ground.first_estimate_source_temp_c
    loads = field_loads(homes, ground, [estimate] * 12, estimate, extra_homes)
    reason = infeasible_reason_before_sizing(FieldModel(loads, ground))  # no g-function needed
    if reason:
        return _not_feasible(homes, loads, ground, extra_homes, reason, name)
    length = max(MIN_DEPTH_M, rule_of_thumb_length_m(float(array_sum(loads.monthly_kwh)), ground))
    count = max(1, math.ceil(length / ground.max_depth_m - 1e-9))
    if count > MAX_BOREHOLES:
        return _not_feasible(homes, loads, ground, extra_homes, "too_many", name, MAX_BOREHOLES)
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
        annual_extraction_kwh=float(array_sum(loads.monthly_kwh)),
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
        spacing_m=ground.spacing_m,
        annual_injection_kwh=float(array_sum(loads.injection_kwh)),
        peak_injection_kw=loads.peak_injection_kw,
        injection_per_home_kwh=loads.injection_per_home_kwh,
    )
