"""Sizing every borefield of a street together, each seeing the others (issue 13).

Each field (a home's own loop, a cluster's shared loop) is sized with its own g-function
for its own loads (:func:`minigrid_app.core.borefield.size_field`); what the other fields do
to it enters as a temperature change per month (:mod:`minigrid_app.core.interference`:
finite line source responses between all boreholes, superposed with each field's net load).
The fields are first sized alone (the "alone" figure), then in rounds: every round computes
the temperature change of every field from the others' current sizes and loads and re-sizes
every field with it (starting from its last sizing), until no field's length changes more
than the convergence tolerance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from minigrid_app.core import borefield, gfunctions, interference, lockstep
from minigrid_app.core.borefield import FieldSizing, GroundParameters, HomeHeatDemand
from minigrid_app.core.fielddesign import DesignCosts, Room
from minigrid_app.core.fieldmodel import DAYS_PER_MONTH, monthly_time_axis_h
from minigrid_app.core.fieldtypes import with_changes
from minigrid_app.core.gfunctions import GFunctionBank
from minigrid_app.core.kept import Kept
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.street import HomePlace, Strip

#: Most rounds of re-sizing with the neighbours' temperatures.
MAX_ROUNDS = 8
#: Share of a round's new neighbour temperatures taken (the rest is the last round's): the
#: plain iteration overshoots and swings back (ratio about −0.3 per round); under-relaxing it
#: damps the swing.
RELAXATION = 0.85


@dataclass(frozen=True)
class FieldRequest:
    """One field to size in the street.

    Attributes
    ----------
    id : str
        ``own-<household id>`` or ``shared-<cluster id>``.
    homes : tuple of HomeHeatDemand
    extra_homes : int
        Room reserved for later joiners.
    name : Bilingual
        How messages name the field.
    home : HomePlace, optional
        For an own loop: where the home is (its boreholes go into the garden).
    strip : Strip, optional
        For a shared field: the strip it must fit in.
    """

    id: str
    homes: tuple[HomeHeatDemand, ...]
    extra_homes: int = 0
    name: Bilingual | None = None
    home: HomePlace | None = None
    strip: Strip | None = None

    def positions(self, sizing: FieldSizing) -> tuple[tuple[float, float], ...]:
        """Street coordinates of the field's boreholes [m]."""
        if not sizing.feasible or sizing.boreholes == 0:
            return ()
        if self.strip is not None:
            columns = sizing.boreholes // max(1, sizing.rows)
            return self.strip.place(sizing.rows, columns, sizing.spacing_m)
        if self.home is not None:
            return self.home.own_positions(sizing.boreholes, sizing.spacing_m)
        return tuple(sizing.positions)


@dataclass(frozen=True)
class StreetSizing:
    """All fields of one scenario, sized together.

    Attributes
    ----------
    sizings : dict
        Field id → its sizing (positions in street coordinates, alone figures, neighbours).
    cross_c : dict
        Field id → the temperature change from the other fields per month [K] (for
        re-sizing one field with its neighbours as they are).
    rounds : int
        Rounds of re-sizing with the neighbours.
    converged : bool
        The last round changed no field's length by more than the tolerance.
    """

    sizings: dict[str, FieldSizing]
    cross_c: dict[str, np.ndarray]
    rounds: int
    converged: bool


def _room(request: FieldRequest, ground: GroundParameters, max_spacing_m: float) -> Room:
    if request.strip is None:
        return Room(ground.spacing_m, ground.spacing_m)
    return Room(ground.spacing_m, max(ground.spacing_m, max_spacing_m), request.strip.usable_length_m, request.strip.width_m)


def _arguments(
    request: FieldRequest,
    ground: GroundParameters,
    bank: GFunctionBank | None,
    costs: DesignCosts | None,
    max_spacing_m: float,
    cross_c: np.ndarray | None,
    start: FieldSizing | None,
    search: bool,
    compare: bool,
    curves: bool,
) -> tuple:
    """:func:`.borefield.size_field_steps`' arguments for one field of the street (:func:`size_one`)."""
    shared = request.strip is not None
    return (
        list(request.homes), ground, request.extra_homes, bank, cross_c,
        None if shared else partial(_own_line, ground=ground), _room(request, ground, max_spacing_m),
        costs if shared else None, start, request.name, search, compare, curves,
    )


