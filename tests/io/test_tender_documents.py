"""The tender request, the bill of quantities and the decision record carry the engine's figures (issue 18)."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import html
import re

import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.decision import decision_record
from minigrid_app.core.formatting import group_thousands
from minigrid_app.core.quotes import monthly_per_home
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.core.tender_model import Agreement, PermitStatus, Quote
from minigrid_app.io.boq_xlsx import (
    COL,
    SHEET,
    SUPPLIER_SHEET,
    BoqError,
    build_workbook,
    read_quote,
    write_boq,
)
from minigrid_app.io.examples import load_example
from minigrid_app.io.tender_documents import build_decision_document, build_tender_document
from tests.signers_together import signers_together

TODAY = datetime.date(2026, 12, 1)


@pytest.fixture(scope="module")
def tendered():
    scope = tender_scope(signers_together(load_example("hofje-8")))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    return scope, results, build_tender(scope, results, TODAY)


@pytest.fixture(scope="module")
def straat24():
    """The bundled straat-24 as signed: Cluster 2 and Cluster 5 in the tender, Clusters 1, 3 and 4 with one signer."""
    scope = tender_scope(load_example("straat-24"))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    return scope, results, build_tender(scope, results, TODAY)


def _text(document) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", document.html)))


def test_tender_request_carries_every_figure(tendered):
    _, results, pack = tendered
    document = build_tender_document(pack, language="nl", today=TODAY)
    text = _text(document)
    n = group_thousands
    drilling = {line.field_id: line for line in pack.lines if line.key == "drilling"}
    assert "2 × 113,56 m = 227,1 m" in text  # one total, the bill's (2 × 113,56 = 227,12)
    for export in pack.fields:
        assert f" m = {n(drilling[export.field_id].shown_quantity, 1)} m" in text  # the field's length as the bill counts it
        assert f"{n(export.annual_extraction_kwh)} kWh" in text
        for month in export.monthly_extraction_kwh:
            assert n(month) in text
        assert f"{n(export.peak_extraction_kw, 1)} kW" in text
        assert f"berekend laagste {n(export.min_fluid_temp_c, 1)} °C" in text
        assert f"warmtegeleiding {n(export.conductivity_w_mk, 2)} W/mK" in text
    for home in pack.homes:
        assert f"{home.heat_pump_kw} kW ({n(home.design_load_kw, 1)} kW)" in text
        assert f"{n(home.supply_temp_c)} °C" in text
        assert n(home.seasonal_cop, 1) in text
    for line in pack.lines:
        assert line.description_nl in text
        assert line.number in text
    for milestone in pack.planning.milestones:
        assert milestone.date.strftime("%d-%m-%Y") in text
    for item in pack.permits:
        assert item.title_nl in text
    assert "Offerte uiterlijk 29-12-2026" in text
    assert document.images and all(png.startswith(b"\x89PNG") for png in document.images.values())
    english = _text(build_tender_document(pack, language="en", today=TODAY))
    assert "Bill of quantities" in english and "Who does what" in english


def test_bill_of_quantities_workbook(tendered, tmp_path):
    _, _, pack = tendered
    path = write_boq(pack, tmp_path / "staat.xlsx", with_budget=True, today=TODAY)
    from openpyxl import load_workbook

    sheet = load_workbook(path)[SHEET]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    for line in pack.lines:
        row = rows[line.id]
        quantity = sheet.cell(row, COL["qty"]).value
        assert quantity == pytest.approx(line.quantity, abs=0.05)
        assert sheet.cell(row, COL["amount"] + 2).value == pytest.approx(line.indicative_amount_eur, abs=0.005)
        amount = sheet.cell(row, COL["amount"]).value
        if line.in_quote:
            assert amount.startswith("=IF(")
            assert sheet.cell(row, COL["price"]).protection.locked is False
        else:
            assert amount == "niet in deze offerte"
    assert sheet.protection.sheet
    without = build_workbook(pack, today=TODAY)[SHEET]
    assert without.cell(5, COL["amount"] + 2).value is None  # no indicative column unless asked


def test_filled_in_workbook_read_back(tendered, tmp_path):
    _, _, pack = tendered
    path = write_boq(pack, tmp_path / "staat.xlsx", today=TODAY)
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    drilling = next(line for line in pack.lines if line.key == "drilling")
    sheet.cell(rows[drilling.id], COL["price"], 70)
    sheet.cell(rows[drilling.id], COL["own_qty"], "250")
    sheet.cell(rows["hofje-1:heat_pump"], COL["price"], "10.500,00")
    sheet.cell(rows["hofje-3:heat_pump"], COL["price"], "veel")
    supplier = workbook[SUPPLIER_SHEET]
    supplier["B3"] = "Boorbedrijf Oost"
    supplier["B5"] = "31-03-2027"
    workbook.save(path)
    quote, problems = read_quote(path, {line.id for line in pack.lines})
    assert quote.supplier == "Boorbedrijf Oost" and quote.valid_until == "2027-03-31"
    assert quote.amounts == {drilling.id: 17500.0, "hofje-1:heat_pump": 10500.0}
    assert quote.quantities == {drilling.id: 250.0}
    assert len(problems) == 1 and "geen getal" in problems[0].nl
    # a line no longer in the tender is named by the bill's words for it, not its id 'hofje-1:heat_pump'
    heat_pump = next(line for line in pack.lines if line.id == "hofje-1:heat_pump")
    _, problems = read_quote(path, {line.id for line in pack.lines} - {heat_pump.id})
    said = [p.nl for p in problems if "huidige uitvraag" in p.nl]
    assert said == [f"Regel 3.1 (rij {rows[heat_pump.id]}), ‘Lindehof 1: Water-waterwarmtepomp 5 kW "  # cut at 100 characters
                    "(ontwerpvermogen 4,1 kW, aanvoer 45 °C) leveren, plaatsen, a…’, hoort niet bij de "
                    "huidige uitvraag; overgeslagen."]
    (tmp_path / "leeg.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(BoqError):
        read_quote(tmp_path / "leeg.xlsx")


def test_decision_record_lists_open_permits_and_homes_not_signed(tendered):
    scope, results, _ = tendered
    scope = copy.deepcopy(scope)
    tender = scope.project.tender
    quote = Quote(supplier="Boorbedrijf Oost", amounts={"shared-C1:drilling": 17000.0})
    tender.quotes = [quote]
    tender.decision.quote_id = quote.id
    tender.decision.organisation_model = "self_management"
    tender.decision.agreements = [Agreement("hofje-1", "signed", "2027-01-20"), Agreement("hofje-7", "declined", "2027-01-21")]
    tender.decision.opt_out_terms = "Kosteloos tot de opdracht aan de aannemer."
    tender.settings.permits = [PermitStatus("ground_loop", "granted")]
    pack = build_tender(scope, results, TODAY)
    record = decision_record(scope, results, pack)
    text = _text(build_decision_document(record, language="nl", today=TODAY))
    section = text.split("Nog niet getekend")[1].split("Uitstappen")[0]
    for label in ("Lindehof 2", "Lindehof 3", "Lindehof 4", "Lindehof 5", "Lindehof 6", "Lindehof 7", "Lindehof 8"):
        assert label in section
    assert "Lindehof 1" not in section
    permits = text.split("nog openstaan")[1]
    for item in record.open_permits:
        assert item.title_nl in permits
    assert "Melding of vergunning gesloten bodemenergiesysteem" not in permits
    assert "businesscase op basis van offerte Boorbedrijf Oost" in text
    assert "20-01-2027" in text
    for row in monthly_per_home(results, record.quote_case):
        assert f"€ {group_thousands(row.quote_monthly_eur)}" in text
    # 'Indicatief p/m' is the tender's (only those who signed), not the € of step 4 and the handouts
    assert "Indicatief: met alleen de woningen van de uitvraag (wie tekende); stap 4 rekent met alle woningen die meedoen." in text
    english = _text(build_decision_document(record, language="en", today=TODAY))
    assert "Indicative: with only the homes in the tender (those who signed); step 4 counts every home that takes part." in english


@pytest.mark.parametrize("language", ["nl", "en"])
def test_one_home_is_said_in_the_singular(language):
    """A tender for the one home that signed read 'voor 1 woningen'; the decision record
    '1 van 1 woningen'. (A cluster is tendered from two signers on now; the documents still
    word one home in the singular: the scope is narrowed to one by hand.)"""
    project = load_example("hofje-8")
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    scope = dataclasses.replace(scope, signed=scope.signed[:1])
    pack = build_tender(scope, results, TODAY)
    assert len(pack.scope.signed) == 1
    texts = [_text(build_tender_document(pack, language=language, today=TODAY)),
             _text(build_decision_document(decision_record(scope, results, pack, today=TODAY), language=language, today=TODAY))]
    assert not [t for t in texts if re.search(r"\b1 (woningen|homes)\b", t)]


def test_a_home_without_a_name_is_named_by_its_address_never_its_id():
    """A home whose name was left empty showed its internal id ('hofje-1') in the tender request,
    the decision record and the layout of its field: now its address names it."""
    project = load_example("hofje-8")
    for household in project.households[:3]:
        household.label = ""
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    pack = build_tender(scope, results, TODAY)
    texts = [_text(build_tender_document(pack, language=language, today=TODAY)) for language in ("nl", "en")]
    texts += [_text(build_decision_document(decision_record(scope, results, pack, today=TODAY), language=language, today=TODAY)) for language in ("nl", "en")]
    for text in texts:
        assert "hofje-1" not in text and "hofje-3" not in text
        assert "Lindehof 1," in text or "Lindehof 1 " in text


def test_the_field_drawing_names_homes_by_number_when_the_names_run_into_each_other():
    """straat-24's drawing printed 'Vogelstraat 6Vogelstraat 8…' in one run: crowded names
    become house numbers; names with room stay whole."""
    from matplotlib.figure import Figure

    from minigrid_app.io.tender_documents import _shorten_if_crowded

    def drawn(pitch_m: float) -> list[str]:
        figure = Figure(figsize=(6.4, 2.4))
        axes = figure.add_subplot(1, 1, 1)
        texts = [axes.text(i * pitch_m, 0, f"Vogelstraat {2 * i + 2}a", ha="center", fontsize=7.5) for i in range(4)]
        axes.set_xlim(-5, 3 * pitch_m + 5)
        axes.set_aspect("equal")
        axes.set_ylim(-5, 5)
        _shorten_if_crowded(figure, texts)
        return [text.get_text() for text in texts]

    assert drawn(4.0) == ["2a", "4a", "6a", "8a"]
    assert drawn(60.0) == ["Vogelstraat 2a", "Vogelstraat 4a", "Vogelstraat 6a", "Vogelstraat 8a"]


def test_the_field_drawing_puts_names_without_a_number_over_lines():
    """'Fam. Van der Zanden-Oosterhuis' and 'Fam. De Boer-Wijnberg' (the names a group may give its homes) ran
    into each other in the tender's drawing ('Zanden-OosterFam. De Boer'): no house number to shorten them to.
    They go over lines as wide as the room between the homes, and no longer run into each other."""
    from matplotlib.figure import Figure

    from minigrid_app.io.tender_documents import _crowded, _shorten_if_crowded

    figure = Figure(figsize=(6.4, 2.4))
    axes = figure.add_subplot(1, 1, 1)
    names = ["Fam. Van der Zanden-Oosterhuis", "Fam. De Boer-Wijnberg", "Fam. Öztürk"]
    texts = [axes.text(i * 8.0, 0, name, ha="center", va="bottom", fontsize=7.5) for i, name in enumerate(names)]
    axes.set_xlim(-5, 21)
    axes.set_aspect("equal")
    axes.set_ylim(-5, 5)
    assert _crowded(figure, texts)
    _shorten_if_crowded(figure, texts)
    assert not _crowded(figure, texts)
    assert [" ".join(text.get_text().split()).replace("- ", "-") for text in texts] == names  # every word kept
    assert all("\n" in text.get_text() for text in texts[:2])


def test_the_field_drawing_puts_a_later_clusters_boreholes_under_its_homes(straat24):
    """straat-24's second cluster (Vogelstraat 30-48) drew its homes from 0 and its borehole at its
    street coordinate, 90 m to the right, with no pipe to it: homes and boreholes now share the
    street's coordinates."""
    from minigrid_app.io.tender_documents import home_positions

    _, _, pack = straat24
    checked = 0
    for export in pack.fields:
        homes = home_positions(pack, export)
        xs = [x for x, _ in export.positions_m]
        assert homes[0][1] - export.spacing_m <= min(xs) and max(xs) <= homes[-1][1] + 2 * export.spacing_m, (homes, xs)
        checked += 1
    assert checked >= 2


