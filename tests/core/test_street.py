"""The street (issue 13): every borehole has a place, fields see each other (finite line
source checked against pygfunction), own loops sized "in the street" agree with a
pygfunction field of the same boreholes, and neighbouring clusters' fields interfere."""

from __future__ import annotations

import math

import numpy as np
import pygfunction as gt
import pytest

import minigrid_app.io  # noqa: F401 (installs the g-function tables)
from minigrid_app.core import borefield, fieldsizing, interference, street, streetsizing
from minigrid_app.core.clusters import Cluster
from minigrid_app.core.demand import heat_demand
from minigrid_app.core.model import Household
from minigrid_app.core.parameters import ParameterSet
from tests.core import pygfunction_reference

PARAMS, _ = ParameterSet.from_overrides({})
GROUND = fieldsizing.ground_parameters(PARAMS)
REFERENCE_GROUND = pygfunction_reference.Ground(
    GROUND.conductivity_w_mk, GROUND.volumetric_heat_capacity_j_m3k, GROUND.undisturbed_temp_c,
    GROUND.borehole_resistance_mk_w, GROUND.borehole_radius_m, GROUND.buried_depth_m, GROUND.min_fluid_temp_c,
)


def _home(gas_m3: float = 1350.0) -> borefield.HomeHeatDemand:
    household = Household(label="x", gas_m3_per_year=gas_m3, cooks_on_gas=True, supply_temp_c=45, build_year=1995)
    return fieldsizing.home_heat(heat_demand(household, PARAMS))


@pytest.mark.parametrize("distance", [3.0, 7.0, 20.0, 60.0, 140.0])
@pytest.mark.parametrize(("source", "receiver"), [(80.0, 80.0), (60.0, 150.0), (200.0, 30.0)])
def test_finite_line_source_matches_pygfunction(distance, source, receiver):
    alpha = GROUND.diffusivity_m2_s
    times = 730.0 * 3600.0 * np.array([1, 3, 12, 60, 150, 300])
    b1 = gt.boreholes.Borehole(source, 1.0, 0.065, 0.0, 0.0)
    b2 = gt.boreholes.Borehole(receiver, 1.0, 0.065, distance, 0.0)
    expected = gt.heat_transfer.finite_line_source(times, alpha, b1, b2)
    found = interference.fls([distance], [source], [receiver], [1.0], [1.0], times, alpha)[0]
    # 0.002 on h is 0.0002 K per W/m: far below what the sizing can see
    assert np.max(np.abs(found - expected)) < 2e-3


def test_two_fields_boreholes_on_one_spot_see_each_other_at_a_boreholes_radius():
    """Two neighbouring strips that both hold a borehole at their common end put two fields' boreholes on one
    spot (a 50-home street's signature curve): the response divided by the distance 0 and every cross
    temperature of both fields was NaN (numpy's 'divide by zero' on the command line). Now the pair is taken
    a borehole's radius apart, as pygfunction gives it at that distance."""
    alpha = GROUND.diffusivity_m2_s
    times = 730.0 * 3600.0 * np.array([1, 3, 12, 60, 150, 300])
    with np.errstate(divide="raise", invalid="raise"):
        found = interference.fls([0.0], [150.0], [150.0], [1.0], [1.0], times, alpha)[0]
    b1 = gt.boreholes.Borehole(150.0, 1.0, 0.065, 0.0, 0.0)
    b2 = gt.boreholes.Borehole(150.0, 1.0, 0.065, interference.MIN_PAIR_DISTANCE_M, 0.0)
    assert np.max(np.abs(found - gt.heat_transfer.finite_line_source(times, alpha, b1, b2))) < 2e-3
    boreholes = [interference.Borehole(x, -2.0, 150.0, 1.0, field) for x, field in ((0.0, 0), (6.0, 0), (6.0, 1), (12.0, 1))]
    responses = interference.field_responses(boreholes, times, alpha)
    assert set(responses) == {(0, 1), (1, 0)} and all(np.isfinite(r).all() for r in responses.values())


