"""Cluster assignments that stay when a home drops out (issue 15), checked by hand on straat-24.

straat-24 (clusters of 4; 10, 22, 36 and 44 declined) forms, along the street:
Cluster 1 = 2 4 6 8, Cluster 2 = 12 14 16 18, Cluster 3 = 20 24 26 28, Cluster 4 = 30 32 34 38,
Cluster 5 = 40 42 46 48. When no. 6 declines, the automatic split of the 19 others (4 4 4 4 3)
would give 2 4 8 12 | 14 16 18 20 | 24 26 28 30 | 32 34 38 40 | 42 46 48: no. 12 from cluster 2
to 1, no. 20 from 3 to 2 (what the residents saw), 30 from 4 to 3 and 40 from 5 to 4.
"""

from __future__ import annotations

import pytest

from minigrid_app.core.cluster_keeping import (
    ClusterState,
    assignment_changes,
    formed_clusters,
    keep_clusters,
)
from minigrid_app.core.model import Household
from minigrid_app.io.examples import load_example

BEFORE = {
    "Cluster 1": [2, 4, 6, 8],
    "Cluster 2": [12, 14, 16, 18],
    "Cluster 3": [20, 24, 26, 28],
    "Cluster 4": [30, 32, 34, 38],
    "Cluster 5": [40, 42, 46, 48],
}


def _numbers(project, clusters) -> dict[str, list[int]]:
    label = {h.id: h.label for h in project.households}
    return {c.name: [int(label[hid].split()[-1]) for hid in c.household_ids] for c in clusters}


def _home(project, number: int) -> Household:
    return next(h for h in project.households if h.label == f"Vogelstraat {number}")


def _labels(project) -> dict[str, str]:
    return {h.id: h.label for h in project.households}


def _edit(project, change):
    """Apply ``change`` to the project as the window's edits do: keep the clusters seen before."""
    before = formed_clusters(project)
    change(project)
    kept = keep_clusters(before, project)
    if kept is not None:
        kept.put(project)
    return before, formed_clusters(project)


@pytest.fixture
def street():
    project = load_example("straat-24")
    assert _numbers(project, formed_clusters(project)) == BEFORE
    return project


def test_a_home_that_declines_leaves_its_cluster_and_every_other_home_stays(street):
    labels = _labels(street)
    before, after = _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    assert _numbers(street, after) == {**BEFORE, "Cluster 1": [2, 4, 8]}
    assert [c.name for c in after] == [c.name for c in before]
    assert assignment_changes(before, after, labels) == [
        "Vogelstraat 6 hoort niet meer bij Cluster 1.",
        "De andere woningen blijven in hun cluster.",
    ]
    assert assignment_changes(before, after, labels)[0].en == "Vogelstraat 6 no longer belongs to Cluster 1."
    # no. 6 remembers its cluster, so it can come back to it
    assert _home(street, 6).cluster == _home(street, 4).cluster is not None


def test_reforming_says_exactly_which_homes_moved(street):
    labels = _labels(street)
    _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    pinned = formed_clusters(street)

    def reform(project):
        project.clusters.manual = []
        for household in project.households:
            household.cluster = None

    reform(street)
    reformed = formed_clusters(street)
    assert _numbers(street, reformed) == {
        "Cluster 1": [2, 4, 8, 12],
        "Cluster 2": [14, 16, 18, 20],
        "Cluster 3": [24, 26, 28, 30],
        "Cluster 4": [32, 34, 38, 40],
        "Cluster 5": [42, 46, 48],
    }
    assert assignment_changes(pinned, reformed, labels) == [
        "Vogelstraat 12 gaat van Cluster 2 naar Cluster 1.",
        "Vogelstraat 20 gaat van Cluster 3 naar Cluster 2.",
        "Vogelstraat 30 gaat van Cluster 4 naar Cluster 3.",
        "Vogelstraat 40 gaat van Cluster 5 naar Cluster 4.",
    ]


def test_a_home_that_joins_again_goes_back_to_its_cluster(street):
    _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    before, after = _edit(street, lambda p: setattr(_home(p, 6), "participation", "interested"))
    assert _numbers(street, after) == BEFORE
    assert assignment_changes(before, after, _labels(street)) == [
        "Vogelstraat 6 komt in Cluster 1.",
        "De andere woningen blijven in hun cluster.",
    ]


def test_a_home_whose_cluster_is_gone_is_placed_and_the_user_told(street):
    _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    street.clusters.manual = []  # re-formed: 2 4 8 12 | 14 16 18 20 | ...
    for household in street.households:
        household.cluster = None
    # its neighbours 4 and 8 are in Cluster 1, which is full (4): a cluster of its own
    before, after = _edit(street, lambda p: setattr(_home(p, 6), "participation", "interested"))
    numbers = _numbers(street, after)
    assert numbers["Cluster 1"] == [2, 4, 8, 12] and numbers["Cluster 6"] == [6]
    assert assignment_changes(before, after, _labels(street)) == [
        "Vogelstraat 6 komt in Cluster 6.",
        "Cluster 6 heeft nog maar één woning; kies 'Clusters opnieuw indelen' of verplaats woningen met de hand.",
        "De andere woningen blijven in hun cluster.",
    ]