def test_the_decision_record_in_english_shows_the_conditions_in_english(tendered):
    """The English record (and the window's step 8) listed the residents' conditions in their stored
    Dutch words ('Niet meer per maand dan nu met gas'); a common condition reads in English, as on
    the evening's papers; a condition in the residents' own words stays as they wrote it."""
    from minigrid_app.core.conditions import condition_text
    from minigrid_app.core.model import Condition

    scope, results, pack = tendered
    scope = copy.deepcopy(scope)
    own = Condition(kind="custom", text="Geen <b>bomen</b> kappen")
    scope.project.conditions = list(scope.project.conditions) + [own]
    record = decision_record(scope, results, pack)
    english = _text(build_decision_document(record, language="en", today=TODAY))
    dutch = _text(build_decision_document(record, language="nl", today=TODAY))
    common = [c for c in scope.project.conditions if c.kind != "custom"]
    assert common
    for condition in common:
        assert condition_text(condition.kind, condition.value, "en") in english
        assert condition.text.strip() not in english
        assert condition.text.strip() in dutch
    assert "Geen <b>bomen</b> kappen" in english and [c.shown("en") for c in record.conditions][-1] == own.text


@pytest.mark.parametrize(("valid_until", "said"), [
    ("3 maanden na dagtekening", "geldig ‘3 maanden na dagtekening’: geen datum"),  # was not checked, without a word
    ("2026-11-30", "was geldig tot 30-11-2026"),
    ("2027-03-01", None),
])
def test_a_validity_that_is_no_date_is_said_in_the_decision_record(tendered, valid_until, said):
    scope, results, pack = tendered
    scope = copy.deepcopy(scope)
    quote = Quote(supplier="Boorbedrijf Oost", amounts={"shared-C1:drilling": 17000.0}, valid_until=valid_until)
    scope.project.tender.quotes = [quote]
    scope.project.tender.decision.quote_id = quote.id
    record = decision_record(scope, results, pack, today=TODAY)
    validity = [w.nl for w in record.warnings if "geldig" in w.nl]
    assert (said in validity[0]) if said else not validity


