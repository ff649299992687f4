"""The shipped g-function tables (issue 16): versioned, checked against pygfunction within
0.5 % on g, used without importing pygfunction or scipy.interpolate, and the dimensionless-
time cache shared by every ground."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pygfunction as gt
import pytest

from minigrid_app.core import borefield, fieldsizing, gfunctions
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.io import gfunction_tables
from tests.golden_examples import pinned_defaults

TABLES = gfunction_tables.load_tables()


def _direct(rows: int, columns: int, spacing: float, depth: float, times_s, alpha: float) -> np.ndarray:
    """g straight from pygfunction at the given times (its own time stepping, no table)."""
    boreholes = [
        gt.boreholes.Borehole(depth, 1.0, 0.065, (i % columns) * spacing, (i // columns) * spacing)
        for i in range(rows * columns)
    ]
    method = "detailed" if len(boreholes) == 1 else "equivalent"
    g = gt.gfunction.gFunction(
        boreholes, alpha, time=np.asarray(times_s), boundary_condition="UBWT", method=method, options={"disp": False}
    )
    return np.asarray(g.gFunc)


def test_tables_are_shipped_with_every_standard_layout():
    assert TABLES, "resources/gfunctions/gfunctions-v1.npz is missing or unreadable"
    expected = {f"line-{n}" for n in range(1, 13)} | {f"rows-2x{n}" for n in range(2, 7)} | {"rows-3x3", "rows-3x4"}
    assert expected <= set(TABLES)
    line = TABLES["line-4"]
    assert line.values.shape[2] == gfunctions.LN_TAU_COUNT
    # covers 10-400 m deep and 3-30 m apart
    assert line.covers(gfunctions.line(4, 3.0), 10.0) and line.covers(gfunctions.line(4, 30.0), 400.0)
    assert not line.covers(gfunctions.line(4, 6.0, radius_m=0.075), 100.0)


def test_wrong_version_is_not_used(tmp_path):
    with np.load(gfunction_tables.table_path()) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["version"] = np.array(gfunctions.TABLE_VERSION + 1)
    path = tmp_path / "other.npz"
    np.savez(path, **arrays)
    assert gfunction_tables.load_tables(path) == {}
    assert gfunction_tables.load_tables(tmp_path / "missing.npz") == {}


# between the table's nodes in depth and spacing, two grounds, times from the 6-hour peak to 25 years
CASES = [
    (1, 1, 6.0, 78.3),
    (1, 2, 6.0, 160.3),
    (1, 3, 7.3, 131.0),
    (1, 5, 6.0, 199.6),
    (1, 8, 11.5, 63.0),
    (1, 12, 6.0, 187.0),
    (2, 3, 6.5, 112.0),
    (3, 4, 8.8, 151.0),
]


@pytest.mark.parametrize(("rows", "columns", "spacing", "depth"), CASES)
def test_table_matches_pygfunction_within_half_a_percent(rows, columns, spacing, depth):
    bank = gfunctions.GFunctionBank(TABLES)
    geometry = gfunctions.grid(rows, columns, spacing)
    assert bank.table_for(geometry, depth) is not None
    for alpha in (1.8 / 2.4e6, 2.6 / 2.0e6):
        hours = np.concatenate(([6.0], 730.0 * np.array([1, 2, 4, 8, 16, 40, 100, 300])))
        expected = _direct(rows, columns, spacing, depth, hours * 3600.0, alpha)
        found = bank.g(geometry, depth, hours * 3600.0, alpha)
        assert np.max(np.abs(found / expected - 1)) < 0.005
    assert bank.evaluations == 0


def test_dimensionless_time_serves_every_ground():
    # A bank without tables computes a layout once (per depth node) and reuses it for another
    # conductivity and heat capacity: only ln t shifts.
    bank = gfunctions.GFunctionBank()
    geometry = gfunctions.line(3, 6.0, radius_m=0.07)  # not in the tables
    times = 730.0 * 3600.0 * np.arange(1, 301)
    first = bank.g(geometry, 120.0, times, 1.8 / 2.4e6)
    used = bank.evaluations
    assert used > 0
    other = bank.g(geometry, 120.0, times, 2.5 / 2.0e6)
    assert bank.evaluations == used
    # the same g-function, reached at other times: g(α₁ t) = g(α₂ t α₁/α₂)
    scaled = bank.g(geometry, 120.0, times * (1.8 / 2.4e6) / (2.5 / 2.0e6), 2.5 / 2.0e6)
    assert np.allclose(scaled, first, rtol=1e-9)
    assert not np.allclose(other, first)
    direct = _direct(1, 3, 6.0, 120.0, times[[11, 299]], 2.5 / 2.0e6)  # radius 0.065 vs 0.07: same order
    assert np.all(np.abs(other[[11, 299]] - direct) < 0.2)


def test_cubic_interpolation_is_exact_for_cubics():
    x = np.linspace(gfunctions.LN_TAU_START, 6.0, 37)
    cubic = lambda t: 0.3 * t**3 - t**2 + 2 * t - 5  # noqa: E731
    assert np.allclose(gfunctions.interpolate_rows(cubic(gfunctions.ln_tau_grid()), x), cubic(x), atol=1e-9)


def test_sizing_from_the_tables_needs_neither_pygfunction_nor_scipy():
    code = (
        "import sys\n"
        "from minigrid_app.io.defaults import install_bundled_defaults\n"
        "install_bundled_defaults()\n"
        "from minigrid_app.core import borefield, fieldsizing\n"
        "from minigrid_app.core.demand import heat_demand\n"
        "from minigrid_app.core.model import Household\n"
        "from minigrid_app.core.parameters import ParameterSet\n"
        "params, _ = ParameterSet.from_overrides({})\n"
        "home = Household(label='x', gas_m3_per_year=1200, cooks_on_gas=True, supply_temp_c=45, build_year=1995)\n"
        "demand = heat_demand(home, params)\n"
        "one = fieldsizing.size([demand], params)\n"
        "four = fieldsizing.size([demand] * 4, params)\n"
        "print(one.boreholes, round(one.depth_m, 1), four.boreholes, round(four.depth_m, 1),\n"
        "      borefield.BANK.evaluations, 'pygfunction' in sys.modules, 'scipy.interpolate' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", out[1], "2", out[3], "0", "False", "False"]
    assert float(out[1]) == pytest.approx(78.3, abs=0.3)
    assert float(out[3]) == pytest.approx(160.3, abs=0.5)


def test_depth_search_needs_few_trials():
    bank = gfunctions.GFunctionBank(TABLES)
    ground = fieldsizing.ground_parameters(ParameterSet(pinned_defaults()))
    home = borefield.HomeHeatDemand(
        tuple([1800.0, 1500, 1200, 700, 300, 80, 60, 60, 200, 600, 1100, 1600]), (200.0,) * 12, 45.0, 5.5
    )
    for homes in (1, 4):
        sizing = borefield.size_field([home] * homes, ground, bank=bank)
        assert sizing.min_fluid_temp_c == pytest.approx(ground.min_fluid_temp_c, abs=0.005)
        # the count check at the deepest depth plus the secant: about four trials
        assert sizing.depth_trials <= 7
        shallower = borefield.fluid_temperatures(
            [0.0] * 12, 0.0, sizing.boreholes, sizing.depth_m, ground, bank
        )  # a smoke call of the public helper
        assert math.isclose(shallower.minimum_c, ground.undisturbed_temp_c)


def test_remembered_g_values_are_the_computed_ones():
    """g_of remembers g per (layout, depth) for the break-even search's repeated sizings: the
    values must be exactly what the tables' rows and the time interpolation give, pair by pair."""
    bank = gfunctions.GFunctionBank(TABLES)
    geometries = [gfunctions.line(4, 6.0), gfunctions.grid(2, 3, 7.0), gfunctions.line(1, 6.0)]
    depths = np.array([200.0, 87.3, 41.05])
    times = np.array([6.0, 730.0, 1460.0, 2190.0]) * 3600.0
    alpha = 1.0e-6
    ln_t = np.log(9.0 * alpha * times)
    expected = gfunctions.interpolate_rows(
        bank.rows_of(geometries, depths), ln_t[None, :] - 2.0 * np.log(depths)[:, None]
    )
    first = bank.g_of(geometries, depths, times, alpha)
    assert np.array_equal(first, expected)
    # again, in another order and mixed with a new pair: the remembered values, unchanged
    again = bank.g_of([geometries[2], gfunctions.line(3, 6.0), geometries[0]], [41.05, 120.0, 200.0], times, alpha)
    assert np.array_equal(again[0], expected[2]) and np.array_equal(again[2], expected[0])
    single = gfunctions.interpolate_rows(
        bank.rows_of([gfunctions.line(3, 6.0)], [120.0]), ln_t[None, :] - 2.0 * np.log([120.0])[:, None]
    )
    assert np.array_equal(again[1], single[0])
    # another diffusivity is another time axis: not the remembered values
    other = bank.g_of(geometries[:1], depths[:1], times, 2.0 * alpha)
    assert not np.array_equal(other[0], expected[0])
    # new tables: nothing remembered is used
    bank.use_tables({})
    assert not any(bank._g_at)


