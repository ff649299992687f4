"""Survey files as residents' spreadsheets really break them, each with its right reading.

Every test failed before its fix; the expected values are read off the file by hand.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest

from minigrid_app.io.survey import (
    DOUBTFUL,
    OK,
    ImportFileError,
    choose_columns,
    convert,
    read_table,
)

TODAY = datetime.date(2025, 6, 1)


def _import(path: Path):
    table = read_table(path)
    plan = choose_columns(table, today=TODAY)
    return plan, convert(plan.table, plan.mapping(), notes=plan.notes)


def _workbook(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_typed_number_too_large_to_round_is_one_doubtful_cell(tmp_path):
    # 1E+308 typed into a gas cell (Excel holds numbers up to 1,8E+308): choosing the columns
    # multiplied it by 1000 to look for a meter reading's three decimals, got infinity and
    # ended in OverflowError (a traceback from import-households, no import in the window)
    path = _workbook(tmp_path / "enquete.xlsx", [
        ["Adres", "Gasverbruik 2023 (m3)", "Bouwjaar"],
        ["Eik 1", 1200, 1980], ["Eik 2", 1300, 1981], ["Eik 3", 1e308, 1982], ["Eik 4", 1450, 1983],
    ])
    plan, report = _import(path)
    assert plan.table.headers[plan.mapping()["gas_m3_per_year"]] == "Gasverbruik 2023 (m3)"
    homes = [row.household for row in report.rows]
    assert [h.label for h in homes] == ["Eik 1", "Eik 2", "Eik 3", "Eik 4"]
    assert [h.gas_m3_per_year for h in homes] == [1200.0, 1300.0, None, 1450.0]
    assert [row.status for row in report.rows] == [OK, OK, DOUBTFUL, OK]
    assert [h.build_year for h in homes] == [1980, 1981, 1982, 1983]


def test_lines_a_spreadsheet_put_in_quotes_are_split_into_their_cells(tmp_path):
    # a ;-survey opened and saved again by a spreadsheet that separates with commas: every line
    # that holds a comma (a decimal comma, a thousands dot does not) comes back in quotes. Before:
    # a home named 'Eik 3;1300,5;1982' without gas use or build year; with every line quoted no
    # column at all was recognised
    path = tmp_path / "opnieuw-opgeslagen.csv"
    path.write_text('Adres;Gasverbruik 2023 (m3);Bouwjaar\nEik 1;1450;1980\n"Eik 3;1300,5;1982"\n'
                    '"Eik 5;1.200;1983"\n', encoding="utf-8")
    plan, report = _import(path)
    homes = [row.household for row in report.rows]
    assert [h.label for h in homes] == ["Eik 1", "Eik 3", "Eik 5"]
    assert [h.gas_m3_per_year for h in homes] == [1450.0, 1300.5, 1200.0]
    assert [h.build_year for h in homes] == [1980, 1982, 1983]
    assert [row.status for row in report.rows] == [OK, OK, OK]

    everything = tmp_path / "alles-tussen-aanhalingstekens.csv"
    everything.write_text('"Adres;Gasverbruik 2023 (m3);Bouwjaar"\n"Eik 1;1450;1980"\n"Eik 2;1200,5;1981"\n',
                          encoding="utf-8")
    plan, report = _import(everything)
    assert plan.table.headers == ["Adres", "Gasverbruik 2023 (m3)", "Bouwjaar"]
    assert [(row.household.label, row.household.gas_m3_per_year) for row in report.rows] == [
        ("Eik 1", 1450.0), ("Eik 2", 1200.5)]


def test_a_quoted_remark_with_the_separator_in_it_stays_one_cell(tmp_path):
    # the line itself has its cells: a remark in quotes keeps its ';' (only a line that is ONE
    # quoted cell is split)
    path = tmp_path / "opmerking.csv"
    path.write_text('Adres;Gasverbruik 2023 (m3);Opmerkingen\nEik 1;1450;"graag; na de zomer"\n', encoding="utf-8")
    _, report = _import(path)
    assert report.rows[0].household.notes == "graag; na de zomer"
    assert report.rows[0].household.gas_m3_per_year == 1450.0


@pytest.mark.parametrize("text, where, swallowed", [
    # a remark typed with an opening quote only: rows 3 and 4 were one remark of 'Eik 1', and
    # the import said nothing of the two homes it left out
    ('Adres;Gasverbruik 2023 (m3);Opmerkingen\nEik 1;1450;"Goed plan\nEik 2;1200;\nEik 3;1300;ok\n',
     "rij 2, kolom C", "Eik 2;1200;"),
    ('Adres;Gasverbruik 2023 (m3);Bouwjaar\n"Eik 1;1450;1980\nEik 2;1200;1981\n', "rij 2, kolom A", "Eik 2;1200;1981"),
])
def test_a_quote_that_is_never_closed_is_named_not_swallowing_the_rows_below(tmp_path, text, where, swallowed):
    path = tmp_path / "open-aanhalingsteken.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    problem = caught.value.problem
    assert problem.nl.startswith(f"open-aanhalingsteken.csv, {where}: een aanhalingsteken (\") opent hier een cel")
    assert f"‘{swallowed}’" in problem.nl and "Er is niets ingelezen." in problem.nl
    assert f"row {where[4]}, column {where[-1]}: a quote" in problem.en


def test_a_remark_over_two_lines_is_still_one_cell(tmp_path):
    path = tmp_path / "twee-regels.csv"
    path.write_text('Adres,Gasverbruik 2023 (m3),Opmerkingen\nEik 1,1450,"Goed plan,\nmaar duur"\nEik 2,1200,\n',
                    encoding="utf-8")
    _, report = _import(path)
    assert [(row.household.label, row.household.notes) for row in report.rows] == [
        ("Eik 1", "Goed plan,\nmaar duur"), ("Eik 2", "")]


def test_a_csv_named_as_a_workbook_is_read_as_csv_and_said(tmp_path):
    # a survey saved as text under a workbook's name: refused as 'beschadigd of van een ander type'
    path = tmp_path / "enquete.xlsx"
    path.write_text("Adres;Gasverbruik 2023 (m3)\nEik 1;1.450\nEik 2;1200\n", encoding="utf-8")
    plan, report = _import(path)
    assert [(row.household.label, row.household.gas_m3_per_year) for row in report.rows] == [
        ("Eik 1", 1450.0), ("Eik 2", 1200.0)]
    assert ("enquete.xlsx heet een Excel-werkmap (.xlsx) maar is een tekstbestand: het is als CSV gelezen."
            in [note.nl for note in report.notes])


@pytest.mark.parametrize("content, kind_nl, kind_en", [
    (b'{"format": "minigrid-project", "version": 2}', "een Minigrid-project", "a Minigrid project"),
    (b"Adres;Gas\nEik 1;1450\n", "een tekstbestand (bijvoorbeeld CSV)", "a text file (for example CSV)"),
    (b"%PDF-1.7 ...", "een PDF-document", "a PDF document"),
])
def test_a_quote_that_is_no_workbook_says_what_it_is(tmp_path, content, kind_nl, kind_en):
    # the filled-in bill of quantities: a project or a CSV chosen instead was 'beschadigd'
    from minigrid_app.io.boq_xlsx import BoqError, read_quote

    path = tmp_path / "offerte.xlsx"
    path.write_bytes(content)
    with pytest.raises(BoqError) as caught:
        read_quote(path)
    assert caught.value.problem.nl == (f"offerte.xlsx is {kind_nl}, geen Excel-werkmap. Kies de ingevulde staat "
                                       "van hoeveelheden (.xlsx).")
    assert caught.value.problem.en == (f"offerte.xlsx is {kind_en}, not an Excel workbook. Choose the filled-in "
                                       "bill of quantities (.xlsx).")


def test_an_impossible_figure_is_said_in_words_not_in_its_hundreds_of_digits(tmp_path):
    # the message for 1E+308 m³ repeated the number: 309 digits in groups of three
    path = _workbook(tmp_path / "enquete.xlsx", [
        ["Adres", "Gasverbruik 2023 (m3)", "Bouwjaar"],
        ["Eik 1", 1200, 1980], ["Eik 2", 1e308, 1981], ["Eik 3", 1300, 1e20], ["Eik 4", 25000, 1983],
    ])
    _, report = _import(path)
    messages = [row.messages() for row in report.rows]
    assert messages[1][0].startswith("Rij 3 (Eik 2): meer dan 1.000.000.000 m³ per jaar is onmogelijk veel voor één "
                                     "woning; is dit een meterstand?")
    assert messages[2][0].startswith("Rij 4 (Eik 3): bouwjaar 100000… klopt niet; vul een jaartal in zoals 1996")
    # a figure of an ordinary size is still said as it is
    assert messages[3][0].startswith("Rij 5 (Eik 4): 25.000 m³ per jaar is onmogelijk veel")
    assert all(len(m) < 300 for row in messages for m in row)


@pytest.mark.parametrize(
    "make, said",
    [
        # a folder (the one the survey is in) was 'geen enquêtebestand dat Minigrid kan lezen'
        (lambda tmp: (tmp / "enquete").mkdir() or tmp / "enquete", "enquete is een map, geen bestand"),
        (lambda tmp: (tmp / "antwoorden.csv").mkdir() or tmp / "antwoorden.csv", "antwoorden.csv is een map, geen bestand"),
        # the project given where the survey goes (the two swapped) said nothing of the swap
        (lambda tmp: (tmp / "straat.minigrid").write_text("{}") and tmp / "straat.minigrid",
         "straat.minigrid is een Minigrid-project, geen enquêtebestand"),
        # a missing file was 'geen enquêtebestand' when its name did not end in .xlsx or .csv
        (lambda tmp: tmp / "weg.txt.bak", "weg.txt.bak kan niet worden geopend: het bestand bestaat niet"),
    ],
)
def test_what_is_given_instead_of_a_survey_is_named_for_what_it_is(tmp_path, make, said):
    with pytest.raises(ImportFileError) as refused:
        read_table(make(tmp_path))
    assert said in refused.value.problem.nl


def test_a_spreadsheet_error_is_said_as_one_the_same_way_in_every_cell(tmp_path):
    # a formula that did not work out: '#N/A' (a lookup that found nothing) left the gas use empty
    # without a word, '#DIV/0!' was 'geen getal'; neither said that the spreadsheet's formula failed
    path = _workbook(tmp_path / "enquete.xlsx", [
        ["Adres", "Gasverbruik 2023 (m3)", "Bouwjaar"],
        ["Eik 1", 1200, 1980], ["Eik 2", "#N/A", 1981], ["Eik 3", "#DIV/0!", 1982], ["Eik 4", 1450, "#REF!"],
    ])
    plan, report = _import(path)
    homes = [row.household for row in report.rows]
    assert [h.gas_m3_per_year for h in homes] == [1200.0, None, None, 1450.0]
    assert [row.status for row in report.rows] == [OK, DOUBTFUL, DOUBTFUL, DOUBTFUL]
    for row, error in zip(report.rows[1:], ("#N/A", "#DIV/0!", "#REF!"), strict=True):
        assert any(f"‘{error}’ is een foutmelding van de spreadsheet: de formule in die cel werkt niet" in m
                   for m in row.messages()), row.messages()
