"""Issue 15: the printed evening report explains its own words: a "Woordenlijst" of the glossary
terms the report uses (and only those), in two columns of small print, in order along the rows."""

from __future__ import annotations

import re

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.glossary import plain_text, term, terms_in
from minigrid_app.io.documents.report import build_report
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def street():
    project = load_example("straat-24")
    return project, compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")


@pytest.mark.parametrize(("language", "heading", "next_heading"), [
    ("nl", "Woordenlijst", "Uitgangspunten en bronnen"),
    ("en", "Glossary", "Assumptions and sources"),
])
def test_the_report_lists_the_terms_it_uses(street, language, heading, next_heading):
    project, results = street
    html = build_report(project, results, language=language).html
    start = html.index(f"<h2>{heading}</h2>")
    end = html.index(next_heading, start)
    glossary, rest = html[start:end], html[:start] + html[end:]
    rows = re.findall(r"<tr><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td></tr>", glossary)
    columns = [re.findall(r"<b>(.*?)</b>: ", "".join(row[side] for row in rows)) for side in (0, 1)]
    listed = re.findall(r"<b>(.*?)</b>: ", "".join(left + right for left, right in rows))
    used = terms_in(plain_text(rest), language)
    # alphabetical along the rows: the PDF keeps a row whole on one page, so a list that goes on
    # to the next page stays in order (down-then-across put two terms there out of order)
    assert sorted(listed, key=str.casefold) == listed
    assert 0 <= len(columns[0]) - len(columns[1]) <= 1
    names = {term(key).name(language) for key in used}
    assert set(listed) == names  # every term the report uses, none it does not
    for word in ("vuistregel" if language == "nl" else "rule of thumb", "COP", "cluster"):
        assert term(terms_in(word, language)[0]).name(language) in listed
    assert term("rule-of-thumb").text(language) in plain_text(glossary)


def test_the_residents_conditions_read_in_the_documents_language(street):
    """The common conditions are stored in Dutch words; the English papers showed 'Niet meer per
    maand dan nu met gas (hooguit € 10 extra)' next to 'met' / 'not met' (the window translated
    them, the documents did not). A condition in the residents' own words stays as they said it."""
    from minigrid_app.core.conditions import condition_text, shown_condition_text
    from minigrid_app.core.model import Condition

    project, results = street
    english = build_report(project, results, language="en").html
    dutch = build_report(project, results, language="nl").html
    assert "Niet meer per maand dan nu met gas" not in english
    assert "No higher monthly costs than now with gas (at most € 10 more)" in english
    assert "Niet meer per maand dan nu met gas (hooguit € 10 extra)" in dutch
    assert condition_text("max_investment", 15000, "en") == "One-off at most € 15,000 per home (after subsidy)"
    own = Condition(kind="custom", text="Geen boring in de voortuin")
    assert shown_condition_text(own, "en") == "Geen boring in de voortuin"


def test_the_assumptions_appendix_gives_units_in_the_documents_language(street):
    """'37 m³/jaar', '1,800 kWh/jaar' in the English report's appendix: the window said 'm³/year'."""
    project, results = street
    english = build_report(project, results, language="en").html
    appendix = english[english.index("Assumptions and sources"):]
    assert "m³/year" in appendix and "kWh/year" in appendix
    values = re.findall(r'<td class="num">([^<]*)</td>', appendix)  # the sources quote Dutch titles as they are
    assert values and not [v for v in values if re.search(r"jaar|weken|maanden|woningen|uur|boorgat", v)]
    assert "m³/jaar" in build_report(project, results, language="nl").html