def test_row_per_point_set_gathers_as_the_broadcast_does():
    """interpolate_rows gathers the nodes directly when every row has its own times (the layout
    search); the values must be those of one row at a time through the general path."""
    rng = np.random.default_rng(16)
    rows = rng.random((5, gfunctions.LN_TAU_COUNT))
    ln_tau = rng.uniform(-20.0, 9.0, (5, 37))  # beyond both ends too: clamped the same way
    together = gfunctions.interpolate_rows(rows, ln_tau)
    for i in range(5):
        assert np.array_equal(together[i], gfunctions.interpolate_rows(rows[i], ln_tau[i]))



def test_one_row_takes_the_short_path_with_the_same_values():
    """A single row (a depth search's step) goes through _interpolate_one_row: the values must be
    those of the general path (the stencil gathered and weighted in a (…, 4) stack) to the last bit."""
    rng = np.random.default_rng(17)
    for _ in range(50):
        row = rng.random((1, gfunctions.LN_TAU_COUNT)) * 10.0
        ln_tau = rng.uniform(-20.0, 9.0, (1, 301))  # beyond both ends too
        ln_tau[0, :3] = [gfunctions.LN_TAU_START, gfunctions.LN_TAU_START + 0.5, 9.0]  # on nodes
        first, weights = gfunctions._cubic_stencil(
            gfunctions.LN_TAU_START, gfunctions.LN_TAU_STEP, gfunctions.LN_TAU_COUNT, ln_tau
        )
        stack = row[0][first[..., None] + np.arange(4)]
        expected = np.sum(stack * weights, axis=-1)
        found = gfunctions.interpolate_rows(row, ln_tau)
        assert found.shape == (1, 301) and np.array_equal(found, expected)

