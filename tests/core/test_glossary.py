"""The glossary as data (issue 15: "Wcw-plichtig", "ACM", "art. 7.22", "Vuistregel", "Laagste
vloeistoftemperatuur", "Lage-temperatuurkosten" and "Rendement warmtepomp (η)" were shown without
an explanation, and the glossary had 8 words).

Every jargon word a resident meets has an entry in Dutch and English, explained in one to three
plain sentences; terms are found as whole words (the longest form wins) and linked once, never
inside a tag or an existing link."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minigrid_app.core.glossary import (
    TERMS,
    find_terms,
    glossary_html,
    link_terms,
    plain_text,
    term,
    terms_in,
)

ROOT = Path(__file__).resolve().parents[2]

#: jargon as the screens and papers write it (Dutch) → the entry that must explain it
JARGON_NL = {
    "Wcw-plichtig": "wcw-bound",
    "ACM": "acm",
    "art. 7.22": "art-7-22",
    "Vuistregel": "rule-of-thumb",
    "Laagste vloeistoftemperatuur": "fluid-temperature",
    "Lage-temperatuurkosten": "low-temperature-costs",
    "Rendement warmtepomp (η)": "efficiency",
    "COP": "cop",
    "SCOP": "scop",
    "g-functie": "g-function",
    "boorgatweerstand": "borehole-resistance",
    "gelijktijdigheid": "simultaneity",
    "terugverdientijd": "payback",
    "netto contante waarde": "npv",
    "Wcw": "wcw",
    "Wet collectieve warmte": "wcw",
    "collectief": "collective",
    "cluster": "cluster",
    "clusters": "cluster",
    "bodemlus": "ground-loop",
    "bodemlussen": "ground-loop",
    "gedeelde bodemlus": "shared-loop",
    "bodemveld": "borefield",
    "boorgaten": "borehole",
    "warmtepomp": "heat-pump",
    "luchtwarmtepomp": "air-heat-pump",
    "aanvoertemperatuur": "supply-temperature",
    "ontwerpvermogen": "design-load",
    "warmtevraag": "heat-demand",
    "omslagpunt": "break-even",
    "ISDE": "isde",
    "intentieverklaring": "declaration-of-intent",
    "staat van hoeveelheden": "bill-of-quantities",
    "aansluitbijdrage": "entry-fee",
    "verdeelsleutel": "cost-split",
    "restwaarde": "residual-value",
    "rekenperiode": "horizon",
    "uitvraag": "tender",
    "ontheffing": "exemption",
    "zelfbeheer": "self-management",
    "netbeheerder": "grid-operator",
    "3-fase": "three-phase",
    "afwegingskader": "assessment-framework",
    "Energiebespaarlening": "heat-fund",
    # the words of the quotes and the costs (walk-through: "post" in the bill's unit column, unexplained)
    "post": "cost-line",
    "kostenpost": "cost-line",
    "vastrecht": "fixed-charge",
    "offerte": "quote",
    "offertes": "quote",
    "marge": "margin",
    "spelregel": "go-rule",
}
JARGON_EN = {
    "Rule of thumb": "rule-of-thumb",
    "Lowest fluid temperature": "fluid-temperature",
    "Low-temperature costs": "low-temperature-costs",
    "COP": "cop",
    "SCOP": "scop",
    "g-function": "g-function",
    "borehole thermal resistance": "borehole-resistance",
    "simultaneity": "simultaneity",
    "payback time": "payback",
    "net present value": "npv",
    "break-even": "break-even",
    "Collective Heat Act": "wcw",
    "ACM": "acm",
    "shared ground loop": "shared-loop",
    "ground loops": "ground-loop",
    "borefield": "borefield",
    "heat pump": "heat-pump",
    "design load": "design-load",
    "declaration of intent": "declaration-of-intent",
    "bill of quantities": "bill-of-quantities",
    "supply temperature": "supply-temperature",
    "clusters": "cluster",
    "lump sum": "cost-line",
    "fixed charges": "fixed-charge",
    "quotes": "quote",
    "margin": "margin",
    "go/no-go rule": "go-rule",
}


@pytest.mark.parametrize(("language", "jargon"), [("nl", JARGON_NL), ("en", JARGON_EN)])
def test_every_jargon_word_has_an_entry(language, jargon):
    for word, key in jargon.items():
        found = find_terms(f"Zie: {word}.", language)
        assert [k for _s, _e, k in found] == [key], word
        start, end, _key = found[0]
        assert f"Zie: {word}."[start:end] == word  # the whole word, not a part of it


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


@pytest.mark.parametrize("entry", TERMS, ids=lambda t: t.key)
def test_each_entry_is_explained_in_plain_words_in_both_languages(entry):
    for language in ("nl", "en"):
        text = entry.text(language)
        assert 1 <= sentences(text) <= 3, (entry.key, language, text)
        assert 40 <= len(text) <= 330, (entry.key, language)
        assert entry.name(language).strip()
    assert entry.nl_text != entry.en_text
    for word in ("docs/", ".md", "_eur", "_kw", "_m3"):  # no file names or parameter keys
        assert word not in entry.nl_text + entry.en_text


def test_keys_are_unique_and_sections_exist_in_the_method_text():
    keys = [t.key for t in TERMS]
    assert len(keys) == len(set(keys))
    assert len(TERMS) >= 45
    for name in ("method.md", "method.nl.md"):
        ids = set(re.findall(r'<a id="([a-z0-9-]+)"></a>', (ROOT / "docs" / name).read_text(encoding="utf-8")))
        missing = {t.key: t.section for t in TERMS if t.section and t.section not in ids}
        assert missing == {}, name


def test_the_longest_form_wins_and_no_term_is_found_inside_a_word():
    text = "Een eigen luchtwarmtepomp of de gedeelde bodemlus; Wcw-plichtig boven 10, zegt de Wcw."
    assert terms_in(text, "nl") == ["air-heat-pump", "shared-loop", "wcw-bound", "wcw"]
    assert terms_in("Warmtepompen en bodemlussen", "nl") == ["heat-pump", "ground-loop"]
    assert terms_in("De scoping en coproductie", "nl") == []  # COP and SCOP only as whole words
    assert terms_in("Lindehof 3: Lage-temperatuurmaatregelen voor 45 °C aanvoer", "nl") == [
        "low-temperature-costs", "supply-temperature",
    ]


def test_links_go_to_the_first_occurrence_only_and_keep_the_text():
    text, keys = link_terms("De bodemlus en nog een bodemlus: a < b & COP", "nl")
    assert keys == ["ground-loop", "cop"]
    assert text.count('href="glossary:ground-loop"') == 1
    assert "a &lt; b &amp; " in text
    assert plain_text(text) == "De bodemlus en nog een bodemlus: a < b & COP"


def test_rich_text_is_linked_between_tags_only_never_inside_a_link():
    rich = '<b>Elk cluster</b>: compleet. <a href="dropout:x">Wat als de bodemlus wegvalt?</a> Het <i>bodemveld</i>.'
    text, keys = link_terms(rich, "nl")
    assert keys == ["cluster", "borefield"]  # "bodemlus" sits inside an existing link
    assert '<a href="dropout:x">Wat als de bodemlus wegvalt?</a>' in text
    assert text.startswith('<b>Elk <a href="glossary:cluster">cluster</a></b>')
    again, more = link_terms(text, "nl", seen={"cluster", "borefield"})
    assert (again, more) == (text, [])
    assert link_terms("Niets bijzonders hier.", "nl") == ("Niets bijzonders hier.", [])


def test_a_numbered_name_is_a_label_not_the_term():
    # 'Cluster 1' is one cluster's name: linking its 'Cluster' to the glossary read as a definition of it
    text, keys = link_terms("<b>Cluster 1</b>: compleet. Cluster C2 wacht. Het cluster is vol.", "nl")
    assert keys == ["cluster"] and text.count("glossary:cluster") == 1
    assert text.startswith("<b>Cluster 1</b>: compleet. Cluster C2 wacht. Het <a href=\"glossary:cluster\">cluster</a>")
    assert terms_in("Gedeelde bodemlus Cluster 1", "nl") == ["shared-loop"]  # the term before the label still counts
    assert terms_in("Shared ground loop Cluster 3, Cluster 4", "en") == ["shared-loop"]
    # a quantity after the term is no name: 'Bodemlus 150 m diep', 'Bodemlus 3 jaar'
    assert terms_in("Bodemlus 150 m diep", "nl") == terms_in("Bodemlus 3 jaar", "nl") == ["ground-loop"]
    assert terms_in("Bodemlus 3", "nl") == []


def test_the_glossary_page_lists_every_entry_alphabetically_with_anchors():
    page = glossary_html("nl")
    names = re.findall(r"<b>(.*?)</b>", page)
    assert len(names) == len(TERMS)
    assert names == sorted(names, key=str.casefold)
    assert f'<a name="{term("cop").key}"></a>' in page
    english = glossary_html("en", keys=["cop", "simultaneity"], anchors=False)
    assert re.findall(r"<b>(.*?)</b>", english) == ["COP", "Simultaneity"]
    assert "<a name" not in english


def test_every_unit_the_bill_of_quantities_shows_is_a_measure_or_explained():
    """The unit column of steps 6 and 7 showed "post" (a lump sum), which the glossary lacked."""
    from minigrid_app.core.tender import UNIT_LABELS

    measures = {"m", "st.", "pcs", "per jaar", "per year"}  # read by anyone, no entry needed
    for nl, en in UNIT_LABELS.values():
        for word, language in ((nl, "nl"), (en, "en")):
            assert word in measures or terms_in(word, language), (word, language)


def test_a_term_with_its_article_is_not_linked_inside_a_longer_term():
    # was: 'Have the source design checked.' linked 'the source' (the design of the source, not the source);
    # Dutch writes it as one word ('bronontwerp'), never matched inside a word
    assert find_terms("Have the source design checked.", "en") == []
    assert find_terms("the source temperatures of every home", "en") == []
    assert find_terms("the source of this heat", "en") == [(0, 10, "source")]
    assert find_terms("Drill the source. Design it later.", "en") == [(6, 16, "source")]  # the sentence ends it
    assert find_terms("The heat source temperature", "en") == [(4, 15, "source")]  # the whole term, longest first
    text, keys = link_terms("Have the source design checked.", "en")
    assert (text, keys) == ("Have the source design checked.", [])
    assert find_terms("Laat het bronontwerp controleren; de brontemperatuur", "nl") == []
    assert find_terms("Laat de bron controleren", "nl") == [(5, 12, "source")]