def test_homes_lie_along_the_street_at_their_distances():
    homes = [Household(id=f"h{i}", label=f"nr. {i}", distance_to_next_m=d) for i, d in enumerate([7.0, None, 9.0, 7.0])]
    clusters = [Cluster("C1", "Cluster 1", ("h0", "h1")), Cluster("C2", "Cluster 2", ("h2", "h3"))]
    layout = street.street_layout(
        homes, clusters, default_distance_m=10.0, own_setback_m=3.0, strip_offset_m=2.0, strip_width_m=3.0,
        strip_lengths_m={"C2": 12.0},
    )
    assert [h.x_m for h in layout.homes] == [0.0, 7.0, 17.0, 26.0]
    assert layout.length_m == 33.0
    assert layout.home("h2").own_positions(2, 6.0) == ((17.0, 3.0), (17.0, 9.0))
    first, second = layout.strips
    assert (first.x_m, first.length_m, first.y_m, first.width_m) == (0.0, 17.0, -2.0, 3.0)
    assert (second.x_m, second.length_m) == (17.0, 12.0)
    # three boreholes 6 m apart centred in the first strip, one row on the street side
    assert first.place(1, 3, 6.0) == ((2.5, -2.0), (8.5, -2.0), (14.5, -2.0))
    assert first.most_columns(6.0) == 3 and first.most_rows(6.0) == 1
    cut = street.street_layout(
        homes, clusters, default_distance_m=10.0, own_setback_m=3.0, strip_offset_m=2.0, strip_width_m=3.0,
        available_length_m=20.0,
    )
    assert cut.strip("C2").length_m == pytest.approx(3.0)


def _own_street(count: int, spacing: float = 7.0):
    home = _home()
    requests = [
        streetsizing.FieldRequest(f"own-{i}", (home,), home=street.HomePlace(str(i), spacing * i, spacing, spacing * i, 3.0))
        for i in range(count)
    ]
    return requests, streetsizing.size_street(requests, GROUND)


def test_identical_own_loops_in_a_street_equal_a_pygfunction_field():
    # Issue 13 check (street interference): six identical homes (1 350 m³, 45 °C), own loops 7 m apart. Sized in
    # the street, each for its own borehole with its neighbours around it; the total equals
    # the length of a pygfunction field of the same six boreholes with the same load on
    # each (uniform heat extraction rate) within 3 %, and is about a quarter more than
    # six boreholes each alone.
    requests, result = _own_street(6)
    assert result.converged
    sizings = [result.sizings[r.id] for r in requests]
    total = sum(s.total_length_m for s in sizings)
    monthly = np.mean([s.monthly_extraction_kwh for s in sizings], axis=0) * 6
    peak = sum(s.peak_extraction_kw for s in sizings)
    reference = 6 * pygfunction_reference.depth(
        pygfunction_reference.positions(6, 7.0), monthly, peak, REFERENCE_GROUND, boundary="UHTR", near_m=total / 6
    )
    assert total == pytest.approx(reference, rel=0.03)
    alone = sum(s.alone_total_length_m for s in sizings)
    assert 1.15 < total / alone < 1.40
    # the middle homes are cooled most, the ends least; every limit is met
    depths = [s.depth_m for s in sizings]
    assert depths[0] < depths[1] < depths[2] == pytest.approx(depths[3], abs=0.05)
    assert depths[0] == pytest.approx(depths[5], abs=0.05)
    for s in sizings:
        assert s.min_fluid_temp_c == pytest.approx(GROUND.min_fluid_temp_c, abs=0.01)
        assert s.interference_k < -1.0
        assert len(s.neighbours) == 5
    assert sizings[0].positions == ((0.0, 3.0),) and sizings[2].positions == ((14.0, 3.0),)


def test_a_home_far_from_others_is_sized_alone():
    home = _home()
    requests = [
        streetsizing.FieldRequest("own-a", (home,), home=street.HomePlace("a", 0.0, 7.0, 0.0, 3.0)),
        streetsizing.FieldRequest("own-b", (home,), home=street.HomePlace("b", 400.0, 7.0, 400.0, 3.0)),
    ]
    result = streetsizing.size_street(requests, GROUND)
    for request in requests:
        sizing = result.sizings[request.id]
        assert sizing.neighbours == () and sizing.alone_total_length_m is None and sizing.interference_k == 0.0
    assert result.sizings["own-a"].depth_m == pytest.approx(borefield.size_field([home], GROUND).depth_m, abs=0.01)