def size_one(
    request: FieldRequest,
    ground: GroundParameters,
    bank: GFunctionBank | None = None,
    costs: DesignCosts | None = None,
    max_spacing_m: float = 0.0,
    cross_c: np.ndarray | None = None,
    start: FieldSizing | None = None,
    search: bool = True,
    compare: bool = True,
    curves: bool = True,
) -> FieldSizing:
    """Size one field of the street: own loops by the fewest boreholes, shared fields by cost.

    ``search`` False keeps a shared field's layout from ``start`` (rounds in between);
    ``compare`` False leaves out the fewest-boreholes comparison, ``curves`` False the fluid
    temperatures of a sizing that settled (:func:`~minigrid_app.core.borefield.size_field`).
    """
    (homes, ground, extra_homes, bank, cross_c, geometry_for, room, costs, start, name, search, compare, curves) = (
        _arguments(request, ground, bank, costs, max_spacing_m, cross_c, start, search, compare, curves)
    )
    return borefield.size_field(
        homes, ground, extra_homes, bank, cross_c=cross_c, geometry_for=geometry_for, room=room, costs=costs,
        start=start, name=name, search=search, compare=compare, curves=curves,
    )


def size_one_steps(request: FieldRequest, ground: GroundParameters, bank=None, costs=None, max_spacing_m=0.0,
                   cross_c=None, start=None, search=True, compare=True, curves=True):
    """:func:`size_one` as a generator of its margin requests (:func:`.borefield.size_field_steps`)."""
    return borefield.size_field_steps(
        *_arguments(request, ground, bank, costs, max_spacing_m, cross_c, start, search, compare, curves)
    )


#: Fields sized as if no other were near, by what their sizing reads (:func:`_alike`) and the ground,
#: prices and spacing: the same inputs give the same field. Always with their details: a street sized
#: without them (``size_street``'s ``details``) finds the same field kept.
ALONE = Kept(4096)


def _alone_steps(alike: Sequence[FieldRequest], ground: GroundParameters, costs: DesignCosts | None,
                 max_spacing_m: float):
    """As a generator (:func:`size_street_steps`): request → the field sized alone, each of ``alike``
    sized once (:data:`ALONE`), side by side; one that another street of the same drive is sizing
    (:data:`.lockstep.DRIVE`) is waited for, not sized again."""
    keys = {a: (a, ground, costs, max_spacing_m) for a in alike}
    under_way = lockstep.DRIVE.under_way
    found: dict[FieldRequest, FieldSizing] = {}
    while len(found) < len(keys):
        mine = {}
        for a, key in keys.items():
            if a in found:
                continue
            kept = ALONE.get(key)
            if kept is not None:
                found[a] = kept
            elif key not in under_way:
                under_way[key] = True
                mine[a] = size_one_steps(a, ground, None, costs, max_spacing_m)
        if mine:
            try:
                sized = yield from lockstep.side_by_side(mine)
            finally:
                for a in mine:
                    under_way.pop(keys[a], None)
            for a, sizing in sized.items():
                ALONE.put(keys[a], sizing)
                found[a] = sizing
        elif len(found) < len(keys):
            yield []  # another street sizes them: nothing to ask this step
    return found


def _alike(request: FieldRequest) -> FieldRequest:
    """The request as :func:`size_one` reads it: its homes, reserve, name and room, not its id
    nor where it lies (the strip's or the home's place). So :data:`ALONE` finds a field sized
    before with the same homes in a strip of the same size elsewhere: a point of the signature
    curve or a drop-out lays the street out again with most clusters as they were."""
    strip = request.strip
    if strip is not None:
        strip = replace(strip, cluster_id="", x_m=0.0, y_m=0.0)
    return replace(request, id="", home=None, strip=strip)


def clear_cache() -> None:
    ALONE.clear()


