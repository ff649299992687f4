"""A what-if run (the sensitivity's reruns, the drop-out's, a signature curve's points) sizes the
street's fields without what it does not read: the fewest-boreholes comparison and the fluid
temperatures. The fields and every home's figures are the same (issue 16: the evening's pack)."""

from __future__ import annotations

from minigrid_app.core import fieldsizing, streetsizing
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.variant import Variant
from minigrid_app.io.examples import load_example

WHAT_IF = {"break_even": False, "sensitivity": False, "price_band": False, "agreements": False,
           "variants": (Variant.SHARED_LOOP,)}


def _figures(results):
    return {
        h.id: (v.monthly_costs_year1_eur, v.investment_net_eur, v.tco_eur)
        for h in results.households
        if (v := h.variants.get(Variant.SHARED_LOOP)) is not None
    }


def _designs(results):
    return {f.id: (f.sizing.design, f.sizing.total_length_m, f.sizing.source_temp_by_month_c) for f in results.fields}


def test_a_what_if_run_sizes_the_same_fields_without_their_details():
    project = load_example("straat-24")
    fieldsizing.clear_cache()
    full = compute_project(project, **WHAT_IF)
    fieldsizing.clear_cache()
    lean = compute_project(project, details=False, **WHAT_IF)
    assert _figures(lean) == _figures(full) and _designs(lean) == _designs(full)
    shared = [f.sizing for f in lean.fields if f.variant == Variant.SHARED_LOOP]
    assert shared and all(s.fewest_design is None and s.monthly_fluid_temp_c == () for s in shared)
    assert all(f.sizing.fewest_design is not None for f in full.fields if f.variant == Variant.SHARED_LOOP)


def test_a_what_if_run_takes_the_street_sized_with_details(monkeypatch):
    """The sensitivity's reruns at other prices find the project's own street, as before."""
    project = load_example("hofje-8")
    fieldsizing.clear_cache()
    full = compute_project(project, **WHAT_IF)
    sized = []
    original = streetsizing.size_street
    monkeypatch.setattr(streetsizing, "size_street", lambda *a, **k: sized.append(1) or original(*a, **k))
    lean = compute_project(project, details=False, **WHAT_IF)
    assert not sized and _figures(lean) == _figures(full)
    assert all(f.sizing.fewest_design is not None for f in lean.fields if f.variant == Variant.SHARED_LOOP)


def test_a_signature_curves_points_take_every_homes_heat_demand_from_the_results(monkeypatch):
    """Who signs changes no home's heat demand: the points do not work it out again."""
    from minigrid_app.core import analysis
    from minigrid_app.core.signatures import compute_signature_curves

    project = load_example("straat-24")
    results = compute_project(project, break_even=False, sensitivity=False)
    worked_out = []
    original = analysis.heat_demand
    monkeypatch.setattr(analysis, "heat_demand", lambda *a, **k: worked_out.append(1) or original(*a, **k))
    curves = compute_signature_curves(project, results)
    assert curves.street.points and not worked_out
    monkeypatch.undo()
    assert compute_signature_curves(project, results, results.parameters.with_overrides({})) == curves


def test_a_drop_out_works_out_no_shared_loop_for_a_home_that_declined():
    """A home that declined is no change for the group: its loop as if it joined is not worked out again."""
    from minigrid_app.core.whatif import drop_out_effect

    project = load_example("straat-24")
    results = compute_project(project, break_even=False, sensitivity=False)
    leaving = next(h for h in results.clusters[0].households if project.household(h).participation != "signed")
    effect = drop_out_effect(project, results, leaving)
    every = drop_out_effect(project, results, leaving, compute=lambda p, **k: compute_project(p, **{**k, "declined_joiners": True}))
    declined = {h.id for h in project.households if h.participation == "declined"}
    assert declined and all(c.monthly_after_eur is None for c in effect.changes if c.household_id in declined)
    assert all(c.monthly_after_eur is not None for c in every.changes if c.household_id in declined)
    assert [c for c in effect.changes if c.household_id not in declined] == [c for c in every.changes if c.household_id not in declined]
    assert effect.affected == every.affected and effect.words("nr. 1") == every.words("nr. 1")
