"""The organisation models with numbers (method.md#organisation-models): fees by hand, shares to the cent."""

from __future__ import annotations

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.organisation import KWH_PER_GJ, compare_organisation_models, network_fee
from minigrid_app.core.variant import Variant
from minigrid_app.io.examples import load_example
from tests.core.helpers import params

MEMBERS = ["a", "b", "c"]
UPKEEP = {"a": 90.0, "b": 90.0, "c": 90.0}
HEAT = {"a": 8000.0, "b": 8000.0, "c": 16000.0}


def test_cooperative_fee_line_by_line():
    figures = params(coop_interest_rate=0.05, coop_financing_years=15, coop_reserve_share=0.01, coop_admin_per_connection_eur=50.0)
    fee = network_fee("C1", "Cluster 1", MEMBERS, 20000.0, [1.0, 1.0, 2.0], UPKEEP, HEAT, figures, "cooperative")
    capital = 20000.0 * 0.05 / (1 - 1.05**-15)  # 1 926,85 by hand
    lines = {line.key: line.amount_eur for line in fee.lines}
    assert lines == pytest.approx({"capital": capital, "upkeep": 270.0, "reserve": 200.0, "administration": 150.0})
    assert fee.total_eur == pytest.approx(round(capital + 270 + 200 + 150, 2))
    # capital and reserve by the key (1:1:2), upkeep as shared, administration per connection
    expected = [(capital + 200) / 4 + 90 + 50, (capital + 200) / 4 + 90 + 50, (capital + 200) / 2 + 90 + 50]
    assert [fee.shares_eur[h] for h in MEMBERS] == pytest.approx(expected, abs=0.01)
    assert round(sum(fee.shares_eur.values()), 2) == fee.total_eur
    assert fee.regime == "limited" and "heat_company" not in lines


def test_more_than_ten_connections_need_a_heat_company():
    figures = params()
    members = [f"h{i}" for i in range(11)]
    fee = network_fee(
        "C1", "Cluster 1", members, 50000.0, [1.0] * 11, dict.fromkeys(members, 60.0), dict.fromkeys(members, 9000.0),
        figures, "cooperative",
    )
    lines = {line.key: line.amount_eur for line in fee.lines}
    assert fee.regime == "exemption"
    assert lines["heat_company"] == figures["heat_company_admin_eur"]
    assert round(sum(fee.shares_eur.values()), 2) == fee.total_eur


def test_market_partner_margin_and_per_gj():
    figures = params(market_margin=0.1)
    fee = network_fee("C1", "Cluster 1", MEMBERS, 20000.0, [1.0, 1.0, 2.0], UPKEEP, HEAT, figures, "market_partner", per_gj=True)
    lines = {line.key: line.amount_eur for line in fee.lines}
    base = sum(v for k, v in lines.items() if k != "margin")
    assert lines["margin"] == pytest.approx(0.1 * base)
    assert lines["capital"] == pytest.approx(
        20000.0 * figures["market_interest_rate"] / (1 - (1 + figures["market_interest_rate"]) ** -figures.int("market_financing_years"))
    )
    # per GJ: the fee over the heat, each home by its heat (c uses twice as much)
    assert fee.heat_gj == pytest.approx(32000.0 / KWH_PER_GJ)
    assert fee.per_gj_eur == pytest.approx(fee.total_eur / fee.heat_gj)
    assert fee.shares_eur["c"] == pytest.approx(2 * fee.shares_eur["a"], abs=0.02)
    assert round(sum(fee.shares_eur.values()), 2) == fee.total_eur


@pytest.fixture(scope="module")
def hofje():
    found = load_example("hofje-8")
    return found, compute_project(found, break_even=False, sensitivity=False)


