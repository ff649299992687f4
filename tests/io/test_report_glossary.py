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
