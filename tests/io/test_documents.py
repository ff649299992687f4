"""The evening's documents as HTML (no Qt): names and privacy, figures, escaping, templates."""

from __future__ import annotations

import copy
import datetime
import re

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.formatting import euro
from minigrid_app.core.model import Household
from minigrid_app.core.variant import variant_label
from minigrid_app.io import documents
from minigrid_app.io.examples import EXAMPLES, load_example

TODAY = datetime.date(2026, 11, 24)


@pytest.fixture(scope="module")
def computed():
    out = {}
    for name in EXAMPLES:
        project = load_example(name)
        out[name] = (project, compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb"))
    return out


def _text(html: str) -> str:
    """Visible text of the HTML, entities resolved, whitespace collapsed."""
    import html as html_module

    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.mark.parametrize(
    ("label", "address", "expected"),
    [
        ("Lindehof 3", "", "3"),
        ("Vogelstraat 12a", "", "12a"),
        ("Jansen", "Dorpsstraat 7, 3512 AB Utrecht", "7"),
        ("Jansen", "", None),
        ("Kade 4-2", "", "4-2"),
    ],
)
def test_house_number(label, address, expected):
    assert documents.house_number(Household(label=label, address=address)) == expected


def test_public_names_by_privacy():
    household = Household(label="Lindehof 3")
    assert documents.public_name(household, 3, "house_number") == "nr. 3"
    assert documents.public_name(household, 3, "anonymous") == "Woning C"
    assert documents.public_name(household, 3, "house_number", "en") == "no. 3"
    assert documents.public_name(Household(label="Jansen"), 5, "house_number") == "Woning E"
    assert documents.file_stem(household, 3, "house_number") == "03-lindehof-3"
    assert documents.file_stem(household, 3, "anonymous") == "woning-C"
    assert documents.file_stem(Household(label="<script>"), 9, "house_number") == "09-script"
    # accents taken off, not the letters: 'co-peratiestraat-3', 'kowa-1', 'rue-d-uvre-2', 'stra-e-5' before
    for label, stem in (("Coöperatiestraat 3", "04-cooperatiestraat-3"), ("Łąkowa 1", "04-lakowa-1"),
                        ("Rue d’Œuvre 2", "04-rue-d-oeuvre-2"), ("Straße 5", "04-strasse-5"), ("Ëikenlaan 6", "04-eikenlaan-6"),
                        ("東京通り 8", "04-8"), ("東京通り", "woning-04")):
        assert documents.file_stem(Household(label=label), 4, "house_number") == stem


@pytest.mark.parametrize("name", EXAMPLES)
def test_declaration_holds_household_cluster_neighbours_and_engine_figures(computed, name):
    project, results = computed[name]
    declarants = documents.declaration_households(results)
    assert declarants, "every example has participating households"
    for result in declarants:
        content = documents.build_declaration(project, results, result.id, today=TODAY)
        text = _text(content.html)
        household = project.household(result.id)
        cluster = next(c for c in results.clusters if c.id == result.cluster_id)
        assert household.label in text and household.address in text
        assert f"Uw woning komt in {cluster.name}" in text
        for other in cluster.households:
            if other != result.id:
                neighbour = project.household(other)
                assert f"nr. {documents.house_number(neighbour)}" in text
        shared, gas = result.variants["shared_loop"], result.variants["gas"]
        assert euro(shared.monthly_costs_year1_eur) in text
        assert euro(gas.monthly_costs_year1_eur) in text
        assert euro(shared.investment_net_eur) in text
        low, high = sorted((shared.monthly_costs_low_eur, shared.monthly_costs_high_eur))
        assert f"{euro(low)} – {euro(high)}" in text
        assert "Naam:" in text and "Handtekening:" in text and "Datum:" in text
        assert "afmelden" in text.lower() and "9 tot 12 maanden" in text
        assert not re.search(r"\$\{?[a-z_]+", re.sub(r"<!--.*?-->", "", content.html, flags=re.S))


def test_declined_household_is_not_in_the_pack_but_sees_what_joining_costs(computed):
    # issue 12 item 3: the evening's pack leaves a home that does not take part out, but its
    # handout (and a declaration printed on request) show the shared loop as if it joined now
    project, results = computed["straat-24"]
    declined = [h for h in project.households if h.participation == "declined"]
    assert declined
    ids = {h.id for h in documents.declaration_households(results)}
    handouts = {h.id for h in documents.handout_households(results)}
    for household in declined:
        assert household.id not in ids
        assert household.id in handouts
        shared = results.household(household.id).variants["shared_loop"]
        assert shared.as_joiner
        handout = _text(documents.build_handout(project, results, household.id, today=TODAY).html)
        assert "Als u nu aansluit" in handout and "telt niet mee in de cijfers van de groep" in handout
        assert "een nieuw veld voor een nieuw cluster" in handout or "wordt voor u vergroot" in handout
        monthly = euro(shared.monthly_costs_year1_eur)
        assert monthly in handout
        declaration = _text(documents.build_declaration(project, results, household.id, today=TODAY).html)
        assert "U doet nog niet mee" in declaration and monthly in declaration


def test_anonymous_names_neighbours_by_their_letter(computed):
    project, results = computed["hofje-8"]
    result = documents.declaration_households(results)[0]
    cluster = next(c for c in results.clusters if c.id == result.cluster_id)
    text = _text(documents.build_declaration(project, results, result.id, privacy="anonymous", today=TODAY).html)
    for other in cluster.households:
        if other == result.id:
            continue
        row = results.household(other).row
        assert f"Woning {'ABCDEFGH'[row - 1]}" in text
        assert project.household(other).label not in text


@pytest.mark.parametrize("name", EXAMPLES)
def test_handout_shows_every_variant_monthly_first(computed, name):
    project, results = computed[name]
    for result in documents.handout_households(results):
        content = documents.build_handout(project, results, result.id, today=TODAY)
        assert content.max_pages == 1
        assert "handout-monthly.png" in content.images
        image = content.images["handout-monthly.png"]
        assert isinstance(image, documents.Pixels) and len(image.rgba()) == 4 * image.width * image.height
        text = _text(content.html)
        for variant, variant_result in result.variants.items():
            label = variant_label(variant)
            assert label in text
            if variant_result is None:
                continue
            row = text[text.index(label) :]
            # monthly costs come before the one-off investment in every row
            monthly = euro(variant_result.monthly_costs_year1_eur)
            invest = euro(variant_result.investment_net_eur)
            assert monthly in row and invest in row
            assert row.index(monthly) < row.index(invest)
        assert "Buitenunit" in text and "Gasaansluiting" in text
        assert "Wat is nog onzeker?" in text


def test_report_sections(computed):
    project, results = computed["straat-24"]
    content = documents.build_report(project, results, today=TODAY)
    text = _text(content.html)
    for heading in (
        "In het kort",
        "De varianten vergeleken",
        "De bron: bodemlussen per cluster",
        "Voldoet het aan de voorwaarden van de bewoners?",
        "Wat de cijfers niet laten zien",
        "Regels en organisatie",
        "Wie doet mee?",
        "Hoe gaat het verder?",
        "Uitgangspunten en bronnen",
    ):
        assert heading in text
    assert "Zelfbeheer met individuele financiering" in text and "Marktpartij" in text
    assert "50 %" in text and "Utrechtse pilots" in text
    assert results.group.wcw.title_nl in text
    # 20 homes as one network need an exemption, each cluster of 4 does not: the models table named the
    # cooperative 'past hier het best' above a law line ending in 'Zelfbeheer past hier'
    assert "past hier het best" not in text
    assert "Lokale energiecoöperatie bezit het gedeelde deel past het best als alle woningen één net vormen" in text
    assert "Zelfbeheer met individuele financiering past het best als elk cluster een eigen net is" in text
    for cluster in results.clusters:
        assert cluster.name in text
    assert {"report-monthly.png", "report-layout.png", "report-fluid.png"} <= set(content.images)
    # every assumption with its source
    params = results.parameters
    assert params.definitions["drilling_per_m_eur"].label_nl in text
    assert params.definitions["gas_price_eur_m3"].source in text
    assert content.html.count("page-break-before") >= 3


def test_english_templates(computed):
    project, results = computed["hofje-8"]
    result = documents.declaration_households(results)[0]
    declaration = _text(documents.build_declaration(project, results, result.id, language="en", today=TODAY).html)
    assert "Declaration of intent" in declaration and "Shared ground loop" in declaration
    assert euro(result.variants["shared_loop"].monthly_costs_year1_eur, language="en") in declaration
    handout = _text(documents.build_handout(project, results, result.id, language="en", today=TODAY).html)
    assert "What does it cost me?" in handout
    report = _text(documents.build_report(project, results, language="en", today=TODAY).html)
    assert "Who takes part?" in report and "Self-management with individual financing" in report


def test_resident_text_is_escaped(computed):
    project, _results = computed["hofje-8"]
    project = copy.deepcopy(project)
    project.intake.name = "<script>alert('x')</script> Hofje"
    project.intake.contact_person = "<b>Piet</b>"
    first = project.households[0]
    first.label = "<b>Lindehof 1</b>"
    first.address = "<i>Lindehof 1</i> & co"
    project.conditions[0].text = "<img src=x onerror=alert(1)>"
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    html = documents.build_declaration(project, results, first.id, today=TODAY).html
    html += documents.build_handout(project, results, first.id, today=TODAY).html
    html += documents.build_report(project, results, today=TODAY).html
    assert "<script>" not in html and "<b>Piet</b>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;Lindehof 1&lt;/b&gt;" in html
    assert "&lt;i&gt;Lindehof 1&lt;/i&gt; &amp; co" in html


def test_missing_template_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr("minigrid_app.io.documents.common.resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(documents.DocumentError) as caught:
        documents.load_template("declaration", "nl")
    assert "Sjabloon declaration.nl.html ontbreekt" in caught.value.problem.nl


def test_unknown_template_field_stays_visible():
    assert documents.fill("Hallo ${name}, ${onbekend}", {"name": "Piet"}) == "Hallo Piet, ${onbekend}"


def test_handout_says_what_cooling_adds_for_a_home_that_wants_to_cool(computed):
    from minigrid_app.core import cooling

    project, results = computed["hofje-8"]
    cooled = next(h for h in project.households if h.wants_cooling)
    plain = next(h for h in project.households if not h.wants_cooling)
    text = _text(documents.build_handout(project, results, cooled.id, today=TODAY).html)
    row = text[text.index("Koelen") :]
    for found in cooling.cooling_per_variant(results, cooled.id).values():
        assert found.short.nl in row
    english = _text(documents.build_handout(project, results, cooled.id, language="en", today=TODAY).html)
    assert "Cooling" in english and "kWh of cooling" in english
    assert "Koelen" not in _text(documents.build_handout(project, results, plain.id, today=TODAY).html)


def test_a_later_joiner_in_the_report_and_on_its_handout():
    """Issue 17: the plan of later joiners, the entry fee and the founders' refunds to the cent."""
    from minigrid_app.core.model import PlannedJoiner

    project = load_example("hofje-8")
    project.households[3].participation = "declined"
    project.agreement.joiners = [PlannedJoiner(project.households[3].id, 3)]
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    (fee,) = results.entry_fees
    report = _text(documents.build_report(project, results, today=TODAY).html)
    assert "Later aansluiten" in report and euro(fee.fee_eur, 2) in report
    assert all(euro(refund, 2) in report for refund in fee.refunds_eur.values())
    handout = _text(documents.build_handout(project, results, fee.household_id, today=TODAY).html)
    assert f"Volgens het plan sluit u in jaar 3 aan bij {fee.cluster_name}" in handout
    assert euro(fee.fee_eur, 2) in handout


def test_handout_warns_a_home_whose_design_load_is_tiny():
    # issue 12 item 5: the resident reads on the kitchen-table sheet that the heat pump is far too big
    project = load_example("hofje-8")
    home = project.households[5]
    home.gas_m3_per_year = 300.0
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    text = _text(documents.build_handout(project, results, home.id, today=TODAY).html)
    assert f"Let op : {home.label}: deze woning vraagt op de koudste dag maar 0,6 kW warmte voor de verwarming" in text
    other = _text(documents.build_handout(project, results, project.households[0].id, today=TODAY).html)
    assert "Let op" not in other


def test_english_declaration_names_the_house_type_in_english(computed):
    """Issue 15: the English declaration said "Details: hoekwoning, built 1995"."""
    from minigrid_app.core.home_labels import HOUSE_TYPES_EN

    project, results = computed["hofje-8"]
    for result in documents.declaration_households(results):
        household = next(h for h in project.households if h.id == result.id)
        english = _text(documents.build_declaration(project, results, result.id, language="en", today=TODAY).html)
        dutch = _text(documents.build_declaration(project, results, result.id, today=TODAY).html)
        assert f"{HOUSE_TYPES_EN[household.house_type]}, built {household.build_year}" in english
        assert f"{household.house_type}, bouwjaar {household.build_year}" in dutch
        assert household.house_type not in english.replace(household.label, "")


def test_variant_names_in_table_heads_break_between_their_parts():
    from minigrid_app.io.documents.common import breakable, variant_header

    # before: Qt broke a narrow column's "Eigen luchtwarmtepomp" as "luchtwarmtepom|p"
    assert breakable("Eigen luchtwarmtepomp") == "Eigen lucht\u00adwarmte\u00adpomp"
    assert breakable("Gedeelde bodemlus") == "Gedeelde bodem\u00adlus"
    assert breakable("Gasketel (huidig)") == "Gas\u00adketel (huidig)"
    assert breakable("Own air heat pump") == "Own air heat pump"
    assert "lucht\u00adwarmte\u00adpomp" in variant_header("air_hp", "nl")


def test_one_signature_is_said_in_the_singular_and_no_text_hedges_its_plural():
    """'Nu heeft 1 van de 4 woningen getekend', not 'Nu hebben 1 …'; and no '(en)' / '(s)'
    (a 'handtekening(en)', 'home(s)' was in the handout) in any document, in either language."""
    project = load_example("hofje-8")
    project.agreement.cluster_share = 0.75
    project.clusters.reserve_joiners = 1
    for household in project.households:
        household.participation = "interested"
    first = project.households[0]
    first.participation = "signed"
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    cluster = next(c for c in results.clusters if first.id in c.households)
    assert cluster.signed == 1 and results.group.signed == 1
    size = len(cluster.households)
    texts = {}
    for language in ("nl", "en"):
        texts[language] = " ".join(
            [_text(documents.build_report(project, results, language=language, today=TODAY).html)]
            + [_text(documents.build_declaration(project, results, first.id, language=language, today=TODAY).html),
               _text(documents.build_handout(project, results, first.id, language=language, today=TODAY).html)]
        )
    nl, en = texts["nl"], texts["en"]
    assert f"Nu heeft 1 van de {size} woningen in {cluster.name} getekend." in nl
    assert f"So far 1 of the {size} homes in {cluster.name} has signed." in en
    assert f"1 van {len(project.households)} woningen heeft getekend" in nl
    assert f"1 of {len(project.households)} homes has signed" in en
    assert "nu heeft er 1 getekend" in nl and "1 has signed so far" in en
    assert "ruimte voor 1 woning gereserveerd" in nl and "room for 1 home is reserved" in en
    for text in (nl, en):
        assert not re.search(r"\w\((en|s)\)", text), re.search(r".{40}\w\((en|s)\).{20}", text)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_document_doubles_its_punctuation(computed, language):
    """The declaration read 'Wanneer gaat het door?. De groep …': a title that ends in a
    question mark was given a full stop too."""
    doubled = re.compile(r"(?<!\.)[?!:;,.]\s?\.(?![.\d])")  # '?.', ', .', '..' (not '...' or '1.200')
    found = []
    for name, (project, results) in computed.items():
        first = documents.declaration_households(results)[0].id
        for content in (
            documents.build_report(project, results, language=language, today=TODAY),
            documents.build_declaration(project, results, first, language=language, today=TODAY),
            documents.build_handout(project, results, first, language=language, today=TODAY),
        ):
            text = _text(content.html)
            found += [f"{name}: …{text[max(0, m.start() - 40):m.end() + 20]}…" for m in doubled.finditer(text)]
    assert found == []


def test_a_house_number_two_homes_have_names_neither(computed):
    """Two streets in one group (Kastanjelaan 1 and Lindehof 1): 'house number only' named both
    'nr. 1', and the report's cluster read 'nr. 1, nr. 3, nr. 1, nr. 2'; they get their letter."""
    project, results = computed["hofje-8"]
    project = copy.deepcopy(project)
    first, second, third = project.households[:3]
    third.label = "Kastanjelaan 1"  # the same number as Lindehof 1, on another street
    from minigrid_app.io.documents.common import document_context

    ctx = document_context(project, results, "nl", "house_number", None, [], TODAY)
    rows = {h.id: results.household(h.id).row for h in (first, third)}
    assert ctx.public(first.id) == f"Woning {'ABCDEFGH'[rows[first.id] - 1]}"
    assert ctx.public(third.id) == f"Woning {'ABCDEFGH'[rows[third.id] - 1]}"
    assert ctx.public(second.id) == "nr. 2"  # a number of its own stays
    assert documents.shared_house_numbers(project.households) == {"1"}


def test_the_declaration_names_the_loan_rate_the_payment_uses(computed):
    """The declaration's note read '4,3 % rente' while the monthly costs use the fund's 4,35 %."""
    project, results = computed["hofje-8"]
    assert results.parameters["loan_rate"] == 0.0435  # the default this test is about
    result = documents.declaration_households(results)[0]
    for language, said in (("nl", "4,35 % rente, 15 jaar"), ("en", "4.35 % interest, 15 years")):
        text = _text(documents.build_declaration(project, results, result.id, today=TODAY, language=language).html)
        assert said in text


def test_the_declaration_says_an_empty_build_year_was_taken_as_an_older_home():
    """Walk of session 17: a home without a build year signed a declaration whose figures count it as an
    older home (hotter radiators), while its details named no build year at all."""
    project = load_example("hofje-8")
    project.households[1].build_year = None
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    home = project.households[1].id
    dutch = _text(documents.build_declaration(project, results, home, today=TODAY).html)
    english = _text(documents.build_declaration(project, results, home, language="en", today=TODAY).html)
    assert "bouwjaar niet ingevuld (gerekend als oudere woning)" in dutch
    assert "build year not filled in (counted as an older home)" in english
    handout = _text(documents.build_handout(project, results, home, today=TODAY).html)
    assert "Het bouwjaar is niet ingevuld: gerekend als oudere woning" in handout  # the kitchen-table page too
    project.households[1].supply_temp_c = 45.0  # the temperature entered: nothing assumed
    assert "bouwjaar is niet ingevuld" not in _text(documents.build_handout(project, results, home, today=TODAY).html)
    assert "bouwjaar" not in _text(documents.build_declaration(project, results, home, today=TODAY).html).split("Gegevens")[1][:80]
