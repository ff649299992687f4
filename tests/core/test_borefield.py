"""Borefield sizing (issue 3): an independent check against pygfunction, the validation
points of the method (method.md#borefield-sizing), the directions in which sized lengths must move, convergence on
every example, and the cache that makes re-sizing instant."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pygfunction as gt
import pytest

from minigrid_app.core import borefield, fieldsizing
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.demand import heat_demand
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.io.examples import EXAMPLES, load_example
from tests.golden_examples import pinned_defaults

# the figures of the pinned defaults file (stable whatever resources/defaults.toml says)
GROUND = fieldsizing.ground_parameters(ParameterSet(pinned_defaults()))
HOURS = np.array([d * 24.0 for d in borefield.DAYS_PER_MONTH])


def _direct_g(positions, depth_m, times_h):
    """g-function straight from pygfunction at the exact times (no cache, no interpolation)."""
    boreholes = [gt.boreholes.Borehole(depth_m, GROUND.buried_depth_m, GROUND.borehole_radius_m, x, y) for x, y in positions]
    g = gt.gfunction.gFunction(
        boreholes,
        GROUND.diffusivity_m2_s,
        time=np.asarray(times_h, dtype=float) * 3600.0,
        boundary_condition="UBWT",
        method="detailed",
        options={"disp": False},
    )
    return np.asarray(g.gFunc)


@pytest.mark.parametrize(("count", "depth"), [(1, 87.3), (1, 200.0), (3, 141.7)])
def test_constant_load_matches_direct_pygfunction(count, depth):
    # A constant extraction of 2.5 kW (mean power the same in every month) gives, by the
    # definition of the g-function, T_f(t) = T_g − q g(t) / (2πλ) − q R_b with q = P / L.
    # Tolerance 0.1 K (issue 3): the cache interpolates g over depth and in time.
    power_w = 2500.0 * count
    monthly_kwh = power_w * HOURS / 1000.0
    bank = borefield.GFunctionBank()
    temps = borefield.fluid_temperatures(monthly_kwh, power_w / 1000.0, count, depth, GROUND, bank)
    months = np.array([1, 6, 12, 60, 150, 300])
    g = _direct_g(borefield.borehole_positions(count, GROUND.spacing_m), depth, months * borefield.MONTH_HOURS)
    q = power_w / (count * depth)
    expected = GROUND.undisturbed_temp_c - q * g / (2 * math.pi * GROUND.conductivity_w_mk) - q * GROUND.borehole_resistance_mk_w
    assert np.max(np.abs(temps.monthly_c[months - 1] - expected)) < 0.1


def test_peak_adds_the_six_hour_response():
    # With the peak equal to the monthly mean, no extra drop; with a higher peak the drop is
    # (q_peak − q_m)(R_b + g(6 h)/(2πλ)), g(6 h) computed directly.
    power_w = 2000.0
    monthly_kwh = power_w * HOURS / 1000.0
    depth = 100.0
    flat = borefield.fluid_temperatures(monthly_kwh, power_w / 1000.0, 1, depth, GROUND)
    assert np.allclose(flat.peak_c, flat.monthly_c)
    peaked = borefield.fluid_temperatures(monthly_kwh, 6.0, 1, depth, GROUND)
    g6 = _direct_g([(0.0, 0.0)], depth, [6.0])[0]
    extra_q = (6000.0 - power_w) / depth
    expected_drop = extra_q * (GROUND.borehole_resistance_mk_w + g6 / (2 * math.pi * GROUND.conductivity_w_mk))
    assert np.max(np.abs((flat.monthly_c - peaked.peak_c) - expected_drop)) < 0.02


def _home(gas_m3=1200.0, **changes):
    params, _ = ParameterSet.from_overrides(changes.pop("overrides", {}))
    household = Household(label="x", gas_m3_per_year=gas_m3, cooks_on_gas=True, supply_temp_c=45, build_year=1995, **changes)
    return heat_demand(household, params), params


def test_validation_points_of_the_domain_brief():
    # method.md#borefield-sizing: one home of 1 200 m³ (cooking on gas, 45 °C) needs one borehole of about
    # 79.5 m (GHEtool L3; its L2 method, the family used here, gives 78.7 m); four such homes
    # need two boreholes of about 161 m (L2: 159.6 m). Within 2 %.
    demand, params = _home()
    one = fieldsizing.size([demand], params)
    assert one.boreholes == 1
    assert one.depth_m == pytest.approx(79.1, rel=0.02)
    four = fieldsizing.size([demand] * 4, params)
    assert four.boreholes == 2
    assert four.depth_m == pytest.approx(160.3, rel=0.02)
    for sizing in (one, four):
        assert sizing.converged
        assert not sizing.provisional
        assert sizing.min_fluid_temp_c == pytest.approx(params["min_fluid_temp_c"], abs=0.01)


def test_sized_depth_is_the_smallest_and_the_count_the_fewest():
    demand, params = _home()
    ground = fieldsizing.ground_parameters(params)
    sizing = fieldsizing.size([demand] * 5, params)
    loads = borefield.field_loads(
        [fieldsizing.home_heat(demand)] * 5, ground, sizing.source_temp_by_month_c, sizing.design_source_temp_c
    )
    shallower = borefield.fluid_temperatures(loads.monthly_kwh, loads.peak_kw, sizing.boreholes, sizing.depth_m - 0.5, ground)
    assert shallower.minimum_c < ground.min_fluid_temp_c
    fewer = borefield.fluid_temperatures(loads.monthly_kwh, loads.peak_kw, sizing.boreholes - 1, ground.max_depth_m, ground)
    assert fewer.minimum_c < ground.min_fluid_temp_c
    assert sizing.depth_m <= ground.max_depth_m


def _length(homes=1, gas_m3=1200.0, **overrides):
    demand, params = _home(gas_m3, overrides=overrides)
    return fieldsizing.size([demand] * homes, params).total_length_m


def test_lengths_move_the_right_way():
    base = _length()
    assert _length(ground_conductivity_w_mk=2.5) < base  # better conducting ground
    assert _length(min_fluid_temp_c=-3.0) < base  # colder fluid allowed
    assert _length(gas_m3=1600.0) > base  # more heat
    assert _length(homes=3) > _length(homes=2) > base  # more homes
    demand, _ = _home()
    simultaneous, _ = ParameterSet.from_overrides({"simultaneity_base": 1.0})
    diverse, _ = ParameterSet.from_overrides({})
    assert fieldsizing.size([demand] * 4, simultaneous).total_length_m > fieldsizing.size([demand] * 4, diverse).total_length_m


def test_shallow_maximum_depth_means_more_boreholes():
    deep = _length(homes=4)
    demand, params = _home(overrides={"max_borehole_depth_m": 50})
    shallow = fieldsizing.size([demand] * 4, params)
    assert shallow.depth_m <= 50 + 1e-9
    assert shallow.boreholes >= 6
    assert shallow.total_length_m == pytest.approx(shallow.boreholes * shallow.depth_m)
    assert shallow.total_length_m > 0.8 * deep


def test_rectangle_layout_positions():
    assert borehole_set(borefield.borehole_positions(4, 6.0, "rectangle")) == {(0, 0), (6, 0), (0, 6), (6, 6)}
    assert borehole_set(borefield.borehole_positions(3, 6.0, "line")) == {(0, 0), (6, 0), (12, 0)}
    five = borefield.borehole_positions(5, 5.0, "rectangle")
    assert len(five) == len(set(five)) == 5
    # a square of boreholes interferes more than a line: longer field
    demand, params = _home()
    line = fieldsizing.size([demand] * 5, params, layout="line")
    square = fieldsizing.size([demand] * 5, params, layout="rectangle")
    if line.boreholes == square.boreholes and line.boreholes >= 4:
        assert square.total_length_m > line.total_length_m


def borehole_set(positions):
    return {(round(x), round(y)) for x, y in positions}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_converges_with_real_fields(name):
    results = compute_project(load_example(name), break_even=False, sensitivity=False)
    limit = results.parameters["min_fluid_temp_c"]
    assert results.fields
    for found in results.fields:
        sizing = found.sizing
        assert not sizing.provisional
        assert sizing.converged and sizing.fits
        assert sizing.min_fluid_temp_c >= limit - 0.01
        if sizing.depth_m < results.parameters["max_borehole_depth_m"] - 0.1:
            # a limit binds: the field is not oversized (the summer one for a home that cools)
            if sizing.limited_by == "cooling":
                assert sizing.max_fluid_temp_c == pytest.approx(results.parameters["max_fluid_temp_c"], abs=0.05)
            else:
                assert sizing.min_fluid_temp_c == pytest.approx(limit, abs=0.05)
        assert len(sizing.monthly_fluid_temp_c) == 12 * results.parameters.int("simulation_years")
        assert sum(found.cost_shares_eur.values()) == pytest.approx(found.shared_cost_eur, abs=0.005)
        for variant in ("ground_hp", "shared_loop"):
            for household in results.households:
                result = household.variants.get(variant)
                if result is not None:
                    assert result.provisional is False


def test_rule_of_thumb_stays_as_a_cross_check():
    demand, params = _home()
    real = fieldsizing.size([demand], params)
    rough = fieldsizing.size([demand], params, method="rule_of_thumb")
    assert rough.provisional and not real.provisional
    # 1 200 m³: extraction at 3 °C ≈ 7 000 kWh, ÷ 90 kWh/m ≈ 78 m; the real sizing is close
    assert rough.total_length_m == pytest.approx(rough.annual_extraction_kwh / 90.0)
    assert real.rule_of_thumb_length_m == pytest.approx(real.annual_extraction_kwh / 90.0)
    assert not real.differs_from_rule_of_thumb
    # a tight maximum depth and a cold ground make the two differ by more than 30 %
    cold, _ = ParameterSet.from_overrides({"ground_temp_c": 8.0})
    differs = fieldsizing.size([demand], cold)
    assert differs.differs_from_rule_of_thumb
    assert differs.total_length_m > 1.3 * differs.rule_of_thumb_length_m


def test_cop_iteration_uses_the_fluid_temperature():
    # after sizing, the source temperature per month is the field's own (below the 3 °C first
    # estimate in winter), and the extraction follows from the COP at that temperature
    demand, params = _home()
    sizing = fieldsizing.size([demand], params)
    assert min(sizing.source_temp_by_month_c) < params["first_estimate_source_temp_c"]
    ground = fieldsizing.ground_parameters(params)
    loads = borefield.field_loads([fieldsizing.home_heat(demand)], ground, sizing.source_temp_by_month_c, sizing.design_source_temp_c)
    assert sizing.annual_extraction_kwh == pytest.approx(float(loads.monthly_kwh.sum()), rel=0.02)


def test_resizing_with_cached_g_functions_needs_no_new_pygfunction_call():
    bank = borefield.GFunctionBank()
    demand, params = _home()
    ground = fieldsizing.ground_parameters(params)
    homes = [fieldsizing.home_heat(demand)] * 3
    first = borefield.size_field(homes, ground, bank=bank)
    used = bank.evaluations
    assert used > 0
    changed, _ = _home(gas_m3=1230.0)
    second = borefield.size_field([fieldsizing.home_heat(changed)] + homes[1:], ground, bank=bank)
    assert second.total_length_m > first.total_length_m
    assert bank.evaluations == used


def test_reserved_joiners_and_simultaneity():
    demand, params = _home()
    ground = fieldsizing.ground_parameters(params)
    assert borefield.simultaneity(1, ground) == pytest.approx(1.0)
    assert borefield.simultaneity(4, ground) == pytest.approx(0.6 + 0.4 / 2)
    plain = fieldsizing.size([demand] * 3, params)
    reserved = fieldsizing.size([demand] * 3, params, extra_homes=1)
    assert reserved.total_length_m > plain.total_length_m
    assert reserved.extra_homes == 1
    assert len(reserved.extraction_per_home_kwh) == 3


def test_field_that_cannot_fit_is_reported():
    demand, params = _home(gas_m3=3000.0, overrides={"max_borehole_depth_m": 20, "min_fluid_temp_c": 8})
    ground = dataclasses.replace(fieldsizing.ground_parameters(params), undisturbed_temp_c=8.5)
    sizing = borefield.size_field([fieldsizing.home_heat(demand)] * 2, ground, bank=borefield.GFunctionBank())
    assert not sizing.fits
    assert any("past niet" in text for text in sizing.warnings)


def test_depth_search_of_one_candidate_takes_the_vectorised_steps_exactly():
    """smallest_depth steps in plain floats for speed: the same trial depths and the same depth,
    to the last bit, as smallest_depths for one candidate, on smooth margins, margins with a
    jump, margins that fail at every depth or pass at the shallowest, with and without a guess."""
    import random

    from minigrid_app.core.depthsearch import smallest_depth, smallest_depths

    def smallest_depth_vectorised(margin, margin_infinite, deepest_m, guess_m=None):
        """smallest_depth through smallest_depths (the reference compared with)."""
        found = smallest_depths(
            lambda index, depths: np.array([margin(float(d)) for d in depths]),
            margin_infinite,
            deepest_m,
            1,
            None if guess_m is None else np.array([float(guess_m)]),
        )[0]
        return None if np.isnan(found) else float(found)

    rng = random.Random(16)
    outcomes = set()
    for _ in range(3000):
        a, b, c = rng.uniform(-5, 5), rng.uniform(-3000, 500), rng.choice([0.0, rng.uniform(-2e5, 2e5)])
        jump = rng.choice([None, rng.uniform(10, 400)])

        def margin(h, a=a, b=b, c=c, jump=jump):
            return a + b / h + c / h**2 - (0.3 if jump is not None and h > jump else 0.0)

        deepest = rng.choice([150.0, 200.0, 400.0])
        guess = rng.choice([None, math.nan, rng.uniform(1, 600)])
        asked_scalar, asked_vector = [], []
        scalar = smallest_depth(lambda h, seen=asked_scalar, m=margin: seen.append(h) or m(h), a, deepest, guess)
        vector = smallest_depth_vectorised(lambda h, seen=asked_vector, m=margin: seen.append(h) or m(h), a, deepest, guess)
        assert scalar == vector and asked_scalar == asked_vector
        outcomes.add("none" if scalar is None else "shallowest" if scalar == 10.0 else "depth")
    assert outcomes == {"none", "shallowest", "depth"}


def test_layout_search_in_plain_floats_takes_the_arrays_steps_exactly():
    """smallest_depths keeps each candidate's bookkeeping in plain floats for speed: the same
    batches of trial depths and the same depths, to the last bit, as smallest_depths_arrays,
    with and without guesses, margins known at the deepest, and the cost pruning; a NaN margin
    is left to the arrays' version."""
    import random

    from minigrid_app.core.depthsearch import smallest_depths, smallest_depths_arrays

    rng = random.Random(1616)
    outcomes = set()
    for trial in range(400):
        count = rng.randint(1, 30)
        shapes = [
            (rng.uniform(-5, 5), rng.uniform(-3000, 500), rng.choice([0.0, rng.uniform(-2e5, 2e5)]),
             rng.choice([None, rng.uniform(10, 400)]))
            for _ in range(count)
        ]
        limit = rng.uniform(-2.0, 5.0)
        poisoned = trial % 50 == 49  # one candidate's margin NaN at some depth

        def margin(i, h, shapes=shapes, poisoned=poisoned):
            a, b, c, jump = shapes[i]
            if poisoned and i == 0 and h < 120:
                return math.nan
            return a + b / h + c / h**2 - (0.3 if jump is not None and h > jump else 0.0)

        deepest = rng.choice([150.0, 200.0, 400.0])
        guesses = np.array([rng.choice([math.nan, rng.uniform(1, 600), math.inf]) for _ in range(count)])
        known = np.array([margin(i, deepest) for i in range(count)]) if rng.random() < 0.5 else None
        per_m, per_hole = rng.uniform(20, 60), rng.uniform(0, 3000)
        pruned = {}
        if rng.random() < 0.6:
            holes = np.array([float(rng.randint(1, 12)) for _ in range(count)])

            def cost(index, depths, holes=holes, per_m=per_m, per_hole=per_hole):
                return holes[index] * depths * per_m + holes[index] * per_hole

            pruned = {"cost": cost, "tie": rng.choice([0.0, 1e-6, 50.0])}
        found = []
        for search in (smallest_depths, smallest_depths_arrays):
            asked = []

            def margins(index, depths, asked=asked):
                asked.append((index.tolist(), depths.tolist()))
                return np.array([margin(i, d) for i, d in zip(index.tolist(), depths.tolist(), strict=True)])

            depths = search(margins, limit, deepest, count, guesses, known, **pruned)
            found.append((depths, asked))
        (floats, asked_floats), (arrays, asked_arrays) = found
        assert np.array_equal(floats, arrays, equal_nan=True)
        if poisoned:  # the arrays' version asked again from the start once the NaN came
            assert asked_floats[len(asked_floats) - len(asked_arrays) :] == asked_arrays
        else:
            assert asked_floats == asked_arrays
        outcomes.update("none" if np.isnan(d) else "shallowest" if d == 10.0 else "depth" for d in floats)
    assert outcomes == {"none", "shallowest", "depth"}


