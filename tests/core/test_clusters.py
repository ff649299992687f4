"""Clusters (method.md#clusters), cost sharing to the cent, Wcw regime (method.md#rules)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.clusters import allocate, form_clusters, split_evenly
from minigrid_app.core.model import Household
from minigrid_app.core.regulation import wcw_regime
from tests.core.helpers import household, project

QUICK = dict(break_even=False, sensitivity=False, method="rule_of_thumb")


def street(n, **fields):
    return [Household(id=f"h{i}", label=f"nr {i}", gas_m3_per_year=1000.0 + 50 * i, build_year=1995, **fields) for i in range(1, n + 1)]


@pytest.mark.parametrize("count, size, expected", [(8, 4, [4, 4]), (10, 4, [4, 3, 3]), (5, 4, [3, 2]), (3, 5, [3]), (1, 4, [1]), (0, 4, [])])
def test_split_evenly(count, size, expected):
    assert split_evenly(count, size) == expected


def test_clusters_of_consecutive_participants():
    homes = street(8)
    clusters = form_clusters(homes, {h.id for h in homes}, 4, 8.0, 20.0)
    assert [c.household_ids for c in clusters] == [("h1", "h2", "h3", "h4"), ("h5", "h6", "h7", "h8")]
    # pipe: three 8 m gaps + the last member's own 8 m connection
    assert clusters[0].pipe_length_m == pytest.approx(32.0)


def test_drop_out_reforms_clusters_and_bridges_the_gap():
    homes = street(8)
    eligible = {h.id for h in homes} - {"h3"}
    clusters = form_clusters(homes, eligible, 4, 8.0, 20.0)
    assert [c.household_ids for c in clusters] == [("h1", "h2", "h4", "h5"), ("h6", "h7", "h8")]
    assert clusters[0].largest_gap_m == pytest.approx(16.0)  # h2 → h4 passes h3's front


def test_manual_assignment_kept_and_long_gap_warned():
    homes = street(6)
    homes[0].cluster = "Noord"
    homes[5].cluster = "Noord"
    homes[2].distance_to_next_m = 30.0
    clusters = form_clusters(homes, {h.id for h in homes}, 4, 8.0, 20.0)
    names = {c.name: c for c in clusters}
    assert names["Noord"].household_ids == ("h1", "h6") and names["Noord"].manual
    assert names["Noord"].warnings  # 8+8+30+8+8 m between h1 and h6
    assert any("Cluster" in c.name for c in clusters if not c.manual)


def test_declined_household_recomputes_everyone():
    homes = street(8)
    before = compute_project(project(*homes), **QUICK)
    homes[2].participation = "declined"
    after = compute_project(project(*homes), **QUICK)
    assert len(before.clusters) == 2 and [len(c.households) for c in after.clusters] == [4, 3]
    # issue 12: a home that does not take part sees what joining now would cost, counted nowhere
    joiner = after.household("h3").variants["shared_loop"]
    assert joiner.as_joiner and joiner.joiner_cluster_id == after.clusters[1].id
    assert after.household("h3").variants["air_hp"] is not None
    assert after.group.totals["shared_loop"].households == 7
    # the second cluster lost a member: its homes share the fixed costs among fewer
    assert after.household("h8").variants["shared_loop"].investment_net_eur > before.household("h8").variants["shared_loop"].investment_net_eur


@pytest.mark.parametrize("key", ["extraction", "equal", "design_load"])
def test_cost_shares_add_up_to_the_cent(key):
    homes = street(5)
    results = compute_project(project(*homes, size=5, allocation_key=key), **QUICK)
    field = results.field("shared-C1")
    assert round(sum(field.cost_shares_eur.values()), 2) == round(field.shared_cost_eur, 2)
    shares = list(field.cost_shares_eur.values())
    if key == "equal":
        assert max(shares) - min(shares) <= 0.051  # each of five lines rounds to the cent
    else:  # bigger gas use, bigger share
        assert shares == sorted(shares)


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False), st.lists(st.floats(min_value=0, max_value=1e4, allow_nan=False), min_size=1, max_size=50))
def test_allocate_adds_up_exactly(total, weights):
    parts = allocate(total, weights)
    assert round(sum(parts) * 100) == round(total * 100)
    assert all(p >= 0 for p in parts)


def test_reserve_for_later_joiners_makes_the_field_longer():
    homes = street(4)
    plain = compute_project(project(*homes), **QUICK).field("shared-C1")
    reserved = compute_project(project(*homes, reserve_joiners=1), **QUICK).field("shared-C1")
    assert reserved.sizing.total_length_m > plain.sizing.total_length_m
    assert reserved.shared_cost_eur > plain.shared_cost_eur


@pytest.mark.parametrize("n, code", [(2, "limited"), (10, "limited"), (11, "exemption"), (1500, "exemption"), (1501, "basic")])
def test_wcw_regime(n, code):
    regime = wcw_regime(n, 10, 1500)
    assert regime.code == code
    assert regime.models and regime.explanation_nl and regime.explanation_en


def test_group_wcw_counts_participants():
    homes = street(12)
    results = compute_project(project(*homes), **QUICK)
    assert results.group.wcw.code == "exemption"
    assert all(c.wcw.code == "limited" for c in results.clusters)
    homes[0].participation = "declined"
    homes[1].participation = "declined"
    assert compute_project(project(*homes), **QUICK).group.wcw.code == "limited"


def test_conditions_checked_per_variant():
    from minigrid_app.core.conditions import MET, NOT_CHECKABLE, NOT_MET, check_conditions
    from minigrid_app.core.model import Condition

    p = project(household(id="a"), household(id="b", gas_m3_per_year=1500.0))
    p.conditions = [
        Condition(kind="no_outdoor_unit", text="geen buitenunit"),
        Condition(kind="max_investment", text="max 100", value=100.0),
        Condition(kind="custom", text="mooi"),
        Condition(kind="lower_co2", text="minder CO2"),
    ]
    results = compute_project(p, **QUICK)
    checks = {c.condition.kind: c for c in check_conditions(p, results)}
    assert checks["no_outdoor_unit"].group["air_hp"].status == NOT_MET
    assert checks["no_outdoor_unit"].group["shared_loop"].status == MET
    assert checks["max_investment"].group["gas"].status == MET
    assert checks["max_investment"].group["air_hp"].status == NOT_MET
    assert checks["custom"].group["air_hp"].status == NOT_CHECKABLE
    assert checks["lower_co2"].group["ground_hp"].status == MET
    assert checks["lower_co2"].counts["ground_hp"] == (2, 2)
