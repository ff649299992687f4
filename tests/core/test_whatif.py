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


def _effect(*changes, clusters_before=2, clusters_after=2):
    from minigrid_app.core.whatif import ClusterView, DropOutEffect

    views = lambda n: tuple(ClusterView(f"Cluster {k}", ()) for k in range(1, n + 1))  # noqa: E731
    return DropOutEffect("h9", "Lindehof 9", False, views(clusters_before), views(clusters_after), tuple(changes), None)


def test_only_changes_a_resident_sees_count():
    """'zonder nr. 20: 23 woningen anders ingedeeld of duurder, per maand niet duurder': a few cents
    from the neighbours' boreholes and the 'what if it joined' loop of a home in no cluster were
    counted as changed homes; a change counts when a figure shown in whole euros differs."""
    from minigrid_app.core.whatif import HouseholdChange

    cents = HouseholdChange("h1", "Lindehof 1", "Cluster 1", "Cluster 1", 304.02, 304.05, 19_000.20, 19_000.40)
    outside = HouseholdChange("h2", "Lindehof 2", None, None, 250.0, 214.0, 21_000.0, 18_000.0)  # declined: what if it joined
    rounding = HouseholdChange("h3", "Lindehof 3", "Cluster 1", "Cluster 1", 270.49, 270.51, 19_000.0, 19_000.0)
    assert not cents.affected and not outside.affected
    assert rounding.affected and rounding.shown_monthly_change_eur == 1  # € 270 → € 271, as the table shows it
    effect = _effect(cents, outside)
    assert effect.affected == () and not effect.dearer
    assert effect.words("Lindehof 9") == "Als Lindehof 9 niet meedoet, verandert er voor de anderen niets."
    assert effect.words("Lindehof 9", "en") == "If Lindehof 9 does not join, nothing changes for the others."
    # the declined home's loop got € 36 cheaper: no 'goedkoper' for the group, and no rise counted from it
    assert _effect(cents, HouseholdChange("h2", "x", None, None, 214.0, 250.0, 0.0, 0.0)).largest_monthly_increase_eur == 0


def test_the_words_count_each_kind_of_change():
    """Hand-made changes: one home to another cluster (and € 12 dearer: 188,60 → 200,70 shows
    € 189 → € 201), one € 3 dearer (190,4 → 193,4: € 190 → € 193), two cheaper (€ 212 → € 211 and
    € 160 → € 158), one whose investment alone moves by € 41 (19 000,3 → 19 041,2: € 19 000 →
    € 19 041) and one by cents only (not counted). The one-off change of the dearer and cheaper homes is said
    beside their monthly one: the sentence named the monthly change only (walker, session 16)."""
    from minigrid_app.core.whatif import HouseholdChange

    effect = _effect(
        HouseholdChange("a", "A", "Cluster 1", "Cluster 2", 188.60, 200.70, 18_000.0, 19_500.0),
        HouseholdChange("b", "B", "Cluster 1", "Cluster 1", 190.40, 193.40, 18_000.0, 18_000.0),
        HouseholdChange("c", "C", "Cluster 2", "Cluster 2", 212.0, 211.49, 20_000.0, 19_950.0),
        HouseholdChange("d", "D", "Cluster 2", "Cluster 2", 160.0, 158.0, 20_000.0, 20_000.0),
        HouseholdChange("e", "E", "Cluster 2", "Cluster 2", 170.0, 170.2, 19_000.3, 19_041.2),
        HouseholdChange("f", "F", "Cluster 2", "Cluster 2", 170.0, 170.2, 19_000.3, 19_000.4),
        clusters_after=3,
    )
    assert [change.household_id for change in effect.affected] == ["a", "b", "c", "d", "e"]
    assert effect.words("Lindehof 9") == (
        "Als Lindehof 9 niet meedoet: 1 woning in een ander cluster; 2 woningen duurder, hooguit € 12 per maand meer "
        "en eenmalig hooguit € 1.500 meer; 2 woningen goedkoper, tot € 2 per maand minder en eenmalig tot € 50 minder; "
        "voor 1 woning alleen een andere investering, hooguit € 41 verschil. "
        "Er zijn dan 3 clusters in plaats van 2."
    )
    assert effect.words("Home 9", "en") == (
        "If Home 9 does not join: 1 home in another cluster; 2 homes dearer, at most € 12 a month more "
        "and at most € 1,500 more once; 2 homes cheaper, up to € 2 a month less and up to € 50 less once; "
        "for 1 home only another investment, at most € 41 difference. "
        "There are then 3 clusters instead of 2."
    )


def test_one_cluster_left_takes_the_singular_verb():
    """twee-onder-een-kap-4 without Esdoornlaan 10 said 'Er blijven 1 cluster.' and '1 cluster
    remain.'; the verb agrees with one cluster, and with a cluster that goes away too."""
    from minigrid_app.core.whatif import HouseholdChange

    dearer = HouseholdChange("b", "B", "Cluster 1", "Cluster 1", 246.11, 248.94, 20_799.0, 21_067.0)  # € 246 → € 249
    same = _effect(dearer, clusters_before=1, clusters_after=1)
    assert same.words("Esdoornlaan 10").endswith("hooguit € 3 per maand meer en eenmalig hooguit € 268 meer. Er blijft 1 cluster.")
    assert same.words("Esdoornlaan 10", "en").endswith("at most € 3 a month more and at most € 268 more once. 1 cluster remains.")
    fewer = _effect(dearer, clusters_before=2, clusters_after=1)
    assert fewer.words("Esdoornlaan 10").endswith(". Er is dan 1 cluster in plaats van 2.")
    assert fewer.words("Esdoornlaan 10", "en").endswith(". There is then 1 cluster instead of 2.")
    more = _effect(dearer, clusters_before=2, clusters_after=2)
    assert more.words("Esdoornlaan 10").endswith(". Er blijven 2 clusters.")
    assert more.words("Esdoornlaan 10", "en").endswith(". 2 clusters remain.")