def _cheapest(depths, cost):
    """The scan of Designer.cheapest over found depths: index and depth of the one kept."""
    best, least = None, 0.0
    for index, depth in enumerate(depths.tolist()):
        if math.isnan(depth):
            continue
        value = float(cost(np.array([index]), np.array([depth]))[0])
        if best is None or value < least - 1e-6:
            best, least = (index, depth), value
    return best


def test_probing_the_dear_candidates_keeps_the_cheapest_and_its_depth():
    """smallest_depths' ``rising`` probes (margins that grow with depth, as a field's) stop more
    candidates that cannot be the cheapest, also before their margin at the deepest is asked
    (not known: NaN): the same cheapest, at the same depth to the last bit, every candidate
    found by both at the same depth, with fewer margins asked."""
    import random

    from minigrid_app.core.depthsearch import smallest_depths

    rng = random.Random(2016)
    asked_total = {False: 0, True: 0}
    stopped = 0
    for trial in range(300):
        count = rng.randint(1, 30)
        # a + b / h + c / h², b, c ≤ 0 (and a step up): the margin grows with the depth
        shapes = [
            (rng.uniform(-2, 8), rng.uniform(-3000, 0), rng.choice([0.0, rng.uniform(-2e5, 0)]),
             rng.choice([None, rng.uniform(10, 400)]))
            for _ in range(count)
        ]

        poisoned = trial % 50 == 49  # one candidate's margin NaN at some depth: the arrays' version takes over

        def margin(i, h, shapes=shapes, poisoned=poisoned):
            a, b, c, jump = shapes[i]
            if poisoned and i == 0 and h < 120:
                return math.nan
            return a + b / h + c / h**2 + (0.3 if jump is not None and h > jump else 0.0)

        limit = rng.uniform(-2.0, 8.0)  # the margin at infinite depth the searches start from
        deepest = rng.choice([150.0, 200.0, 400.0])
        guesses = np.array([rng.choice([math.nan, rng.uniform(1, 600)]) for _ in range(count)])
        known = np.array([margin(i, deepest) for i in range(count)])
        holes = np.array([float(rng.randint(1, 12)) for _ in range(count)])
        per_m, per_hole, header = rng.uniform(20, 60), rng.uniform(0, 3000), np.array([rng.uniform(0, 900) for _ in range(count)])

        def cost(index, depths, holes=holes, per_m=per_m, per_hole=per_hole, header=header):
            return holes[index] * depths * per_m + holes[index] * per_hole + header[index]

        # the layout search knows the margins at the deepest of the fewest that fit, not of the extra counts
        unknown = known.copy()
        unknown[np.array([rng.random() < 0.5 for _ in range(count)]) & np.isnan(guesses)] = math.nan
        found = {}
        for rising in (False, True):
            asked = [0]

            def margins(index, depths, asked=asked):
                asked[0] += len(index)
                return np.array([margin(i, d) for i, d in zip(index.tolist(), depths.tolist(), strict=True)])

            found[rising] = smallest_depths(
                margins, limit, deepest, count, guesses, unknown if rising else known, cost=cost, tie=(count + 2) * 2e-6,
                rising=rising,
            )
            # (the margins at the deepest the plain search is given are asked too)
            asked_total[rising] += asked[0] + (0 if rising else int(np.sum(np.isnan(unknown) & ~np.isnan(known))))
        plain, probed = found[False], found[True]
        assert _cheapest(plain, cost) == _cheapest(probed, cost)
        both = ~np.isnan(probed) & ~np.isnan(plain)  # (the pruning may stop others a round sooner or later)
        assert np.array_equal(plain[both], probed[both])
        stopped += int(np.sum(np.isnan(probed) & ~np.isnan(plain)))
    assert stopped > 0 and asked_total[True] < asked_total[False]


