"""What a supplier writes outside the unit-price cell of a filled-in bill (step 7) is never lost or contradicted.

Each case failed before: an own quantity typed as a formula a program without calculation saved
(no value) was silently replaced by the tender's quantity; a lump sum typed in 'Bedrag' without
a unit price vanished ("geen enkele regel heeft een prijs"); an amount that was the price plus
21 % VAT was silently replaced by the price; a discount row priced in 'Bedrag' vanished; a
header, a note or the supplier's remarks saying "exclusief btw" were not said; prices on a
copied or renamed sheet were not read.
"""

from __future__ import annotations

import datetime

import pytest
from openpyxl import load_workbook

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.quote_entry import read_price, read_quantity, says_excl_vat
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.io.boq_xlsx import COL, SHEET, SUPPLIER_SHEET, BoqError, read_quote, write_boq
from minigrid_app.io.examples import load_example
from tests.signers_together import signers_together

TODAY = datetime.date(2026, 12, 1)
PUMP = "hofje-1:heat_pump"  # quantity 1 st.


@pytest.fixture(scope="module")
def pack():
    scope = tender_scope(signers_together(load_example("hofje-8")))
    return build_tender(scope, compute_project(scope.project, break_even=False, sensitivity=False), TODAY)


@pytest.fixture(scope="module")
def drilling(pack):
    line = next(line for line in pack.lines if line.key == "drilling")
    assert round(line.quantity, 1) == 227.1  # the quantity the sheet shows; the amounts below are by hand
    return line


@pytest.fixture(scope="module")
def blank(pack, tmp_path_factory):
    path = tmp_path_factory.mktemp("boq") / "staat.xlsx"
    write_boq(pack, path, today=TODAY)
    return path


def _edited(blank, path, edit):
    workbook = load_workbook(blank)
    sheet = workbook[SHEET]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    edit(workbook, sheet, rows)
    workbook.save(path)
    return path


def _said(problems) -> str:
    return " ".join(problem.nl for problem in problems)


def test_an_own_quantity_formula_without_a_value_is_said_not_replaced(pack, drilling, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[drilling.id], COL["price"], 50)
        sheet.cell(rows[drilling.id], COL["own_qty"], "=100*3")
        sheet.cell(rows[PUMP], COL["price"], 9000)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: 9000.0}  # was 50 × 227.1 = 11 355: the tender's quantity, silently
    assert "=100*3" in _said(problems) and "formule" in _said(problems)


def test_an_amount_without_a_unit_price_is_taken_for_the_whole_line_and_said(pack, drilling, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[PUMP], COL["amount"], 9000)
        sheet.cell(rows[drilling.id], COL["amount"], "€ 12.000,-")
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: 9000.0, drilling.id: 12000.0}
    assert "geen eenheidsprijs" in _said(problems)
    assert "geen enkele regel" not in _said(problems)


@pytest.mark.parametrize(("amount", "taken", "vat_said"), [
    (10890, None, True),  # 9 000 + 21 %: the unit price is without VAT
    (9500, None, False),
    (9000.4, 9000.0, False),  # typed to the cent
])
def test_an_amount_that_differs_from_price_times_quantity_is_said_and_not_taken(pack, blank, tmp_path, amount, taken,
                                                                              vat_said):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[PUMP], COL["price"], 9000)
        sheet.cell(rows[PUMP], COL["amount"], amount)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts.get(PUMP) == taken
    said = _said(problems)
    assert ("€ 9.000,00" in said) == (taken is None)
    assert ("21% btw" in said) == vat_said


def test_an_amount_rounded_to_whole_euros_agrees(pack, drilling, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[drilling.id], COL["price"], 65.5)
        sheet.cell(rows[drilling.id], COL["amount"], 14875)  # 65,50 × 227,1 = 14 875,05
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {drilling.id: 14875.05}
    assert not problems


def test_a_discount_or_extra_work_priced_in_the_amount_column_is_kept_and_said(pack, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[PUMP], COL["price"], 9000)
        last = sheet.max_row
        sheet.cell(last + 2, COL["text"], "Korting bij opdracht voor 1 maart")
        sheet.cell(last + 2, COL["amount"], -2500)
        sheet.cell(last + 3, COL["text"], "Meerwerk proefboring")
        sheet.cell(last + 3, COL["amount"], 5000)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: 9000.0}
    assert "Korting bij opdracht voor 1 maart: -2500" in quote.notes
    assert "Meerwerk proefboring: € 5.000,00" in quote.notes
    assert "Korting bij opdracht" in _said(problems) and "Meerwerk proefboring" in _said(problems)


