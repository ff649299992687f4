"""Words on the papers that said the wrong thing.

The papers name the program's steps by the numbers of its list of steps (the window's left
column, the table of contents at the evening: '6. Uitvraag', '7. Offertes', '8. Besluit').
The declaration said 'tot het besluit (stap 7)', the handout 'de offertes (stap 6)' and the
timeline 'uitvraag (stap 5)': the national guide's numbering, one off from what the residents see.
A sentence starts with a capital; a rise under half a euro is 'no dearer', not '€ 0 more'."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: the words by which the papers name each step of the list, by its number (1-8)
STEP_WORDS = {
    "nl": {1: ("intake",), 2: ("eerste bewonersavond",), 3: ("quickscan",), 4: ("businesscase",),
           5: ("intentieverklaring", "tweede bewonersavond"), 6: ("uitvraag",), 7: ("offerte",), 8: ("besluit",)},
    "en": {1: ("intake",), 2: ("first residents",), 3: ("quick scan",), 4: ("business case",),
           5: ("declaration", "second residents"), 6: ("tender",), 7: ("quote",), 8: ("decision",)},
}
SOURCES = sorted((ROOT / "resources" / "templates").glob("*.html")) + sorted((ROOT / "minigrid_app" / "io").rglob("*.py"))


@pytest.mark.parametrize("language, word", [("nl", "stap"), ("en", "step")])
def test_a_step_number_in_the_papers_is_that_of_the_list(language, word):
    found = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(rf"\(({word}) (\d)\)", text, re.IGNORECASE):
            before = re.sub(r"<[^>]*>", "", text[max(0, match.start() - 60): match.start()]).lower()
            names = STEP_WORDS[language][int(match.group(2))]
            found.append(match.group(0))
            assert any(name in before for name in names), f"{path.name}: '…{before[-40:]} {match.group(0)}'"
    assert found  # the check sees the papers' step numbers


@pytest.mark.parametrize("language, first", [("nl", "Een opname"), ("en", "A survey")])
def test_the_handout_starts_its_sentence_with_a_capital(language, first):
    """'Uw woning. een opname in huis …' when the home's radiator cost was entered (no default to mention)."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io import documents
    from minigrid_app.io.examples import load_example

    project = load_example("twee-onder-een-kap-4")
    home = project.households[0]
    home.lt_measures_cost_eur = 2500.0
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    text = re.sub(r"<[^>]+>", "", documents.build_handout(project, results, home.id, language=language).html)
    assert f". {first}" in text or f".{first}" in text


@pytest.mark.parametrize("language, said, not_said", [("nl", "alleen een andere investering, hooguit € 10 verschil", "hooguit € 0"),
                                                      ("en", "only another investment, at most € 10 difference", "at most € 0")])
def test_the_report_says_no_dearer_as_the_screen_does(language, said, not_said):
    """'zonder nr. 20: 23 woningen anders ingedeeld of duurder, hooguit € 0 per maand meer': the
    report printed a rise under half a euro as '€ 0 more'. It now says what step 5 says (core's
    DropOutEffect.words): a rise of 30 cents is no change per month, the € 10 investment is."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.whatif import DropOutEffect, HouseholdChange
    from minigrid_app.io import documents
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    cluster = results.clusters[0]
    leaving, other = cluster.households[0], cluster.households[1]
    change = HouseholdChange(other, "x", cluster.name, cluster.name, 200.0, 200.3, 19000.0, 19010.0)
    effect = DropOutEffect(leaving, "x", False, (), (), (change,), results)
    assert not effect.dearer and effect.affected
    html = documents.build_report(project, results, language=language, effects={cluster.id: effect}).html
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert said in text and not_said not in text


@pytest.fixture(scope="module")
def four_homes():
    """twee-onder-een-kap-4 and its results with the signature curve."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example

    project = load_example("twee-onder-een-kap-4")
    return project, compute_project(project, break_even=False, sensitivity=False, signature_curve=True)


@pytest.mark.parametrize("language, mean, mine", [("nl", "gemiddeld {} per woning", "(uw woning {}, zoals in de tabel)"),
                                                  ("en", "on average {} per home", "(your home {}, as in the table)")])
def test_the_handout_says_the_cluster_mean_is_a_mean_next_to_the_homes_own_figure(four_homes, language, mean, mine):
    """'als alle 4 tekenen: € 287' above a table whose shared loop costs this home € 304 a month:
    the € 287 is the cluster's mean (of 304, 292, 280 and 271), which the sentence did not say."""
    from minigrid_app.core.formatting import euro
    from minigrid_app.core.variant import Variant
    from minigrid_app.io import documents

    project, results = four_homes
    home = next(h for h in results.households if h.cluster_id is not None)
    members = [h for h in results.households if h.cluster_id == home.cluster_id]
    assert len(members) > 1
    # the mean by hand over the members' own monthly costs (all of them signing, as the table has it)
    by_hand = sum(h.variants[Variant.SHARED_LOOP].monthly_costs_year1_eur for h in members) / len(members)
    own = home.variants[Variant.SHARED_LOOP].monthly_costs_year1_eur
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", documents.build_handout(project, results, home.id, language=language).html))
    assert mean.format(euro(by_hand, 0, language)) in text
    assert mine.format(euro(own, 0, language)) in text