def test_one_pairs_margin_is_the_batched_margin_to_the_last_bit():
    # FieldModel.margin (one geometry, one depth: what the depth searches step with) takes a
    # shorter way to the same remembered spectra; its value must be margins_of's exactly,
    # with and without passive cooling, fresh or remembered. FieldModel.source (what a sizing
    # round takes for the next: the source's curve and the lowest temperature) works out only
    # those curves, on one pair's arrays: temperatures()'s values exactly
    import numpy as np

    from minigrid_app.core import fieldsizing, gfunctions
    from minigrid_app.core.borefield import _calendar_means
    from minigrid_app.core.fieldloads import FieldLoads
    from minigrid_app.core.fieldmodel import FieldModel
    from minigrid_app.core.parameters import ParameterSet

    params, _ = ParameterSet.from_overrides({})
    ground = fieldsizing.ground_parameters(params)
    rng = np.random.default_rng(3)
    for cooling in (False, True):
        loads = FieldLoads(
            rng.uniform(200.0, 1500.0, 12), (5000.0,), 6.0, 1.0,
            rng.uniform(0.0, 300.0, 12) if cooling else np.zeros(12), 4.0 if cooling else 0.0,
        )
        model = FieldModel(loads, ground, cross_c=-0.2 * rng.uniform(0.0, 1.0, 12 * int(ground.simulation_years)))
        for _ in range(20):
            geometry = gfunctions.grid(int(rng.integers(1, 3)), int(rng.integers(2, 6)), float(rng.uniform(5.0, 10.0)),
                                       ground.borehole_radius_m, ground.buried_depth_m)
            depth = float(rng.uniform(20.0, 250.0))
            single = model.margin(geometry, depth)
            assert model.margins_of([geometry], [depth])[0] == single  # remembered by the first call
            assert model.margin(geometry, depth) == single
            gfunctions.BANK.forget_values()  # both computed afresh: in a batch of two, and alone
            batched = model.margins_of([geometry, geometry], [depth * 1.01, depth])
            assert batched[1] == single
            gfunctions.BANK.forget_values()
            assert model.margin(geometry, depth * 1.01) == batched[0]
            for fresh in (True, False):
                if fresh:
                    gfunctions.BANK.forget_values()
                lowest, minimum = model.source(geometry, depth * 0.9)
                temps = model.temperatures(geometry, [depth * 0.9])[0]
                curve = temps.monthly_c if not cooling else temps.extraction_c
                assert (temps.extraction_c is None) == (not cooling) and np.array_equal(lowest, curve)
                assert minimum == temps.minimum_c and _calendar_means(lowest) == _calendar_means(curve)


