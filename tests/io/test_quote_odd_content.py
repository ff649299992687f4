"""A filled-in bill of quantities with what suppliers really write (issue 18, step 7).

Each case failed before: a Dutch "12.500" was read as € 12,50, "1,180" silently as 1,18,
'€ 2.500,-' and 'inbegrepen' were refused, a price of 10^12 went in (and the next load of the
project dropped it), a formula's calculated price was refused, a supplier's extra row with
€ 5 000 of extra work vanished without a word, and a workbook of another project became a
quote with no prices. The quotes table (typing) and the workbook read a price the same way.
"""

from __future__ import annotations

import datetime
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.quote_entry import add_quote, read_price, read_quantity
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.core.tender_model import MAX_QUOTES, QUOTE_AMOUNT_LIMIT, Quote
from minigrid_app.io.boq_xlsx import COL, SHEET, SUPPLIER_SHEET, BoqError, read_quote, write_boq
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import load_project, save_project
from tests.signers_together import signers_together

TODAY = datetime.date(2026, 12, 1)

#: (as written, € read or None, said)
PRICES = [
    (70, 70.0, False),
    ("12.500", 12500.0, False),  # the Dutch thousands dot: was € 12,50
    ("€ 1.234", 1234.0, False),
    ("€ 2.500,-", 2500.0, False),
    ("1.234.567,89", 1234567.89, False),
    ("1,180", None, True),  # 1,18 or 1 180: asked, never silent
    ("ca. 1200", 1200.0, True),
    ("inbegrepen", 0.0, True),
    ("zit in regel 1.1", 0.0, True),
    ("PM", None, True),
    ("n.v.t.", None, True),  # was silently empty in the table
    (-500, None, True),
    (1e12, None, True),
    (float("inf"), None, True),
    ("€ 1.250,50 excl. btw", None, True),
    ("15 m3", None, True),
    ("veel", None, True),
    (True, None, True),
]


@pytest.mark.parametrize(("written", "value", "said"), PRICES, ids=[repr(p[0]) for p in PRICES])
def test_read_price(written, value, said):
    reading = read_price(written)
    assert reading.value == value
    assert bool(reading.nl) == said


def test_read_quantity():
    assert read_quantity("250 m").value == 250.0
    assert read_quantity("2 st.").value == 2.0
    assert read_quantity("1.250").value == 1250.0
    assert read_quantity(-3).value is None and "negatief" in read_quantity(-3).nl
    assert read_quantity(2e9).value is None


@pytest.fixture(scope="module")
def tendered():
    scope = tender_scope(signers_together(load_example("hofje-8")))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    return scope, build_tender(scope, results, TODAY)


def _filled(pack, path, prices: dict, *, extra_rows=(), supplier="Boorbedrijf Oost"):
    write_boq(pack, path, today=TODAY)
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    for line_id, (price, own) in prices.items():
        sheet.cell(rows[line_id], COL["price"], price)
        if own is not None:
            sheet.cell(rows[line_id], COL["own_qty"], own)
    for offset, (text, price) in enumerate(extra_rows, start=2):
        sheet.cell(sheet.max_row + offset, COL["text"], text)
        sheet.cell(sheet.max_row, COL["price"], price)
    workbook[SUPPLIER_SHEET]["B3"] = supplier
    workbook.save(path)
    return path