def test_neighbouring_clusters_fields_see_each_other():
    homes = [_home(g) for g in (1400, 1050, 980, 1320, 1250, 900, 1120, 1380)]
    strips = [street.Strip("C1", 0.0, 28.0, -2.0, 3.0), street.Strip("C2", 28.0, 28.0, -2.0, 3.0)]
    requests = [
        streetsizing.FieldRequest("shared-C1", tuple(homes[:4]), strip=strips[0]),
        streetsizing.FieldRequest("shared-C2", tuple(homes[4:]), strip=strips[1]),
    ]
    costs = fieldsizing.design_costs(PARAMS)
    result = streetsizing.size_street(requests, GROUND, costs=costs, max_spacing_m=12.0)
    for request, other in zip(requests, reversed(requests), strict=True):
        sizing = result.sizings[request.id]
        assert sizing.neighbours == (other.id,)
        assert sizing.interference_k < 0
        assert sizing.total_length_m > sizing.alone_total_length_m
        strip = request.strip
        for x, y in sizing.positions:
            assert strip.x_m - 1e-9 <= x <= strip.x_m + strip.length_m + 1e-9
            assert y == pytest.approx(strip.y_m)


def test_a_cluster_laid_out_elsewhere_is_found_sized_alone_and_placed_in_its_own_strip():
    """A field sized alone is remembered by what its sizing reads (homes, reserve, name, the
    strip's size), not by its id or where its strip lies: the same cluster in a street laid out
    again (a point of the signature curve) takes it, with its boreholes in its new strip."""
    homes = tuple(_home(g) for g in (1400, 1050, 980, 1320))
    costs = fieldsizing.design_costs(PARAMS)
    here = streetsizing.FieldRequest("shared-C1", homes, strip=street.Strip("C1", 0.0, 28.0, -2.0, 3.0))
    there = streetsizing.FieldRequest("shared-C7", homes, strip=street.Strip("C7", 300.0, 28.0, -5.0, 3.0))
    streetsizing.clear_cache()
    first = streetsizing.size_street([here], GROUND, costs=costs, max_spacing_m=12.0).sizings["shared-C1"]
    hits = streetsizing.ALONE.hits
    moved = streetsizing.size_street([there], GROUND, costs=costs, max_spacing_m=12.0).sizings["shared-C7"]
    assert streetsizing.ALONE.hits == hits + 1
    streetsizing.clear_cache()
    fresh = streetsizing.size_street([there], GROUND, costs=costs, max_spacing_m=12.0).sizings["shared-C7"]
    assert moved == fresh and moved.positions != first.positions
    assert all(300.0 <= x <= 328.0 and y == -5.0 for x, y in moved.positions)
    assert (moved.boreholes, moved.depth_m) == (first.boreholes, first.depth_m)


# ---------------------------------------------------------------- in the business case


@pytest.fixture(scope="module")
def hofje():
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example

    return compute_project(load_example("hofje-8"), break_even=False, sensitivity=False)


def test_own_loops_are_sized_in_the_street_with_alone_as_second_figure(hofje):
    own = [f for f in hofje.fields if f.variant == "ground_hp"]
    assert len(own) == 8
    for result in own:
        sizing = result.sizing
        # every other home drills too: all seven neighbours are within reach on a 56 m street
        assert len(sizing.neighbours) == 7 and result.id not in sizing.neighbours
        if sizing.limited_by == "heating":
            # the neighbours' boreholes cool the ground: a longer loop than alone
            assert sizing.total_length_m > sizing.alone_total_length_m
            assert sizing.min_fluid_temp_c == pytest.approx(hofje.parameters["min_fluid_temp_c"], abs=0.02)
        else:
            # a home that cools: its summer limit binds, and the neighbours' cold helps it
            assert sizing.limited_by == "cooling" and sizing.annual_injection_kwh > 0
            assert sizing.max_fluid_temp_c == pytest.approx(hofje.parameters["max_fluid_temp_c"], abs=0.02)
            assert sizing.total_length_m < sizing.alone_total_length_m
        (x, y), *_ = sizing.positions
        home = hofje.street.layout.home(result.households[0])
        assert (x, y) == (home.own_x_m, home.own_y_m)
    assert hofje.street.own.converged and hofje.street.shared.converged