def test_one_borehole_margin_is_worked_out_once_for_every_spacing():
    # a single borehole has no neighbours: its margin at a depth is the same at any spacing, to
    # the last bit (the one-borehole table holds one spacing; pygfunction places it at the
    # origin), so the layout search's one-column layouts ask it once per depth, with the same
    # values and the same count of trials as if each spacing had been worked out
    import numpy as np

    from minigrid_app.core import fielddesign, fieldsizing, gfunctions
    from minigrid_app.core.fieldloads import FieldLoads
    from minigrid_app.core.fieldmodel import FieldModel
    from minigrid_app.core.parameters import ParameterSet

    params, _ = ParameterSet.from_overrides({})
    ground = fieldsizing.ground_parameters(params)
    rng = np.random.default_rng(7)
    loads = FieldLoads(rng.uniform(200.0, 1500.0, 12), (5000.0,), 6.0, 1.0)
    geometry = fielddesign.grid_geometry(ground.borehole_radius_m, ground.buried_depth_m)
    spacings = [6.0, 7.0, 9.5, 12.0, 40.0]
    for depths in ([150.0] * 5, [150.0, 150.0, 80.5, 80.5, 150.0], [9.0, 9.0, 60.0, 60.0, 9.0]):
        gfunctions.BANK.forget_values()
        alone = [FieldModel(loads, ground).margin(geometry(1, 1, s), d) for s, d in zip(spacings, depths, strict=True)]
        model = FieldModel(loads, ground)
        designer = fielddesign.Designer(model, ground.max_depth_m, geometry)
        layouts = [(1, 1, s) for s in spacings] + [(1, 2, 6.0)]
        found = designer._margins(layouts, np.array([*depths, 150.0]))
        assert found[:5].tolist() == alone
        assert found[5] == FieldModel(loads, ground).margin(geometry(1, 2, 6.0), 150.0)
        assert designer.trials == 6  # every pair asked counts, as before
        assert model.evaluations == len(set(depths)) + 1  # one superposition per depth of the one-borehole pairs
        assert designer.margin(1, 1, 8.0, depths[2]) == alone[2] and model.evaluations == len(set(depths)) + 1