def test_odd_content_read_as_written_and_said(tendered, tmp_path):
    _, pack = tendered
    lines = {line.id: line for line in pack.lines}
    drilling = next(line for line in pack.lines if line.key == "drilling")
    path = _filled(pack, tmp_path / "staat.xlsx", {
        drilling.id: ("65,50", None),
        "hofje-1:heat_pump": ("12.500", None),
        "hofje-3:heat_pump": ("€ 11.900,-", "1 st."),
        "hofje-7:heat_pump": ("inbegrepen", None),
        "hofje-1:dhw_tank": ("PM", None),
        "hofje-3:dhw_tank": (-250, None),
        "hofje-7:dhw_tank": (5e11, None),
    }, extra_rows=[("Meerwerk: extra proefboring", 5000)])
    quote, problems = read_quote(path, lines=pack.lines, project_name="Lindehof")
    assert quote.amounts[drilling.id] == pytest.approx(round(65.5 * round(drilling.quantity, 1), 2))  # as the sheet shows it
    assert quote.amounts["hofje-1:heat_pump"] == 12500.0
    assert quote.amounts["hofje-3:heat_pump"] == 11900.0
    assert quote.amounts["hofje-7:heat_pump"] == 0.0
    for line_id in ("hofje-1:dhw_tank", "hofje-3:dhw_tank", "hofje-7:dhw_tank"):
        assert line_id not in quote.amounts
    said = " ".join(p.nl for p in problems)
    for text in ("inbegrepen", "‘PM’", "negatief", "groter dan", "Meerwerk: extra proefboring"):
        assert text in said
    assert "Meerwerk: extra proefboring: € 5.000,00" in quote.notes  # kept, not dropped
    assert all(0 <= amount <= QUOTE_AMOUNT_LIMIT for amount in quote.amounts.values())
    assert lines  # the lines the comparison uses are the pack's


def test_an_ambiguous_price_is_decided_by_the_indicative_one(tendered, tmp_path):
    _, pack = tendered
    pump = next(line for line in pack.lines if line.id == "hofje-1:heat_pump")
    assert pump.indicative_amount_eur > 2000  # so '9,800' can only be 9 800
    path = _filled(pack, tmp_path / "staat.xlsx", {pump.id: ("9,800", None)})
    quote, problems = read_quote(path, lines=pack.lines)
    assert quote.amounts[pump.id] == 9800.0
    assert any("9,800" in p.nl and "controleer" in p.nl for p in problems)


def test_a_workbook_of_another_tender_is_refused(tendered, tmp_path):
    _, pack = tendered
    other = tender_scope(load_example("straat-24"))
    other_pack = build_tender(other, compute_project(other.project, break_even=False, sensitivity=False), TODAY)
    line = next(line for line in other_pack.lines if line.in_quote)
    path = _filled(other_pack, tmp_path / "ander.xlsx", {line.id: (1000, None)})
    with pytest.raises(BoqError) as raised:
        read_quote(path, lines=pack.lines)
    assert "andere uitvraag" in raised.value.problem.nl


def test_a_workbook_made_for_another_project_name_is_said(tendered, tmp_path):
    _, pack = tendered
    path = _filled(pack, tmp_path / "staat.xlsx", {"hofje-1:heat_pump": (9000, None)})
    _, problems = read_quote(path, lines=pack.lines, project_name="Eikenlaan")
    assert "niet voor ‘Eikenlaan’" in problems[0].nl


def test_a_folder_or_a_missing_file_is_said_in_dutch(tmp_path):
    for path, said in ((tmp_path, "map"), (tmp_path / "weg.xlsx", "bestaat niet")):
        with pytest.raises(BoqError) as raised:
            read_quote(path)
        assert said in raised.value.problem.nl
        assert "Errno" not in raised.value.problem.en


def test_what_a_quote_takes_survives_save_and_load(tendered, tmp_path):
    """The entry paths use the project file's limits: nothing read is dropped by the next load."""
    scope, pack = tendered
    prices = {line.id: (QUOTE_AMOUNT_LIMIT * 2, None) for line in pack.lines if line.in_quote}
    prices["hofje-1:heat_pump"] = (9000, None)
    quote, _ = read_quote(_filled(pack, tmp_path / "staat.xlsx", prices), lines=pack.lines)
    project = load_example("hofje-8")
    project.tender.quotes = [quote]
    save_project(project, tmp_path / "p.minigrid")
    loaded = load_project(tmp_path / "p.minigrid")
    assert not loaded.problems
    assert loaded.project.tender.quotes[0].amounts == quote.amounts == {"hofje-1:heat_pump": 9000.0}


