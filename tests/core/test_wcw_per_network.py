"""The Wcw regime of the group as one network, and of each cluster as a network of its own.

straat-24's step 3 (and ``minigrid compute``) said 'ontheffing nodig (situatie 2)' for the 20
homes that take part as one network, while step 5 judged each cluster of 4 'beperkt
gereguleerd': the two read as contradicting each other. Every view that gives the group's regime
now says the clusters' beside it, in the words the report already had."""

from __future__ import annotations

from types import SimpleNamespace

from minigrid_app.core.regulation import per_network_text, wcw_regime


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