def test_shared_fields_lowest_investment_inside_their_strips(hofje):
    params = hofje.parameters
    for cluster in hofje.clusters:
        result = hofje.field(cluster.field_id)
        sizing = result.sizing
        strip = hofje.street.layout.strip(cluster.id)
        design, fewest = sizing.design, sizing.fewest_design
        assert design is not None and fewest is not None
        assert design.investment_eur <= fewest.investment_eur + 1e-6
        assert fewest.spacing_m == params["borehole_spacing_m"] and fewest.rows == 1
        assert params["borehole_spacing_m"] <= sizing.spacing_m <= params["max_borehole_spacing_m"]
        assert sizing.depth_m <= params["max_borehole_depth_m"]
        assert len(sizing.positions) == sizing.boreholes
        for x, y in sizing.positions:
            assert strip.x_m <= x <= strip.x_m + strip.length_m and strip.y_m - strip.width_m <= y <= strip.y_m
        # the investment the design weighed is the field's drilling, boreholes and header pipe
        lines = {line.key: line.amount_eur for line in result.cost_lines}
        assert lines["drilling"] + lines["boreholes"] + lines.get("header", 0.0) == pytest.approx(design.investment_eur)
        assert sizing.neighbours == tuple(f"shared-{c.id}" for c in hofje.clusters if c.id != cluster.id)


def test_cheapest_design_is_the_cheapest_of_all_candidates():
    # an independent route: every layout the strip holds, each with its own smallest depth
    # from a plain bisection on the fluid temperature, priced; the search must find the minimum
    from minigrid_app.core import fielddesign

    homes = [_home(g) for g in (1400, 1050, 980, 1320)]
    costs = fieldsizing.design_costs(PARAMS)
    room = fielddesign.Room(6.0, 12.0, 28.0, 7.0)
    sizing = borefield.size_field(homes, GROUND, room=room, costs=costs)
    loads = borefield.field_loads(homes, GROUND, sizing.source_temp_by_month_c, sizing.design_source_temp_c)
    model = borefield.FieldModel(loads, GROUND)
    best = math.inf
    for rows in (1, 2):
        for spacing in room.spacings():
            for columns in range(1, room.columns(spacing) + 1):
                if rows > room.rows(spacing) or (rows > 1 and columns < 2) or rows * columns > 12:
                    continue
                geometry = gfunctions_grid(rows, columns, spacing)
                if model.margins(geometry, [GROUND.max_depth_m])[0] < 0:
                    continue
                low, high = 10.0, GROUND.max_depth_m
                while high - low > 0.01:
                    middle = 0.5 * (low + high)
                    low, high = (low, middle) if model.margins(geometry, [middle])[0] >= 0 else (middle, high)
                best = min(best, fielddesign.priced(rows, columns, spacing, high, costs).investment_eur)
    assert sizing.design.investment_eur == pytest.approx(best, rel=0.002)


def gfunctions_grid(rows, columns, spacing):
    from minigrid_app.core import gfunctions

    return gfunctions.grid(rows, columns, spacing, GROUND.borehole_radius_m, GROUND.buried_depth_m)