def test_an_ascending_row_of_points_leaves_out_the_clamps_with_the_same_values():
    """_interpolate_one_row(ascending=True) (a depth search's times, in order) leaves the clamps
    out when the first and last points are inside the grid: the values are those with them, to
    the last bit, inside, on the nodes, at the ends and beyond them (then it clamps)."""
    rng = np.random.default_rng(19)
    start, step, count = gfunctions.LN_TAU_START, gfunctions.LN_TAU_STEP, gfunctions.LN_TAU_COUNT
    end = start + step * (count - 1)
    ranges = [(start, end), (start + 0.5, end - 0.5), (start + 0.3, end - 1.2), (start - 2.0, end), (start, end + 3.0),
              (start + 0.49, start + 0.51), (end - 1.01, end - 0.99)]
    for low, high in ranges:
        for _ in range(20):
            row = rng.random((1, count)) * 10.0
            ln_tau = np.sort(rng.uniform(low, high, 301))
            ln_tau[0], ln_tau[-1] = low, high
            found = gfunctions._interpolate_one_row(row, ln_tau[None, :], ascending=True)
            assert np.array_equal(found, gfunctions._interpolate_one_row(row, ln_tau[None, :])), (low, high)


def test_one_pairs_response_is_the_batched_response_to_the_last_bit():
    """response_at (a depth search's step: the depth stencil in plain floats, the four node rows
    weighted in one product and summed first to last, ln τ shifted by 2 ln H as a float) gives
    responses_of's g at the peak and spectrum to the last bit, at depths between the table's
    nodes, on them, and at the ends of the table."""
    from minigrid_app.core import fieldsizing
    from minigrid_app.core.fieldmodel import _time_axis
    from minigrid_app.core.parameters import ParameterSet

    params, _ = ParameterSet.from_overrides({})
    ground = fieldsizing.ground_parameters(params)
    months, size = 12 * int(ground.simulation_years), 1024
    times, ln_t, when = _time_axis(float(ground.peak_duration_h), months, float(ground.diffusivity_m2_s), size)
    rng = np.random.default_rng(18)
    nodes = [gfunctions.DEPTH_NODE_START_M * gfunctions.DEPTH_NODE_RATIO**k for k in range(0, 17)]
    depths = [*rng.uniform(10.0, 400.0, 60).tolist(), *nodes, 10.0, 400.0]
    for depth in depths:
        rows = int(rng.integers(1, 3))  # tabled layouts: a line, two rows
        geometry = gfunctions.grid(rows, int(rng.integers(1, 7)), float(rng.uniform(6.0, 10.0)),
                                   ground.borehole_radius_m, ground.buried_depth_m)
        assert gfunctions.BANK.table_for(geometry, depth) is not None
        gfunctions.BANK.forget_values()
        peak, spectrum = gfunctions.BANK.response_at(geometry, depth, ln_t, when, size)
        gfunctions.BANK.forget_values()
        peaks, spectra = gfunctions.BANK.responses_of([geometry], [depth], times, ground.diffusivity_m2_s, size)
        assert peak == peaks[0] and np.array_equal(spectrum, spectra[0]), (geometry, depth)