def test_the_rules_line_says_the_regime_per_network_as_step_3_does(tendered):
    """The tender request and the decision record gave only the group's regime ('ontheffing nodig'
    for 24 homes), while step 3, the report and the CLI also say each cluster's own network's."""
    project = load_example("straat-24")
    for household in project.households:
        household.participation = "signed"
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    assert sorted(len(c.households) for c in results.clusters) == [4] * 6  # 24 homes in 6 clusters of 4
    pack = build_tender(scope, results, TODAY)
    record = decision_record(scope, results, pack, today=TODAY)
    # 24 connections on one network: more than 10, an exemption; 4 on each cluster's own: at most 10, limited
    assert ("Regels (Wet collectieve warmte) Kleine collectieve voorziening: ontheffing nodig (situatie 2) "
            "Als elk cluster een eigen net is, telt elk net ten hoogste 4 aansluitingen: beperkt gereguleerd (situatie 1).") \
        in _text(build_decision_document(record, language="nl", today=TODAY))
    assert ("Rules (Heat Act) Small collective system: exemption needed (situation 2) If every cluster is a network "
            "of its own, each has at most 4 connections: limited regulation (situation 1).") \
        in _text(build_decision_document(record, language="en", today=TODAY))
    _, _, hofje = tendered  # the tender request: hofje-8's 3 signed homes in one cluster
    assert ("Regels (Wet collectieve warmte) Beperkt gereguleerd (situatie 1) Als elk cluster een eigen net is, "
            "telt elk net ten hoogste 3 aansluitingen: beperkt gereguleerd (situatie 1).") \
        in _text(build_tender_document(hofje, language="nl", today=TODAY))


