"""The tender keeps the clusters the residents saw (step 5), for the homes that signed (method.md#tender).

The tender used to form clusters again from the signers alone: on a street of six homes in two
clusters of three (step 5: homes 1-3 and 4-6) where 1, 2, 4, 5 and 6 signed, the tender's
"Cluster 1" was homes 1, 2 and 4 and its "Cluster 2" homes 5 and 6; a quote for "Cluster 1"
was not for the group the residents agreed on.
"""

from __future__ import annotations

import copy

import pytest

from minigrid_app.core.cluster_keeping import formed_clusters
from minigrid_app.core.tender import line_words, tender_scope
from minigrid_app.core.tender_clusters import move_old_quotes, reformed_clusters
from minigrid_app.core.tender_model import Quote
from tests.core.helpers import household, project


def _street(count: int, signed: set[int], size: int = 3):
    """``count`` homes 'Dorpsweg 1' … in clusters of ``size`` on step 5; ``signed``: the numbers that signed."""
    homes = [household(id=f"h{n}", label=f"Dorpsweg {n}", participation="signed" if n in signed else "interested")
             for n in range(1, count + 1)]
    return project(*homes, size=size)


def _members(clusters):
    return [(c.id, c.name, list(c.household_ids)) for c in clusters]


def test_the_tender_keeps_the_residents_clusters_minus_those_who_did_not_sign():
    street = _street(6, {1, 2, 4, 5, 6})
    assert _members(formed_clusters(street)) == [("C1", "Cluster 1", ["h1", "h2", "h3"]), ("C2", "Cluster 2", ["h4", "h5", "h6"])]
    # what the tender did before: formed again from the signers, so Cluster 1 took home 4 of Cluster 2
    assert _members(reformed_clusters(street)) == [("C1", "Cluster 1", ["h1", "h2", "h4"]), ("C2", "Cluster 2", ["h5", "h6"])]
    scope = tender_scope(street)
    assert _members(formed_clusters(scope.project)) == [("C1", "Cluster 1", ["h1", "h2"]), ("C2", "Cluster 2", ["h4", "h5", "h6"])]
    assert scope.signed == ["h1", "h2", "h4", "h5", "h6"] and scope.left_out == [] and scope.notes == []
    assert scope.waiting == ["h3"]
    assert street.clusters.manual == [] and street.household("h1").cluster is None  # the project itself is not touched


def test_a_cluster_with_too_few_signers_is_said_plainly_not_merged_or_renamed():
    street = _street(6, {1, 4, 6})
    scope = tender_scope(street)
    assert _members(formed_clusters(scope.project)) == [("C2", "Cluster 2", ["h4", "h6"])]  # not renamed 'Cluster 1'
    assert scope.signed == ["h4", "h6"] and scope.left_out == ["h1"]
    assert [(c.id, c.signed, c.tendered) for c in scope.clusters] == [("C1", ("h1",), False), ("C2", ("h4", "h6"), True)]
    assert scope.notes == [
        "Cluster 1: 1 van 3 woningen getekend, te weinig voor een gedeelde bron; Dorpsweg 1 staat daarom niet in deze "
        "uitvraag. Tekenen meer buren in dit cluster, dan komt het in de uitvraag; een woning naar een ander cluster "
        "verplaatsen doen de bewoners bij stap 5."
    ]
    assert scope.notes[0].en.startswith("Cluster 1: 1 of 3 homes signed, too few for a shared source; Dorpsweg 1 is therefore")


def test_no_cluster_with_enough_signers_says_why_there_is_no_tender():
    scope = tender_scope(_street(6, {1, 4}))
    assert scope.empty and scope.left_out == ["h1", "h4"]
    assert scope.why_empty.nl.startswith("Geen cluster heeft genoeg handtekeningen voor een gedeelde bron. Cluster 1: 1 van 3 "
                                         "woningen getekend")
    assert "Cluster 2: 1 van 3 woningen getekend" in scope.why_empty.nl
    nobody = tender_scope(_street(6, set()))
    assert nobody.empty and nobody.notes == [] and "intentieverklaring" in nobody.why_empty


