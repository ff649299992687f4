"""A home of the tender that declines the binding agreement is said with what it means for the figures (walk of session 17).

straat-24's Vogelstraat 48 declined in step 8: the decision record listed it under 'Doet niet mee' and went on
showing the quote and every home's monthly costs with it, Vogelstraat 42 sharing a source with nobody left in
Cluster 5, without a word.
"""

from __future__ import annotations

import pytest

from minigrid_app.core.decision import decision_record
from minigrid_app.core.tender_model import Agreement
from tests.signers_together import hofje_three_signed_tendered


@pytest.fixture(scope="module")
def tendered():
    """hofje-8 with Lindehof 1, 2 and 3 signed: one cluster of three in the tender."""
    return hofje_three_signed_tendered()


def _record(tendered, declined):
    scope, results, pack = tendered
    decision = scope.project.tender.decision
    decision.agreements = [Agreement(h, "declined", "2026-12-01") for h in declined]
    try:
        return decision_record(scope, results, pack)
    finally:
        decision.agreements = []


def _said(record):
    return [w for w in record.warnings if "bindende overeenkomst niet" in w]


def test_nobody_declined_nothing_said(tendered):
    assert _said(_record(tendered, [])) == []


def test_one_declines_the_figures_still_count_it(tendered):
    said = _said(_record(tendered, ["hofje-3"]))
    assert len(said) == 1
    assert said[0].startswith("Lindehof 3 tekent de bindende overeenkomst niet, maar de offerte en de kosten per woning "
                              "rekenen nog met die woning")
    assert "te weinig" not in said[0]  # two neighbours still share the source
    assert said[0].text("en").startswith("Lindehof 3 does not sign the binding agreement, yet the quote")


def test_a_cluster_left_with_one_home_has_no_shared_source(tendered):
    said = _said(_record(tendered, ["hofje-2", "hofje-3"]))
    assert len(said) == 1
    assert "Lindehof 2, Lindehof 3 tekenen de bindende overeenkomst niet" in said[0]
    assert "blijft 1 woning over (Lindehof 1): te weinig voor een gedeelde bron." in said[0]
    assert "Cluster 1 is left with 1 home (Lindehof 1): too few for a shared source." in said[0].text("en")
