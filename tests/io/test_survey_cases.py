"""Every survey of tests/data/cases/ (copies of the files issue 11 names) with its right reading.

Each expected value is read off the file by hand: the column a resident means and the
number in it. The comment per case says what the import did before (issue 11).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from minigrid_app.cli import main
from minigrid_app.core.model import Household, Project
from minigrid_app.io.projectfile import load_project, save_project
from minigrid_app.io.survey import DOUBTFUL, OK, choose_columns, convert, read_table

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"

# file → (gas column letter, [(label, gas use [m³/yr], status)], other expectations)
SURVEYS = {
    # before: column C "Maandbedrag gas (EUR)" taken, every row "goed" with 145, 98, 210 m³
    "survey-bill-amount-first.csv": ("D", [("Teststraat 2", 1250.0, OK), ("Teststraat 4", 900.0, OK),
                                           ("Teststraat 6", 1900.0, OK)]),
    # before: the meter reading in C taken as a year's use (2 876 m³ "goed"; real 1 420)
    "survey-meter-reading-first.csv": ("D", [("Teststraat 1", 1180.0, OK), ("Teststraat 3", 1420.0, OK),
                                             ("Teststraat 5", 980.0, OK), ("Teststraat 7", 1650.0, OK)]),
    # before: the yes/no question F taken as gas use, the m³ column G ignored
    "survey-forms-export.csv": ("G", [("Teststraat 2", 1340.0, OK), ("Teststraat 4", 1550.5, OK),
                                      ("Teststraat 6", 1200.0, DOUBTFUL)]),  # "ongeveer 1200": an estimate
    # before: header read from the second row, no gas column, remarks column dropped
    "survey-two-row-header.xlsx": ("D", [("Teststraat 2", 1180.5, OK), ("Teststraat 4", 1395.0, OK),
                                         ("Teststraat 6", 1020.0, OK)]),
    # before: build year read as 1905 (the date Excel shows), every row doubtful
    "survey-buildyear-as-date.xlsx": ("D", [("Teststraat 1", 1150.0, OK), ("Teststraat 3", 1240.0, OK),
                                            ("Teststraat 5", 1600.0, OK)]),
}


def _import(name: str):
    table = read_table(CASES / name)
    plan = choose_columns(table, today=datetime.date(2025, 6, 1))
    return table, plan, convert(plan.table, plan.mapping(), notes=plan.notes)


@pytest.mark.parametrize("name", sorted(SURVEYS))
def test_survey_reads_the_right_gas_column_and_values(name):
    letter, expected = SURVEYS[name]
    table, plan, report = _import(name)
    gas = plan.choices["gas_m3_per_year"]
    assert plan.table.column_name(gas.column).startswith(letter + " ") and not gas.doubtful, gas
    assert [(r.household.label, r.household.gas_m3_per_year, r.status) for r in report.rows] == expected
    assert plan.monthly is None


def test_bill_amount_column_is_rejected_with_its_reason():
    _, plan, _ = _import("survey-bill-amount-first.csv")
    reason = plan.choices["gas_m3_per_year"].nl
    assert "niet C ‘Maandbedrag gas (EUR)’: de kop noemt een bedrag in euro" in reason
    assert "3 van de 3 waarden passen bij een jaarverbruik" in reason


def test_meter_reading_column_is_rejected_with_its_reason():
    _, plan, _ = _import("survey-meter-reading-first.csv")
    assert "niet C ‘Meterstand gas (m3) op 1 jan’: de kop noemt een meterstand" in plan.choices["gas_m3_per_year"].nl


def test_forms_export_reads_every_question():
    _, plan, report = _import("survey-forms-export.csv")
    columns = {name: plan.table.column_name(c.column)[0] for name, c in plan.choices.items() if c.column is not None}
    assert columns == {"address": "C", "house_type": "D", "build_year": "E", "gas_m3_per_year": "G",
                       "cooks_on_gas": "H", "persons": "I", "participation": "J", "notes": "K"}
    homes = [row.household for row in report.rows]
    assert [h.house_type for h in homes] == ["tussenwoning", "hoekwoning", "tussenwoning"]
    assert [h.cooks_on_gas for h in homes] == [True, False, True]
    assert [h.persons for h in homes] == [3, 2, 4]
    assert [h.participation for h in homes] == ["interested", "unknown", "interested"]
    assert homes[0].notes == "Hoe zit het met geluid?"
    assert "‘ongeveer 1200’ is een schatting" in report.rows[2].messages()[0]


def test_the_columns_no_field_reads_are_said():
    """A survey's columns that the import passes over were not said, as if they had been read (breaker, session 17):
    the forms export's time stamp, e-mail address and yes/no question on gas."""
    _, plan, _ = _import("survey-forms-export.csv")
    assert plan.lines("nl")[-1] == "  Niet gelezen: A ‘Tijdstempel’, B ‘E-mailadres’, F ‘Wilt u op termijn van het aardgas af?’"
    assert plan.lines("en")[-1].startswith("  Not read: A ‘Tijdstempel’")
    _, plan, _ = _import("survey-bill-amount-first.csv")  # a column the gas use passed over is said once more
    assert plan.lines("nl")[-1] == "  Niet gelezen: C ‘Maandbedrag gas (EUR)’"