def test_who_does_what_covers_every_cluster_and_says_the_advice_once(straat24):
    """straat-24's 'Wie doet wat' named only Cluster 2's drilling ('Boren van 2 boorgaten van 114 m') for both
    clusters in the tender, the header pipe only Cluster 2 has as everyone's, and a heat pump of one home
    for all; its notes said 'Tekenen meer buren in dit cluster, …' after each of three clusters."""
    _, _, pack = straat24
    assert [export.cluster_name for export in pack.fields] == ["Cluster 2", "Cluster 5"]
    text = _text(build_tender_document(pack, language="nl", today=TODAY))
    scope = text[text.index("Wie doet wat"):text.index("Staat van hoeveelheden")]
    for export in pack.fields:  # each cluster's own boreholes and metres, from the field the engine sized
        holes = export.boreholes
        total = next(line for line in pack.lines if line.key == "drilling" and line.field_id == export.field_id).shown_quantity
        assert (f"{export.cluster_name}: Boren van {holes} boorgat{'en' if holes != 1 else ''} van ") in scope
        if holes != 1:  # the total the bill counts (one borehole's depth is its total: not said twice)
            assert f" m ({group_thousands(total, 1)} m in totaal)" in scope
        else:
            assert f"Boren van 1 boorgat van {group_thousands(total, 1)} m, dubbele U-lus" in scope
    assert [line.cluster_id for line in pack.lines if line.key == "header"] == ["C2"]  # one borehole in Cluster 5
    assert "Cluster 2: Verzamelleiding tussen de boorgaten" in scope
    heat_pumps = {line.description_nl.partition(": ")[2] for line in pack.lines if line.key == "heat_pump"}
    assert len(heat_pumps) == 4 and not any(pump in scope for pump in heat_pumps)  # in the bill, each its own
    assert "Water-waterwarmtepomp per woning (vermogen, ontwerpvermogen en aanvoer per woning" in scope
    cooks_on_gas = [line.description_nl.partition(": ")[0] for line in pack.lines if line.key == "induction"]
    assert cooks_on_gas == ["Vogelstraat 12", "Vogelstraat 18", "Vogelstraat 42"]  # not Vogelstraat 48
    assert "Vogelstraat 12, Vogelstraat 18 en Vogelstraat 42: Inductiekookplaat met groep" in scope
    assert text.count("Tekenen meer buren in") == 1 and text.count("1 van 4 woningen getekend") == 3
    english = _text(build_tender_document(pack, language="en", today=TODAY))
    assert "Cluster 5: Drilling 1 borehole of 98.6 m, placing" in english and "98.6 m in total" not in english
    assert english.count("When more neighbours") == 1


