"""g-functions of borefields in dimensionless time: shipped tables first, pygfunction second.

A field's g-function depends on the ground only through its diffusivity α, and only through
Eskilson's dimensionless time τ = t / t_s = 9αt / H² (H the borehole depth). Working in
ln τ therefore makes every computed g-function valid for every ground: a change of
conductivity or heat capacity only shifts ln t (Eskilson 1987; Cimmino 2018).

Where the values come from, in this order:

1. **Tables** for the standard layouts (a line of 1-12 boreholes, two rows of 2-6, a 3 × 3
   and a 3 × 4 grid), precomputed by pygfunction (uniform borehole wall temperature) on a
   grid of depths, spacings and ln τ for the default borehole radius and buried depth.
   ``scripts/make_gfunction_tables.py`` writes them; ``tests/core/test_gfunction_tables.py``
   checks them against pygfunction within 0.5 % on g. The io layer hands them to
   :meth:`GFunctionBank.use_tables` (core reads no files).
2. **pygfunction** for anything else (another radius, buried depth or layout): the
   g-function is computed on the same ln τ grid at depth nodes 25 % apart and kept for the
   session; between nodes it is interpolated like the tables.

Interpolation is local cubic (four-point Lagrange) in ln τ, ln H and ln B, in plain numpy
over any number of times and depths at once: neither pygfunction nor scipy is imported
while the tables cover a case.

References
----------
Eskilson P. (1987), Thermal analysis of heat extraction boreholes, Lund University.
Cimmino M. (2018), Fast calculation of the g-functions of geothermal borehole fields using
similarities in the evaluation of the finite line source solution, J. Build. Perf. Simul.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from minigrid_app.core import gtable_source, realfft

#: ln τ grid of every g-function row: τ = 9αt/H² from 1.5e-8 to 1100 in steps of 0.5.
LN_TAU_START = -18.0
LN_TAU_STEP = 0.5
LN_TAU_COUNT = 51
#: Depth nodes: 10 m × 1.25^k (tables from 10 m to about 470 m).
DEPTH_NODE_START_M = 10.0
DEPTH_NODE_RATIO = 1.25
#: Format version of the shipped tables; the loader refuses any other.
TABLE_VERSION = 1
#: (geometry, depth) pairs whose g at the sizing's times a bank remembers, recent and older
#: each (about 2.5 kB a pair: :meth:`GFunctionBank.g_of`).
G_REMEMBERED = 1024
#: The same for the spectra of the superposition (about 8 kB a pair: :meth:`GFunctionBank.responses_of`).
RESPONSES_REMEMBERED = 512
#: The same for the spectra of pairs at a depth on the grid of :data:`GRID_M`, kept apart: the
#: maximum depth and the layout search's probes (:data:`~minigrid_app.core.depthsearch.PROBE_GRID_M`)
#: come back search after search (every trial gas use of a break-even, every point of a signature
#: curve), the secant's depths between them hardly ever, and among those they were pushed out
#: before they came back (a street of 200 homes worked out a third of its g values twice). 2048 since
#: the probes lie on a 1 m grid (fewer depths to keep): distinct-200 works out 6 500 fewer g values in
#: its break-even searches than with 1024 on 0.5 m; ``minigrid intent straat-24`` peaked 5 MB higher.
GRID_RESPONSES_REMEMBERED = 2048
#: The depth grid whose pairs :data:`GRID_RESPONSES_REMEMBERED` counts [m].
GRID_M = 0.5


def ln_tau_grid() -> np.ndarray:
    """The ln τ values of a g-function row [-]."""
    return LN_TAU_START + LN_TAU_STEP * np.arange(LN_TAU_COUNT)


def _cubic_stencil(start: float, step: float, count: int, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First node index and four Lagrange weights for points ``x`` on a uniform grid.

    The stencil is the four nodes around x (one-sided at the ends; x outside the grid is
    clamped to it). Returns (index, weights) with shapes x.shape and x.shape + (4,).
    """
    u = np.minimum(np.maximum((np.asarray(x, dtype=float) - start) / step, 0.0), count - 1.0)
    first = np.minimum(np.maximum(np.floor(u).astype(int) - 1, 0), max(0, count - 4))
    return first, lagrange_weights(u - first)


def lagrange_weights(s: np.ndarray) -> np.ndarray:
    """Weights of four equally spaced nodes 0..3 for the cubic through them at position ``s``."""
    s = np.asarray(s, dtype=float)
    s1, s2, s3 = s - 1, s - 2, s - 3
    weights = np.empty(s.shape + (4,))
    weights[..., 0] = -s1 * s2 * s3 / 6.0
    weights[..., 1] = s * s2 * s3 / 2.0
    weights[..., 2] = -s * s1 * s3 / 2.0
    weights[..., 3] = s * s1 * s2 / 6.0
    return weights