def test_two_row_header_is_read_as_one_and_the_latest_full_year_taken():
    table, plan, report = _import("survey-two-row-header.xlsx")
    assert (table.header_row, table.header_rows) == (3, 2)
    assert table.headers == ["Woning Straat", "Woning Nr", "Gasverbruik (m3) 2022", "Gasverbruik (m3) 2023",
                             "Woning Bouwjaar", "Woning Type", "Opmerkingen"]
    assert plan.choices["notes"].column == 6  # the merged "Opmerkingen" column is kept
    assert [n.nl for n in plan.notes] == [
        "Het gasverbruik staat er voor meer jaren (2022, 2023); het laatste volle jaar, 2023, is genomen "
        "(kolom D ‘Gasverbruik (m3) 2023’)."
    ]
    assert [r.household.house_type for r in report.rows] == ["tussenwoning", "hoekwoning", "tussenwoning"]
    assert {r.household.build_year for r in report.rows} == {1975}


def test_the_current_year_is_not_a_full_year():
    table = read_table(CASES / "survey-two-row-header.xlsx")
    plan = choose_columns(table, today=datetime.date(2023, 9, 1))  # 2023 is not over yet
    assert plan.choices["gas_m3_per_year"].column == 2
    assert "2023 is nog niet voorbij" in plan.notes[0].nl


def test_build_year_typed_into_a_date_cell_is_the_year_and_said():
    _, _, report = _import("survey-buildyear-as-date.xlsx")
    # Excel serials of 12-6-1905, 14-6-1905, 21-5-1905 (days since 30-12-1899)
    assert [r.household.build_year for r in report.rows] == [1990, 1992, 1968]
    assert [r.household.insulation_savings for r in report.rows] == [0.2, 0.0, 0.15]
    note = next(n.nl for n in report.notes if "datumopmaak" in n.nl)
    assert note.startswith("Kolom C ‘Bouwjaar’: de jaartallen staan in een datumopmaak")
    assert "12-6-1905 → 1990" in note


def test_one_home_monthly_export_is_not_a_survey():
    table, plan, _ = _import("one-home-monthly-export.csv")
    monthly = plan.monthly
    # 231+198+160+92+42+19+15+16+28+89+152+215
    assert (monthly.months, monthly.total_m3, monthly.period_nl) == (12, 1257.0, "januari–december 2023")
    assert "1.257 m³" in monthly.problem(table.source).nl and "geen enquête" in monthly.problem(table.source).nl


# ---------------------------------------------------------------- the command line, per case


@pytest.mark.parametrize("name", sorted(SURVEYS))
def test_cli_imports_each_survey(tmp_path, capsys, name):
    letter, expected = SURVEYS[name]
    target = tmp_path / "p.minigrid"
    assert main(["import-households", str(target), "--from", str(CASES / name), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Gasverbruik (m³ per jaar) ← {letter} ‘" in out
    households = load_project(target).project.households
    assert [(h.label, h.gas_m3_per_year) for h in households] == [(label, gas) for label, gas, _ in expected]


def test_cli_refuses_a_monthly_export_and_offers_the_year(tmp_path, capsys):
    target = tmp_path / "p.minigrid"
    assert main(["import-households", str(target), "--from", str(CASES / "one-home-monthly-export.csv")]) == 2
    err = capsys.readouterr().err
    assert "Fout:" in err and "1.257 m³" in err and "--as-home" in err and "Traceback" not in err
    assert not target.exists()
    save_project(Project(households=[Household(label="Jansen", gas_m3_per_year=None)]), target)
    source = str(CASES / "one-home-monthly-export.csv")
    assert main(["import-households", str(target), "--from", source, "--as-home", "jansen"]) == 0
    assert "1.257 m³ ingevuld bij ‘Jansen’" in capsys.readouterr().out
    households = load_project(target).project.households
    assert [(h.label, h.gas_m3_per_year) for h in households] == [("Jansen", 1257.0)]