def test_limit_above_the_ground_is_found_before_sizing_and_costs_nothing():
    from pathlib import Path

    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.projectfile import load_project

    loaded = load_project(Path(__file__).parents[1] / "data" / "cases" / "limit-above-ground.minigrid")
    results = compute_project(loaded.project, break_even=False, sensitivity=False)
    for result in results.fields:
        assert not result.sizing.feasible and result.sizing.infeasible_reason == "limit_above_ground"
        assert result.sizing.boreholes == 0 and result.cost_lines == [] and result.shared_cost_eur == 0
    for household in results.households:
        assert household.variants["ground_hp"] is None and household.variants["shared_loop"] is None
        assert household.variants["air_hp"] is not None
    said = [w for w in results.warnings if "Geen bodemlus mogelijk" in w]
    assert len(said) == 1  # one message for all fields, naming them, why and what would help
    (message,) = said
    assert "Woning 1" in message and "Cluster 1" in message and "bodem zelf is maar 7,0 °C" in message
    assert "Wat wel helpt" in message and "No ground loop possible" in message.en
    assert not any("past niet" in w for w in results.warnings)


def test_the_street_drawing_holds_every_home_and_borehole():
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.streetview import street_view
    from minigrid_app.io import charts
    from minigrid_app.io.examples import load_example

    results = compute_project(load_example("hofje-8"), break_even=False, sensitivity=False)
    view = street_view(results)
    assert [h.label for h in view.homes] == [h.label for h in results.households]
    assert [h.x_m for h in view.homes] == sorted(h.x_m for h in view.homes)
    sized = {f.id: f.sizing for f in results.fields if f.sizing.feasible}
    assert {m.field_id for m in view.fields} == set(sized)
    for mark in view.fields:
        assert len(mark.positions) == mark.boreholes == sized[mark.field_id].boreholes
        if mark.shared:  # inside its strip, on the street side
            x, y, length, width = mark.strip
            assert all(x <= px <= x + length and y - width <= py <= y for px, py in mark.positions)
        else:  # in the home's front garden
            home = next(h for h in view.homes if h.label == mark.name)
            assert all(home.x_m <= px <= home.x_m + home.frontage_m and py > 0 for px, py in mark.positions)
    # the sum of the own fields' lengths as step 3's table shows them (whole metres)
    own = sum(round(sized[m.field_id].total_length_m) for m in view.fields if not m.shared)
    assert f"{own:,} m".replace(",", ".") in view.finding
    figure = charts.street_layout_figure(view, language="en")
    assert figure._suptitle.get_text().startswith("Each an own loop")


def _cheapest_three_ways(model, room, costs, start, geometry=None):
    from minigrid_app.core import fielddesign

    geometry = geometry or fielddesign.grid_geometry(GROUND.borehole_radius_m, GROUND.buried_depth_m)
    found = []
    for prune, probe in ((False, False), (True, False), (True, True)):
        designer = fielddesign.Designer(model, GROUND.max_depth_m, geometry)
        designer.prune, designer.probe = prune, probe
        found.append((designer.cheapest(room, costs, start), designer.trials))
    return found