def test_three_models_side_by_side(hofje):
    found, results = hofje
    comparison = compare_organisation_models(found, results)
    assert set(comparison.models) == {"self_management", "cooperative", "market_partner"}
    members = [h.id for h in results.households if h.cluster_id is not None]
    self_management = comparison.models["self_management"]
    for h in members:
        shared = results.household(h).variants[Variant.SHARED_LOOP]
        assert self_management.homes[h].monthly_costs_year1_eur == pytest.approx(shared.monthly_costs_year1_eur)
    coop = comparison.models["cooperative"]
    for cluster in results.clusters:
        field = results.field(cluster.field_id)
        fee = coop.networks[cluster.id]
        assert fee.investment_eur == pytest.approx(field.shared_cost_eur)
        assert round(sum(fee.shares_eur.values()), 2) == fee.total_eur
    for h in members:
        shared = results.household(h).variants[Variant.SHARED_LOOP]
        home = coop.homes[h]
        # the home no longer finances its share of the field: less investment, a fee instead
        assert home.fee_eur_per_year > 0
        assert home.monthly_costs_year1_eur != pytest.approx(shared.monthly_costs_year1_eur)
    assert any("7.22" in text for text in coop.law_nl)
    assert comparison.models["market_partner"].monthly_costs_year1_eur > coop.monthly_costs_year1_eur


def test_market_partner_owning_the_heat_pumps(hofje):
    found, results = hofje
    found.agreement.market_heat_pumps = True
    try:
        comparison = compare_organisation_models(found, results)
    finally:
        found.agreement.market_heat_pumps = False
    market = comparison.models["market_partner"]
    coop = comparison.models["cooperative"]
    for cluster in results.clusters:
        assert market.networks[cluster.id].investment_eur > coop.networks[cluster.id].investment_eur


def test_hoe_berekend_derives_the_cooperative_fee_line_by_line(hofje):
    """Issue 17: "hoe berekend?" shows every line of the cooperative's fee with its figure,
    the network's total, the home's part and its fee per month; the capital line is the
    annuity by hand."""
    from minigrid_app.core.explain_organisation import explain_fee
    from minigrid_app.core.formatting import euro

    _found, results = hofje
    home = results.clusters[0].households[0]
    explanation = explain_fee(results, home, "cooperative")
    network = results.organisation.models["cooperative"].networks[results.clusters[0].id]
    rate, years = results.parameters["coop_interest_rate"], results.parameters.int("coop_financing_years")
    capital = network.investment_eur * rate / (1 - (1 + rate) ** -years)  # annuity by hand
    lines = {line.key: line.amount_eur for line in network.lines}
    assert lines["capital"] == pytest.approx(capital)
    assert lines["reserve"] == pytest.approx(results.parameters["coop_reserve_share"] * network.investment_eur)
    assert lines["administration"] == pytest.approx(network.connections * results.parameters["coop_admin_per_connection_eur"])
    shown = [(line.label, line.value) for line in explanation.lines]
    for line in network.lines:  # every line of the cost price, with its amount
        assert (line.label_nl + " per jaar", euro(line.amount_eur, 0)) in shown
    assert any(value == euro(network.total_eur, 0) for _label, value in shown)
    assert any(value == euro(network.shares_eur[home], 2) for _label, value in shown)
    figures = results.organisation.models["cooperative"].homes[home]
    assert figures.fee_eur_per_year == network.shares_eur[home]
    assert explanation.value == figures.monthly_costs_year1_eur
    assert shown[-1] == ("Samen per maand, jaar 1", euro(figures.monthly_costs_year1_eur, 2))


@pytest.mark.parametrize("networks, nl, en", [
    ({"Cluster 1": 4, "Cluster 2": 3, "Cluster 3": 2}, "Met 2 tot 4 aansluitingen per net (ten hoogste 10)",
     "With 2 to 4 connections per network (at most 10)"),
    ({"Cluster 1": 4, "Cluster 2": 4}, "Met 4 aansluitingen (ten hoogste 10)", "With 4 connections (at most 10)"),
    ({"Cluster 1": 3}, "Met 3 aansluitingen (ten hoogste 10)", "With 3 connections (at most 10)"),
])
def test_the_law_counts_the_connections_of_every_network_it_names(networks, nl, en):
    """'Cluster 1, Cluster 2, Cluster 3: Beperkt gereguleerd (situatie 1). Met 4 aansluitingen …'
    gave the first network's count for all three."""
    from minigrid_app.core.organisation import law

    law_nl, law_en = law("self_management", networks, params())
    assert law_nl[0].startswith(f"{', '.join(networks)}: Beperkt gereguleerd (situatie 1). {nl} is geen ontheffing")
    assert law_en[0].startswith(f"{', '.join(networks)}: Limited regulation (situation 1). {en} no exemption")