def _own_line(count: int, ground: GroundParameters):
    """An own loop's boreholes: a line into the garden at the ground's spacing."""
    return gfunctions.line(count, ground.spacing_m, ground.borehole_radius_m, ground.buried_depth_m)


def _net_load_w(sizing: FieldSizing, years: int) -> np.ndarray:
    hours = np.array(DAYS_PER_MONTH, dtype=float) * 24.0
    extraction = np.asarray(sizing.monthly_extraction_kwh or (0.0,) * 12, dtype=float)
    injection = np.asarray(sizing.monthly_injection_kwh or (0.0,) * 12, dtype=float)
    return np.tile((extraction - injection) * 1000.0 / hours, years)


def neighbour_temperatures(
    requests: Sequence[FieldRequest], sizings: Sequence[FieldSizing], ground: GroundParameters
) -> tuple[list[np.ndarray], list[tuple[str, ...]]]:
    """Temperature change of every field from the others [K per month], and who the others are."""
    months = 12 * int(ground.simulation_years)
    boreholes = []
    for index, (request, sizing) in enumerate(zip(requests, sizings, strict=True)):
        for x, y in request.positions(sizing):
            boreholes.append(interference.Borehole(x, y, sizing.depth_m, ground.buried_depth_m, index))
    zero = [np.zeros(months) for _ in requests]
    if not boreholes:
        return zero, [()] * len(requests)
    times = monthly_time_axis_h(months) * 3600.0
    responses = interference.field_responses(boreholes, times, ground.diffusivity_m2_s)
    if not responses:
        return zero, [()] * len(requests)
    loads = [_net_load_w(s, int(ground.simulation_years)) for s in sizings]
    lengths = [max(s.total_length_m, 1e-9) for s in sizings]
    cross = interference.cross_temperatures(responses, loads, lengths, ground.conductivity_w_mk)
    others: list[list[str]] = [[] for _ in requests]
    for i, j in sorted(responses):  # sorted once (was once per field: 200 homes sorted it 200 times a round)
        others[i].append(requests[j].id)
    return cross, [tuple(ids) for ids in others]


def size_street(
    requests: Sequence[FieldRequest],
    ground: GroundParameters,
    bank: GFunctionBank | None = None,
    costs: DesignCosts | None = None,
    max_spacing_m: float = 0.0,
    details: bool = True,
) -> StreetSizing:
    """Size all fields of a scenario with their mutual interference.

    ``details`` False: every sizing without the fewest-boreholes comparison and without its fluid
    temperatures (:func:`size_one`'s ``compare`` and ``curves``), for a caller that reads only the
    designs and what they cost (a what-if run, :func:`~minigrid_app.core.analysis.compute_project`'s
    ``details``): the same designs, depths and loads in every round, so the same fields.

    The fields are sized side by side, their margins asked together (:mod:`.lockstep`); within
    :func:`.lockstep.each_together` the task stops here and its street is sized with the other
    tasks' streets (a signature curve's points).

    Returns
    -------
    StreetSizing
        Every field's sizing with ``positions`` in street coordinates, the ``alone_*``
        figures (the field sized as if no other were near), ``neighbours`` and
        ``interference_k``.
    """
    requests = tuple(requests)
    steps = partial(size_street_steps, requests, ground, bank, costs, max_spacing_m, details)
    if bank is None and lockstep.SESSION.active and requests:
        return lockstep.SESSION.size_field((requests, ground, costs, max_spacing_m, details), steps)
    if bank is not None or not lockstep.TOGETHER:  # a bank of its own (tests); or to compare: one margin after the other
        return lockstep.drive(steps(), lambda asked: [lockstep.answer(request) for request in asked])
    return lockstep.drive(steps())