@pytest.mark.parametrize("text", ["€ 9.000 ex btw", "9000 + btw", "9.000 excl. 21% BTW", "9000 exclusief de btw",
                                  "9000, btw verlegd"])
def test_a_price_without_vat_is_never_taken_as_one_with(text):
    assert says_excl_vat(text)
    reading = read_price(text)
    assert reading.value is None and reading.how == "excl_vat"


@pytest.mark.parametrize("text", ["inclusief btw", "incl. 21% btw", "9000", "Excelsior BV", "btw-nummer NL123"])
def test_words_that_do_not_exclude_vat(text):
    assert not says_excl_vat(text)


def test_a_price_header_that_says_without_vat_is_refused_in_those_words(pack, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.cell(5, COL["price"], "Eenheidsprijs excl. btw (€)")
        sheet.cell(rows[PUMP], COL["price"], 9000)
    with pytest.raises(BoqError) as raised:
        read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert "exclusief btw" in raised.value.problem.nl and "Eenheidsprijs excl. btw" in raised.value.problem.nl


@pytest.mark.parametrize("where", ["supplier_notes", "line_note"])
def test_a_remark_that_prices_exclude_vat_is_said_first(pack, blank, tmp_path, where):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[PUMP], COL["price"], 9000)
        if where == "supplier_notes":
            workbook[SUPPLIER_SHEET]["B7"] = "Alle prijzen zijn exclusief 21% btw."
        else:
            sheet.cell(rows[PUMP], COL["note"], "prijs excl. btw")
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: 9000.0}
    assert "exclusief btw" in problems[0].nl and "inclusief btw" in problems[0].nl


def test_prices_on_a_copied_sheet_are_read_and_said(pack, blank, tmp_path):
    def edit(workbook, sheet, rows):
        copy = workbook.copy_worksheet(sheet)
        copy.title = "Offerte Boorbedrijf"
        copy.cell(rows[PUMP], COL["price"], 9000)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: 9000.0}
    assert "Offerte Boorbedrijf" in _said(problems)


def test_prices_on_two_sheets_read_the_bill_and_say_the_other(pack, blank, tmp_path):
    def edit(workbook, sheet, rows):
        copy = workbook.copy_worksheet(sheet)
        copy.title = "Variant B"
        copy.cell(rows[PUMP], COL["price"], 8000)
        sheet.cell(rows[PUMP], COL["price"], 9000)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: 9000.0}
    assert "Variant B" in _said(problems) and "niet ingelezen" in _said(problems)


def test_a_renamed_bill_sheet_is_read_and_said(pack, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.title = "Offerte"
        sheet.cell(rows[PUMP], COL["price"], 9000)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: 9000.0}
    assert "Offerte" in _said(problems)


@pytest.mark.parametrize(("text", "value", "how"), [
    ("9.000 incl. btw", 9000.0, "ok"),  # what the bill asks for: was 'geen getal'
    ("€ 9.000,- (incl. 21% BTW)", 9000.0, "ok"),  # was 'remark', doubtful
    ("incl. btw", None, "no_price"),  # was € 0, 'zit in een andere regel'
    ("inclusief 21% btw", None, "no_price"),
    ("incl. montage", 0.0, "included"),
    ("inbegrepen, incl. btw", 0.0, "included"),
])
def test_a_price_said_to_include_vat(text, value, how):
    reading = read_price(text)
    assert (reading.value, reading.how) == (value, how)


@pytest.mark.parametrize(("text", "value"), [
    ("€ 55,- per m1", 55.0), ("€55,00/m1", 55.0), ("55 p/m", 55.0), ("55 per meter", 55.0),  # were 'geen getal'
    ("€ 9.000 p/st", 9000.0), ("€ 9.000,- per stuk", 9000.0), ("9000 per woning", 9000.0), ("€ 1.250,- /post", 1250.0),
])
def test_a_unit_price_per_the_bills_unit(text, value):
    reading = read_price(text, unit_price=True)
    assert (reading.value, reading.nl) == (value, "")


@pytest.mark.parametrize(("text", "value"), [
    ("250 m1", 250.0), ("1.250 mtr", 1250.0), ("227,1 str. m", 227.1), ("1 post", 1.0), ("1 ps", 1.0),  # were 'geen getal'
])
def test_a_quantity_in_the_units_dutch_quotes_write(text, value):
    assert read_quantity(text).value == value


