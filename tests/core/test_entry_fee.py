"""The entry fee of a later joiner and the founders' refunds (method.md#entry-fee)."""

from __future__ import annotations

import copy
import pathlib

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.entry_fee import buy_in, entry_fee, plan_cash_flows
from minigrid_app.core.model import ManualCluster, PlannedJoiner
from minigrid_app.io.examples import load_example
from minigrid_app.io.results_json import results_to_dict

ROOT = pathlib.Path(__file__).resolve().parents[2]
FOUNDERS = {"a": 18000.0, "b": 16000.0, "c": 14000.0, "d": 12000.0}


def test_the_worked_example_of_method_md():
    fee = entry_fee("j", 5, "C1", "Cluster 1", 60000.0, FOUNDERS, 0.20, 50, False, 24.0, 55.0)
    # 0.20 × 60 000 × (50 − 5) / 50 = 10 800, back to the founders by 18/60, 16/60, 14/60, 12/60
    assert fee.buy_in_eur == 10800.0
    assert fee.refunds_eur == {"a": 3240.0, "b": 2880.0, "c": 2520.0, "d": 2160.0}
    assert fee.extra_boreholes_eur == 1320.0  # 24 m × € 55, no reserve left
    assert fee.fee_eur == 12120.0
    for name in ("method.md", "method.nl.md"):
        text = (ROOT / "docs" / name).read_text(encoding="utf-8")
        assert all(figure in text for figure in ("10 800", "3 240", "2 880", "2 520", "2 160", "1 320", "12 120")), name


def test_within_the_reserve_no_extra_boreholes():
    fee = entry_fee("j", 5, "C1", "Cluster 1", 60000.0, FOUNDERS, 0.20, 50, True, 24.0, 55.0)
    assert fee.extra_metres_m == 0 and fee.extra_boreholes_eur == 0 and fee.fee_eur == fee.buy_in_eur == 10800.0


@pytest.mark.parametrize("year", [1, 3, 7, 13, 49])
def test_refunds_add_up_to_the_buy_in_to_the_cent(year):
    shares = {"a": 7013.37, "b": 6999.99, "c": 5124.01}
    fee = entry_fee("j", year, "C1", "C1", 19137.37, shares, 0.3127, 50, True, 0.0, 55.0)
    assert round(sum(fee.refunds_eur.values()), 2) == fee.buy_in_eur
    assert fee.buy_in_eur == round(0.3127 * 19137.37 * (50 - year) / 50, 2)
    for home, share in shares.items():  # each by its own share, within a cent
        assert abs(fee.refunds_eur[home] - fee.buy_in_eur * share / 19137.37) <= 0.01


def test_a_written_off_field_costs_nothing_to_buy_into():
    assert buy_in(0.25, 40000.0, 50, 50) == 0.0
    assert buy_in(0.25, 40000.0, 60, 50) == 0.0


def test_plan_cash_flows_put_fee_and_refunds_in_the_joining_year():
    fee = entry_fee("j", 5, "C1", "Cluster 1", 60000.0, FOUNDERS, 0.20, 50, False, 24.0, 55.0)
    flows = plan_cash_flows([fee], 15)
    assert flows["j"][4] == 12120.0 and sum(flows["j"]) == 12120.0
    assert flows["a"][4] == -3240.0 and sum(flows["d"]) == -2160.0
    assert plan_cash_flows([entry_fee("j", 20, "C1", "C1", 60000.0, FOUNDERS, 0.2, 50, True, 0.0, 55.0)], 15) == {}


def _hofje_with_a_joiner(reserve: int):
    project = load_example("hofje-8")
    project.households[3].participation = "declined"  # hofje-4 joins in year 3
    project.clusters.reserve_joiners = reserve
    project.agreement.joiners = [PlannedJoiner("hofje-4", 3)]
    return project, compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")


def test_the_engine_against_a_full_recomputation_with_the_joiner_in_its_cluster():
    project, results = _hofje_with_a_joiner(reserve=0)
    (fee,) = results.entry_fees
    built = results.field(f"shared-{fee.cluster_id}")
    assert fee.cluster_id == "C2" and "hofje-4" not in built.households  # C1 is full, C2 has room
    # the same project with hofje-4 signed and put by hand in the cluster it joins
    again = copy.deepcopy(project)
    again.households[3].participation = "signed"
    again.clusters.manual = [ManualCluster(id="cl-joined", name="Cluster 2 met hofje-4")]
    for home in again.households:
        if home.id == "hofje-4" or home.id in built.households:
            home.cluster = "cl-joined"
    full = compute_project(again, break_even=False, sensitivity=False, method="rule_of_thumb")
    joined = full.field("shared-cl-joined")
    assert sorted(joined.households) == sorted([*built.households, "hofje-4"])
    fraction = joined.cost_shares_eur["hofje-4"] / joined.shared_cost_eur
    assert fee.key_fraction == pytest.approx(fraction, rel=1e-12)
    # by hand: f × I × (50 − 3) / 50, and the extra metres at € 55 (no reserve)
    assert fee.buy_in_eur == round(fraction * built.shared_cost_eur * 47 / 50, 2)
    metres = joined.sizing.total_length_m - built.sizing.total_length_m
    assert metres > 0 and fee.extra_metres_m == pytest.approx(metres)
    assert fee.extra_boreholes_eur == round(metres * 55, 2)
    assert round(sum(fee.refunds_eur.values()), 2) == fee.buy_in_eur
    assert set(fee.refunds_eur) == set(built.households)
    group = results_to_dict(results)["group"]
    assert group["entry_fees"][0]["fee_eur"] == fee.fee_eur
    flows = group["joiner_cash_flows"]  # the plan's money per home, year by year
    assert flows["hofje-4"][2] == fee.fee_eur and sum(flows["hofje-4"]) == fee.fee_eur
    assert all(flows[h][2] == -refund for h, refund in fee.refunds_eur.items())


def test_within_the_reserve_it_joins_the_nearest_cluster_without_extra_boreholes():
    _project, results = _hofje_with_a_joiner(reserve=1)
    (fee,) = results.entry_fees
    assert fee.cluster_id == "C1" and fee.within_reserve and fee.extra_boreholes_eur == 0
    assert fee.fee_eur == fee.buy_in_eur > 0


def test_no_plan_no_fees():
    results = compute_project(load_example("hofje-8"), break_even=False, sensitivity=False, method="rule_of_thumb")
    assert results.entry_fees == []
