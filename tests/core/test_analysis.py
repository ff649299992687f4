"""compute_project as named steps (core/analysis.py): each step can be run and checked on its own."""

from __future__ import annotations

import json
from dataclasses import asdict

from minigrid_app.core.analysis import ProjectRun, compute_project
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.io.results_json import results_to_json
from tests.core.helpers import household, project
from tests.golden_examples import differences, pinned_defaults

PARAMS = ParameterSet(pinned_defaults())


def _street():
    return project(
        household(id="a", label="Hof 1", participation="signed"),
        household(id="b", label="Hof 2", participation="interested", gas_m3_per_year=1500.0),
        household(id="c", label="Hof 3", participation="declined"),
        household(id="d", label="Hof 4", gas_m3_per_year=None),  # cannot be computed
        size=2,
    )


def test_steps_one_by_one():
    run = ProjectRun(_street(), PARAMS, method="rule_of_thumb")
    run.heat_demand()
    assert set(run.demands) == {"a", "b", "c"}
    assert any(p.is_error for p in run.household_problems["d"])
    run.form_clusters()
    assert run.eligible == {"a", "b"}  # declined and not computable are left out
    assert [list(c.household_ids) for c in run.clusters] == [["a", "b"]]
    run.size_fields()
    assert [f.id for f in run.fields] == ["own-a", "own-b", "own-c", f"shared-{run.clusters[0].id}"]
    # c does not take part: the field it would share if it joined now (issue 12), none of the project's
    assert set(run.field_shares) == {
        ("a", "ground_hp"), ("b", "ground_hp"), ("c", "ground_hp"), ("a", "shared_loop"), ("b", "shared_loop"), ("c", "shared_loop")
    }
    assert set(run.joinings) == {"c"} and run.joinings["c"][0].joins_cluster_id is None  # the cluster of 2 is full
    run.household_variants()
    by_id = {h.id: h for h in run.households}
    assert by_id["c"].variants["shared_loop"].as_joiner and by_id["c"].variants["ground_hp"] is not None
    assert not by_id["d"].computable and all(v is None for v in by_id["d"].variants.values())
    run.household_remarks()
    run.cluster_totals()
    run.group_totals()
    group = run.results.group
    assert group.basis == "participants" and group.households_counted == 2
    assert group.totals["gas"].households == 2 and group.totals["shared_loop"].households == 2
    assert (group.households_total, group.households_computed, group.participants, group.signed) == (4, 3, 2, 1)
    run.agreements()
    assert run.results.go_no_go.status == "no_rule"
    assert set(run.results.organisation.models) == {"self_management", "cooperative", "market_partner"}
    # the steps run by hand give exactly what compute_project gives without break-even and sensitivity
    whole = compute_project(_street(), PARAMS, break_even=False, sensitivity=False, method="rule_of_thumb")
    assert differences(json.loads(results_to_json(whole)), json.loads(results_to_json(run.results)), rel=0, abs_tol=0) == []


def test_without_joiners_and_price_band_the_group_and_clusters_are_the_same():
    # what the sensitivity's reruns and the drop-out what-if ask for (the intent pack, issue 16)
    street = project(*_street().households, household(id="e", label="Hof 5", participation="interested"), size=2)
    whole = compute_project(street, PARAMS, break_even=False, sensitivity=False, method="rule_of_thumb")
    part = compute_project(
        street, PARAMS, break_even=False, sensitivity=False, joiners=False, price_band=False, agreements=False,
        method="rule_of_thumb",
    )
    assert asdict(whole.group) == asdict(part.group)
    # the go/no-go rule and the organisation models are not computed (nobody reads them in a rerun)
    assert whole.go_no_go.status == "no_rule" and whole.organisation is not None
    assert part.go_no_go is None and part.organisation is None
    assert [asdict(c) for c in whole.clusters] == [asdict(c) for c in part.clusters]
    full, lean = whole.household("c"), part.household("c")  # declined: a joiner's shared loop only in the whole
    assert full.variants["shared_loop"].as_joiner and lean.variants["shared_loop"] is None
    for before, after in zip(whole.households, part.households, strict=True):
        for variant, result in before.variants.items():
            if result is None or result.as_joiner:
                continue
            assert after.variants[variant].tco_eur == result.tco_eur
            assert after.variants[variant].monthly_costs_low_eur == 0.0  # not computed
            assert result.monthly_costs_low_eur < result.monthly_costs_year1_eur < result.monthly_costs_high_eur


def test_progress_is_reported_in_order_and_ends_done():
    seen = []
    compute_project(_street(), PARAMS, method="rule_of_thumb", progress=lambda fraction, text: seen.append((fraction, text)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and seen[-1] == (1.0, "Klaar")
    assert [t for _, t in seen][:2] == ["Warmtevraag berekenen", "Bodemvelden dimensioneren"]
    assert "Gevoeligheid berekenen" in [t for _, t in seen]


def test_nothing_computable_has_no_sensitivity():
    results = compute_project(project(household(id="x", gas_m3_per_year=None)), PARAMS, method="rule_of_thumb")
    assert results.sensitivity is None and results.group.households_computed == 0


def test_a_warning_every_provisional_field_carries_is_said_once():
    """straat-24 sized by the rule of thumb: 20 own loops and 5 shared fields each carry the same
    first-estimate sentence; the project's warnings (report page 1, status bar) say it once."""
    from minigrid_app.io.examples import load_example

    results = compute_project(load_example("straat-24"), break_even=False, sensitivity=False, method="rule_of_thumb")
    first_estimate = [w for w in results.warnings if "eerste schatting met een vuistregel" in w]
    assert len(first_estimate) == 1
    assert first_estimate[0].en.startswith("The borefields are still a first estimate")
    assert len(results.warnings) == len(set(results.warnings))