def interpolate_rows(rows: np.ndarray, ln_tau: np.ndarray) -> np.ndarray:
    """Evaluate g-function rows at ln τ (cubic in ln τ).

    Parameters
    ----------
    rows : numpy.ndarray, shape (..., LN_TAU_COUNT)
        g on the ln τ grid.
    ln_tau : numpy.ndarray, shape (..., k)
        Where to evaluate; leading dimensions broadcast with ``rows``'.
    """
    rows = np.asarray(rows, dtype=float)
    ln_tau = np.asarray(ln_tau, dtype=float)
    if rows.ndim == 2 and ln_tau.ndim == 2 and rows.shape[0] == ln_tau.shape[0]:
        return _interpolate_each_row(rows, ln_tau)
    first, weights = _cubic_stencil(LN_TAU_START, LN_TAU_STEP, LN_TAU_COUNT, ln_tau)
    index = first[..., None] + np.arange(4)  # the four nodes of each point, gathered in one take
    rows = np.broadcast_to(rows, index.shape[:-2] + rows.shape[-1:])
    stack = np.take_along_axis(rows, index.reshape(index.shape[:-2] + (-1,)), axis=-1).reshape(index.shape)
    return np.sum(stack * weights, axis=-1)


def _interpolate_each_row(rows: np.ndarray, ln_tau: np.ndarray) -> np.ndarray:
    """:func:`interpolate_rows` for one row per point set: shapes (n, LN_TAU_COUNT) and (n, k).

    Every value goes through the same operations as in :func:`_cubic_stencil`,
    :func:`lagrange_weights` and the weighted sum over the four nodes (numpy sums a short
    last axis from the first term on: ((p0 + p1) + p2) + p3), done in place on (n, k) arrays
    with one flat gather per node instead of a (n, k, 4) stack: the layout search
    interpolates dozens of rows per step, and this is twice as fast with the same values to
    the last bit (``tests/core/test_gfunction_tables.py`` compares the two). One row goes
    through :func:`_interpolate_one_row`.
    """
    if rows.shape[0] == 1:
        return _interpolate_one_row(rows, ln_tau)
    u = np.subtract(ln_tau, LN_TAU_START)
    u /= LN_TAU_STEP
    np.maximum(u, 0.0, out=u)  # = clip(u, 0, count − 1) (np.clip's wrappers cost more than the two ufuncs)
    np.minimum(u, LN_TAU_COUNT - 1.0, out=u)
    first = np.floor(u)  # the first node, as a float (the same whole numbers)
    first -= 1.0
    np.maximum(first, 0.0, out=first)
    np.minimum(first, float(max(0, LN_TAU_COUNT - 4)), out=first)
    s = np.subtract(u, first, out=u)
    s1, s2, s3 = s - 1, s - 2, s - 3
    flat = np.ascontiguousarray(rows).ravel()
    index = first.astype(np.intp)
    index += (np.arange(rows.shape[0]) * rows.shape[1])[:, None]
    weight = np.negative(s1)  # -s1 * s2 * s3 / 6
    weight *= s2
    weight *= s3
    weight /= 6.0
    total = flat[index]
    total *= weight
    np.multiply(s, s2, out=weight)  # s * s2 * s3 / 2
    weight *= s3
    weight /= 2.0
    index += 1
    term = flat[index]
    term *= weight
    total += term
    np.negative(s, out=weight)  # -s * s1 * s3 / 2
    weight *= s1
    weight *= s3
    weight /= 2.0
    index += 1
    term = flat[index]
    term *= weight
    total += term
    np.multiply(s, s1, out=weight)  # s * s1 * s2 / 6
    weight *= s2
    weight /= 6.0
    index += 1
    term = flat[index]
    term *= weight
    total += term
    return total



#: s − 0, s − 1, s − 2, s − 3 and the four nodes of a stencil, for :func:`_interpolate_one_row`
#: (columns against a row of points: numpy broadcasts two dimensions faster than three)
_NODE_OFFSETS = np.arange(4.0)[:, None]
_NODE_STEPS = np.arange(4)[:, None]
#: the Lagrange weights' divisors with their signs (x / −6 is −(x / 6) to the last bit)
_WEIGHT_DIVISORS = np.array([-6.0, 2.0, -2.0, 6.0])[:, None]


