"""A field as the engineer designed it: fixed boreholes, depth and spacing, evaluated, not sized.

Minigrid sizes a field itself (fewest boreholes, then the smallest depth). Once an engineer
has made the final design, the business case should follow that design: the same monthly
superposition (:func:`minigrid_app.core.borefield.fluid_temperatures`) evaluates the given
geometry, iterating heat pump COP ↔ fluid temperature until the source temperatures settle,
and the costs follow the designed metres. A design that gives only the number of boreholes
gets the smallest depth that keeps the fluid above the minimum; a thermal response test
changes the ground figures of every field (:func:`design_parameters`).

The result is an ordinary :class:`~minigrid_app.core.borefield.FieldSizing`, so everything
downstream (costs, shares, COP, documents) is unchanged; the field result says it is the
engineer's design.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from minigrid_app.core import borefield
from minigrid_app.core.formatting import join_names, number
from minigrid_app.core.parameters import design_parameters  # noqa: F401 (defined with the other figures)
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.tender_model import EngineerDesign, FieldDesign

#: Most COP ↔ temperature iterations for a fixed design.
MAX_ITERATIONS = 25
#: The iteration stops when no monthly source temperature moves more than this [K].
TEMPERATURE_TOLERANCE_K = 0.005
#: A design counts as keeping the minimum when it misses it by less than this [K]: Minigrid's
#: own sizing stops the COP iteration at a 1 % change of length, which moves the coldest
#: temperature by a few hundredths of a kelvin.
FIT_TOLERANCE_K = 0.05


def _calendar_means(monthly_c: np.ndarray) -> tuple[float, ...]:
    return tuple(float(v) for v in np.asarray(monthly_c).reshape(-1, 12).mean(axis=0))


def _margin(loads, count: int, depth: float, ground) -> float:
    """Distance to the nearest fluid temperature limit (winter minimum; summer maximum with cooling) [K]."""
    model = borefield.FieldModel(loads, ground)
    return float(model.margins(borefield.field_geometry(count, ground), [depth])[0])


def _temperatures(loads, count: int, depth: float, ground):
    return borefield.fluid_temperatures(
        loads.monthly_kwh, loads.peak_kw, count, depth, ground,
        injection_kwh=loads.injection_kwh, peak_injection_kw=loads.peak_injection_kw,
    )  # fmt: skip


def _depth_for_count(loads, count: int, ground) -> tuple[float, bool]:
    """Smallest depth (to 1 cm) keeping the fluid within its limits; (max depth, False) when none."""
    low, high = borefield.MIN_DEPTH_M, float(ground.max_depth_m)
    if _margin(loads, count, high, ground) < 0:
        return high, False
    if _margin(loads, count, low, ground) >= 0:
        return low, True
    while high - low > 0.01:
        middle = 0.5 * (low + high)
        if _margin(loads, count, middle, ground) >= 0:
            high = middle
        else:
            low = middle
    return high, True


def evaluate_design(
    homes: Sequence[borefield.HomeHeatDemand],
    ground: borefield.GroundParameters,
    boreholes: int,
    depth_m: float | None,
    extra_homes: int = 0,
) -> borefield.FieldSizing:
    """The fluid temperatures, loads and length of a field with a fixed geometry.

    Parameters
    ----------
    homes : sequence of HomeHeatDemand
        The homes on the field.
    ground : GroundParameters
        Ground and borehole figures; its ``spacing_m`` is the design's spacing.
    boreholes : int
        Number of boreholes of the design.
    depth_m : float | None
        Depth of each borehole [m]; None: the smallest depth for ``boreholes`` (as Minigrid's
        sizing would choose it for that count).
    extra_homes : int
        Later joiners the field keeps room for.

    Returns
    -------
    FieldSizing
        ``fits`` is False (with a warning) when the design lets the fluid get colder than
        the minimum; ``converged`` says whether the COP ↔ temperature iteration settled.
    """
    if not homes:
        raise ValueError("a borefield needs at least one home")
    if boreholes < 1:
        raise ValueError("a design needs at least one borehole")
    sources = [ground.first_estimate_source_temp_c] * 12
    design_source = ground.first_estimate_source_temp_c
    converged = False
    iterations = 0
    fits = True
    depth = float(depth_m) if depth_m is not None else float(ground.max_depth_m)
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (used after the loop)
        loads = borefield.field_loads(homes, ground, sources, design_source, extra_homes)
        if depth_m is None:
            depth, fits = _depth_for_count(loads, boreholes, ground)
        temps = _temperatures(loads, boreholes, depth, ground)
        new_sources = list(_calendar_means(temps.monthly_c if temps.extraction_c is None else temps.extraction_c))
        new_design = temps.minimum_c
        moved = max(abs(a - b) for a, b in zip(new_sources + [new_design], sources + [design_source], strict=True))
        if moved <= TEMPERATURE_TOLERANCE_K:
            converged = True
            break
        sources, design_source = new_sources, new_design
    if depth_m is not None:
        fits = _margin(loads, boreholes, depth, ground) >= -FIT_TOLERANCE_K
    length = boreholes * depth
    rule_length = borefield.rule_of_thumb_length_m(float(loads.monthly_kwh.sum()), ground)
    warnings = []
    if not fits:
        warnings.append(
            Bilingual(
                f"Het ontwerp van de ingenieur ({boreholes} × {number(depth, 0, 'm', 'nl')}) houdt de vloeistof niet boven "
                f"{number(ground.min_fluid_temp_c, 1, '°C', 'nl')} (laagste {number(temps.minimum_c, 1, '°C', 'nl')}); vraag de ingenieur ernaar.",
                f"The engineer's design ({boreholes} × {number(depth, 0, 'm', 'en')}) does not keep the fluid above "
                f"{number(ground.min_fluid_temp_c, 1, '°C', 'en')} (lowest {number(temps.minimum_c, 1, '°C', 'en')}); ask the engineer about it.",
            )
        )
    return borefield.FieldSizing(
        boreholes=int(boreholes),
        depth_m=depth,
        total_length_m=length,
        min_fluid_temp_c=temps.minimum_c,
        mean_fluid_temp_c=float(temps.monthly_c.mean()),
        monthly_fluid_temp_c=tuple(float(v) for v in temps.monthly_c),
        monthly_peak_fluid_temp_c=tuple(float(v) for v in temps.peak_c),
        source_temp_by_month_c=tuple(sources),
        design_source_temp_c=design_source,
        extraction_per_home_kwh=loads.per_home_kwh,
        design_load_per_home_kw=tuple(h.design_load_kw for h in homes),
        annual_extraction_kwh=float(loads.monthly_kwh.sum()),
        peak_extraction_kw=loads.peak_kw,
        simultaneity=loads.simultaneity,
        rule_of_thumb_length_m=rule_length,
        differs_from_rule_of_thumb=bool(rule_length > 0 and abs(length - rule_length) > 0.3 * rule_length),
        provisional=False,
        converged=converged,
        iterations=iterations,
        fits=fits,
        extra_homes=int(extra_homes),
        layout=ground.layout,
        warnings=tuple(warnings),
        spacing_m=ground.spacing_m,
        max_fluid_temp_c=temps.maximum_c if temps.injection_c is not None else None,
        annual_injection_kwh=float(loads.injection_kwh.sum()),
        peak_injection_kw=loads.peak_injection_kw,
        injection_per_home_kwh=loads.injection_per_home_kwh,
        monthly_extraction_kwh=tuple(float(v) for v in loads.monthly_kwh),
        monthly_injection_kwh=tuple(float(v) for v in loads.injection_kwh),
    )


def design_sizing(
    field_design: FieldDesign,
    homes: Sequence[borefield.HomeHeatDemand],
    ground: borefield.GroundParameters,
    minigrid: borefield.FieldSizing | None,
    extra_homes: int = 0,
) -> borefield.FieldSizing:
    """The sizing of a field under the engineer's design; what the design leaves open stays Minigrid's.

    A design with only a spacing keeps Minigrid's count and sizes the depth; with only a
    depth keeps Minigrid's count.
    """
    if field_design.spacing_m:
        ground = dataclasses.replace(ground, spacing_m=float(field_design.spacing_m))
    count = field_design.boreholes
    if count is None:
        count = minigrid.boreholes if minigrid is not None else 1
    return evaluate_design(homes, ground, int(count), field_design.depth_m, extra_homes)


def unmatched_design_warnings(
    design: EngineerDesign | None, clusters, tendered: Sequence[frozenset] = (), households: Sequence = ()
) -> list[str]:
    """Warnings for field designs whose homes no longer form a cluster (Minigrid sized those again).

    ``tendered``: the homes that signed, per cluster: a design for those is the tender's (step 6 computes
    the signers alone), not one for another make-up; steps 3 to 5, which compute every home taking part,
    said 'hoort bij een andere samenstelling' of it whenever a neighbour had not signed.
    ``households``: the project's homes, to name a design by the homes it was made for ('het ontwerp …
    voor shared-C1' named an id no resident knows); a design naming none of them is 'een veld'.
    """
    if design is None or not design.fields:
        return []
    from minigrid_app.core.home_labels import home_name

    current = {frozenset(c.household_ids) for c in clusters} | set(tendered)
    names = [(h.id, home_name(h, row)) for row, h in enumerate(households, 1)]
    warnings = []
    for field_design in design.fields:
        if frozenset(field_design.households) not in current:
            homes = [name for home, name in names if home in set(field_design.households)]
            nl, en = join_names(homes), join_names(homes, "en")
            warnings.append(
                Bilingual(
                    f"Het ontwerp van de ingenieur voor {nl or 'een veld'} hoort bij een andere "
                    "samenstelling van het cluster; Minigrid heeft dat veld zelf berekend. Vraag de ingenieur om een "
                    "nieuw ontwerp.",
                    f"The engineer's design for {en or 'a field'} belongs to another make-up of the "
                    "cluster; Minigrid sized that field itself. Ask the engineer for a new design.",
                )
            )
    return warnings
