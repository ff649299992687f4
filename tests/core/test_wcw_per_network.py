"""The Wcw regime of the group as one network, and of each cluster as a network of its own.

straat-24's step 3 (and ``minigrid compute``) said 'ontheffing nodig (situatie 2)' for the 20
homes that take part as one network, while step 5 judged each cluster of 4 'beperkt
gereguleerd': the two read as contradicting each other. Every view that gives the group's regime
now says the clusters' beside it, in the words the report already had."""

from __future__ import annotations

from types import SimpleNamespace

from minigrid_app.core.regulation import best_fits, exemption_text, per_network_text, wcw_regime


def cluster(homes: int):
    # the regime of a network of this many connections, with the defaults' limits (10 and 1.500)
    return SimpleNamespace(households=[f"h{i}" for i in range(homes)], wcw=wcw_regime(homes, 10, 1500))


def test_the_largest_cluster_says_what_every_network_is_at_most():
    text = per_network_text([cluster(3), cluster(4), cluster(2)])
    assert text == "Als elk cluster een eigen net is, telt elk net ten hoogste 4 aansluitingen: beperkt gereguleerd (situatie 1)."
    assert text.text("en") == (
        "If every cluster is a network of its own, each has at most 4 connections: limited regulation (situation 1)."
    )


def test_a_cluster_above_the_limit_says_its_own_regime():
    text = per_network_text([cluster(4), cluster(12)])
    assert text == (
        "Als elk cluster een eigen net is, telt elk net ten hoogste 12 aansluitingen: "
        "kleine collectieve voorziening: ontheffing nodig (situatie 2)."
    )


def test_no_clusters_no_sentence():
    assert per_network_text([]) is None


# the permit checklist and the decision: an exemption is needed, or needed only if the clusters are one network
def test_no_exemption_within_the_limited_regime():
    assert exemption_text(wcw_regime(9, 10, 1500), [cluster(4), cluster(5)], 10) is None


def test_clusters_within_the_limit_need_an_exemption_only_as_one_network():
    # 20 homes in clusters of 4, 4, 4, 4 and 4: 20 > 10 as one network, 4 ≤ 10 each
    text = exemption_text(wcw_regime(20, 10, 1500), [cluster(4)] * 5, 10)
    assert text.nl.startswith("Nodig als de clusters samen één net zijn (20 aansluitingen, meer dan 10)")
    assert "Is elk cluster een eigen net (ten hoogste 4 aansluitingen), dan is geen ontheffing nodig" in text.nl
    assert text.en.startswith("Needed if the clusters together are one network (20 connections, more than 10)")


def test_a_cluster_above_the_limit_needs_an_exemption_either_way():
    text = exemption_text(wcw_regime(16, 10, 1500), [cluster(4), cluster(12)], 10)
    assert text.nl == "Meer dan 10 aansluitingen op één net: ontheffing van de gemeente na toetsing door de ACM."


def test_straat_24s_permit_checklist_and_decision_say_both_readings():
    import datetime

    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.decision import decision_record
    from minigrid_app.core.tender import build_tender, tender_scope
    from minigrid_app.core.tender_model import TenderSettings
    from minigrid_app.core.tender_planning import permits_checklist
    from minigrid_app.io.examples import load_example

    project = load_example("straat-24")
    for household in project.households:  # all 20 who take part have signed: the tender is theirs
        if household.participation == "interested":
            household.participation = "signed"
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, signature_curve=False)
    # one network of 20 needs an exemption; its clusters of at most 4 do not
    assert results.group.wcw.connections == 20 and max(len(c.households) for c in results.clusters) == 4
    item = next(i for i in permits_checklist(scope.project, results, TenderSettings()) if i.kind == "wcw_exemption")
    assert item.text_nl.startswith("Nodig als de clusters samen één net zijn (20 aansluitingen, meer dan 10)")
    scope.project.tender.decision.organisation_model = "self_management"
    record = decision_record(scope, results, build_tender(scope, results, datetime.date(2026, 12, 1)))
    assert any(str(w).endswith("het past wel als elk cluster een eigen net is.") for w in record.warnings), record.warnings


# which organisation model fits best: the report marked the cooperative 'past hier het best' above a
# law line ending in 'Zelfbeheer past hier' (straat-24: 20 homes, clusters of 4)
def test_best_fit_names_each_reading_when_they_differ():
    fits = best_fits(wcw_regime(20, 10, 1500), [cluster(4)] * 5)
    assert {code: str(words) for code, words in fits.items()} == {
        "cooperative": "past het best als alle woningen één net vormen",
        "self_management": "past het best als elk cluster een eigen net is",
    }
    assert fits["self_management"].text("en") == "fits best if every cluster is a network of its own"


def test_one_best_fit_when_the_readings_agree():
    # within the limit as one network: self-management either way
    assert {c: str(w) for c, w in best_fits(wcw_regime(9, 10, 1500), [cluster(4), cluster(5)]).items()} == {
        "self_management": "past hier het best"
    }
    # a cluster of 12 needs an exemption as a network of its own too: the cooperative either way
    assert {c: str(w) for c, w in best_fits(wcw_regime(16, 10, 1500), [cluster(4), cluster(12)]).items()} == {
        "cooperative": "past hier het best"
    }
