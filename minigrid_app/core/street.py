"""Where the homes and their boreholes lie along the street (method.md#pipe-length, issue 13).

The street is a line: the homes follow each other in the order of the household list, each
at the entered distance to the next (the default distance when none is given). Along that
line (x, metres from the first home):

- every home has a place for its own borehole(s) in its front garden, ``own_setback_m`` from
  the street line (y > 0); more than one borehole go further into the garden, a spacing apart;
- every cluster has a strip for its shared field on the street side (y < 0): by default along
  its members' frontage, from the first member to the end of the last member's frontage, one
  row wide; length and width can be set per cluster, and an available length for the whole
  street cuts strips that run past it.

Every borehole therefore has a position, and fields can see each other
(:mod:`minigrid_app.core.interference`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from minigrid_app.core.clusters import Cluster
from minigrid_app.core.model import Household


@dataclass(frozen=True)
class HomePlace:
    """One home along the street.

    Attributes
    ----------
    household_id : str
    x_m : float
        Where the home is along the street [m] (the first home at 0).
    frontage_m : float
        Its stretch of street: the distance to the next home [m].
    own_x_m, own_y_m : float
        Where its own (first) borehole goes [m].
    """

    household_id: str
    x_m: float
    frontage_m: float
    own_x_m: float
    own_y_m: float

    def own_positions(self, count: int, spacing_m: float) -> tuple[tuple[float, float], ...]:
        """Positions of ``count`` own boreholes: into the garden, ``spacing_m`` apart [m]."""
        return tuple((self.own_x_m, self.own_y_m + i * spacing_m) for i in range(count))


@dataclass(frozen=True)
class Strip:
    """The room for a cluster's shared field.

    Attributes
    ----------
    cluster_id : str
    x_m : float
        Start along the street [m].
    length_m : float
        Length along the street [m].
    y_m : float
        The strip's edge nearest the homes [m] (negative: the street side); rows go away
        from the homes.
    width_m : float
        Width across the street [m]; a field has 1 + ⌊width / spacing⌋ rows at most.
    keep_start_m, keep_end_m : float
        Room kept free of boreholes at the strip's start and end [m], where another strip
        lies close: two fields' boreholes stay at least the minimum spacing apart
        (:func:`street_layout`).
    """

    cluster_id: str
    x_m: float
    length_m: float
    y_m: float
    width_m: float
    keep_start_m: float = 0.0
    keep_end_m: float = 0.0

    @property
    def usable_length_m(self) -> float:
        """The stretch the boreholes' centres may take along the street [m]; negative: not even one."""
        return self.length_m - self.keep_start_m - self.keep_end_m

    def most_rows(self, spacing_m: float) -> int:
        return 1 + int(math.floor(self.width_m / spacing_m + 1e-9))

    def most_columns(self, spacing_m: float) -> int:
        return max(0, 1 + int(math.floor(self.usable_length_m / spacing_m + 1e-9)))

    def holds(self, rows: int, columns: int, spacing_m: float) -> bool:
        return rows <= self.most_rows(spacing_m) and columns <= self.most_columns(spacing_m)

    def place(self, rows: int, columns: int, spacing_m: float) -> tuple[tuple[float, float], ...]:
        """Positions of a grid of boreholes centred along the strip, rows going away from the homes [m].

        Centred on the whole strip, moved along it as far as needed to keep out of the room kept
        at its ends (:attr:`keep_start_m`, :attr:`keep_end_m`).
        """
        span = (columns - 1) * spacing_m
        start = self.x_m + 0.5 * (self.length_m - span)
        if self.keep_start_m or self.keep_end_m:
            start = max(self.x_m + self.keep_start_m, min(start, self.x_m + self.length_m - self.keep_end_m - span))
        return tuple(
            (start + (i % columns) * spacing_m, self.y_m - (i // columns) * spacing_m) for i in range(rows * columns)
        )


@dataclass(frozen=True)
class StreetLayout:
    """The homes' places and the clusters' strips."""

    homes: tuple[HomePlace, ...]
    strips: tuple[Strip, ...]
    length_m: float
    available_length_m: float | None = None

    def home(self, household_id: str) -> HomePlace | None:
        return next((h for h in self.homes if h.household_id == household_id), None)

    def strip(self, cluster_id: str) -> Strip | None:
        return next((s for s in self.strips if s.cluster_id == cluster_id), None)


def _distance(household: Household, default_m: float) -> float:
    """The entered distance to the next home, or the default when it is missing or unusable [m]."""
    value = household.distance_to_next_m
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        return default_m
    return float(value)


def street_layout(
    households: Sequence[Household],
    clusters: Sequence[Cluster],
    *,
    default_distance_m: float,
    own_setback_m: float,
    strip_offset_m: float,
    strip_width_m: float,
    strip_lengths_m: Mapping[str, float] | None = None,
    strip_widths_m: Mapping[str, float] | None = None,
    available_length_m: float | None = None,
    field_gap_m: float = 0.0,
) -> StreetLayout:
    """Lay the homes out along the street and give every cluster its strip.

    Parameters
    ----------
    households : sequence of Household
        All homes, in street order.
    clusters : sequence of Cluster
    default_distance_m : float
        Distance to the next home when none is entered [m].
    own_setback_m : float
        Distance of an own borehole from the street line into the front garden [m].
    strip_offset_m : float
        Distance of the shared fields' strip from the street line, on the street side [m].
    strip_width_m : float
        Default width of a strip [m].
    strip_lengths_m, strip_widths_m : mapping, optional
        Cluster id → length or width of its strip [m], where entered.
    available_length_m : float, optional
        Street length available for shared fields, from the first home [m]; strips are cut to it, and a
        strip that starts past it has no room (its field: ``no_room``; it held one borehole at its start,
        outside the street's available length).
    field_gap_m : float
        The least distance between two fields' boreholes [m] (the minimum spacing): where two
        strips meet or overlap, each keeps half of what is missing free at that end
        (:func:`_keep_apart`), so that fields filling their strips do not drill next to each
        other (two strips of one home's frontage each met at a point: boreholes 0 to 5 m apart).
    """
    places = []
    x = 0.0
    for household in households:
        frontage = _distance(household, default_distance_m)
        places.append(HomePlace(household.id, x, frontage, x, own_setback_m))
        x += frontage
    street_length = x
    by_id = {p.household_id: p for p in places}
    strips = []
    for cluster in clusters:
        members = [by_id[h] for h in cluster.household_ids if h in by_id]
        if not members:
            continue
        start = min(p.x_m for p in members)
        end = max(p.x_m + p.frontage_m for p in members)
        length = (strip_lengths_m or {}).get(cluster.id, end - start)
        width = (strip_widths_m or {}).get(cluster.id, strip_width_m)
        beyond = 0.0  # how far the available street ends before the strip starts [m]
        if available_length_m is not None:
            end_allowed = max(0.0, float(available_length_m))
            length = min(start + length, end_allowed) - start
            beyond = max(0.0, -length)  # a strip past the end: no room, not one borehole at its start
        strips.append(
            Strip(cluster.id, start, max(0.0, float(length)), -strip_offset_m, max(0.0, float(width)), keep_end_m=beyond)
        )
    if field_gap_m > 0:
        strips = _keep_apart(strips, field_gap_m)
    return StreetLayout(tuple(places), tuple(strips), street_length, available_length_m)


def _keep_apart(strips: list[Strip], gap_m: float) -> list[Strip]:
    """The strips with room kept at the ends where they come closer than ``gap_m`` to another.

    Along the street, strip by strip from the first start: the strip's usable start is held at
    least ``gap_m`` past the usable end of every strip before it; what is missing to the
    furthest of those ends is split evenly between that end and this start (again, while
    another end before it is then the furthest and still too close; a strip left without room for
    one borehole counts no more). All strips lie in one band
    beside the street, so only their stretches along it can bring boreholes together. A strip
    inside another keeps so much free that it may hold no borehole at all (its field: no room).
    In the order given.
    """
    keep_start = {s.cluster_id: s.keep_start_m for s in strips}
    keep_end = {s.cluster_id: s.keep_end_m for s in strips}
    before: list[Strip] = []
    for strip in sorted(strips, key=lambda s: (s.x_m, s.x_m + s.length_m)):
        for _ in range(len(before)):
            holding = [s for s in before if s.length_m - keep_start[s.cluster_id] - keep_end[s.cluster_id] >= 0]
            owner = max(holding, key=lambda s: s.x_m + s.length_m - keep_end[s.cluster_id], default=None)
            if owner is None:
                break
            missing = owner.x_m + owner.length_m - keep_end[owner.cluster_id] + gap_m - (strip.x_m + keep_start[strip.cluster_id])
            if missing <= 1e-9:
                break
            keep_end[owner.cluster_id] += missing / 2
            keep_start[strip.cluster_id] += missing / 2
        before.append(strip)
    return [replace(s, keep_start_m=keep_start[s.cluster_id], keep_end_m=keep_end[s.cluster_id]) for s in strips]