def test_pruning_the_layout_search_keeps_the_cheapest_design():
    # the search stops layouts that can no longer be the cheapest: the design must be the
    # one of the full search to the last bit, on many loads, rooms and prices, with fewer trials
    from minigrid_app.core import fielddesign

    rng = np.random.default_rng(16)
    base = fieldsizing.design_costs(PARAMS)
    saved = 0
    probed_trials = pruned_total = 0
    for case in range(24):
        homes = [_home(float(g)) for g in rng.uniform(600.0, 2600.0, size=int(rng.integers(1, 9)))]
        room = fielddesign.Room(6.0, float(rng.choice([6.0, 9.0, 12.0])), float(rng.uniform(10.0, 60.0)), float(rng.choice([0.0, 6.0, 12.0])))
        costs = fielddesign.DesignCosts(
            base.per_m_eur * float(rng.uniform(0.3, 2.0)),
            base.per_borehole_eur * float(rng.choice([0.0, 0.2, 1.0, 3.0])),
            base.header_per_m_eur * float(rng.uniform(0.0, 3.0)),
        )
        loads = borefield.field_loads(homes, GROUND, [2.0 + case % 5] * 12, 0.0)
        cross = None if case % 3 else -0.3 * rng.uniform(0.0, 1.0, 12 * int(GROUND.simulation_years))
        model = borefield.FieldModel(loads, GROUND, cross_c=cross)
        (full, full_trials), (pruned, pruned_trials), (probed, probed_case) = _cheapest_three_ways(
            model, room, costs, max(1, len(homes) // 2)
        )
        assert pruned == full, case
        assert probed == full, case
        assert pruned_trials <= full_trials
        saved += full_trials - pruned_trials
        # a probe that passes is a trial the others do not ask: fewer over all the cases, not in each
        probed_trials += probed_case
        pruned_total += pruned_trials
    assert saved > 0 and probed_trials < pruned_total


class _LinearModel:
    """A field model whose margin is a − b·n/H (n boreholes): near ties on purpose."""

    def __init__(self, rng):
        self.a, self.b = 4.0, 500.0
        self.noise = {}
        self.rng = rng

    def margin_at_infinite_depth(self):
        return self.a

    def margins_of(self, geometries, depths):
        out = []
        for geometry, depth in zip(geometries, np.asarray(depths, dtype=float), strict=True):
            key = (geometry.rows, len(geometry.positions()), geometry.spacing_m)
            wobble = self.noise.setdefault(key, float(self.rng.uniform(0.9, 1.1)))
            out.append(self.a - wobble * self.b * 12.0 / (len(geometry.positions()) * depth))
        return np.array(out)

    def margins(self, geometry, depths):
        return self.margins_of([geometry] * len(np.atleast_1d(depths)), np.atleast_1d(depths))

    def margin(self, geometry, depth):
        return float(self.margins_of([geometry], [depth])[0])


def test_pruning_keeps_the_scans_choice_among_near_ties():
    # drilling nearly free and every borehole the same price: many layouts cost the same
    # within the scan's tie of 1e-6; the choice (the first of the cheapest, in the scan's
    # order) must not move when layouts dearer by more are left out
    from minigrid_app.core import fielddesign

    rng = np.random.default_rng(7)
    room = fielddesign.Room(6.0, 12.0, 40.0, 12.0)
    for case in range(12):
        costs = fielddesign.DesignCosts(float(rng.choice([1e-9, 3e-8, 1e-7])), 1000.0, float(rng.choice([0.0, 1e-7])))
        (full, _), (pruned, _), (probed, _) = _cheapest_three_ways(_LinearModel(rng), room, costs, 4)
        assert pruned == full and probed == full, case


def test_one_members_share_is_the_same_without_the_comparison_and_the_others():
    # the break-even search reads one home's share of its cluster's field, sized again at
    # another gas use: without the fewest-boreholes comparison and the other members' shares,
    # that share (and the field) must be the same to the last bit
    from dataclasses import replace

    from minigrid_app.core.analysis import ProjectRun
    from minigrid_app.core.field_costs import own_field, shared_field
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    run = ProjectRun(project)
    run.heat_demand()
    run.form_clusters()
    run.size_fields()
    by_id = {h.id: h for h in project.households}
    for cluster in run.clusters:
        member = cluster.household_ids[1]
        changed = dict(run.demands)
        changed[member] = heat_demand(by_id[member], run.params, gas_m3=0.7 * run.demands[member].gas_m3)
        field, shares = shared_field(cluster, changed, run.settings)
        field_one, shares_one = shared_field(cluster, changed, run.settings, only=member)
        assert list(shares_one) == [member] and len(shares) == len(cluster.household_ids)
        assert shares_one[member] == shares[member]
        assert field.sizing.fewest_design is not None and field_one.sizing.fewest_design is None
        # the same field; only the comparison and the trials it took are left out
        same = replace(field_one.sizing, fewest_design=field.sizing.fewest_design, depth_trials=field.sizing.depth_trials)
        assert replace(field_one, sizing=same) == field
        assert field_one.sizing.depth_trials < field.sizing.depth_trials
        assert field.sizing.total_length_m != run.street.shared_field(cluster.id).total_length_m  # sized again
        # and without the words (the search reads the amounts only): the same lines' amounts
        _, shares_bare = shared_field(cluster, changed, run.settings, only=member, words=False)
        bare, worded = shares_bare[member], shares_one[member]
        assert worded.lines and all(line.formula_nl and line.formula_en for line in worded.lines)
        assert all(line.formula_nl == line.formula_en == "" for line in bare.lines)
        assert replace(bare, lines=worded.lines) == worded
        assert [replace(line, formula_nl="", formula_en="") for line in worded.lines] == list(bare.lines)
        for household_id in cluster.household_ids:
            own_worded, own_bare = own_field(household_id, changed[household_id], run.settings)[1], own_field(
                household_id, changed[household_id], run.settings, words=False
            )[1]
            if own_worded is not None:
                assert [replace(line, formula_nl="", formula_en="") for line in own_worded.lines] == list(own_bare.lines)
                assert replace(own_bare, lines=own_worded.lines) == own_worded


def test_a_field_sized_again_without_its_curves_keeps_every_other_figure():
    # the break-even search reads a trial field's design, loads and source temperatures only:
    # sized again without the fluid temperatures (curves False), every other figure must be
    # the same to the last bit: a shared field's layout search, an own loop, with cooling
    from dataclasses import replace

    from minigrid_app.core import fielddesign

    costs = fieldsizing.design_costs(PARAMS)
    cooled = replace(_home(1700.0), cooling_monthly_kwh=(0.0,) * 5 + (90.0, 160.0, 140.0) + (0.0,) * 4, cooling_peak_kw=2.5)
    curve_fields = (
        "min_fluid_temp_c", "mean_fluid_temp_c", "monthly_fluid_temp_c", "monthly_peak_fluid_temp_c",
        "max_fluid_temp_c", "monthly_peak_injection_fluid_temp_c", "limited_by",
    )
    cases = [
        ([_home(900.0), _home(1500.0), _home(2100.0)], [_home(900.0), _home(1500.0), _home(2700.0)], fielddesign.Room(6.0, 9.0, 40.0, 6.0), costs),
        ([_home(1200.0)], [_home(800.0)], None, None),
        ([cooled, _home(1300.0)], [cooled, _home(1900.0)], fielddesign.Room(6.0, 8.0, 30.0, 0.0), costs),
    ]
    for before, after, room, prices in cases:
        start = borefield.size_field(before, GROUND, room=room, costs=prices)
        full = borefield.size_field(after, GROUND, room=room, costs=prices, start=start, compare=False)
        bare = borefield.size_field(after, GROUND, room=room, costs=prices, start=start, compare=False, curves=False)
        assert full.converged and full.monthly_fluid_temp_c and full.total_length_m != start.total_length_m
        assert math.isnan(bare.min_fluid_temp_c) and bare.monthly_fluid_temp_c == () and bare.limited_by == ""
        assert replace(bare, **{name: getattr(full, name) for name in curve_fields}) == full
    assert full.max_fluid_temp_c is not None and full.monthly_peak_injection_fluid_temp_c  # the cooled case


def test_the_street_drawings_sentence_compares_the_same_homes_in_the_tables_metres():
    """Step 3's title counted a home that does not take part among the own loops (9 boreholes against
    the shared loops' 8 homes), and summed unrounded lengths (915 m against rows that add up to 916 m)."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.streetview import street_view
    from minigrid_app.core.variant import Variant
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    project.households[5].participation = "declined"  # Lindehof 6
    results = compute_project(project, break_even=False, sensitivity=False, signature_curve=False)
    on_shared = {h for f in results.fields if f.variant == Variant.SHARED_LOOP for h in f.households}
    assert len(on_shared) == 7 and project.households[5].id not in on_shared
    own = [f for f in results.fields if f.variant != Variant.SHARED_LOOP and f.households[0] in on_shared]
    shared = [f for f in results.fields if f.variant == Variant.SHARED_LOOP]
    own_m, shared_m = sum(round(f.sizing.total_length_m) for f in own), sum(round(f.sizing.total_length_m) for f in shared)
    finding = street_view(results).finding
    def metres(value: int) -> str:
        return f"{value:,} m".replace(",", ".")

    assert finding.nl == (
        f"Elk een eigen bodemlus (de 7 woningen die meedoen): {sum(f.sizing.boreholes for f in own)} boorgaten, "
        f"{metres(own_m)}; gedeeld: {sum(f.sizing.boreholes for f in shared)} boorgaten, {metres(shared_m)}"
    )