def test_pairs_on_the_depth_grid_outlast_the_secants_depths(monkeypatch):
    """The spectra of pairs at a depth on the half-metre grid (the deepest, the probes) are kept
    apart from the secant's one-off depths: a flood of those pushes out none of them, in a
    batch (responses_of) or alone (response_at); each memory keeps at most twice its limit."""
    from minigrid_app.core.fieldmodel import _time_axis

    monkeypatch.setattr(gfunctions, "RESPONSES_REMEMBERED", 4)
    monkeypatch.setattr(gfunctions, "GRID_RESPONSES_REMEMBERED", 8)
    bank = gfunctions.GFunctionBank(TABLES)
    times, ln_t, when = _time_axis(6.0, 300, 1.0e-6, 1024)
    line, grid = gfunctions.line(4, 6.0), gfunctions.grid(2, 3, 7.0)
    alone = bank.response_at(line, 200.0, ln_t, when, 1024)
    batched = bank.responses_of([grid, line], [87.5, 87.31], times, 1.0e-6, 1024)
    for k in range(30):  # the secant's depths, alone and in batches
        bank.response_at(line, 50.0 + 0.01 * (2 * k + 1), ln_t, when, 1024)
        bank.responses_of([grid, line], [60.03 + k, 70.07 + k], times, 1.0e-6, 1024)
    assert bank.response_at(line, 200.0, ln_t, when, 1024) is alone  # the very value kept, not worked out again
    kept = {key[:2]: value for memory in bank._grid_spectra for key, value in memory.items()}
    assert kept[(grid, 87.5)][0] == batched[0][0] and np.array_equal(kept[(grid, 87.5)][1], batched[1][0])
    assert sum(map(len, bank._spectra)) <= 2 * 4 and sum(map(len, bank._grid_spectra)) <= 2 * 8
    # and a depth on the grid once too many: the older ones go, as for the others
    for k in range(20):
        bank.response_at(line, 20.0 + k, ln_t, when, 1024)
    assert bank.response_at(line, 200.0, ln_t, when, 1024) is not alone
    assert sum(map(len, bank._grid_spectra)) <= 2 * 8


def test_a_geometry_remembers_its_hash_but_does_not_carry_it_to_another_process():
    import pickle

    from minigrid_app.core.gfunctions import FieldGeometry

    made = FieldGeometry("rows", 6, 6.0, 2, 0.065, 1.0)
    same = FieldGeometry("rows", 6, 6.0, 2, 0.065, 1.0)
    assert hash(made) == hash(same) and made == same and {made: 1}[same] == 1
    assert hash(made) == hash(("rows", 6, 6.0, 2, 0.065, 1.0, ()))  # the fields' hash, worked out once
    copied = pickle.loads(pickle.dumps(made))
    assert copied == made and "_hash" not in copied.__dict__ and hash(copied) == hash(made)
    assert FieldGeometry("rows", 6, 7.0, 2, 0.065, 1.0) != made