def _regrouped(change) -> list:
    """The bill lines of hofje-8's tender (Lindehof 1, 3 and 7 in 'Cluster 1') after ``change(project)``."""
    project = change(signers_together(load_example("hofje-8")))
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    return build_tender(scope, results, TODAY).lines


def test_a_workbook_says_which_homes_a_cluster_is_and_a_regrouped_cluster_gets_no_prices(tendered, tmp_path):
    """A workbook read back matched a cluster's prices by line id alone ('shared-C1:drilling'): priced for
    Lindehof 1, 3 and 7, they went to a 'Cluster 1' of Lindehof 1 and 3 without a word. The workbook now
    names each cluster's homes (sheet 'Clusters'); read back, other homes are said and not priced."""
    from openpyxl import load_workbook

    _, _, pack = tendered
    path = write_boq(pack, tmp_path / "staat.xlsx", today=TODAY)
    workbook = load_workbook(path)
    clusters = workbook["Clusters"]
    assert [[cell.value for cell in row] for row in clusters.iter_rows(min_row=4, max_row=5)] == [
        ["Cluster", "Woningen", "Kenmerk cluster", "Kenmerken woningen"],
        ["Cluster 1", "Lindehof 1\nLindehof 3\nLindehof 7", "shared-C1", "hofje-1, hofje-3, hofje-7"]]
    sheet = workbook[SHEET]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    sheet.cell(rows["shared-C1:drilling"], COL["price"], 70)
    sheet.cell(rows["hofje-1:heat_pump"], COL["price"], 10500)
    workbook.save(path)
    drilled = next(line for line in pack.lines if line.id == "shared-C1:drilling").shown_quantity

    def declined(project):  # Lindehof 7 no longer takes part: Cluster 1 is Lindehof 1 and 3
        project.household("hofje-7").participation = "declined"
        return project

    quote, problems = read_quote(path, lines=_regrouped(declined))
    assert quote.amounts == {"hofje-1:heat_pump": 10500.0}  # a home's own line stays with the home
    assert [p.nl for p in problems][0] == (
        "staat.xlsx: de prijzen voor Cluster 1 zijn gegeven voor Lindehof 1, Lindehof 3 en Lindehof 7; Cluster 1 van de "
        "uitvraag is nu Lindehof 1 en Lindehof 3. Geen cluster van de uitvraag heeft nu precies die woningen, dus deze "
        "prijzen zijn niet ingelezen (ze horen niet bij andere woningen). Vraag de aanbieder een offerte voor de "
        "uitvraag zoals die nu is.")

    def renamed(project):  # the same homes under another id: the prices go with the homes
        project.clusters.manual[-1].id, project.clusters.manual[-1].name = "cl-hofje", "Hofje"
        for household in project.households:
            household.cluster = "cl-hofje" if household.cluster == "C1" else household.cluster
        return project

    quote, problems = read_quote(path, lines=_regrouped(renamed))
    assert quote.amounts == {"shared-cl-hofje:drilling": pytest.approx(70 * drilled, abs=0.005), "hofje-1:heat_pump": 10500.0}
    assert [p.nl for p in problems][0] == ("staat.xlsx: de prijzen voor Cluster 1 zijn gegeven voor Lindehof 1, "
                                           "Lindehof 3 en Lindehof 7; die woningen zijn in de uitvraag nu Hofje. Daar "
                                           "ingelezen.")