@pytest.mark.parametrize("language, said, not_said", [
    ("nl", "8 doen niet mee. Er is nog geen cluster van woningen die samen een bron delen.", "0 clusters van – woningen"),
    ("en", "8 decline. There is no cluster yet of homes that share a source.", "0 clusters of – homes"),
])
def test_the_report_says_there_is_no_cluster_when_nobody_takes_part(language, said, not_said):
    """hofje-8 with every home declined: the report's summary said 'De woningen die meedoen vormen
    0 clusters van – woningen die samen een bron delen.'"""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io import documents
    from minigrid_app.io.examples import load_example

    project = load_example("hofje-8")
    for home in project.households:
        home.participation = "declined"
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    text = " ".join(re.sub(r"<[^>]+>", " ", documents.build_report(project, results, language=language).html).split())
    assert said in text and not_said not in text


@pytest.mark.parametrize("language, said", [
    ("nl", "4 woningen: 1 doet mee (0 getekend, 1 geïnteresseerd, 0 nog niet bekend), 3 doen niet mee. "
           "Er is nog geen cluster van woningen die samen een bron delen. 1 woning staat alleen in een cluster."),
    ("en", "4 homes: 1 takes part (0 signed, 1 interested, 0 not known yet), 3 decline. "
           "There is no cluster yet of homes that share a source. 1 home is alone in a cluster."),
])
def test_the_reports_counts_are_said_with_their_verb_and_noun(language, said):
    """twee-onder-een-kap-4 with one home in: '1 doen mee' and '1 cluster van 1 woningen' (then '1 cluster van 1 woning die
    samen een bron delen': one home alone shares nothing)."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io import documents
    from minigrid_app.io.examples import load_example

    project = load_example("twee-onder-een-kap-4")
    for home in project.households[1:]:
        home.participation = "declined"
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    text = " ".join(re.sub(r"<[^>]+>", " ", documents.build_report(project, results, language=language).html).split())
    assert said in text


@pytest.fixture(scope="module")
def one_home_papers():
    """twee-onder-een-kap-4 cut to its first home, signed: a cluster of one, the evening's papers in both languages."""
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io import documents
    from minigrid_app.io.examples import load_example

    project = load_example("twee-onder-een-kap-4")
    project.households = project.households[:1]
    project.households[0].participation = "signed"
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    home = project.households[0].id
    papers = {}
    for language in ("nl", "en"):
        made = [documents.build_report(project, results, language=language),
                documents.build_handout(project, results, home, language=language),
                documents.build_declaration(project, results, home, language=language)]
        papers[language] = " ".join(" ".join(re.sub(r"<[^>]+>", " ", paper.html).split()) for paper in made)
    return papers


@pytest.mark.parametrize("language, said, not_said", [
    ("nl", ["Er is nog geen cluster van woningen die samen een bron delen. 1 woning staat alleen in een cluster.",
            "1 aansluiting (ten hoogste", "ten hoogste 1 aansluiting:", "met niemand gedeeld (Cluster 1)",
            "gaat alleen door als de enige woning meedoet;", "In Cluster 1 heeft de enige woning al getekend.",
            "Het bodemveld is dan alleen voor deze woning: 1 boorgat van", "1 van 1 woning heeft getekend",
            "zit u in Cluster 1 zonder buren."],
     ["1 woning die samen", "alle 1 ", "1 aansluitingen", "0 buren", "met geen buren", "Samen delen deze 1 woning",
      "1 van 1 woningen"]),
    ("en", ["There is no cluster yet of homes that share a source. 1 home is alone in a cluster.",
            "1 connection (at most", "at most 1 connection:", "shared with nobody (Cluster 1)",
            "only goes ahead if the only home takes part;", "In Cluster 1 the only home has signed already.",
            "The borefield is then for this home alone: 1 borehole of", "1 of 1 home has signed",
            "you are in Cluster 1 without neighbours."],
     ["1 home that share", "all 1 ", "1 connections", "0 neighbours", "Cluster 1 with no neighbours", "these 1 home",
      "1 of 1 homes"]),
])
def test_a_cluster_of_one_home_is_not_worded_as_homes_that_share(one_home_papers, language, said, not_said):
    """A cluster its neighbours left (or the only home of a project): the papers said '1 cluster van 1 woning die
    samen een bron delen', 'gedeeld met 0 buren', 'als alle 1 woningen meedoen', 'Met 1 aansluitingen',
    'Samen delen deze 1 woning een bodemveld' and '1 van 1 woningen heeft getekend'."""
    text = one_home_papers[language]
    assert [s for s in said if s not in text] == []
    assert [s for s in not_said if re.search(r"(?<!\d)" + re.escape(s), text)] == []  # '11 aansluitingen' is right
