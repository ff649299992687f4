"""The effect of a household dropping out of the shared ground loop."""

from __future__ import annotations

import copy

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.cluster_keeping import formed_clusters, keep_clusters
from minigrid_app.core.whatif import drop_out_effect
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def hofje():
    project = load_example("hofje-8")
    return project, compute_project(project, method="rule_of_thumb", break_even=False, sensitivity=False)


def test_drop_out_reforms_clusters_and_changes_neighbours(hofje):
    project, results = hofje
    original = copy.deepcopy(project)
    leaving = project.households[0]
    effect = drop_out_effect(project, results, leaving.id, method="rule_of_thumb")
    assert project == original  # the project itself is not touched
    members_before = sum(len(c.households) for c in effect.clusters_before)
    members_after = sum(len(c.households) for c in effect.clusters_after)
    assert members_after == members_before - 1
    assert all(leaving.id not in c.households for c in effect.clusters_after)
    assert len(effect.changes) == len(project.households) - 1
    assert effect.affected, "somebody's shared loop must change"
    # the neighbours in the cluster of the leaver share the fixed costs among fewer homes
    cluster = next(c for c in effect.clusters_before if leaving.id in c.households)
    for change in effect.changes:
        if change.household_id in cluster.households and change.investment_change_eur is not None:
            assert change.investment_change_eur > 0


def test_numbers_match_a_plain_recomputation(hofje):
    project, results = hofje
    leaving = project.households[5]
    effect = drop_out_effect(project, results, leaving.id, method="rule_of_thumb")
    changed = copy.deepcopy(project)
    before = formed_clusters(changed)
    changed.household(leaving.id).participation = "declined"
    keep_clusters(before, changed).put(changed)  # as declining in the window does
    again = compute_project(changed, method="rule_of_thumb", break_even=False, sensitivity=False)
    for change in effect.changes:
        after = again.household(change.household_id).variants["shared_loop"]
        before = results.household(change.household_id).variants["shared_loop"]
        assert change.monthly_after_eur == pytest.approx(after.monthly_costs_year1_eur if after else None)
        assert change.monthly_before_eur == pytest.approx(before.monthly_costs_year1_eur if before else None)
    assert effect.largest_monthly_increase_eur >= 0


def test_unknown_household(hofje):
    project, results = hofje
    with pytest.raises(KeyError):
        drop_out_effect(project, results, "nobody", method="rule_of_thumb")


def test_a_change_is_the_difference_of_the_figures_shown():
    """€ 190 → € 199 (190,18 → 198,51) read '+€ 8' and 'hooguit € 8 per maand meer': the change
    rounded on its own. The table and the words take the difference of the figures shown."""
    import dataclasses

    from minigrid_app.core.whatif import DropOutEffect, HouseholdChange

    change = HouseholdChange("h3", "Lindehof 3", "Cluster 1", "Cluster 1", 190.18, 198.51, 16_000.0, 16_000.0)
    assert change.shown_monthly_change_eur == 9
    assert change.monthly_change_eur == pytest.approx(8.33)  # the exact change stays for the engine
    fields = {f.name: None for f in dataclasses.fields(DropOutEffect)}
    effect = DropOutEffect(**{**fields, "changes": (change, dataclasses.replace(change, monthly_after_eur=190.4))})
    assert effect.largest_monthly_increase_eur == 9 and effect.dearer
