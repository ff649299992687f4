"""The break-even searches of a street go together (core/lockstep.py, issue 16): the same results to the last bit.

Their fields' margins are worked out many at a time, the rows of different fields' loads in one
superposition (fieldmodel.margins_across): each must be the margin FieldModel.margin gives that
field alone, and every search must find the same gas use as when the searches go one after the other.
"""

from __future__ import annotations

import numpy as np

from minigrid_app.core import fieldsizing, gfunctions, lockstep
from minigrid_app.core.analysis import ProjectRun
from minigrid_app.core.fieldloads import FieldLoads
from minigrid_app.core.fieldmodel import FieldModel, margins_across
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.io.examples import load_example


def test_margins_of_many_fields_in_one_superposition_are_each_fields_own():
    params, _ = ParameterSet.from_overrides({})
    ground = fieldsizing.ground_parameters(params)
    years = int(ground.simulation_years)
    rng = np.random.default_rng(16)
    models = []
    for k in range(12):
        cooling = k % 3 != 0
        loads = FieldLoads(
            rng.uniform(200.0, 1500.0, 12), (5000.0,), float(rng.uniform(3.0, 9.0)), 1.0,
            rng.uniform(0.0, 300.0, 12) if cooling else np.zeros(12), float(rng.uniform(1.0, 5.0)) if cooling else 0.0,
        )
        models.append(FieldModel(loads, ground, cross_c=-0.2 * rng.uniform(0.0, 1.0, 12 * years) if k % 2 else None))
    for fresh in (True, False):
        triples = []
        for _ in range(60):
            geometry = gfunctions.grid(int(rng.integers(1, 3)), int(rng.integers(1, 6)), float(rng.uniform(5.0, 10.0)),
                                       ground.borehole_radius_m, ground.buried_depth_m)
            triples.append((models[int(rng.integers(len(models)))], geometry, float(rng.choice([150.0, rng.uniform(10.0, 150.0)]))))
        if fresh:
            gfunctions.BANK.forget_values()
        together = margins_across([m for m, _, _ in triples], [g for _, g, _ in triples], [d for _, _, d in triples])
        gfunctions.BANK.forget_values()
        alone = [model.margin(geometry, depth) for model, geometry, depth in triples]
        assert together.tolist() == alone


def _sized_and_searched(project, together: bool) -> tuple[list, list]:
    gfunctions.BANK.forget_values()
    fieldsizing.clear_cache()  # the street's fields sized again, not taken from the last run
    lockstep.TOGETHER = together
    try:
        run = ProjectRun(project)
        run.heat_demand()
        run.form_clusters()
        run.size_fields()
        run.household_variants()
        run.break_even()
    finally:
        lockstep.TOGETHER = True
    fields = [repr(field) for field in run.fields]
    found = [
        (h.id, name, v.break_even_status, v.break_even_gas_m3)
        for h in run.households
        for name, v in sorted(h.variants.items())
        if v is not None
    ]
    return fields, found


def test_the_fields_and_searches_together_find_what_they_find_one_after_the_other(monkeypatch):
    project = load_example("hofje-8")
    monkeypatch.setattr(lockstep, "TASKS_AT_ONCE", 5)  # a task that ends makes room for the next
    fields, found = _sized_and_searched(project, True)
    assert (fields, found) == _sized_and_searched(project, False)
    assert len(fields) >= 9 and sum(1 for *_, status, _ in found if status is not None) >= 16


def test_a_remembered_spectrum_holds_its_own_row_not_its_batchs():
    # the searches together ask hundreds of margins at once; a pair's remembered spectrum kept as a
    # view of its batch's array kept the whole batch alive (distinct-200's break-even: 123 -> 188 MiB)
    params, _ = ParameterSet.from_overrides({})
    ground = fieldsizing.ground_parameters(params)
    loads = FieldLoads(np.full(12, 800.0), (5000.0,), 6.0, 1.0)
    model = FieldModel(loads, ground)
    geometries = [gfunctions.grid(1, c, 6.0, ground.borehole_radius_m, ground.buried_depth_m) for c in range(2, 8)]
    gfunctions.BANK.forget_values()
    model.margins_of(geometries, [100.0] * len(geometries))
    _, spectrum = gfunctions.BANK.response_at(geometries[0], 100.0, model._ln_t, model._when, model._size)
    assert spectrum.base is None or spectrum.base.size == spectrum.size