def test_a_quantity_and_price_written_with_units_price_the_line(pack, drilling, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[drilling.id], COL["price"], "€ 55,- per m1")
        sheet.cell(rows[drilling.id], COL["own_qty"], "230 m1")
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {drilling.id: 12650.0} and quote.quantities == {drilling.id: 230.0}  # 55 × 230
    assert not problems


def _with_cached_amounts(path, values: dict[int, float]):
    """The bill as a spreadsheet program saves it: the amount formula of each row with its calculated value."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode("utf-8")
    letter = "ABCDEFGHIJ"[COL["amount"] - 1]
    for row, value in values.items():
        xml, found = re.subn(rf'(<c r="{letter}{row}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{value}</v>", xml)
        assert found == 1
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as target:
        for part, data in parts.items():
            target.writestr(part, data)
    return path


def test_a_recalculated_bill_is_read_as_before_and_a_text_price_its_program_misread_is_said(pack, blank, tmp_path):
    """LibreOffice in English multiplies the text '12.500' as 12,50; the amount the bill's formula calculated
    is the program's reading of text, not the supplier's figure: 12 500 is taken (as before) and the difference
    said. A number price whose calculated amount agrees is taken without a word."""
    rows = {}

    def edit(workbook, sheet, found):
        rows.update(found)
        sheet.cell(found[PUMP], COL["price"], "12.500")
        sheet.cell(found["hofje-3:heat_pump"], COL["price"], 9300)
    path = _edited(blank, tmp_path / "s.xlsx", edit)
    _with_cached_amounts(path, {rows[PUMP]: 12.5, rows["hofje-3:heat_pump"]: 9300})
    quote, problems = read_quote(path, lines=pack.lines)
    assert quote.amounts == {PUMP: 12500.0, "hofje-3:heat_pump": 9300.0}
    assert len(problems) == 1 and "€ 12,50" in problems[0].nl and "€ 12.500,00" in problems[0].nl


@pytest.mark.parametrize(("written", "amount", "quantity", "said"), [
    (250, 12500.0, 250.0, "veranderd van 227,1 m in 250 m; als de hoeveelheid van de aanbieder"),  # 50 × 250: was not recorded
    (None, 11355.0, None, "die van de uitvraag (227,1 m)"),  # 50 × 227,1: was 50 × 1, silently
    ("veel", 11355.0, None, "die van de uitvraag (227,1 m)"),
])
def test_a_changed_or_emptied_bill_quantity_is_said(pack, drilling, blank, tmp_path, written, amount, quantity, said):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[drilling.id], COL["price"], 50)
        sheet.cell(rows[drilling.id], COL["qty"]).value = written
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {drilling.id: amount}
    assert quote.quantities.get(drilling.id) == quantity
    assert said in _said(problems)


def _ods() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("offerte.ods", _ods(), "een OpenDocument-rekenblad (.ods)"),  # was 'een OpenDocument-bestand', and no way out
    ("offerte.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "een oud Office-bestand (.xls of .doc)"),
])
def test_a_bill_saved_in_another_spreadsheet_format_says_how_to_save_it(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BoqError) as raised:
        read_quote(path)
    assert raised.value.problem.nl == (f"{name} is {kind}, geen Excel-werkmap. Open het in Excel of LibreOffice en sla "
                                       "het op als Excel-werkmap (.xlsx). Kies de ingevulde staat van hoeveelheden (.xlsx).")


def test_a_validity_that_is_no_date_is_kept_and_said(pack, blank, tmp_path):
    def edit(workbook, sheet, rows):
        sheet.cell(rows[PUMP], COL["price"], 9000)
        workbook[SUPPLIER_SHEET]["B4"] = "1-12-2026"
        workbook[SUPPLIER_SHEET]["B5"] = "3 maanden na dagtekening"
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert (quote.date, quote.valid_until) == ("2026-12-01", "3 maanden na dagtekening")
    assert "‘Geldig tot’ is ‘3 maanden na dagtekening’, geen datum" in _said(problems)


def test_a_price_per_unit_is_no_amount_for_a_whole_line():
    """The quotes table's cell and the bill's 'Bedrag' are a line's amount: '€ 55 per m1' there was EUR 55 for
    227,1 m of drilling once unit prices were read; it is refused and said (a line of quantity 1 takes it)."""
    reading = read_price("€ 55,- per m1")
    assert reading.value is None and "prijs per eenheid" in reading.nl
    assert read_price("€ 55,- per m1", unit_price=True).value == 55.0


def test_the_quotes_table_refuses_a_price_per_unit_for_a_line_of_many(qtbot, drilling):
    from PySide6.QtCore import Qt

    from minigrid_app.core.tender_model import Quote
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.models.tender_models import QuotesModel
    from minigrid_app.ui.services.tasks import SyncRunner
    from minigrid_app.ui.services.tender_service import TenderService

    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    document.project.tender.quotes = [Quote(supplier="Oost")]
    service = TenderService(document)
    service.refresh()
    model = QuotesModel(document, service)
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Oost")
    rows = {model._rows[r].id: r for r in range(model.rowCount())}
    assert not model.setData(model.index(rows[drilling.id], column), "€ 55,- per m1")
    assert model.setData(model.index(rows[PUMP], column), "€ 9.000 per stuk")  # quantity 1: the amount
    assert document.project.tender.quotes[0].amounts == {PUMP: 9000.0}


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("€ 55,- per m1", "m", 55.0),
    ("€ 55,- per m1", "post", None),  # a lump-sum line priced per metre: was EUR 55 for the whole line
    ("€ 9.000 per woning", "m", None),  # per home on a metre line: was 9 000 × 227,1 m
    ("€ 9.000 per woning", "st", 9000.0),
    ("€ 3.000 per woning", "post", 3000.0),
    ("€ 1.250,- /post", "post", 1250.0),
    ("€ 1.250,- /post", "st", None),
])
def test_a_price_per_another_unit_than_the_lines_is_said(text, unit, value):
    reading = read_price(text, unit_price=True, unit=unit)
    assert reading.value == value
    assert ("deze regel rekent in" in reading.nl) == (value is None)


def test_the_english_notes_write_amounts_the_english_way(pack, drilling, blank, tmp_path):
    """'--lang en' and the English window said 'the unit price € 17.100,00 makes € 3.883.410,00': the reader's
    English sentences wrote euros with the Dutch decimal comma (walk of session 17)."""
    def edit(workbook, sheet, rows):
        sheet.cell(rows[drilling.id], COL["price"], 17100)  # the whole line's amount in the unit-price column
        sheet.cell(rows[PUMP], COL["amount"], 9000)  # an amount without a unit price
        sheet.cell(sheet.max_row + 2, COL["text"], "Meerwerk proefboring")
        sheet.cell(sheet.max_row, COL["amount"], 5000)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    english = " ".join(problem.en for problem in problems)
    assert "the unit price € 17,100.00 makes € 3,883,410.00" in english
    assert "only an amount (€ 9,000.00)" in english
    assert "(‘Meerwerk proefboring’, € 5,000.00)" in english
    assert "€ 17.100,00" in _said(problems) and "€ 17.100,00" not in english


@pytest.mark.parametrize(("price", "said_nl", "said_en"), [
    (98000, "keer de indicatieve prijs", "times the indicative price"),  # a zero too many
    (980, "minder dan een vijfde van de indicatieve prijs", "less than a fifth of the indicative price"),  # one too few
])
def test_a_price_ten_times_off_is_taken_and_asked_about(pack, blank, tmp_path, price, said_nl, said_en):
    """A heat pump of € 98.000 (the indicative € 9.000-odd) was read without a word: the comparison showed only ▲
    (walk of session 17)."""
    pump = next(line for line in pack.lines if line.id == PUMP)

    def edit(workbook, sheet, rows):
        sheet.cell(rows[PUMP], COL["price"], price)
    quote, problems = read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)
    assert quote.amounts == {PUMP: float(price)}  # taken as written
    assert len(problems) == 1 and problems[0].row is not None
    assert said_nl in problems[0].nl and said_en in problems[0].en
    assert f"€ {round(pump.indicative_amount_eur):,}".replace(",", ".") in problems[0].nl


def test_a_price_near_the_indicative_one_needs_no_word(pack, blank, tmp_path):
    pump = next(line for line in pack.lines if line.id == PUMP)

    def edit(workbook, sheet, rows):
        sheet.cell(rows[PUMP], COL["price"], round(pump.indicative_amount_eur * 3))
    assert read_quote(_edited(blank, tmp_path / "s.xlsx", edit), lines=pack.lines)[1] == []
