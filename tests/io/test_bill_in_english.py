"""The bill of quantities goes out in the language of the tender request it comes with, and reads back either way.

Before, ``minigrid tender --lang en`` (and step 6 in English) wrote an English tender request with a
Dutch bill beside it: 'Staat van hoeveelheden', 'Boren van 2 boorgaten …', 'Eenheidsprijs incl. btw'.
Now the workbook's sheets, headers, lines, units, parties, sums and the supplier's sheet follow the
language; the line ids (what is read back) are the same in both, and a filled-in bill of either
language reads to the same quote.
"""

from __future__ import annotations

import datetime

import pytest
from openpyxl import load_workbook

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.tender import UNIT_LABELS, build_tender, tender_scope
from minigrid_app.core.tender_model import PARTY_LABELS
from minigrid_app.io.boq_write import HEADERS_EN
from minigrid_app.io.boq_xlsx import COL, SHEETS, SUPPLIER_SHEETS, BoqError, read_quote, write_boq
from minigrid_app.io.examples import load_example
from tests.signers_together import signers_together

TODAY = datetime.date(2026, 12, 1)
PUMP = "hofje-1:heat_pump"


@pytest.fixture(scope="module")
def pack():
    scope = tender_scope(signers_together(load_example("hofje-8")))
    return build_tender(scope, compute_project(scope.project, break_even=False, sensitivity=False), TODAY)


@pytest.fixture(scope="module")
def bills(pack, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bills")
    return {language: write_boq(pack, folder / f"{language}.xlsx", today=TODAY, language=language) for language in ("nl", "en")}


def _texts(sheet) -> str:
    return " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str))


def test_the_english_bill_is_english_with_the_same_lines(pack, bills):
    workbook = load_workbook(bills["en"])
    assert workbook.sheetnames == [SHEETS["en"], SUPPLIER_SHEETS["en"], "Clusters"]
    sheet = workbook[SHEETS["en"]]
    header = next(row for row in range(1, 10) if sheet.cell(row, COL["id"]).value == "Line")
    assert tuple(sheet.cell(header, column).value for column in range(1, len(HEADERS_EN) + 1)) == HEADERS_EN
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(header + 1, sheet.max_row + 1)}
    for line in pack.lines:  # every line, in English, with the same id and quantity
        row = rows[line.id]
        assert sheet.cell(row, COL["text"]).value == line.description_en
        assert sheet.cell(row, COL["party"]).value == PARTY_LABELS[line.party][1]
        assert sheet.cell(row, COL["unit"]).value == UNIT_LABELS[line.unit][1]
        assert sheet.cell(row, COL["qty"]).value == line.shown_quantity
    said = _texts(sheet) + _texts(workbook[SUPPLIER_SHEETS["en"]]) + _texts(workbook["Clusters"])
    for dutch in ("Staat van", "Vul per regel", "Subtotaal", "Totaal eenmalig", "niet in deze offerte", "Boren van",
                  "Eenheidsprijs", "Naam aanbieder", "Welke woningen", "Woningen"):
        assert dutch not in said
    assert "Total one-off, incl. VAT" in said and "Name of supplier" in said


def _filled(path, out, supplier_row_offset: int = 0):
    workbook = load_workbook(path)
    sheet = workbook[workbook.sheetnames[0]]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    drilling = next(key for key in rows if isinstance(key, str) and key.endswith(":drilling"))
    sheet.cell(rows[drilling], COL["price"], 52.5)
    sheet.cell(rows[PUMP], COL["price"], 9100)
    sheet.cell(rows[PUMP], COL["own_qty"], 2)
    supplier = workbook[workbook.sheetnames[1]]
    supplier.cell(3, 2, "Boor & Zn")
    supplier.cell(4, 2, "01-12-2026")
    supplier.cell(5, 2, "03-03-2027")
    workbook.save(out)
    return out, drilling


def test_a_filled_in_english_bill_reads_as_the_dutch_one(pack, bills, tmp_path):
    read = {}
    for language, path in bills.items():
        filled, drilling = _filled(path, tmp_path / f"{language}.xlsx")
        read[language] = read_quote(filled, lines=pack.lines, project_name=pack.scope.project.intake.name)
    (dutch, said_nl), (english, said_en) = read["nl"], read["en"]
    line = next(line for line in pack.lines if line.id == drilling)
    assert english.amounts == dutch.amounts == {drilling: pytest.approx(52.5 * line.shown_quantity), PUMP: 18200.0}
    assert (english.supplier, english.date, english.valid_until) == ("Boor & Zn", "2026-12-01", "2027-03-03")
    assert (english.supplier, english.date, english.valid_until) == (dutch.supplier, dutch.date, dutch.valid_until)
    # the sums, the lines not in the quote and the sheet's own name are no supplier's extra or copy
    assert english.notes == dutch.notes == ""
    assert [p.en.removeprefix("en.xlsx") for p in said_en] == [p.en.removeprefix("nl.xlsx") for p in said_nl]


def test_an_english_price_header_without_vat_refuses_the_bill(pack, bills, tmp_path):
    workbook = load_workbook(bills["en"])
    sheet = workbook[SHEETS["en"]]
    header = next(row for row in range(1, 10) if sheet.cell(row, COL["id"]).value == "Line")
    sheet.cell(header, COL["price"], "Unit price excl. VAT (€)")
    workbook.save(tmp_path / "excl.xlsx")
    with pytest.raises(BoqError) as raised:
        read_quote(tmp_path / "excl.xlsx", lines=pack.lines)
    assert "without VAT" in raised.value.problem.en and "Unit price excl. VAT" in raised.value.problem.en


def test_an_english_bill_of_another_project_is_said(pack, bills, tmp_path):
    _quote, problems = read_quote(bills["en"], lines=pack.lines, project_name="Lindehof")
    assert any("was made for project" in p.en and "Lindehof" in p.en for p in problems)