def test_the_same_supplier_replaces_and_the_number_of_quotes_is_bounded():
    first = Quote(supplier="Boorbedrijf Oost", amounts={"a": 1.0})
    quotes, replaced = add_quote([], first)
    newer = Quote(supplier="boorbedrijf  oost", amounts={"a": 2.0})
    quotes, replaced = add_quote(quotes, newer)
    assert replaced is first and quotes == [newer] and newer.id == first.id
    full = [Quote(supplier=f"Firma {i}") for i in range(MAX_QUOTES)]
    with pytest.raises(ValueError):
        add_quote(full, Quote(supplier="Nog een"))


def test_the_quotes_table_reads_a_price_as_the_workbook_does(qtbot, tendered, tmp_path):
    """Typing a price and reading it from a filled-in workbook store the same amount (or refuse both)."""
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.models.tender_models import QuotesModel
    from minigrid_app.ui.services.tasks import SyncRunner
    from minigrid_app.ui.services.tender_service import TenderService

    _, pack = tendered
    line_id = "hofje-1:heat_pump"
    assert next(line for line in pack.lines if line.id == line_id).quantity == 1
    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    service = TenderService(document)
    service.refresh()
    model = QuotesModel(document, service)
    messages = []
    model.validationFailed.connect(messages.append)
    for written, _, said in PRICES:
        if not isinstance(written, str):
            continue  # typed text only
        quote, _ = read_quote(_filled(pack, tmp_path / "staat.xlsx", {line_id: (written, None)}), lines=pack.lines)
        document.set_attr(lambda p: p.tender, "quotes", [Quote(supplier="Oost")], "offerte")
        model._reset()
        column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Oost")
        row = next(r for r in range(model.rowCount()) if model._rows[r].id == line_id)
        messages.clear()
        accepted = model.setData(model.index(row, column), written)
        typed = document.project.tender.quotes[0].amounts.get(line_id)
        assert typed == quote.amounts.get(line_id), written
        assert accepted == (typed is not None), written
        assert bool(messages and messages[-1]) == said, written


@pytest.mark.parametrize(("written", "iso"), [
    ("31-3-2027", "2027-03-31"), ("31/03/2027", "2027-03-31"), ("31 maart 2027", "2027-03-31"),
    ("2027-03-31", "2027-03-31"), ("31.03.2027", "2027-03-31"), (datetime.date(2027, 3, 31), "2027-03-31"),
])
def test_a_date_reads_the_same_in_the_workbook_the_tables_and_the_planning(written, iso):
    """Before: the bill of quantities, the permit and agreement tables (tender_planning.parse_date) and the
    rest of the program had three date readers; '31/03/2027' and '31 maart 2027' were refused in the tables."""
    from minigrid_app.core.tender_planning import parse_date as core_date
    from minigrid_app.io.boq_xlsx import _date
    from minigrid_app.ui.locale import parse_date as typed_date

    assert _date(written) == iso
    if isinstance(written, str):
        assert core_date(written).isoformat() == iso
        assert typed_date(written) == iso


def test_a_column_the_supplier_inserted_does_not_shift_the_prices(tendered, tmp_path):
    """Unprotected and a column 'Merk en type' inserted: reading by position took the quantity as the price."""
    _, pack = tendered
    path = _filled(pack, tmp_path / "staat.xlsx", {"hofje-1:heat_pump": (9800, None), "hofje-3:heat_pump": (9900, None)})
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    sheet.protection.sheet = False
    sheet.insert_cols(COL["text"] + 1)
    sheet.cell(5, COL["text"] + 1, "Merk en type")
    workbook.save(path)
    quote, _ = read_quote(path, lines=pack.lines)
    assert quote.amounts == {"hofje-1:heat_pump": 9800.0, "hofje-3:heat_pump": 9900.0}
    sheet.delete_cols(COL["price"] + 1)  # the price column itself removed: said, not guessed
    workbook.save(path)
    with pytest.raises(BoqError):
        read_quote(path, lines=pack.lines)