def test_a_cluster_the_residents_named_keeps_its_id_and_name():
    from minigrid_app.core.model import ManualCluster

    street = _street(6, {1, 2, 4, 5})
    ours = ManualCluster(name="De Hoek")
    street.clusters.manual = [ours]
    for number in (4, 5, 6):
        street.household(f"h{number}").cluster = ours.id
    scope = tender_scope(street)
    assert _members(formed_clusters(scope.project)) == [("C1", "Cluster 1", ["h1", "h2"]), (ours.id, "De Hoek", ["h4", "h5"])]
    assert line_words(f"shared-{ours.id}:drilling", scope.project)[0] == "De Hoek: Boren en bodemlus"


def _priced(street):
    """A quote as the tender before keyed it: every cluster of :func:`reformed_clusters` priced."""
    amounts, quantities = {}, {}
    for number, cluster in enumerate(reformed_clusters(street), start=1):
        amounts[f"shared-{cluster.id}:drilling"] = 1000.0 * number
        quantities[f"shared-{cluster.id}:drilling"] = 100.0 * number
    amounts["h1:heat_pump"] = 9000.0
    return Quote(supplier="Bron & Zo", amounts=amounts, quantities=quantities)


def test_old_quote_amounts_move_to_the_cluster_with_the_same_homes():
    street = _street(9, {4, 5, 6, 7, 8})
    # before: C1 = 4, 5, 6 and C2 = 7, 8; now the residents' clusters: C2 = 4, 5, 6 and C3 = 7, 8
    quote = _priced(street)
    assert quote.amounts == {"shared-C1:drilling": 1000.0, "shared-C2:drilling": 2000.0, "h1:heat_pump": 9000.0}
    assert move_old_quotes(street, [quote]) == []
    assert quote.amounts == {"shared-C2:drilling": 1000.0, "shared-C3:drilling": 2000.0, "h1:heat_pump": 9000.0}
    assert quote.quantities == {"shared-C2:drilling": 100.0, "shared-C3:drilling": 200.0}


def test_old_quote_amounts_for_a_group_that_is_no_cluster_now_count_for_no_line_and_are_said():
    street = _street(6, {1, 2, 4, 5, 6})
    quote = _priced(street)
    said = move_old_quotes(street, [quote])
    assert quote.amounts == {"shared-C1~old:drilling": 1000.0, "shared-C2~old:drilling": 2000.0, "h1:heat_pump": 9000.0}
    assert said[0].nl.startswith("Offerte van Bron & Zo: de bedragen voor Cluster 1 waren geprijsd voor Dorpsweg 1, "
                                 "Dorpsweg 2 en Dorpsweg 4, een cluster dat de uitvraag vroeger opnieuw vormde")
    assert said[1].en.startswith("Quote of Bron & Zo: the amounts for Cluster 2 were priced for Dorpsweg 5 and Dorpsweg 6,")
    assert line_words("shared-C1~old:drilling", street) == ("Cluster 1 (vroegere indeling): Boren en bodemlus",
                                                             "Cluster 1 (earlier grouping): Drilling and ground loop")


@pytest.fixture(scope="module")
def saved_before():
    """The text of a project file saved before the change: no ``clusters_as_seen``, a quote keyed by the clusters
    formed again from the signers (homes 4-8 of nine signed)."""
    import json

    from minigrid_app.io.projectfile import dumps_project

    street = _street(9, {4, 5, 6, 7, 8})
    street.tender.quotes = [_priced(street)]
    data = json.loads(dumps_project(street))
    del data["tender"]["clusters_as_seen"]
    return json.dumps(data)


def test_a_file_saved_before_opens_with_its_quotes_on_the_same_homes(saved_before):
    from minigrid_app.io.projectfile import dumps_project, loads_project

    result = loads_project(saved_before)
    assert result.ok and not result.problems
    assert result.project.tender.quotes[0].amounts == {"shared-C2:drilling": 1000.0, "shared-C3:drilling": 2000.0,
                                                       "h1:heat_pump": 9000.0}
    again = loads_project(dumps_project(result.project))  # saved again: moved once, not twice
    assert again.project.tender.quotes[0].amounts == result.project.tender.quotes[0].amounts


