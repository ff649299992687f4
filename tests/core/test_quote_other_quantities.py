"""A quote priced for another quantity than the tender's says so, in step 7 and in the decision (walk of session 17).

The bill asks a supplier to enter their own quantity and explain it. A supplier who priced 240 m of
drilling where the tender asked 228 m was read without a word: step 7 showed the line only as dearer
(▲), the decision record said '14 outside the margin', and nowhere were the two quantities named.
"""

from __future__ import annotations

import pytest

from minigrid_app.core.decision import decision_record
from minigrid_app.core.formatting import exact
from minigrid_app.core.quotes import compare_quote, quote_case
from minigrid_app.core.tender_model import Quote
from tests.signers_together import hofje_three_signed_tendered


@pytest.fixture(scope="module")
def tendered():
    """hofje-8 with Lindehof 1, 2 and 3 signed: one cluster of three in the tender."""
    return hofje_three_signed_tendered()


def _quote(pack, quantities):
    return Quote(supplier="Bron & Zo", amounts={line.id: line.indicative_amount_eur for line in pack.lines if line.in_quote},
                 quantities=quantities)


def test_a_quote_on_the_tenders_quantities_needs_no_note(tendered):
    scope, results, pack = tendered
    assert compare_quote(pack.lines, _quote(pack, {}), results).quantity_note() is None


def test_another_quantity_is_named_in_step_7_and_in_the_decision(tendered):
    scope, results, pack = tendered
    drilling = next(line for line in pack.lines if line.id.endswith(":drilling"))
    asked = drilling.shown_quantity
    quote = _quote(pack, {drilling.id: asked + 12})
    note = compare_quote(pack.lines, quote, results).quantity_note()
    assert note is not None
    assert f"{drilling.number}: {exact(asked + 12)} m in plaats van {exact(asked)} m" in note.nl
    assert f"{drilling.number}: {exact(asked + 12, 'en')} m instead of {exact(asked, 'en')} m" in note.en
    assert "bij 1 regel" in note.nl and "on 1 line" in note.en and "Ask the supplier why" in note.en
    # step 7's 'business case on the quote' and the slides say it through QuoteCase.notes()
    case = quote_case(scope.project, results, pack.lines, quote)
    assert any(n.nl == note.nl for n in case.notes())
    # the decision on screen and on paper: its warnings, once the quote is chosen
    scope.project.tender.quotes = [quote]
    scope.project.tender.decision.quote_id = quote.id
    try:
        record = decision_record(scope, results, pack)
    finally:
        scope.project.tender.quotes, scope.project.tender.decision.quote_id = [], ""
    assert note.nl in record.warnings