def test_a_supplier_name_that_is_a_formula_is_not_kept_as_formula_text(tendered, tmp_path):
    """'=A1&" BV"' in the supplier's name cell became the quote's name, formula text and all."""
    _, pack = tendered
    path = _filled(pack, tmp_path / "Boorbedrijf Oost.xlsx", {"hofje-1:heat_pump": (9000, None)}, supplier='=A1&" BV"')
    quote, _ = read_quote(path, lines=pack.lines)
    assert quote.supplier == "Boorbedrijf Oost"  # no calculated value: the file's name


def test_a_line_not_for_the_contractor_is_named_whole(tendered, tmp_path):
    """A price on a grey line read '(Lindehof 1: Gasaansluiting verwijderen (); de prijs is niet
    meegeteld': the line's name cut at 40 characters, inside its brackets, without a sign of the cut."""
    _, pack = tendered
    grey = [line for line in pack.lines if not line.in_quote and line.kind == "investment"]
    assert grey
    path = _filled(pack, tmp_path / "staat.xlsx", {line.id: (1000, None) for line in pack.lines if line.kind == "investment"})
    _quote, problems = read_quote(path, lines=pack.lines, project_name="Lindehof")
    for line in grey:
        assert any(f"({line.description_nl}); de prijs is niet meegeteld" in p.nl for p in problems), line.description_nl
        assert any(f"({line.description_en}); the price is not counted" in p.en for p in problems), line.description_en


def test_the_supplier_sheet_is_read_by_its_labels_and_says_what_it_did_not_read(tendered, tmp_path):
    """A name typed on the empty row under the title was dropped without a word (the fields were read
    by their row), and a row the supplier inserted shifted every field onto the wrong one."""
    _, pack = tendered
    path = _filled(pack, tmp_path / "staat.xlsx", {"hofje-1:heat_pump": (9000, None)}, supplier=None)
    workbook = load_workbook(path)
    workbook[SUPPLIER_SHEET]["B2"] = "Boorbedrijf West"
    workbook.save(path)
    quote, problems = read_quote(path, lines=pack.lines)
    assert any("‘Boorbedrijf West’ in cel B2, naast de vakken; niet gelezen" in p.nl for p in problems), problems
    assert any("‘Boorbedrijf West’ in cell B2, beside the boxes; not read" in p.en for p in problems)

    path = _filled(pack, tmp_path / "ingevoegd.xlsx", {"hofje-1:heat_pump": (9000, None)}, supplier=None)
    workbook = load_workbook(path)
    sheet = workbook[SUPPLIER_SHEET]
    sheet.insert_rows(3)  # a row of the supplier's own above the boxes
    sheet["A3"], sheet["B4"], sheet["B5"], sheet["B7"] = "Ons kenmerk", "Boorbedrijf Oost", "01-12-2026", "J. Jansen"
    sheet["B3"] = "OFF-2026-117"
    workbook.save(path)
    quote, problems = read_quote(path, lines=pack.lines)
    assert (quote.supplier, quote.date) == ("Boorbedrijf Oost", "2026-12-01")
    assert "J. Jansen" in quote.notes
    said = [p.nl for p in problems if "naast de vakken" in p.nl]
    assert said == [f"ingevoegd.xlsx: op het blad ‘{SUPPLIER_SHEET}’ staat ‘Ons kenmerk’ in cel A3, naast de vakken; niet gelezen. "
                    "Controleer de gegevens van de aanbieder.",
                    f"ingevoegd.xlsx: op het blad ‘{SUPPLIER_SHEET}’ staat ‘OFF-2026-117’ in cel B3, naast de vakken; niet gelezen. "
                    "Controleer de gegevens van de aanbieder."]
