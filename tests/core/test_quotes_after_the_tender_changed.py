"""A quote entered before the tender changed says why its lines no longer match.

Walking the program: deleting a home that had signed, after the quotes were in, made the quote's
lines say 'ontbreekt' (the shared field's lines, laid out again) while the deleted home's amounts
silently stopped counting; nothing said why. The engine now words the reason for the quotes
page, and for the step where the home is deleted.
"""

from __future__ import annotations

import copy
import datetime

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.quotes import changed_tender_note, compare_quote, deleted_homes_note
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.core.tender_model import Quote
from minigrid_app.io.examples import load_example


def _tendered(project):
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    return results, build_tender(scope, results, today=datetime.date(2026, 12, 1))


@pytest.fixture(scope="module")
def priced():
    """hofje-8 with a quote that prices every contractor line of its tender: Cluster 1 (homes 1, 2 and 3
    signed; 7 signed alone in Cluster 2 and is not in the tender)."""
    project = copy.deepcopy(load_example("hofje-8"))
    project.household("hofje-2").participation = "signed"
    results, pack = _tendered(project)
    quote = Quote(supplier="Bron & Zo", amounts={line.id: line.indicative_amount_eur for line in pack.lines if line.in_quote})
    project.tender.quotes = [quote]
    return project, results, pack, quote


def test_a_quote_for_the_tender_as_it_is_needs_no_note(priced):
    project, results, pack, quote = priced
    assert changed_tender_note(compare_quote(pack.lines, quote, results), project) is None


def test_deleting_a_signed_home_is_said_with_the_amounts_that_no_longer_count(priced):
    project, _results, _pack, quote = priced
    smaller = copy.deepcopy(project)
    smaller.households = [h for h in smaller.households if h.id != "hofje-1"]
    results, pack = _tendered(smaller)
    comparison = compare_quote(pack.lines, quote, results)
    gone = sorted(line_id for line_id in quote.amounts if line_id.startswith("hofje-1:"))
    assert sorted(comparison.unknown_ids) == gone  # the home's own lines, counted by hand
    note = changed_tender_note(comparison, smaller)
    assert note.nl == (
        "De uitvraag is veranderd nadat de offerte van Bron & Zo is ingevoerd: 1 woning die getekend had, is uit het "
        f"project verwijderd (stap 1). {len(gone)} bedragen van de offerte horen bij geen regel meer en tellen niet mee. "
        "Vraag Bron & Zo de offerte bij te werken voor de uitvraag zoals die nu is."
    )
    assert note.en.startswith("The tender changed after the quote of Bron & Zo was entered: 1 home that had signed")


def test_a_home_still_in_the_project_but_out_of_the_tender_is_named(priced):
    """The home is there but the tender has none of its lines (it no longer signs): named by its label."""
    project, results, _pack, quote = priced
    project = copy.deepcopy(project)
    for household in project.households:
        household.participation = "interested" if household.participation == "signed" else household.participation
    note = changed_tender_note(compare_quote([], quote, results), project)  # every amount left over
    for home in ("Lindehof 1", "Lindehof 2", "Lindehof 3"):
        assert f"{home} tekent niet (meer)" in note.nl and f"{home} does not sign (any more)" in note.en
    assert "de gedeelde bodemvelden zijn opnieuw ingedeeld" in note.nl  # the field's lines too
    assert f"{len(quote.amounts)} bedragen van de offerte horen bij geen regel meer" in note.nl


def test_deleting_a_home_priced_in_a_quote_is_said_where_it_is_deleted(priced):
    project, *_ = priced
    note = deleted_homes_note(project, ["hofje-1"])
    assert note.nl.startswith("Lindehof 1 staat in de offerte van Bron & Zo (stap 7). Die bedragen tellen niet meer mee")
    assert note.en.startswith("Lindehof 1 is in the quote of Bron & Zo (step 7).")
    assert deleted_homes_note(project, ["hofje-4"]) is None  # not in the tender: no quote prices it


def test_a_signed_home_whose_cluster_has_too_few_signers_is_named_with_that_reason(priced):
    """Homes 2 and 3 no longer sign: Lindehof 1 still signed, but alone in Cluster 1 it is out of the tender."""
    project, _results, _pack, quote = priced
    fewer = copy.deepcopy(project)
    for number in (2, 3):
        fewer.household(f"hofje-{number}").participation = "interested"
    results, pack = _tendered(fewer)
    assert not any(line.id.startswith("hofje-1:") for line in pack.lines)
    note = changed_tender_note(compare_quote(pack.lines, quote, results), fewer)
    assert "in het cluster van Lindehof 1 tekenden te weinig buren voor een gedeelde bron" in note.nl
    assert "too few neighbours in the cluster of Lindehof 1 signed for a shared source" in note.en
    assert "Lindehof 2 tekent niet (meer)" in note.nl and "Lindehof 1 tekent niet" not in note.nl
