"""Choosing a field's design: how many boreholes, in how many rows, how far apart, how deep.

Two rules (issue 13):

- **fewest boreholes**: the fewest boreholes in one row at the minimum spacing that keep the
  fluid within its limits at the maximum depth, then the smallest depth (the v1 rule, kept
  as the comparison an engineer may ask for, and the rule for a home's own loop);
- **lowest investment**: every layout that fits the room (one or more rows, spacing from
  the minimum up in whole metres, count from the fewest that fit up to a few more) with its
  smallest depth, priced as drilling per metre + a fixed cost per borehole + the header pipe
  that connects the boreholes (longer for a wider spacing); the cheapest wins.

The candidates are the layouts of the shipped g-function tables (a line of up to 12, two
rows of up to 6, 3 × 3, 3 × 4), so the search itself needs no pygfunction call.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from minigrid_app.core import gfunctions, lockstep
from minigrid_app.core.depthsearch import answered, smallest_depth_steps, smallest_depths_steps
from minigrid_app.core.depthsearch import through as _through
from minigrid_app.core.fieldmodel import MIN_DEPTH_M, FieldModel
from minigrid_app.core.formatting import borehole_depth, euro, number
from minigrid_app.core.gfunctions import FieldGeometry

#: Layouts the lowest-investment search tries: rows → largest number of columns.
SEARCH_LAYOUTS = {1: 12, 2: 6, 3: 4}
#: Counts tried above the fewest that fit, per layout and spacing.
EXTRA_COUNTS = 3


@dataclass(frozen=True)
class DesignCosts:
    """Prices the lowest-investment rule weighs [€, incl. VAT]."""

    per_m_eur: float
    per_borehole_eur: float
    header_per_m_eur: float


@dataclass(frozen=True)
class Room:
    """Where a field may go.

    Attributes
    ----------
    min_spacing_m, max_spacing_m : float
        Spacing between boreholes allowed [m].
    length_m, width_m : float or None
        Size of the strip [m]; None: unlimited (a line may be as long as it needs).
    most_boreholes : int
        Largest count allowed.
    """

    min_spacing_m: float
    max_spacing_m: float
    length_m: float | None = None
    width_m: float | None = None
    most_boreholes: int = 120

    def columns(self, spacing_m: float) -> int:
        if self.length_m is None:
            return self.most_boreholes
        return 1 + int(math.floor(self.length_m / spacing_m + 1e-9))

    def rows(self, spacing_m: float) -> int:
        if self.width_m is None:
            return 1
        return 1 + int(math.floor(self.width_m / spacing_m + 1e-9))

    def spacings(self) -> list[float]:
        """The spacings tried: the minimum, then whole metres up to the maximum [m]."""
        found = [self.min_spacing_m]
        value = math.floor(self.min_spacing_m) + 1.0
        while value <= self.max_spacing_m + 1e-9:
            found.append(value)
            value += 1.0
        return found


@dataclass(frozen=True)
class Design:
    """A field design: layout, depth and what it costs to drill and connect.

    Attributes
    ----------
    rows, columns : int
    spacing_m, depth_m : float
    investment_eur : float
        Drilling + fixed cost per borehole + header pipe [€].
    header_m : float
        Header pipe between the boreholes [m].
    """

    rows: int
    columns: int
    spacing_m: float
    depth_m: float
    investment_eur: float = 0.0
    header_m: float = 0.0

    @property
    def count(self) -> int:
        return self.rows * self.columns

    @property
    def total_length_m(self) -> float:
        return self.count * self.depth_m


def header_length_m(rows: int, columns: int, spacing_m: float) -> float:
    """Pipe connecting the boreholes: along every row, and once across the rows [m]."""
    return rows * (columns - 1) * spacing_m + (rows - 1) * spacing_m


def priced(rows: int, columns: int, spacing_m: float, depth_m: float, costs: DesignCosts | None) -> Design:
    header = header_length_m(rows, columns, spacing_m)
    return Design(rows, columns, spacing_m, depth_m, _investment(rows, columns, depth_m, header, costs), header)


def _investment(rows: int, columns: int, depth_m: float, header_m: float, costs: DesignCosts | None) -> float:
    """:attr:`Design.investment_eur` of a design (0 without prices) [€]."""
    if costs is None:
        return 0.0
    count = rows * columns
    return count * depth_m * costs.per_m_eur + count * costs.per_borehole_eur + header_m * costs.header_per_m_eur


class Designer:
    """Searches designs for one field model (fixed loads), remembering every trial.

    Parameters
    ----------
    model : FieldModel
    deepest_m : float
        Maximum depth [m].
    geometry : callable
        (rows, columns, spacing) → FieldGeometry.
    """

    def __init__(
        self, model: FieldModel, deepest_m: float, geometry: Callable[[int, int, float], FieldGeometry]
    ) -> None:
        self.model = model
        self.deepest_m = deepest_m
        self.geometry = geometry
        self.known: dict[tuple[int, int, float, float], float] = {}
        #: depth → the margin of one borehole there: the same at every spacing (it has no neighbours,
        #: and its g-function is the one-borehole table's or pygfunction's at any spacing, to the
        #: last bit), so the layout search's one-column layouts (one per spacing) work it out once
        self.single: dict[float, float] = {}
        #: :meth:`cheapest` stops the depth search of layouts that cannot be the cheapest (the same design)
        self.prune = True
        #: and probes those that may cost more than the cheapest known (smallest_depths' ``rising``)
        self.probe = True

    @property
    def trials(self) -> int:
        return len(self.known)

    def margin(self, rows: int, columns: int, spacing_m: float, depth_m: float) -> float:
        return answered(self.margin_steps(rows, columns, spacing_m, depth_m), lockstep.answer)

    def margin_steps(self, rows: int, columns: int, spacing_m: float, depth_m: float):
        """:meth:`margin` as a generator (:meth:`_margins_steps`): one pair, remembered (asked only when not known)."""
        found = self.known.get((rows, columns, spacing_m, depth_m))
        if found is None:
            found = (yield from self._margins_steps([(rows, columns, spacing_m)], [depth_m])).item(0)
        return found

    def depth(self, rows: int, columns: int, spacing_m: float, guess_m: float | None = None) -> float | None:
        return answered(self.depth_steps(rows, columns, spacing_m, guess_m), lockstep.answer)

    def depth_steps(self, rows: int, columns: int, spacing_m: float, guess_m: float | None = None):
        steps = smallest_depth_steps(self.model.margin_at_infinite_depth(), self.deepest_m, guess_m)
        return (yield from _through(steps, lambda h: self.margin_steps(rows, columns, spacing_m, h)))

    def fewest_columns(self, rows: int, spacing_m: float, start: int, most: int) -> int | None:
        """The fewest columns that fit at the maximum depth (down from ``start``, or up by doubling)."""
        return answered(self.fewest_columns_steps(rows, spacing_m, start, most), lockstep.answer)

    def fewest_columns_steps(self, rows: int, spacing_m: float, start: int, most: int):
        def fits(columns: int):
            return (yield from self.margin_steps(rows, columns, spacing_m, self.deepest_m)) >= 0

        count = min(max(1, start), most)
        if (yield from fits(count)):
            while count > 1 and (yield from fits(count - 1)):
                count -= 1
            return count
        low, high = count, None
        while high is None:
            if low >= most:
                return None
            candidate = min(most, low * 2)
            if (yield from fits(candidate)):
                high = candidate
            else:
                low = candidate
        while high - low > 1:
            middle = (low + high) // 2
            if (yield from fits(middle)):
                high = middle
            else:
                low = middle
        return high

    def fewest(self, room: Room, start: int, guess: Design | None = None, costs: DesignCosts | None = None) -> Design | None:
        """The fewest boreholes in one row at the minimum spacing, then the smallest depth."""
        return answered(self.fewest_steps(room, start, guess, costs), lockstep.answer)

    def fewest_steps(self, room: Room, start: int, guess: Design | None = None, costs: DesignCosts | None = None):
        spacing = room.min_spacing_m
        most = min(room.most_boreholes, room.columns(spacing))
        if guess is not None and (guess.rows, guess.spacing_m) == (1, spacing) and guess.columns <= most:
            # the last round's count: a depth within the maximum proves it fits; then only
            # one borehole fewer needs a check at the maximum depth
            depth = yield from self.depth_steps(1, guess.columns, spacing, guess.depth_m)
            if depth is not None and (
                guess.columns == 1 or (yield from self.margin_steps(1, guess.columns - 1, spacing, self.deepest_m)) < 0
            ):
                return priced(1, guess.columns, spacing, depth, costs)
        columns = yield from self.fewest_columns_steps(1, spacing, start, most)
        if columns is None:
            return None
        same = guess is not None and (guess.rows, guess.columns, guess.spacing_m) == (1, columns, spacing)
        depth = yield from self.depth_steps(1, columns, spacing, guess.depth_m if same else None)
        return None if depth is None else priced(1, columns, spacing, depth, costs)

    def cheapest(self, room: Room, costs: DesignCosts, start: int, guess: Design | None = None) -> Design | None:
        """The lowest-investment design within the room (None: nothing fits).

        The layouts the room holds are checked at the maximum depth (:meth:`_at_deepest`);
        for each rows × spacing, the fewest columns that fit and up to ``EXTRA_COUNTS`` more
        get their smallest depth, all searched together (:func:`smallest_depths`).
        """
        return answered(self.cheapest_steps(room, costs, start, guess), lockstep.answer)

    def cheapest_steps(self, room: Room, costs: DesignCosts, start: int, guess: Design | None = None):
        layouts = search_layouts(room)
        if not layouts:
            return None
        guessed = None if guess is None else (guess.rows, guess.columns, guess.spacing_m)
        also = []  # what the search asks first of the guess, worked out with the first check (one superposition less)
        if guessed in layouts:
            # the depth smallest_depths starts the guess at: 1 / x of its x, to the last bit
            also = [(guessed, self.deepest_m), (guessed, 1.0 / (1.0 / min(max(guess.depth_m, MIN_DEPTH_M), self.deepest_m)))]
        at_deepest = yield from self._at_deepest_steps(layouts, start, also)
        if guessed in layouts and guessed not in at_deepest:  # it starts at its guess: is it in at all?
            at_deepest[guessed] = float((yield from self._margins_steps([guessed], np.array([self.deepest_m])))[0])
        chosen, known = [], []
        first: dict[tuple[int, float], int] = {}
        for rows, columns, spacing in layouts:
            margin = at_deepest.get((rows, columns, spacing))
            if margin is not None and margin < 0:
                continue
            if margin is None:  # not asked yet (beyond the fewest that fit): the search asks it, or probes it first
                least = first.get((rows, spacing))
                if least is not None and columns <= least + EXTRA_COUNTS:
                    chosen.append((rows, columns, spacing))
                    known.append(math.nan)
                continue
            least = first.setdefault((rows, spacing), columns)
            if columns <= least + EXTRA_COUNTS:
                chosen.append((rows, columns, spacing))
                known.append(margin)
        if not chosen:
            return None
        guesses = np.array(
            [guess.depth_m if guess is not None and (guess.rows, guess.columns, guess.spacing_m) == c else np.nan for c in chosen]
        )
        steps = smallest_depths_steps(
            lambda index, trial: self._margins([chosen[i] for i in index], trial),
            self.model.margin_at_infinite_depth(),
            self.deepest_m,
            len(chosen),
            guesses,
            np.array(known),
            **self._pruning(chosen, costs, self.probe) if self.prune else {},
        )
        depths = yield from _through(steps, lambda ask: self._listed([chosen[i] for i in ask[0]], ask[1]))
        # the scan over priced() designs, comparing their prices without making a Design of each
        best, least = None, 0.0
        for layout, depth in zip(chosen, depths.tolist(), strict=True):
            if math.isnan(depth):
                continue
            rows, columns, spacing = layout
            cost = _investment(rows, columns, depth, header_length_m(rows, columns, spacing), costs)
            if best is None or cost < least - 1e-6:
                best, least = (rows, columns, spacing, depth), cost
        return None if best is None else priced(*best, costs)

    @staticmethod
    def _pruning(chosen: list[tuple[int, int, float]], costs: DesignCosts, probe: bool = True) -> dict:
        """What :func:`smallest_depths` needs to stop the candidates that cannot be the cheapest.

        The cost is :func:`priced`'s in the same arithmetic, operation for operation (never less
        at a greater depth while drilling costs something per metre). The tie is wide enough that leaving out a candidate
        dearer than the cheapest by more cannot change which one the scan in :meth:`cheapest`
        keeps: there a candidate replaces the one kept only when cheaper by more than 1e-6, and
        each replacement that would go differently without it moves the kept cost down by at
        most that much, so one tie per candidate (and rounding) bounds it.
        """
        if costs.per_m_eur < 0:
            return {}
        cost = _Cost(chosen, costs)
        # 2e-6 a candidate: the tie of 1e-6 and the rounding of the scan's "cost − 1e-6" (below 1e-6 up to € 1e9)
        # a field's margin grows with its depth: the search may probe the dear ones (smallest_depths' rising)
        return {"cost": cost, "tie": (len(chosen) + 2) * 2e-6, "rising": probe}

    def _at_deepest_steps(
        self, layouts: tuple[tuple[int, int, float], ...], start: int, also: list[tuple[tuple[int, int, float], float]] = ()
    ):
        """Margins at the maximum depth of the layouts :meth:`cheapest` needs them of to choose.

        Per rows × spacing, the search takes the fewest columns that fit and up to
        :data:`EXTRA_COUNTS` more: the columns beyond those are never needed, and those more
        are asked by the search itself (:func:`smallest_depths` probes the dear ones first,
        most need no margin at the deepest at all). So the columns up to ``start`` boreholes
        are checked first, all rows × spacings in one superposition, and more (the extra
        counts at a time) only where none of them fits. ``also``: (layout, depth) pairs worked
        out with the first of these superpositions and remembered (:meth:`_margins`), for :meth:`cheapest`
        to ask next without one of its own (each pair's margin is the same in any batch).
        """
        groups = _groups(layouts)
        found: dict[tuple[int, int, float], float] = {}
        upto = {group: -(-max(1, start) // group[0]) for group in groups}
        while upto:
            ask = [
                (rows, columns, spacing)
                for (rows, spacing), limit in upto.items()
                for columns in groups[(rows, spacing)]
                if columns <= limit and (rows, columns, spacing) not in found
            ]
            if ask:
                extra = [(layout, depth) for layout, depth in also if (*layout, depth) not in self.known]
                extra = [pair for pair in extra if pair[1] != self.deepest_m or pair[0] not in ask]
                depths = np.array([self.deepest_m] * len(ask) + [depth for _, depth in extra])
                margins = yield from self._margins_steps(ask + [layout for layout, _ in extra], depths)
                for layout, margin in zip(ask, margins.tolist(), strict=False):
                    found[layout] = margin
                also = ()
            more = {}
            for (rows, spacing), limit in upto.items():
                columns = groups[(rows, spacing)]
                least = next((c for c in columns if c <= limit and found[(rows, c, spacing)] >= 0), None)
                needed = limit + EXTRA_COUNTS + 1 if least is None else least
                if needed > limit and columns[-1] > limit:
                    more[(rows, spacing)] = needed
            upto = more
        return found

    def _margins_steps(self, layouts: list[tuple[int, int, float]], depths):
        """:meth:`_margins` as a generator: it yields ``(self, layouts, depths)`` when some pair is
        not known yet (the answer is :meth:`_margins`', or :func:`.lockstep.answer_together`'s for many)."""
        if all((r, c, b, d) in self.known for (r, c, b), d in zip(layouts, np.asarray(depths, dtype=float).tolist(), strict=True)):
            return self._margins(layouts, depths)
        return (yield self, layouts, depths)

    def _listed(self, layouts: list[tuple[int, int, float]], depths: list[float]):
        """:meth:`_margins_steps` of a depth search's batch, as the list of floats it takes back."""
        return np.asarray((yield from self._margins_steps(layouts, depths)), dtype=float).tolist()

    def _margins(self, layouts: list[tuple[int, int, float]], depths: np.ndarray) -> np.ndarray:
        """Margins of several layouts at their depths in one superposition, remembered like :meth:`margin`."""
        keys, missing, ones, copies = self._missing(layouts, depths)
        if len(missing) == 1:  # one pair: FieldModel.margin, the same value with less bookkeeping
            i = missing[0]
            self.known[keys[i]] = self.model.margin(self.geometry(*layouts[i]), keys[i][3])
        elif missing:
            geometry = self.geometry
            found = self.model.margins_of([geometry(*layouts[i]) for i in missing], [keys[i][3] for i in missing])
            for i, value in zip(missing, found.tolist(), strict=True):
                self.known[keys[i]] = value
        return self._found(keys, ones, copies)

    def _missing(self, layouts: list[tuple[int, int, float]], depths) -> tuple[list, list[int], list[int], list[int]]:
        """The pairs' keys, those to work out (indices), and the one-borehole pairs among them
        and those that copy theirs (:meth:`_single_pairs`); known one-borehole pairs filled in."""
        keys = [(r, c, b, d) for (r, c, b), d in zip(layouts, np.asarray(depths, dtype=float).tolist(), strict=True)]
        missing = [i for i, key in enumerate(keys) if key not in self.known]
        ones, copies = [], []  # one-borehole pairs: worked out once per depth (:attr:`single`)
        if missing and any(keys[i][0] * keys[i][1] == 1 for i in missing):
            missing, ones, copies = self._single_pairs(keys, missing)
        return keys, missing, ones, copies

    def _found(self, keys: list, ones: list[int], copies: list[int]) -> np.ndarray:
        """The pairs' margins once the missing ones are known (the one-borehole pairs' kept and copied)."""
        known = self.known
        for i in ones:
            self.single[keys[i][3]] = known[keys[i]]
        for i in copies:
            known[keys[i]] = self.single[keys[i][3]]
        return np.array([known[key] for key in keys])

    def _single_pairs(
        self, keys: list[tuple[int, int, float, float]], missing: list[int]
    ) -> tuple[list[int], list[int], list[int]]:
        """The missing pairs to work out, those of them with one borehole (their margins go into
        :attr:`single`), and the one-borehole pairs that take theirs from it (a pair at their depth
        is among those worked out); one-borehole pairs known there are filled in already."""
        known, single = self.known, self.single
        ask, ones, copies, first = [], [], [], set()
        for i in missing:
            rows, columns, _, depth = keys[i]
            if rows * columns != 1:
                ask.append(i)
            elif depth in single:
                known[keys[i]] = single[depth]
            elif depth in first:
                copies.append(i)
            else:
                first.add(depth)
                ask.append(i)
                ones.append(i)
        return ask, ones, copies

    def refit(self, design: Design, room: Room, costs: DesignCosts | None) -> Design | None:
        """The same layout at new loads: its smallest depth, or one column more while it does not fit."""
        return answered(self.refit_steps(design, room, costs), lockstep.answer)

    def refit_steps(self, design: Design, room: Room, costs: DesignCosts | None):
        rows, columns, spacing = design.rows, design.columns, design.spacing_m
        most = min(room.columns(spacing), room.most_boreholes // rows, SEARCH_LAYOUTS.get(rows, room.most_boreholes))
        while columns <= max(most, design.columns):
            depth = yield from self.depth_steps(rows, columns, spacing, design.depth_m)
            if depth is not None:
                return priced(rows, columns, spacing, depth, costs)
            columns += 1
        return None


class _Cost:
    """What candidates of :meth:`Designer.cheapest` cost at depths [€]: :func:`priced`'s investment in the same
    arithmetic, operation for operation, in numpy (``cost(index, depths)``, arrays) and in floats
    (:meth:`floats`, lists: the same values, for :func:`smallest_depths`' few dozen at a time)."""

    def __init__(self, chosen: list[tuple[int, int, float]], costs: DesignCosts) -> None:
        self.counts = [float(rows * columns) for rows, columns, _ in chosen]
        self.per_borehole = [count * costs.per_borehole_eur for count in self.counts]
        self.header = [header_length_m(*layout) * costs.header_per_m_eur for layout in chosen]
        self.per_m = costs.per_m_eur
        self._arrays = np.array(self.counts), np.array(self.per_borehole), np.array(self.header)

    def __call__(self, index: np.ndarray, depths: np.ndarray) -> np.ndarray:
        count, per_borehole, header = self._arrays
        return count[index] * depths * self.per_m + per_borehole[index] + header[index]

    def floats(self, index, depths) -> list[float]:
        counts, per_borehole, header, per_m = self.counts, self.per_borehole, self.header, self.per_m
        return [counts[i] * depth * per_m + per_borehole[i] + header[i] for i, depth in zip(index, depths, strict=True)]


@lru_cache(maxsize=256)
def search_layouts(room: Room) -> tuple[tuple[int, int, float], ...]:
    """The (rows, columns, spacing) :meth:`Designer.cheapest` tries in a room, in its order: the
    same for every search in the room (the break-even search's thousands): worked out once."""
    return tuple(
        (rows, columns, spacing)
        for rows in sorted(SEARCH_LAYOUTS)
        for spacing in room.spacings()
        if rows <= room.rows(spacing)
        for columns in range(2 if rows > 1 else 1, min(SEARCH_LAYOUTS[rows], room.columns(spacing)) + 1)
        if rows * columns <= room.most_boreholes
    )


@lru_cache(maxsize=256)
def _groups(layouts: tuple[tuple[int, int, float], ...]) -> dict[tuple[int, float], tuple[int, ...]]:
    """(rows, spacing) → the columns of those layouts, in order (:meth:`Designer._at_deepest`; read only)."""
    groups: dict[tuple[int, float], list[int]] = {}
    for rows, columns, spacing in layouts:
        groups.setdefault((rows, spacing), []).append(columns)
    return {group: tuple(columns) for group, columns in groups.items()}


def grid_geometry(radius_m: float, buried_m: float) -> Callable[[int, int, float], FieldGeometry]:
    """(rows, columns, spacing) → the grid geometry of a field with this borehole."""

    def geometry(rows: int, columns: int, spacing_m: float) -> FieldGeometry:
        return gfunctions.grid(rows, columns, spacing_m, radius_m, buried_m)

    return geometry


def describe(chosen: Design, fewest: Design | None, lang_nl: bool = True) -> str:
    """Why this design, in one sentence (Dutch or English)."""
    def text(d: Design) -> str:
        rows = "" if d.rows == 1 else (f" in {d.rows} rijen" if lang_nl else f" in {d.rows} rows")
        if lang_nl:
            return f"{d.count} boorgaten van {borehole_depth(d.count, d.depth_m, language='nl')}, {number(d.spacing_m, 0, 'm', 'nl')} uit elkaar{rows}"
        return f"{d.count} boreholes of {borehole_depth(d.count, d.depth_m, language='en')}, {number(d.spacing_m, 0, 'm', 'en')} apart{rows}"

    if fewest is None or (fewest.rows, fewest.columns, fewest.spacing_m) == (chosen.rows, chosen.columns, chosen.spacing_m):
        if lang_nl:
            return f"{text(chosen)}: de minste boorgaten is hier ook het goedkoopst."
        return f"{text(chosen)}: the fewest boreholes is also the cheapest here."
    saving = fewest.investment_eur - chosen.investment_eur
    amount = euro(saving, 0, "nl" if lang_nl else "en")
    if lang_nl:
        return f"{text(chosen)}: {amount} goedkoper dan de minste boorgaten ({text(fewest)})."
    return f"{text(chosen)}: {amount} cheaper than the fewest boreholes ({text(fewest)})."