def _interpolate_one_row(rows: np.ndarray, ln_tau: np.ndarray, ascending: bool = False) -> np.ndarray:
    """:func:`_interpolate_each_row` of one row (shapes (1, LN_TAU_COUNT) and (1, k)): the same
    values to the last bit in half the numpy calls (a depth search interpolates one row per step).

    The four weights are worked out together in a (4, k) array with the same products in
    the same order (−s1·s2·s3 / 6 as s1·s2·s3 / −6: a sign changes no rounding), the four nodes
    gathered in one take and summed over the first axis (numpy adds them one after the other:
    ((p0 + p1) + p2) + p3, as the loop there).

    ``ascending``: ``ln_tau`` is known to be in ascending order (a depth search's times, shifted
    by 2 ln H). Then ``u`` and the first nodes are too (each step rounds monotonically), so the
    clamps change nothing when the first and last are within the grid: they are left out then
    (the same values, four numpy calls fewer; u is never −0.0, x − x being +0.0).
    """
    u = np.subtract(ln_tau.reshape(-1), LN_TAU_START)
    u /= LN_TAU_STEP
    if not (ascending and u.item(0) >= 0.0 and u.item(-1) <= LN_TAU_COUNT - 1.0):
        np.maximum(u, 0.0, out=u)  # = clip(u, 0, count − 1), fewer numpy calls
        np.minimum(u, LN_TAU_COUNT - 1.0, out=u)
    first = np.floor(u)
    first -= 1.0
    last_first = float(max(0, LN_TAU_COUNT - 4))
    if not (ascending and math.floor(u.item(0)) >= 1 and math.floor(u.item(-1)) - 1.0 <= last_first):
        np.maximum(first, 0.0, out=first)
        np.minimum(first, last_first, out=first)
    s = np.subtract(u, first, out=u)
    shifted = s - _NODE_OFFSETS  # s, s − 1, s − 2, s − 3
    weight = np.empty(shifted.shape)  # np.empty_like's layout and type, without its dispatch
    np.multiply(shifted[1::-1], shifted[2], out=weight[0:2])  # s1·s2, s·s2
    weight[0:2] *= shifted[3]  # s1·s2·s3, s·s2·s3
    np.multiply(shifted[0], shifted[1], out=weight[2])  # s·s1
    np.multiply(weight[2], shifted[2], out=weight[3])  # s·s1·s2
    weight[2] *= shifted[3]  # s·s1·s3
    weight /= _WEIGHT_DIVISORS
    index = first.astype(np.intp)
    index = index + _NODE_STEPS
    nodes = np.ascontiguousarray(rows).ravel().take(index)
    nodes *= weight
    return np.add.reduce(nodes, axis=0)[None, :]

