"""The signature curve and the go/no-go rule (method.md#signature-curve).

The curve's points come from a shortened run of the engine (no other variants, no break-even,
no sensitivity); each point here is checked against a full recomputation of the project with
the other homes set to "doet niet mee".
"""

from __future__ import annotations

import copy
import dataclasses

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.model import Agreement
from minigrid_app.core.signatures import (
    MIN_SIGNERS,
    CurvePoint,
    VariantMeans,
    compute_signature_curves,
    curve_counts,
    go_no_go,
    needed,
    signing_order,
    thresholds,
)
from minigrid_app.core.variant import Variant
from minigrid_app.io.examples import load_example
from tests.core.helpers import household, project


@pytest.fixture(scope="module", params=["hofje-8", "straat-24"])
def example(request):
    found = load_example(request.param)
    results = compute_project(found, break_even=False, sensitivity=False)
    original = copy.deepcopy(found)
    curves = compute_signature_curves(found, results)
    assert found == original, "the curve must not change the project"
    return request.param, found, results, curves


def _full_recomputation(found, signers: tuple[str, ...]):
    """The project with every home not in ``signers`` set to not participating, computed in full."""
    changed = copy.deepcopy(found)
    for home in changed.households:
        if home.id not in signers:
            home.participation = "declined"
            home.cluster = None
        elif home.participation == "declined":
            home.participation = "signed"
    return compute_project(changed, break_even=False, sensitivity=False)


def _mean(results, ids, variant, name):
    values = [getattr(results.household(i).variants[variant], name) for i in ids]
    return sum(values) / len(values)


# two points of the street's curve per example, and one of a cluster's
POINTS = {"hofje-8": (3, 6), "straat-24": (7, 13)}


def test_street_points_equal_full_recomputations(example):
    name, found, _results, curves = example
    curve = curves.street
    for signers in POINTS[name]:
        point = curve.point(signers)
        assert point is not None and len(point.households) == signers
        again = _full_recomputation(found, point.households)
        participating = [h.id for h in again.households if h.cluster_id is not None]
        assert sorted(participating) == sorted(point.households)
        assert point.clusters == len(again.clusters)
        for key in ("monthly_costs_year1_eur", "investment_net_eur", "tco_eur"):
            assert getattr(point, key) == pytest.approx(_mean(again, participating, Variant.SHARED_LOOP, key), rel=1e-9)
        for variant, means in point.reference.items():
            assert means.tco_eur == pytest.approx(_mean(again, participating, variant, "tco_eur"), rel=1e-9)


def test_a_cluster_point_equals_a_full_recomputation(example):
    _name, found, results, curves = example
    cluster = results.clusters[-1]
    curve = curves.clusters[cluster.id]
    point = curve.point(MIN_SIGNERS)
    dropped = set(cluster.households) - set(point.households)
    assert len(dropped) == len(cluster.households) - MIN_SIGNERS
    taking_part = {h.id for h in found.households if h.participation != "declined"} - dropped
    again = _full_recomputation(found, tuple(taking_part))
    assert point.monthly_costs_year1_eur == pytest.approx(
        _mean(again, point.households, Variant.SHARED_LOOP, "monthly_costs_year1_eur"), rel=1e-9
    )
    assert point.investment_net_eur == pytest.approx(
        _mean(again, point.households, Variant.SHARED_LOOP, "investment_net_eur"), rel=1e-9
    )


def test_the_top_of_a_cluster_curve_is_todays_result(example):
    _name, _found, results, curves = example
    for cluster in results.clusters:
        top = curves.clusters[cluster.id].points[-1]
        assert top.signers == len(cluster.households)
        assert top.monthly_costs_year1_eur == pytest.approx(
            _mean(results, cluster.households, Variant.SHARED_LOOP, "monthly_costs_year1_eur")
        )


def test_curve_shape(example):
    _name, found, results, curves = example
    computable = [h for h in results.households if h.computable]
    assert [p.signers for p in curves.street.points] == list(range(MIN_SIGNERS, len(computable) + 1))
    assert curves.street.signed == sum(1 for h in found.households if h.participation == "signed")
    assert set(curves.clusters) == {c.id for c in results.clusters}
    for point in curves.street.points:
        for variant in point.beats:
            assert point.tco_eur < point.reference[variant].tco_eur


def test_fewer_signers_share_the_fixed_costs_among_fewer_homes():
    # four identical homes next to each other: the investment per home falls as more sign
    homes = [household(id=f"h{i}", label=f"nr. {i}", participation="signed") for i in range(1, 5)]
    found = project(*homes)
    results = compute_project(found, break_even=False, sensitivity=False, method="rule_of_thumb")
    curve = compute_signature_curves(found, results, method="rule_of_thumb").street
    investments = [p.investment_net_eur for p in curve.points]
    assert investments == sorted(investments, reverse=True)
    assert investments[0] > investments[-1]


def _point(signers: int, beats: tuple[str, ...]) -> CurvePoint:
    means = VariantMeans(100.0, 1000.0, 10000.0)
    return CurvePoint(signers, (), 1, 100.0, 1000.0, 10000.0, {Variant.GAS: means}, beats)