def size_street_steps(requests, ground, bank=None, costs=None, max_spacing_m=0.0, details=True):
    """:func:`size_street` as a generator: it yields the lists of margin requests of its fields
    (sized side by side) and returns the :class:`StreetSizing`."""
    if bank is None:  # a field alike another's sized once (ALONE)
        alike = [_alike(r) for r in requests]
        found = yield from _alone_steps(alike, ground, costs, max_spacing_m)
        alone = [found[a] for a in alike]
    else:
        found = yield from lockstep.side_by_side({
            i: size_one_steps(r, ground, bank, costs, max_spacing_m, compare=details, curves=details)
            for i, r in enumerate(requests)
        })
        alone = [found[i] for i in range(len(requests))]
    current = list(alone)
    cross = [np.zeros(12 * int(ground.simulation_years)) for _ in requests]
    neighbours: list[tuple[str, ...]] = [()] * len(requests)
    rounds, converged = 0, True
    if len(requests) > 1:
        converged = False
        settled = False  # the last round kept every layout; one more with the design search confirms
        previous_cross = None
        for rounds in range(1, MAX_ROUNDS + 1):  # noqa: B007 (used after the loop)
            cross, neighbours = neighbour_temperatures(requests, current, ground)
            if previous_cross is not None:
                cross = [old + RELAXATION * (new - old) for old, new in zip(previous_cross, cross, strict=True)]
            else:
                cross = [RELAXATION * c for c in cross]
            previous_cross = cross
            if not any(neighbours):
                converged = True
                break
            found = yield from lockstep.side_by_side({  # the fields side by side, each with its neighbours as they were
                i: size_one_steps(
                    r, ground, bank, costs, max_spacing_m, cross[i] if neighbours[i] else None, current[i],
                    settled, details, details,
                )
                for i, r in enumerate(requests)
            })
            updated = [found[i] for i in range(len(requests))]
            unchanged = all(
                abs(new.total_length_m - old.total_length_m)
                <= ground.convergence_tolerance * max(old.total_length_m, 1e-9)
                and new.boreholes == old.boreholes
                for new, old in zip(updated, current, strict=True)
            )
            current = updated
            if unchanged and (settled or costs is None):
                converged = True
                break
            settled = unchanged
    sizings = {}
    for i, (request, sizing, first) in enumerate(zip(requests, current, alone, strict=True)):
        changes: dict = {"positions": request.positions(sizing), "neighbours": neighbours[i]}
        if neighbours[i] and first.feasible:
            # the rule of thumb is one for a field on its own: it is checked against the alone figure
            changes.update(
                alone_boreholes=first.boreholes,
                alone_depth_m=first.depth_m,
                alone_total_length_m=first.total_length_m,
                differs_from_rule_of_thumb=first.differs_from_rule_of_thumb,
            )
        if not converged:
            changes["warnings"] = (*sizing.warnings, _not_settled(request))
        sizings[request.id] = with_changes(sizing, **changes)
    return StreetSizing(sizings, {r.id: cross[i] for i, r in enumerate(requests)}, rounds, converged)


def _not_settled(request: FieldRequest) -> Bilingual:
    nl = str(request.name) if request.name else "Een bodemveld"
    en = getattr(request.name, "en", nl) if request.name else "A borefield"
    return Bilingual(
        f"{nl}: de invloed van de velden in de buurt kwam niet helemaal tot rust; laat het bronontwerp controleren.",
        f"{en}: the influence of the fields nearby did not fully settle; have the source design checked.",
    )


def resize(
    street: StreetSizing,
    request: FieldRequest,
    ground: GroundParameters,
    bank: GFunctionBank | None = None,
    costs: DesignCosts | None = None,
    max_spacing_m: float = 0.0,
    compare: bool = True,
    curves: bool = True,
) -> FieldSizing:
    """Size one field again (other loads) with its neighbours as the street sizing left them.

    ``compare`` False: without the fewest-boreholes comparison; ``curves`` False: without the
    fluid temperatures of a sizing that settled (:func:`size_one`).
    """
    before = street.sizings.get(request.id)
    cross = street.cross_c.get(request.id)
    has_neighbours = before is not None and bool(before.neighbours)
    sizing = size_one(
        request, ground, bank, costs, max_spacing_m, cross if has_neighbours else None, before, compare=compare,
        curves=curves,
    )
    if before is None:
        return sizing
    return with_changes(sizing, positions=request.positions(sizing), neighbours=before.neighbours)
