"""A filled-in bill's figures are read in the notation they are written in, and the English bill's the English way.

The English bill (``minigrid tender --lang en``) was read back the Dutch way: an English supplier's
"12,500" was 'can mean € 12.5 or € 12,500' (refused where the tender's lines give no price range)
and their "2.100" was € 2.100 without a word. Now a sheet's figures are read in the notation its
typed figures show ('1,250.50', '1.250,50'), else in the bill's language; in the English bill filled
in the English way nothing says 'read in English notation' of every line.
"""

from __future__ import annotations

from openpyxl import load_workbook

from minigrid_app.io.boq_xlsx import COL, read_quote
from tests.io import test_bill_in_english as english

pack, bills = english.pack, english.bills  # the hofje-8 tender, and its bill in either language


def _filled(path, out, prices: dict[str, str]):
    """The bill with ``prices`` (line id's ending → text) typed as text, as a supplier's program keeps '12,500'."""
    workbook = load_workbook(path)
    sheet = workbook[workbook.sheetnames[0]]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    chosen = {}
    for ending, text in prices.items():
        line_id = next(key for key in rows if isinstance(key, str) and key.endswith(ending))
        sheet.cell(rows[line_id], COL["price"], text)
        chosen[line_id] = text
    workbook.save(out)
    return out, chosen


def test_the_english_bill_reads_english_figures_without_a_word(bills, tmp_path):
    path, ids = _filled(bills["en"], tmp_path / "en.xlsx", {"-1:heat_pump": "12,500", "-3:heat_pump": "€ 9,800"})
    quote, problems = read_quote(path)  # without the tender's lines: no price range decides
    assert sorted(quote.amounts.values()) == [9800.0, 12500.0]
    assert not [p.en for p in problems if "12,500" in p.en or "9,800" in p.en]


def test_the_english_bills_dot_and_three_digits_is_asked(pack, bills, tmp_path):
    path, ids = _filled(bills["en"], tmp_path / "en.xlsx", {"-1:heat_pump": "12,500", "-1:dhw_tank": "2.100"})
    tank = next(key for key in ids if key.endswith("dhw_tank"))
    quote, problems = read_quote(path, lines=pack.lines)
    assert quote.amounts[tank] == 2100.0  # the tender's price range decides it, and it is said
    assert any("‘2.100’ can mean € 2.1 or € 2,100" in p.en and "check it" in p.en for p in problems)
    alone, said = read_quote(path)  # nothing decides: not taken, and said
    assert tank not in alone.amounts and any("‘2.100’ can mean" in p.en for p in said)


def test_an_english_bill_filled_in_the_dutch_way_is_read_the_dutch_way(bills, tmp_path):
    path, _ = _filled(bills["en"], tmp_path / "en.xlsx", {"-1:heat_pump": "12.500", "-3:heat_pump": "1.250,50"})
    quote, problems = read_quote(path)
    assert sorted(quote.amounts.values()) == [1250.5, 12500.0]


def test_the_dutch_bill_filled_in_the_english_way_is_read_and_said(bills, tmp_path):
    path, _ = _filled(bills["nl"], tmp_path / "nl.xlsx", {"-1:heat_pump": "12,500", "-3:heat_pump": "1,250.50"})
    quote, problems = read_quote(path)
    assert sorted(quote.amounts.values()) == [1250.5, 12500.0]
    assert any("‘12,500’ in Engelse schrijfwijze gelezen als € 12.500" in p.nl for p in problems)


def test_the_dutch_bill_keeps_the_dutch_way(bills, tmp_path):
    path, ids = _filled(bills["nl"], tmp_path / "nl.xlsx", {"-1:heat_pump": "12.500", "-3:heat_pump": "9,800"})
    quote, problems = read_quote(path)
    assert list(quote.amounts.values()) == [12500.0]  # '9,800' asks: 9,8 or 9.800
    assert any("‘9,800’ kan € 9,8 of € 9.800 betekenen" in p.nl for p in problems)


def test_a_renamed_english_sheet_is_said_with_the_name_it_was_sent_with(bills, tmp_path):
    """'the prices were read from sheet ‘BoQ - Acme’ (not from ‘Staat van hoeveelheden’)' of an English bill."""
    path, _ = _filled(bills["en"], tmp_path / "en.xlsx", {"-1:heat_pump": "12,500"})
    workbook = load_workbook(path)
    workbook[workbook.sheetnames[0]].title = "BoQ - Acme"
    workbook.save(path)
    _quote, problems = read_quote(path)
    said = next(p for p in problems if "BoQ - Acme" in p.en)
    assert "(not from ‘Bill of quantities’)" in said.en and "Staat van" not in said.en


def test_a_merged_price_over_lines_without_a_number_names_rows_in_english(bills, tmp_path):
    """'… over 2 lines (rij 18, rij 19)' in English, where the supplier cleared the lines' numbers."""
    path, ids = _filled(bills["en"], tmp_path / "en.xlsx", {"-1:heat_pump": "12,500"})
    workbook = load_workbook(path)
    sheet = workbook[workbook.sheetnames[0]]
    first = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, COL["id"]).value == next(iter(ids)))
    for row in (first, first + 1):
        sheet.cell(row, COL["nr"]).value = None
    sheet.merge_cells(start_row=first, start_column=COL["price"], end_row=first + 1, end_column=COL["price"])
    workbook.save(path)
    _quote, problems = read_quote(path)
    said = next(p for p in problems if "merged cell" in p.en)
    assert f"(row {first}, row {first + 1})" in said.en and f"(rij {first}, rij {first + 1})" in said.nl