def test_a_new_home_joins_its_neighbours_cluster_with_room(street):
    _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    new = Household(id="hh-new", label="Vogelstraat 3", gas_m3_per_year=1400.0, build_year=1990, participation="interested")
    before, after = _edit(street, lambda p: p.households.insert(1, new))
    numbers = _numbers(street, after)
    assert numbers["Cluster 1"] == [2, 3, 4, 8]
    assert {k: v for k, v in numbers.items() if k != "Cluster 1"} == {k: v for k, v in BEFORE.items() if k != "Cluster 1"}
    # next to a full cluster (40 42 46 48) a new home at the end gets a cluster of its own
    last = Household(id="hh-50", label="Vogelstraat 50", gas_m3_per_year=1400.0, build_year=1990, participation="interested")
    _before, after = _edit(street, lambda p: p.households.append(last))
    assert _numbers(street, after)["Cluster 6"] == [50]


def test_a_removed_home_and_incomplete_data_leave_only_their_cluster(street):
    _before, after = _edit(street, lambda p: p.households.remove(_home(p, 14)))
    assert _numbers(street, after) == {**BEFORE, "Cluster 2": [12, 16, 18]}
    _before, after = _edit(street, lambda p: setattr(_home(p, 24), "gas_m3_per_year", None))
    assert _numbers(street, after) == {**BEFORE, "Cluster 2": [12, 16, 18], "Cluster 3": [20, 26, 28]}


def test_a_cluster_emptied_still_computes_and_says_so(street):
    for number in (2, 4, 6):
        _edit(street, lambda p, n=number: setattr(_home(p, n), "participation", "declined"))
    before, after = _edit(street, lambda p: setattr(_home(p, 8), "participation", "declined"))
    assert "Cluster 1" not in _numbers(street, after)
    assert _numbers(street, after)["Cluster 2"] == [12, 14, 16, 18]
    assert assignment_changes(before, after, _labels(street))[1].startswith("Cluster 1 heeft geen woningen meer")
    from minigrid_app.core.analysis import compute_project

    results = compute_project(street, break_even=False, sensitivity=False, method="rule_of_thumb")
    assert [c.name for c in results.clusters] == ["Cluster 2", "Cluster 3", "Cluster 4", "Cluster 5"]
    # no. 2 comes back: Cluster 1 is formed again, with only no. 2 (it says so)
    before, after = _edit(street, lambda p: setattr(_home(p, 2), "participation", "interested"))
    assert _numbers(street, after)["Cluster 1"] == [2]
    assert "Cluster 1 heeft nog maar één woning" in assignment_changes(before, after, _labels(street))[1]


def test_strip_settings_follow_the_pinned_cluster(street):
    street.clusters.strip_lengths_m = {"C2": 40.0}
    _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    cluster_2 = next(c for c in formed_clusters(street) if c.name == "Cluster 2")
    assert street.clusters.strip_lengths_m == {cluster_2.id: 40.0}


def test_entering_a_new_street_groups_automatically():
    project = load_example("twee-onder-een-kap-4")  # the quick scan was never opened
    state = ClusterState.of(project)
    new = Household(id="hh-new", label="nr. 9", gas_m3_per_year=1400.0, build_year=1990, participation="interested")
    before = formed_clusters(project)
    project.households.append(new)
    assert keep_clusters(before, project) is None
    assert ClusterState.of(project).manual == state.manual


def test_nothing_changes_when_the_same_homes_take_part(street):
    before = formed_clusters(street)
    _home(street, 12).gas_m3_per_year = 2000.0
    assert keep_clusters(before, street) is None
    assert assignment_changes(before, formed_clusters(street), _labels(street)) == []


def test_the_drop_out_what_if_keeps_the_clusters_as_declining_does(street):
    """'Wat als Vogelstraat 6 niet tekent?' shows what declining would do: the others stay."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.whatif import drop_out_effect

    quick = dict(break_even=False, sensitivity=False, method="rule_of_thumb")
    results = compute_project(street, **quick)
    effect = drop_out_effect(street, results, _home(street, 6).id, method="rule_of_thumb", compute=lambda p, **_: compute_project(p, **quick))
    assert all(change.cluster_after == change.cluster_before for change in effect.changes)
    assert [len(c.households) for c in effect.clusters_after] == [3, 4, 4, 4, 4]
    # the same figures as declining it for real
    _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    again = compute_project(street, **quick)
    for change in effect.changes:
        after = again.household(change.household_id).variants["shared_loop"]
        assert change.monthly_after_eur == pytest.approx(after.monthly_costs_year1_eur if after else None)


def test_no_word_about_the_other_homes_when_there_are_none():
    """The first home typed into a new project: 'Lindehof 1 komt in Cluster 1. … De andere
    woningen blijven in hun cluster.' spoke of homes that were not there."""
    from types import SimpleNamespace

    after = [SimpleNamespace(name="Cluster 1", household_ids=["a"])]
    lines = assignment_changes([], after, {"a": "Lindehof 1"})
    assert [str(line) for line in lines] == [
        "Lindehof 1 komt in Cluster 1.",
        "Cluster 1 heeft nog maar één woning; een gedeelde bodemlus is voor twee of meer buren: voeg hun woningen toe.",
    ]
    # in English too, and not 'left' (as if homes had gone) nor 'Re-form clusters' (there is nothing to re-form)
    assert lines[1].en == ("Cluster 1 has only one home so far; a shared ground loop is for two or more neighbours: "
                           "add their homes.")


def test_a_cluster_formed_for_one_home_has_not_one_home_left(street):
    """A home placed in a cluster of its own: 'Cluster 6 has only one home left' spoke of homes that had gone."""
    _edit(street, lambda p: setattr(_home(p, 6), "participation", "declined"))
    street.clusters.manual = []
    for household in street.households:
        household.cluster = None
    before, after = _edit(street, lambda p: setattr(_home(p, 6), "participation", "interested"))
    lines = assignment_changes(before, after, _labels(street))
    assert lines[1].en == "Cluster 6 has only one home; choose 'Re-form clusters' or move homes by hand."