def test_a_file_saved_now_keeps_its_quotes_as_they_are(saved_before):
    import json

    from minigrid_app.io.projectfile import loads_project

    data = json.loads(saved_before)
    data["tender"]["clusters_as_seen"] = True
    result = loads_project(json.dumps(data))
    assert result.project.tender.quotes[0].amounts == {"shared-C1:drilling": 1000.0, "shared-C2:drilling": 2000.0,
                                                       "h1:heat_pump": 9000.0}


def test_the_tendered_copy_does_not_share_its_clusters_with_the_project():
    street = _street(6, {1, 2, 4, 5})
    before = copy.deepcopy(street)
    tender_scope(street)
    assert street == before


def test_a_home_that_leaves_after_the_quotes_keeps_the_other_clusters_and_their_lines():
    """Home 3 declines after the quotes are in: the clusters are pinned as the residents saw them, and under
    their own ids (a pinned cluster got a new internal id, so every quote line 'shared-C1:…' lost its cluster)."""
    from minigrid_app.core.cluster_keeping import keep_clusters

    street = _street(6, {1, 2, 4, 5, 6})
    before = formed_clusters(street)
    street.household("h3").participation = "declined"
    keep_clusters(before, street).put(street)
    assert [(m.id, m.name) for m in street.clusters.manual] == [("C1", "Cluster 1"), ("C2", "Cluster 2")]
    assert _members(formed_clusters(street)) == [("C1", "Cluster 1", ["h1", "h2"]), ("C2", "Cluster 2", ["h4", "h5", "h6"])]
    scope = tender_scope(street)
    assert _members(formed_clusters(scope.project)) == [("C1", "Cluster 1", ["h1", "h2"]), ("C2", "Cluster 2", ["h4", "h5", "h6"])]


def test_step_6_says_what_residents_can_do_once_for_several_clusters_with_too_few_signers():
    """straat-24's step 6 said 'Tekenen meer buren in dit cluster, …' after each of three clusters with one
    signer: the same sentence three times in one paragraph. It is said once, after them."""
    scope = tender_scope(_street(9, {1, 4, 7, 8}))
    assert scope.left_out == ["h1", "h4"]
    words = scope.clusters_words
    assert words.nl == (
        "De uitvraag houdt de clusters van stap 5 aan, met alleen de woningen die tekenden: Cluster 3: Dorpsweg 7 en "
        "Dorpsweg 8 (2 van 3 woningen getekend). Cluster 1: 1 van 3 woningen getekend, te weinig voor een gedeelde bron; "
        "Dorpsweg 1 staat daarom niet in deze uitvraag. Cluster 2: 1 van 3 woningen getekend, te weinig voor een gedeelde "
        "bron; Dorpsweg 4 staat daarom niet in deze uitvraag. Tekenen meer buren in zo'n cluster, dan komt het in de "
        "uitvraag; een woning naar een ander cluster verplaatsen doen de bewoners bij stap 5."
    )
    assert words.en.count("When more neighbours") == 1 and "in such a cluster" in words.en
    # the tender's notes (the tender request, the command line): each cluster's count, the advice once, last
    assert [note.nl for note in scope.notes] == [
        "Cluster 1: 1 van 3 woningen getekend, te weinig voor een gedeelde bron; Dorpsweg 1 staat daarom niet in deze "
        "uitvraag.",
        "Cluster 2: 1 van 3 woningen getekend, te weinig voor een gedeelde bron; Dorpsweg 4 staat daarom niet in deze "
        "uitvraag.",
        "Tekenen meer buren in zo'n cluster, dan komt het in de uitvraag; een woning naar een ander cluster verplaatsen "
        "doen de bewoners bij stap 5.",
    ]
    assert [note.en.count("When more neighbours") for note in scope.notes] == [0, 0, 1]
    alone = tender_scope(_street(6, {1, 4}))  # no tender at all: why, with the advice once
    assert alone.why_empty.nl.count("Tekenen meer buren") == 1 and alone.why_empty.en.count("When more neighbours") == 1
    # one such cluster: 'dit cluster', as the tender's notes (one standalone sentence per cluster) say it
    one = tender_scope(_street(6, {1, 4, 6})).clusters_words
    assert one.nl.endswith("Tekenen meer buren in dit cluster, dan komt het in de uitvraag; een woning naar een ander "
                           "cluster verplaatsen doen de bewoners bij stap 5.")