def test_a_cluster_and_a_home_whose_names_hold_the_separators_round_trip(tmp_path):
    """The owner of a bill line was read back from its description at ': ': a cluster 'Hof: noord' became
    'Hof' (and its drilling 'noord: Boren …'); the homes of the sheet 'Clusters' at ',': 'Lindehof 1, achter'
    became two homes. Each name now stays whole, in the scope, the sheet and what reading back says."""
    from minigrid_app.core.tender import scope_sections
    from minigrid_app.io.boq_xlsx import read_quote

    def named(project):
        project.clusters.manual[-1].name = "Hof: noord"
        project.household("hofje-1").label = "Lindehof 1, achter"
        return project

    project = named(signers_together(load_example("hofje-8")))
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    pack = build_tender(scope, results, TODAY)
    drilling = next(line for line in pack.lines if line.key == "drilling")
    assert drilling.owner == "Hof: noord" and drilling.item("nl").startswith("Boren van ")
    items = [item.text_nl for section in scope_sections(pack.lines, pack.settings, results.parameters) for item in section.items]
    assert drilling.item("nl") in items  # the one cluster's drilling is everyone's: said without a name
    assert not any(text.startswith("noord: ") for text in items)
    # a list of names holding ', ' puts '; ' between them: 'Lindehof 1, achter, Lindehof 2' read as three homes
    said = _text(build_tender_document(pack, today=TODAY))
    assert "Woningen in deze uitvraag Lindehof 1, achter; Lindehof 3; Lindehof 7 (getekende" in said
    assert "Hof: noord: Lindehof 1, achter; Lindehof 3; Lindehof 7 Boorgaten" in said
    path = write_boq(pack, tmp_path / "staat.xlsx", today=TODAY)

    def declined(project):  # Lindehof 7 no longer takes part: the cluster is Lindehof 1 and 3
        project.household("hofje-7").participation = "declined"
        return named(project)

    _, problems = read_quote(path, lines=_regrouped(declined))
    assert problems[0].nl == (
        "staat.xlsx: de prijzen voor Hof: noord zijn gegeven voor Lindehof 1, achter; Lindehof 3 en Lindehof 7; "
        "Hof: noord van de uitvraag is nu Lindehof 1, achter en Lindehof 3. Geen cluster van de uitvraag heeft nu "
        "precies die woningen, dus deze prijzen zijn niet ingelezen (ze horen niet bij andere woningen). Vraag de "
        "aanbieder een offerte voor de uitvraag zoals die nu is.")