@dataclass(frozen=True)
class FieldGeometry:
    """Where the boreholes of one field are, relative to each other.

    Attributes
    ----------
    kind : str
        ``line`` (boreholes in a row), ``rows`` (a full grid of ``rows`` rows) or
        ``custom`` (the positions as given).
    count : int
        Number of boreholes.
    spacing_m : float
        Distance between neighbouring boreholes (both directions for ``rows``) [m].
    rows : int
        Rows of a ``rows`` grid (1 for a line).
    radius_m, buried_depth_m : float
        Borehole radius and depth of the top below ground [m].
    custom_positions : tuple of (x, y)
        Positions for ``custom`` [m].
    """

    kind: str
    count: int
    spacing_m: float
    rows: int = 1
    radius_m: float = 0.065
    buried_depth_m: float = 1.0
    custom_positions: tuple[tuple[float, float], ...] = ()

    def __hash__(self) -> int:
        # worked out once: a geometry keys every memory of the bank, looked up thousands of times a search
        found = self.__dict__.get("_hash")
        if found is None:
            found = hash(
                (self.kind, self.count, self.spacing_m, self.rows, self.radius_m, self.buried_depth_m, self.custom_positions)
            )
            object.__setattr__(self, "_hash", found)
        return found

    def __getstate__(self) -> dict:
        # without the remembered hash: another process hashes strings differently
        return {key: value for key, value in self.__dict__.items() if key != "_hash"}

    @property
    def table_key(self) -> str:
        """Name of the table that holds this layout (whether or not it is shipped)."""
        if self.count == 1:
            return "line-1"
        if self.kind == "line":
            return f"line-{self.count}"
        if self.kind == "rows":
            return f"rows-{self.rows}x{self.count // self.rows}"
        return "custom"

    def positions(self) -> list[tuple[float, float]]:
        """Borehole positions with the first at the origin [m]."""
        if self.kind == "custom":
            return list(self.custom_positions)
        columns = self.count // max(1, self.rows) if self.kind == "rows" else self.count
        return [((i % columns) * self.spacing_m, (i // columns) * self.spacing_m) for i in range(self.count)]


@lru_cache(maxsize=4096)  # the layout searches ask for the same few layouts over and over
def line(count: int, spacing_m: float, radius_m: float = 0.065, buried_depth_m: float = 1.0) -> FieldGeometry:
    """A line of ``count`` boreholes ``spacing_m`` apart."""
    return FieldGeometry("line", int(count), float(spacing_m), 1, float(radius_m), float(buried_depth_m))


@lru_cache(maxsize=4096)
def grid(rows: int, columns: int, spacing_m: float, radius_m: float = 0.065, buried_depth_m: float = 1.0) -> FieldGeometry:
    """A full grid of ``rows`` × ``columns`` boreholes (a line when rows is 1)."""
    if rows <= 1 or columns <= 1:
        return line(rows * columns, spacing_m, radius_m, buried_depth_m)
    return FieldGeometry("rows", rows * columns, float(spacing_m), int(rows), float(radius_m), float(buried_depth_m))


@dataclass(frozen=True)
class GTable:
    """Precomputed g-function rows of one layout on a grid of depths (and spacings).

    Attributes
    ----------
    key : str
        Layout name (:attr:`FieldGeometry.table_key`).
    ln_depth_start, ln_depth_step : float
        Uniform grid of ln H [ln m].
    ln_spacing_start, ln_spacing_step : float
        Uniform grid of ln B [ln m] (unused for one borehole).
    values : numpy.ndarray, shape (depths, spacings, LN_TAU_COUNT)
        g on the grid.
    radius_m, buried_depth_m : float
        The borehole radius and buried depth the table holds [m].
    """

    key: str
    ln_depth_start: float
    ln_depth_step: float
    ln_spacing_start: float
    ln_spacing_step: float
    values: np.ndarray
    radius_m: float
    buried_depth_m: float

    def covers(self, geometry: FieldGeometry, depth_m: float) -> bool:
        low, high = self.ln_depth_range()
        return self.covers_layout(geometry) and low <= math.log(depth_m) <= high

    def ln_depth_range(self) -> tuple[float, float]:
        """The ln H the table covers, with a margin of 1e-9 either side [ln m]."""
        depths = self.values.shape[0]
        return self.ln_depth_start - 1e-9, self.ln_depth_start + (depths - 1) * self.ln_depth_step + 1e-9

    def covers_layout(self, geometry: FieldGeometry) -> bool:
        """The table holds this borehole (radius, buried depth) at this spacing (at some depth)."""
        spacings = self.values.shape[1]
        if abs(geometry.radius_m - self.radius_m) > 1e-9 or abs(geometry.buried_depth_m - self.buried_depth_m) > 1e-9:
            return False
        if geometry.count == 1:
            return True
        ln_b = math.log(geometry.spacing_m)
        return self.ln_spacing_start - 1e-9 <= ln_b <= self.ln_spacing_start + (spacings - 1) * self.ln_spacing_step + 1e-9

    def plane(self, spacing_m: float) -> np.ndarray:
        """g on the depth × ln τ grid at one spacing (cubic in ln B), shape (depths, LN_TAU_COUNT)."""
        n_spacings = self.values.shape[1]
        if n_spacings == 1:
            return self.values[:, 0, :]
        first_b, w_b = _cubic_stencil(self.ln_spacing_start, self.ln_spacing_step, n_spacings, np.log(spacing_m))
        count_b = min(4, n_spacings)
        return np.tensordot(w_b[:count_b], self.values[:, int(first_b) : int(first_b) + count_b, :], axes=([0], [1]))

    def rows_at(self, depths_m: np.ndarray, spacing_m: float, plane: np.ndarray | None = None) -> np.ndarray:
        """g rows at the given depths (cubic in ln H and ln B), shape depths.shape + (LN_TAU_COUNT,)."""
        n_depths = self.values.shape[0]
        first_h, w_h = _cubic_stencil(self.ln_depth_start, self.ln_depth_step, n_depths, np.log(depths_m))
        if plane is None:
            plane = self.plane(spacing_m)
        count_h = min(4, n_depths)
        index = first_h[..., None] + np.arange(count_h)
        return np.sum(plane[index] * w_h[..., :count_h, None], axis=-2)


def _pygfunction_row(geometry: FieldGeometry, depth_m: float) -> np.ndarray:
    """g on the ln τ grid by pygfunction (uniform borehole wall temperature)."""
    import pygfunction as gt

    # any diffusivity will do: g depends on α only through τ
    alpha = 1.0e-6
    times = np.exp(ln_tau_grid()) * depth_m**2 / (9.0 * alpha)
    boreholes = [
        gt.boreholes.Borehole(depth_m, geometry.buried_depth_m, geometry.radius_m, x, y) for x, y in geometry.positions()
    ]
    # "detailed" is pygfunction's fastest solver for one borehole; "equivalent" groups
    # similar boreholes and is the fastest (and as accurate) for two or more.
    method = "detailed" if len(boreholes) == 1 else "equivalent"
    g = gt.gfunction.gFunction(
        boreholes, alpha, time=times, boundary_condition="UBWT", method=method, options={"disp": False}
    )
    return np.asarray(g.gFunc, dtype=float)


def pygfunction_row(geometry: FieldGeometry, depth_m: float) -> np.ndarray:
    """Public name of the direct computation (used by the table script and its test)."""
    return _pygfunction_row(geometry, depth_m)


class GFunctionBank:
    """Every g-function the sizing asks for, from the tables or computed once per session.

    Thread-safe: the GUI sizes fields on a worker thread. ``evaluations`` counts the
    pygfunction calls made (tests and benchmarks read it).
    """

    def __init__(self, tables: Mapping[str, GTable] | None = None) -> None:
        self._tables: dict[str, GTable] = dict(tables or {})
        self._table_source: Callable[[], Mapping[str, GTable]] | None = None
        self._rows: dict[tuple, np.ndarray] = {}
        self._planes: dict[tuple, np.ndarray] = {}
        self._tabled: dict[FieldGeometry, tuple[GTable | None, float, float]] = {}
        self._ascending: dict[tuple, bool] = {}  # memory key of a time axis → its ln t ascending (:meth:`response_at`)
        self._g_at: list[dict[tuple, np.ndarray]] = [{}, {}]  # recent, older (:meth:`_remembered`)
        self._spectra: list[dict[tuple, tuple[float, np.ndarray]]] = [{}, {}]
        self._grid_spectra: list[dict[tuple, tuple[float, np.ndarray]]] = [{}, {}]  # GRID_RESPONSES_REMEMBERED
        self._lock = threading.Lock()
        self.evaluations = 0

    def use_tables(self, source: Callable[[], Mapping[str, GTable]] | Mapping[str, GTable] | None) -> None:
        """Tables to use: a mapping, or a function returning one (called when first needed)."""
        with self._lock:
            self._planes.clear()
            self._tabled.clear()
            self._forget()
            if source is None or isinstance(source, Mapping):
                self._tables = dict(source or {})
                self._table_source = None
            else:
                self._tables = {}
                self._table_source = source

    def clear(self) -> None:
        """Forget the computed g-functions (the tables stay)."""
        with self._lock:
            self._rows.clear()
            self._planes.clear()
            self._tabled.clear()
            self._forget()
            self.evaluations = 0

    def forget_values(self) -> None:
        """Forget the remembered values of :meth:`g_of` and :meth:`responses_of` (rows and tables stay)."""
        with self._lock:
            self._forget()

    def _forget(self) -> None:
        for memory in (self._g_at, self._spectra, self._grid_spectra):
            memory[0], memory[1] = {}, {}

    def _spectra_for(self, depth_m: float) -> tuple[list[dict], int]:
        """The spectra's memory a pair at this depth is kept in, and its limit (:data:`GRID_RESPONSES_REMEMBERED`)."""
        if (depth_m / GRID_M).is_integer():
            return self._grid_spectra, GRID_RESPONSES_REMEMBERED
        return self._spectra, RESPONSES_REMEMBERED

    def _table(self, key: str) -> GTable | None:
        if self._table_source is not None:
            with self._lock:
                source, self._table_source = self._table_source, None
            if source is not None:
                loaded = dict(source())
                with self._lock:
                    self._tables.update(loaded)
        return self._tables.get(key)

    def table_for(self, geometry: FieldGeometry, depth_m: float) -> GTable | None:
        """The shipped table that covers this layout at this depth, if any."""
        table = self._table(geometry.table_key)
        return table if table is not None and table.covers(geometry, depth_m) else None

    def _node_row(self, geometry: FieldGeometry, node: int) -> np.ndarray:
        key = (geometry.count, geometry.radius_m, geometry.buried_depth_m, tuple(geometry.positions()), node)
        with self._lock:
            found = self._rows.get(key)
        if found is not None:
            return found
        row = _pygfunction_row(geometry, DEPTH_NODE_START_M * DEPTH_NODE_RATIO**node)
        with self._lock:
            self._rows[key] = row
            self.evaluations += 1
        return row

    def rows(self, geometry: FieldGeometry, depths_m: np.ndarray) -> np.ndarray:
        """g rows on the ln τ grid at each depth, shape depths.shape + (LN_TAU_COUNT,)."""
        depths = np.asarray(depths_m, dtype=float)
        table = self._table(geometry.table_key)
        if table is not None and all(table.covers(geometry, float(d)) for d in (depths.min(), depths.max())):
            return table.rows_at(depths, geometry.spacing_m, self._plane(table, geometry.spacing_m))
        ln_ratio = math.log(DEPTH_NODE_RATIO)
        position = np.log(depths / DEPTH_NODE_START_M) / ln_ratio
        first = np.floor(position).astype(int) - 1
        weights = lagrange_weights(position - first)
        nodes = {int(n) for f in np.unique(first) for n in range(f, f + 4)}
        node_rows = {n: self._node_row(geometry, n) for n in sorted(nodes)}
        out = np.zeros(depths.shape + (LN_TAU_COUNT,))
        for i in range(4):
            picked = np.stack([node_rows[int(n)] for n in (first + i).ravel()]).reshape(out.shape)
            out += picked * weights[..., i, None]
        return out

    def _tabled_layout(self, geometry: FieldGeometry) -> tuple[GTable | None, float, float]:
        """The table of a layout and the ln H range it covers it in (no table: None), for :meth:`rows_of`.

        :meth:`GTable.covers` split in what depends on the layout alone (radius, buried depth,
        spacing), worked out once, and the depth range, compared per pair.
        """
        table = self._table(geometry.table_key)
        if table is None or not table.covers_layout(geometry):
            return None, math.inf, -math.inf
        return (table, *table.ln_depth_range())

    def _plane(self, table: GTable, spacing_m: float) -> np.ndarray:
        key = (table.key, spacing_m)
        plane = self._planes.get(key)
        if plane is None:
            plane = table.plane(spacing_m)
            with self._lock:
                self._planes[key] = plane
        return plane

    def rows_of(self, geometries: Sequence[FieldGeometry], depths_m) -> np.ndarray:
        """The g row of each (geometry, depth) pair, shape (len(geometries), LN_TAU_COUNT).

        The same rows as :meth:`rows` one pair at a time (the same arithmetic per pair), with
        the tables' depth interpolation done for all covered pairs at once: the layout search
        asks for dozens of layouts per step.
        """
        depths = np.asarray(depths_m, dtype=float).reshape(len(geometries))
        if len(geometries) == 1:
            return self._row_of(geometries[0], depths)
        out = np.empty((len(geometries), LN_TAU_COUNT))
        grouped: dict[tuple[float, float, int], list[tuple[int, np.ndarray]]] = {}
        for i, (geometry, depth) in enumerate(zip(geometries, depths.tolist(), strict=True)):
            tabled = self._tabled.get(geometry)
            if tabled is None:
                tabled = self._tabled[geometry] = self._tabled_layout(geometry)
            table, low, high = tabled
            if table is not None and low <= math.log(depth) <= high:  # table.covers(geometry, depth)
                grid = (table.ln_depth_start, table.ln_depth_step, table.values.shape[0])
                grouped.setdefault(grid, []).append((i, self._plane(table, geometry.spacing_m)))
            else:
                out[i] = self.rows(geometry, depths[i : i + 1])[0]
        for (start, step, n_depths), members in grouped.items():
            index = np.array([i for i, _ in members])
            first_h, w_h = _cubic_stencil(start, step, n_depths, np.log(depths[index]))
            count_h = min(4, n_depths)
            # np.stack of the members' slices, copied into one array (fewer calls); summed over the
            # nodes first to last as np.sum does (its reduction, without the wrapper)
            stack = np.empty((len(members), count_h, LN_TAU_COUNT))
            for k, ((_, plane), f) in enumerate(zip(members, first_h.tolist(), strict=True)):
                stack[k] = plane[f : f + count_h]
            stack *= w_h[:, :count_h, None]
            out[index] = np.add.reduce(stack, axis=-2)
        return out

    def _row_of(self, geometry: FieldGeometry, depths: np.ndarray) -> np.ndarray:
        """:meth:`rows_of` of one pair (``depths`` of shape (1,)): the same operations on the same
        shapes, without the grouping of a batch (a depth search asks for one pair at a time)."""
        tabled = self._tabled.get(geometry)
        if tabled is None:
            tabled = self._tabled[geometry] = self._tabled_layout(geometry)
        table, low, high = tabled
        if table is None or not low <= math.log(float(depths[0])) <= high:
            return self.rows(geometry, depths[0:1])[0][None, :]
        n_depths = table.values.shape[0]
        first_h, w_h = _cubic_stencil(table.ln_depth_start, table.ln_depth_step, n_depths, np.log(depths))
        count_h = min(4, n_depths)
        first = int(first_h[0])
        stack = self._plane(table, geometry.spacing_m)[None, first : first + count_h]
        return np.add.reduce(stack * w_h[:, :count_h, None], axis=-2)  # np.sum's reduction, without its wrapper

    def g_of(self, geometries: Sequence[FieldGeometry], depths_m, times_s: np.ndarray, diffusivity_m2_s: float) -> np.ndarray:
        """g at ``times_s`` for each (geometry, depth) pair, shape (len(geometries), len(times_s)) [-].

        The values :meth:`rows_of` and :func:`interpolate_rows` give (the same arithmetic per
        pair), remembered per pair for these times and diffusivity: the g-function does not
        depend on the loads, and the break-even search sizes the same field again at other
        loads, checking the same layouts at the maximum depth every time. At most
        2 × :data:`G_REMEMBERED` pairs are kept (:meth:`_remembered`).
        """
        depths = np.asarray(depths_m, dtype=float).reshape(len(geometries))
        times = np.asarray(times_s, dtype=float)
        when = (float(diffusivity_m2_s), times.tobytes())

        def compute(missing: list[int]) -> list[np.ndarray]:
            return list(self._g_values([geometries[i] for i in missing], depths[missing], times, diffusivity_m2_s))

        return np.array(self._remembered(self._g_at, G_REMEMBERED, geometries, depths, when, compute))

    def responses_of(
        self,
        geometries: Sequence[FieldGeometry],
        depths_m,
        times_s: np.ndarray,
        diffusivity_m2_s: float,
        size: int,
        ln_t: np.ndarray | None = None,
        when: tuple | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """g at the first time, and the spectrum of g at the other times, of each (geometry, depth) pair.

        What the monthly superposition of :class:`~minigrid_app.core.fieldmodel.FieldModel`
        needs of a field: g at the peak's duration (``times_s[0]``), shape (n,), and
        ``numpy.fft.rfft(g[1:], size)``, shape (n, size // 2 + 1), of the g values
        :meth:`g_of` gives. Remembered like them: the layout search checks the same layouts
        at the maximum depth for every trial gas use of the break-even search, and the
        transform of a row is the same whether it is taken alone or with others. ``ln_t`` and
        ``when``: as :meth:`response_at` (worked out here when not given).
        """
        depths = np.asarray(depths_m, dtype=float).reshape(len(geometries))
        times = np.asarray(times_s, dtype=float)
        if when is None:
            when = (float(diffusivity_m2_s), times.tobytes(), int(size))

        def compute(missing: list[int]) -> list[tuple[float, np.ndarray]]:
            values = self._g_values([geometries[i] for i in missing], depths[missing], times, diffusivity_m2_s, ln_t)
            spectra = realfft.rfft(values[:, 1:], size)
            # each row its own copy: a remembered view would keep its whole batch alive (hundreds of rows)
            return list(zip(values[:, 0].tolist(), [row.copy() for row in spectra], strict=True))

        found = self._remembered(self._spectra_for, None, geometries, depths, when, compute)
        return np.array([peak for peak, _ in found]), np.array([spectrum for _, spectrum in found])

    def response_of(
        self, geometry: FieldGeometry, depth_m: float, times_s: np.ndarray, diffusivity_m2_s: float, size: int
    ) -> tuple[float, np.ndarray]:
        """:meth:`responses_of` for one pair: (g at the first time, spectrum), the same values from
        the same memory, with less bookkeeping (a depth search steps one depth at a time, so most
        calls ask for one pair). Computed as :meth:`responses_of` computes a batch of one."""
        depth = float(depth_m)
        times = np.asarray(times_s, dtype=float)
        key = (geometry, depth, (float(diffusivity_m2_s), times.tobytes(), int(size)))
        value = self._recall_one(key)
        if value is not None:
            return value
        values = self._g_values([geometry], np.array([depth]), times, diffusivity_m2_s)
        value = (values[0, 0].item(), realfft.rfft(values[:, 1:], size)[0])
        self._remember_one(key, value)
        return value

    def response_at(
        self, geometry: FieldGeometry, depth_m: float, ln_t: np.ndarray, when: tuple, size: int
    ) -> tuple[float, np.ndarray]:
        """:meth:`response_of` for a caller that worked out once what does not depend on the pair.

        ``ln_t`` is ``log(9 α t)`` at the sizing's times and ``when`` their memory key
        ``(α, times.tobytes(), size)`` (:class:`~minigrid_app.core.fieldmodel.FieldModel` keeps
        both). The same values from the same memory: the g row of a tabled layout is
        interpolated in ln H with the stencil in plain floats (the same operations as
        :func:`_cubic_stencil` and :func:`lagrange_weights` on one value) and the four rows
        summed in numpy's order for a sum over them (first to last), so a depth search's
        step costs fewer numpy calls (``tests/core/test_borefield.py`` compares it with
        :meth:`responses_of` to the last bit).
        """
        key = (geometry, depth_m, when)
        value = self._recall_one(key)
        if value is not None:
            return value
        ln_depth = np.log(np.array([depth_m]))
        row = self._row_at(geometry, depth_m, ln_depth)
        # ln τ = ln t − 2 ln H, the same difference as _g_values' (n, k) array's, for one depth
        ascending = self._ascending.get(when)
        if ascending is None:  # the times of a sizing are in ascending order: worked out once per time axis
            ascending = self._ascending[when] = bool(len(ln_t) and np.all(ln_t[1:] >= ln_t[:-1]))
        values = _interpolate_one_row(row, np.subtract(ln_t, 2.0 * ln_depth.item())[None, :], ascending)
        value = (values[0, 0].item(), realfft.rfft(values[:, 1:], size)[0])
        self._remember_one(key, value)
        return value

    def _recall_one(self, key: tuple):
        """One (geometry, depth, when) pair's (g at the first time, spectrum) from the spectra's
        memory, or None; a pair found among the older is recent again (as :meth:`_remembered`)."""
        memory = self._spectra_for(key[1])[0]
        with self._lock:
            value = memory[0].get(key)
            if value is None:
                value = memory[1].get(key)
                if value is not None:
                    memory[0][key] = value
        return value

    def _remember_one(self, key: tuple, value: tuple) -> None:
        """Keep one pair's value in the spectra's memory (recent and older, as :meth:`_remembered`)."""
        memory, limit = self._spectra_for(key[1])
        with self._lock:
            if len(memory[0]) + 1 > limit:
                memory[1] = memory[0]
                memory[0] = {}
            memory[0][key] = value

    def _row_at(self, geometry: FieldGeometry, depth_m: float, ln_depth: np.ndarray) -> np.ndarray:
        """:meth:`_row_of` of one pair, shape (1, LN_TAU_COUNT): ``ln_depth`` is ``np.log([depth_m])``."""
        tabled = self._tabled.get(geometry)
        if tabled is None:
            tabled = self._tabled[geometry] = self._tabled_layout(geometry)
        table, low, high = tabled
        n_depths = table.values.shape[0] if table is not None else 0
        if table is None or n_depths < 4 or not low <= math.log(depth_m) <= high:
            return self._row_of(geometry, np.array([depth_m]))
        # _cubic_stencil and lagrange_weights, operation for operation, on one float
        u = min(max((ln_depth.item() - table.ln_depth_start) / table.ln_depth_step, 0.0), n_depths - 1.0)
        first = min(max(math.floor(u) - 1, 0), max(0, n_depths - 4))
        s = u - first
        s1, s2, s3 = s - 1, s - 2, s - 3
        # the four node rows times their weights, summed first to last (a reduction over the first
        # axis adds the rows one after the other: ((p0 + p1) + p2) + p3), in three numpy calls
        weights = np.array([[-s1 * s2 * s3 / 6.0], [s * s2 * s3 / 2.0], [-s * s1 * s3 / 2.0], [s * s1 * s2 / 6.0]])
        nodes = self._plane(table, geometry.spacing_m)[first : first + 4] * weights
        return np.add.reduce(nodes, axis=0, keepdims=True)

    def _g_values(
        self,
        geometries: Sequence[FieldGeometry],
        depths: np.ndarray,
        times: np.ndarray,
        diffusivity_m2_s: float,
        ln_t: np.ndarray | None = None,
    ) -> np.ndarray:
        if ln_t is None:
            ln_t = np.log(9.0 * diffusivity_m2_s * times)
        rows = self.rows_of(geometries, depths)
        return interpolate_rows(rows, ln_t[None, :] - 2.0 * np.log(depths)[:, None])

    def _remembered(self, memory, limit: int | None, geometries, depths: np.ndarray, when: tuple, compute) -> list:
        """Values per (geometry, depth) for ``when``, from ``memory`` or computed for the missing ones.

        ``memory`` is two dicts, the recent and the older pairs: when the recent one holds
        ``limit`` pairs it becomes the older one (the one before is dropped), and a pair found
        among the older is recent again. So what a search keeps asking for stays, and about
        2 × ``limit`` pairs at most are kept. ``memory`` may also be a function of the depth
        giving each pair's memory and limit (:meth:`_spectra_for`; ``limit`` None).
        """
        keys = [(geometry, depth, when) for geometry, depth in zip(geometries, depths.tolist(), strict=True)]
        kept = [memory(key[1]) for key in keys] if callable(memory) else [(memory, limit)] * len(keys)
        with self._lock:
            found = []
            for key, (pair, _) in zip(keys, kept, strict=True):
                value = pair[0].get(key)
                if value is None:
                    value = pair[1].get(key)
                    if value is not None:
                        pair[0][key] = value
                found.append(value)
        missing = [i for i, value in enumerate(found) if value is None]
        if missing:
            values = compute(missing)
            with self._lock:
                adding: dict[int, list] = {}  # id of a memory → [memory, limit, pairs going into it]
                for i in missing:
                    adding.setdefault(id(kept[i][0]), [*kept[i], 0])[2] += 1
                for pair, most, count in adding.values():
                    if len(pair[0]) + count > most:
                        pair[1] = pair[0]
                        pair[0] = {}
                for i, value in zip(missing, values, strict=True):
                    found[i] = kept[i][0][0][keys[i]] = value
        return found

    def g(self, geometry: FieldGeometry, depths_m, times_s: np.ndarray, diffusivity_m2_s: float) -> np.ndarray:
        """g at ``times_s`` for each depth: shape depths.shape + times.shape [-]."""
        depths = np.atleast_1d(np.asarray(depths_m, dtype=float))
        rows = self.rows(geometry, depths)
        ln_t = np.log(9.0 * diffusivity_m2_s * np.asarray(times_s, dtype=float))
        ln_tau = ln_t[None, :] - 2.0 * np.log(depths)[:, None]
        values = interpolate_rows(rows, ln_tau)
        return values.reshape(np.shape(depths_m) + np.shape(times_s))


#: The process-wide bank; the io layer installs the shipped tables into it (:mod:`.gtable_source`).
BANK = GFunctionBank()
gtable_source.subscribe(BANK.use_tables)