def test_threshold_is_the_fewest_signers_from_which_on_it_beats():
    points = [
        _point(2, (Variant.GAS,)),
        _point(3, ()),
        _point(4, (Variant.GAS, Variant.AIR_HP)),
        _point(5, (Variant.GAS, Variant.AIR_HP)),
    ]
    found = thresholds(points)
    assert found[Variant.GAS] == 4  # it beats gas at 2 too, but not at 3
    assert found[Variant.AIR_HP] == 4
    assert found[Variant.GROUND_HP] is None


def test_curve_counts_spread_a_long_street():
    assert curve_counts(2, 6, 3) == [2, 3, 4, 5, 6]
    counts = curve_counts(2, 200, 57, max_points=10)
    assert counts[0] == 2 and counts[-1] == 200 and 57 in counts and len(counts) <= 11
    assert curve_counts(2, 1, 0) == []


def test_signing_order_signed_first_then_street_order():
    homes = [
        household(id="a", participation="unknown"),
        household(id="b", participation="declined"),
        household(id="c", participation="signed"),
        household(id="d", participation="interested"),
        household(id="e", participation="signed"),
    ]
    assert signing_order(homes) == ("c", "e", "d", "a", "b")
    assert signing_order(homes, ["a", "b", "d"]) == ("d", "a", "b")


def test_go_no_go_per_cluster_and_street():
    states = ["signed", "signed", "signed", "interested", "signed", "declined", "unknown", "signed"]
    homes = [household(id=f"h{i}", participation=state) for i, state in enumerate(states)]
    found = project(*homes)
    found.agreement = Agreement(cluster_share=0.75, street_share=0.6)
    results = compute_project(found, break_even=False, sensitivity=False, method="rule_of_thumb")
    check = go_no_go(found, results)
    street = check.checks[0]
    assert (street.homes, street.signed, street.needed) == (8, 5, 5)  # ⌈0.6 × 8⌉ = 5
    assert street.met
    clusters = check.checks[1:]
    assert len(clusters) == len(results.clusters)
    for part in clusters:
        assert part.needed == needed(0.75, part.homes)
    expected = "go" if all(c.met for c in check.checks) else "open"
    assert check.status == expected
    # two more refusals make 60 % of the street impossible
    for home in found.households[3:5]:
        home.participation = "declined"
    assert go_no_go(found, results).status == "no_go"
    assert "75 %" in go_no_go(found, results).rule.nl


def test_no_rule():
    found = project(household())
    assert go_no_go(found, None).status == "no_rule"


def test_needed_rounds_up_but_not_a_float_hair():
    assert needed(0.75, 4) == 3
    assert needed(0.6, 5) == 3
    assert needed(0.7, 10) == 7  # 0.7 × 10 = 7.000000000000001 in floating point
    assert needed(0.6, 24) == 15


def _costs_curve(signed: int):
    from minigrid_app.core.signatures import SignatureCurve

    points = tuple(
        CurvePoint(n, (), 1, monthly, once, 40000.0, {}, ())
        for n, monthly, once in ((2, 312.4, 25480.0), (3, 290.2, 23012.6), (4, 281.0, 21999.5))
    )
    return SignatureCurve("cluster", "c1", "Cluster 1", 4, signed, ("a", "b", "c", "d"), points, {})


@pytest.mark.parametrize(
    "language, signed, said",
    [
        ("nl", 3, "Met 3 handtekeningen gemiddeld € 290 per maand en € 23.013 eenmalig per woning; "
                  "als alle 4 tekenen gemiddeld € 281 per maand en € 22.000 eenmalig."),
        ("en", 3, "With 3 signatures on average € 290 a month and € 23,013 one-off per home; "
                  "if all 4 sign on average € 281 a month and € 22,000 one-off."),
        ("nl", 4, "Als alle 4 tekenen: gemiddeld € 281 per maand en € 22.000 eenmalig per woning."),
        ("en", 4, "If all 4 sign: on average € 281 a month and € 22,000 one-off per home."),
    ],
)
def test_the_curves_figures_are_said_as_the_means_per_home_they_are(language, signed, said):
    """Step 5 read 'Met 3 handtekeningen: € 290 per maand en € 23.013 eenmalig per woning' for
    the mean of the homes that sign, as if it were one home's figure (a home's own share differs)."""
    from minigrid_app.core.signatures import curve_costs

    assert curve_costs(_costs_curve(signed)).text(language) == said
    assert curve_costs(dataclasses.replace(_costs_curve(signed), points=())) is None


def test_two_homes_that_may_sign_are_both_not_all_two():
    """A cluster of two: step 5 and the handouts said 'Als alle 2 tekenen', the declaration 'hebben alle 2
    woningen al getekend', who-pays 'gaat alleen door als alle 2 woningen meedoen' (the decision's
    conditions had it too, 99bad90): one rule, core.formatting.all_of / all_homes."""
    from minigrid_app.core.formatting import all_homes, all_of
    from minigrid_app.core.signatures import SignatureCurve, curve_costs

    points = (CurvePoint(2, (), 1, 281.0, 21999.5, 40000.0, {}, ()),)
    curve = SignatureCurve("cluster", "c1", "Cluster 1", 2, 2, ("a", "b"), points, {})
    assert curve_costs(curve).text("nl") == "Als beide tekenen: gemiddeld € 281 per maand en € 22.000 eenmalig per woning."
    assert curve_costs(curve).text("en") == "If both sign: on average € 281 a month and € 22,000 one-off per home."
    assert (all_of(3), all_of(3, "en"), all_homes(3), all_homes(2, "en")) == ("alle 3", "all 3", "alle 3 woningen", "both homes")
