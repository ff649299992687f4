"""Survey shapes found in the wild that got in wrong without a word (found by trying them).

Online-form exports (Google Forms, Microsoft Forms), Excel sheets with a total row, two
years of gas use of which the latest is partly empty, an address in street / number /
addition, addresses typed over two lines, hidden (filtered) rows and columns, formulas
that were never calculated. Each test has the right reading as its expected value.
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import openpyxl

from minigrid_app.io.survey import DOUBTFUL, OK, REFUSED, choose_columns, convert, read_table

TODAY = datetime.date(2025, 6, 1)


def _import(path: Path):
    table = read_table(path)
    plan = choose_columns(table, today=TODAY)
    return plan, convert(plan.table, plan.mapping(), notes=plan.notes)


def _write_csv(path: Path, rows: list[list[str]], delimiter: str = ";") -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def _field(plan, name: str) -> str | None:
    column = plan.mapping()[name]
    return None if column is None else plan.table.headers[column]


def test_google_forms_export_with_questions_as_headers(tmp_path):
    path = _write_csv(tmp_path / "formulier.csv", [
        ["Tijdstempel", "E-mailadres", "Wat is uw adres?", "Wat is uw jaarlijkse gasverbruik in m³?",
         "In welk jaar is uw woning gebouwd?", "Kookt u op gas?", "Wilt u meedoen met het warmtenet?"],
        ["2024/10/03 8:14:22 p.m. CET", "a@x.nl", "Lindelaan 3", "1.450", "1972", "Ja", "Ja, graag"],
        ["2024/10/03 9:01:10 p.m. CET", "b@x.nl", "Lindelaan 5", "1.200", "1968", "Nee, inductie", "Nee, geen interesse"],
        ["2024/10/04 7:55:00 a.m. CET", "c@x.nl", "Lindelaan 7", "1320 m3", "1973", "ja", "Ja, ik doe mee"],
    ], delimiter=",")
    plan, report = _import(path)
    # before: the build-year question fed the homes' names and the build year was lost
    assert _field(plan, "build_year") == "In welk jaar is uw woning gebouwd?"
    assert _field(plan, "label") != "In welk jaar is uw woning gebouwd?"
    homes = [row.household for row in report.rows]
    assert [h.build_year for h in homes] == [1972, 1968, 1973]
    assert [h.label for h in homes] == ["Lindelaan 3", "Lindelaan 5", "Lindelaan 7"]
    assert [h.cooks_on_gas for h in homes] == [True, False, True]
    assert [h.participation for h in homes] == ["interested", "declined", "interested"]
    assert [row.status for row in report.rows] == [OK, OK, OK]


def test_a_header_that_says_per_month_is_not_a_years_use(tmp_path):
    path = _write_csv(tmp_path / "maand.csv", [
        ["Adres", "Gasverbruik per maand (m3)"], ["Dorp 1", "120"], ["Dorp 2", "350"], ["Dorp 3", "400"],
    ])
    plan, report = _import(path)
    # before: 350 and 400 m³ a month went in as 350 and 400 m³ a year, 'goed'
    assert plan.mapping()["gas_m3_per_year"] is None
    assert "maand" in plan.choices["gas_m3_per_year"].nl
    assert [row.household.gas_m3_per_year for row in report.rows] == [None, None, None]


def test_a_total_and_an_average_row_are_not_homes(tmp_path):
    path = _write_csv(tmp_path / "totaal.csv", [
        ["Adres", "Gasverbruik 2023 (m3)"], ["Lindelaan 1", "1.450"], ["Lindelaan 3", "1.380"],
        ["Lindelaan 5", "1.520"], ["Totaal", "4.350"], ["Gemiddeld", "1.450"], ["", ""], ["Som:", "4350"],
    ])
    _, report = _import(path)
    # before: 'Totaal' and 'Gemiddeld' were imported as two more homes, 'goed'
    assert [row.status for row in report.rows] == [OK, OK, OK, REFUSED, REFUSED, REFUSED]
    assert [h.label for h in report.households(include_doubtful=True)] == ["Lindelaan 1", "Lindelaan 3", "Lindelaan 5"]
    assert "totaal" in report.rows[3].messages()[0].lower()


def test_the_latest_year_partly_empty_takes_the_year_before_for_those_homes(tmp_path):
    path = tmp_path / "ms-forms.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Begintijd", "Uw naam", "Gasverbruik 2023 (m3)", "Gasverbruik 2024 (m3)", "Bouwjaar"])
    moment = datetime.datetime(2025, 3, 1, 20, 14)
    for number, (name, use_2023, use_2024) in enumerate(
        [("Jan", 1510, 1480), ("Piet", 1320, None), ("Kees", 1800, None), ("Ans", 990, 1010)], start=1
    ):
        sheet.append([number, moment, name, use_2023, use_2024, 1965])
    book.save(path)
    plan, report = _import(path)
    # before: Piet and Kees got no gas use although 2023 was filled in
    assert [row.household.gas_m3_per_year for row in report.rows] == [1480.0, 1320.0, 1800.0, 1010.0]
    said = " ".join(note.nl for note in report.notes)
    assert "2023" in said and "Piet" in said and "Kees" in said


def test_an_address_in_street_number_and_addition(tmp_path):
    path = tmp_path / "adres.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Straat", "Huisnummer", "Toevoeging", "Postcode", "Gasverbruik (m3)"])
    sheet.append(["Eikenlaan", 16, None, "1234 AB", 1400])
    sheet.append(["Eikenlaan", 16, "a", "1234 AB", 1300])
    sheet.append(["Eikenlaan", 18, "2", "1234 AB", 1500])
    book.save(path)
    plan, report = _import(path)
    # before: the addition was dropped, 16 and 16a were both 'Eikenlaan 16' (a duplicate)
    assert [row.household.address for row in report.rows] == ["Eikenlaan 16", "Eikenlaan 16a", "Eikenlaan 18-2"]
    assert [row.status for row in report.rows] == [OK, OK, OK]


def test_text_typed_over_two_lines_keeps_its_words_apart(tmp_path):
    path = _write_csv(tmp_path / "regels.csv", [
        ["Naam", "Adres", "Gasverbruik (m3)", "Opmerkingen"],
        ["Jansen", "Lindelaan\n12", "1450", "eerste regel\ntweede regel"],
        ["De\tVries", "Lindelaan\r\n14", "1300", "x"],
    ])
    _, report = _import(path)
    homes = [row.household for row in report.rows]
    # before: 'Lindelaan12' and 'DeVries'
    assert [h.address for h in homes] == ["Lindelaan 12", "Lindelaan 14"]
    assert [h.label for h in homes] == ["Jansen", "De Vries"]
    assert homes[0].notes == "eerste regel\ntweede regel"


def test_hidden_rows_and_columns_of_a_filtered_sheet(tmp_path):
    path = tmp_path / "gefilterd.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Naam", "Gasverbruik oud (m3)", "Gasverbruik (m3)", "Doet mee"])
    sheet.append(["A", 2500, 1450, "ja"])
    sheet.append(["B (verhuisd)", 2400, 1300, "nee"])
    sheet.append(["C", 2600, 1600, "ja"])
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["B"].hidden = True
    book.save(path)
    plan, report = _import(path)
    # before: the hidden column of old figures was proposed and no gas use was taken at all
    assert _field(plan, "gas_m3_per_year") == "Gasverbruik (m3)"
    assert [row.household.gas_m3_per_year for row in report.rows] == [1450.0, 1300.0, 1600.0]
    # the row the filter hid is not imported without a look
    assert [row.status for row in report.rows] == [OK, DOUBTFUL, OK]
    assert "verborgen" in report.rows[1].messages()[0]


def test_a_formula_without_a_calculated_value_says_so(tmp_path):
    path = tmp_path / "formules.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Adres", "Gasverbruik per jaar (m3)", "Bouwjaar"])
    for row, address in enumerate(("Dorpsstraat 1", "Dorpsstraat 2"), start=2):
        sheet.append([address, f"=1200+{row}", 1980])  # saved by a program that does not calculate
    book.save(path)
    plan, report = _import(path)
    said = " ".join(report.lines())
    assert "formule" in said and ("sla" in said or "opslaan" in said)
    assert [row.household.gas_m3_per_year for row in report.rows] == [None, None]


def test_a_part_of_a_year_is_no_years_use(tmp_path):
    """'Gasverbruik 2024 (m3, t/m juni)' beside 2023: the half year was taken as 'het laatste volle jaar'."""
    path = _write_csv(tmp_path / "deel.csv", [
        ["Adres", "Gasverbruik 2024 (m3, t/m juni)", "Gasverbruik 2023 (m3)"],
        ["Eikenlaan 1", "600", "1450"], ["Eikenlaan 3", "", "1280"], ["Eikenlaan 5", "700", "1610"],
    ])
    plan, report = _import(path)
    assert _field(plan, "gas_m3_per_year") == "Gasverbruik 2023 (m3)"
    assert [h.gas_m3_per_year for h in report.households()] == [1450.0, 1280.0, 1610.0]
    for header in ("Gasverbruik 2024 jan-jun (m3)", "Gasverbruik dit jaar tot nu toe (m3)", "Gasverbruik (m3) YTD"):
        plan, _ = _import(_write_csv(tmp_path / "x.csv", [["Adres", header], ["Eikenlaan 1", "600"], ["Eikenlaan 3", "700"]]))
        assert plan.choices["gas_m3_per_year"].doubtful or plan.mapping()["gas_m3_per_year"] is None, header
    plan, _ = _import(_write_csv(tmp_path / "heel.csv", [["Adres", "Gasverbruik 2023 jan t/m dec (m3)"],
                                                         ["Eikenlaan 1", "1450"], ["Eikenlaan 3", "1280"]]))
    assert not plan.choices["gas_m3_per_year"].doubtful  # January to December is a whole year


def test_gas_in_kwh_or_gj_is_said_not_taken_as_m3(tmp_path):
    """'Gasverbruik (kWh)' was doubted as 'meter readings?', '(GJ)' as 'monthly amounts?'."""
    for unit, values in (("kWh", ["14.200", "12.800", "16.100"]), ("GJ", ["45", "41", "52"])):
        path = _write_csv(tmp_path / f"{unit}.csv", [["Adres", f"Gasverbruik ({unit})"]]
                          + [[f"Eikenlaan {i}", v] for i, v in enumerate(values, start=1)])
        plan, report = _import(path)
        assert plan.mapping()["gas_m3_per_year"] is None
        assert "kWh of GJ, geen m³" in plan.choices["gas_m3_per_year"].nl
        assert all(h.gas_m3_per_year is None for h in report.households(include_doubtful=True))


def test_a_use_column_whose_cells_say_m3(tmp_path):
    """Header 'Verbruik', cells '1450 m3': no gas column was chosen at all."""
    path = _write_csv(tmp_path / "verbruik.csv", [["Adres", "Elektriciteit (kWh)", "Verbruik"],
                                                  ["Eikenlaan 1", "3200", "1450 m3"], ["Eikenlaan 3", "2900", "1280 m³"]])
    plan, report = _import(path)
    assert _field(plan, "gas_m3_per_year") == "Verbruik"
    assert "de cellen noemen m³" in plan.choices["gas_m3_per_year"].nl
    assert [h.gas_m3_per_year for h in report.households()] == [1450.0, 1280.0]
    plan, _ = _import(_write_csv(tmp_path / "stroom.csv", [["Adres", "Stroomverbruik"], ["Eikenlaan 1", "3200"],
                                                           ["Eikenlaan 3", "2900"]]))
    assert plan.mapping()["gas_m3_per_year"] is None  # electricity is no gas


def test_persons_written_as_words(tmp_path):
    path = _write_csv(tmp_path / "woorden.csv", [["Adres", "Gasverbruik (m3)", "Met hoeveel personen woont u?"],
                                                 ["Eikenlaan 1", "1450", "twee"], ["Eikenlaan 3", "1280", "Alleen"],
                                                 ["Eikenlaan 5", "1610", "4"], ["Eikenlaan 7", "1500", "vier personen"]])
    _, report = _import(path)
    assert [h.persons for h in report.households()] == [2, 1, 4, 4]


def test_an_excel_table_totals_row_is_no_home(tmp_path):
    """A totals row without a name ('=SUBTOTAL(109,…)' never calculated, or its result 4340) became a home 'Rij 5'."""
    from openpyxl.worksheet.table import Table

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Adres", "Gasverbruik m3"])
    for number, gas in ((1, 1450), (3, 1280), (5, 1610)):
        sheet.append([f"Eikenlaan {number}", gas])
    sheet.append([None, "=SUBTOTAL(109,[Gasverbruik m3])"])
    sheet.add_table(Table(displayName="Enquete", ref="A1:B5"))
    workbook.save(tmp_path / "tabel.xlsx")
    _, report = _import(tmp_path / "tabel.xlsx")
    assert [row.status for row in report.rows] == [OK, OK, OK, REFUSED]
    for total in ("4340", "1446,67"):  # as a program that calculates saved it: the sum, or the mean
        path = _write_csv(tmp_path / "totaal.csv", [["Adres", "Gasverbruik (m3)"], ["Eikenlaan 1", "1450"],
                                                    ["Eikenlaan 3", "1280"], ["Eikenlaan 5", "1610"], ["", total]])
        _, report = _import(path)
        assert [row.status for row in report.rows] == [OK, OK, OK, REFUSED], total
        assert report.households(include_doubtful=True)[-1].label == "Eikenlaan 5"
    path = _write_csv(tmp_path / "naamloos.csv", [["Adres", "Gasverbruik (m3)"], ["Eikenlaan 1", "1450"],
                                                  ["Eikenlaan 3", "1280"], ["", "1390"]])
    _, report = _import(path)
    assert report.rows[-1].status == DOUBTFUL  # a home without a name stays a home to ask about
