"""An English survey is read, and explained, in English.

'Annual gas use (m3)' was chosen as the gas column because 'the header says ‘verbruik’, ‘m³’, ‘jaar’'
(minigrid import-households --lang en): the reason named the Dutch words the program looks for,
not the words of the header. Now it quotes the header ('‘use’, ‘m³’, ‘annual’'); a Dutch header is
quoted as before.
"""

from __future__ import annotations

import pytest

from minigrid_app.io.survey import choose_columns, convert, read_table


@pytest.mark.parametrize(("header", "said"), [
    ("Annual gas use (m3)", "‘use’, ‘m³’, ‘annual’"),
    ("Gas consumption per year", "‘consumption’, ‘year’"),
    ("Gasverbruik per jaar (m3)", "‘verbruik’, ‘m³’, ‘jaar’"),
])
def test_the_gas_columns_reason_quotes_the_header(tmp_path, header, said):
    path = tmp_path / "survey.csv"
    path.write_text(f"Name,{header}\nNo. 1,1450\nNo. 3,1180\n", encoding="utf-8")
    choice = choose_columns(read_table(path)).choices["gas_m3_per_year"]
    assert choice.column == 1
    assert f"the header says {said}" in choice.en and f"de kop noemt {said}" in choice.nl


def _converted(tmp_path, gas: list[str]):
    path = tmp_path / "survey.csv"
    path.write_text("Name;Annual gas use (m3)\n" + "".join(f"No. {i};{use}\n" for i, use in enumerate(gas)), encoding="utf-8")
    plan = choose_columns(read_table(path))
    return convert(plan.table, plan.mapping(), notes=plan.notes)


def test_a_column_whose_figures_are_plausible_only_in_english_is_read_in_english(tmp_path):
    """'1,450', '2,100', '1,180 m3': each 'can mean 1.45 m³ or 1,450 m³ … check it', so no row was taken without --yes."""
    report = _converted(tmp_path, ["1,450", "2,100", "1,180 m3", "1.850"])
    assert [row.household.gas_m3_per_year for row in report.rows] == [1450.0, 2100.0, 1180.0, 1850.0]
    assert [row.status for row in report.rows] == ["ok", "ok", "ok", "doubtful"]  # '1.850' is 1.85 in English: asked
    assert sum("is in English notation" in note.en for note in report.notes) == 1


@pytest.mark.parametrize("gas", [["1,450", "1200", "980"], ["1,450", "2,100", "0,950"]])
def test_one_such_figure_or_a_dutch_one_keeps_asking_per_row(tmp_path, gas):
    report = _converted(tmp_path, gas)
    assert report.rows[0].status == "doubtful" and report.rows[0].household.gas_m3_per_year == 1450.0
    assert not any("is in English notation" in note.en for note in report.notes)


@pytest.mark.parametrize(("lines", "named"), [
    (["Name,Meter reading Jan 2023 (m3),Meter reading Jan 2024 (m3)", "No. 1,12345,13795", "No. 3,8120,9300"],
     "D ‘C − B (m³)’"),
    (["Name,Gas use 2023 (m3),Gas use 2024 (m3)", "No. 1,1450,1390", "No. 3,1200,", "No. 5,1800,1700"],
     "D ‘Gas use 2024 (m3) + 2023’"),
])
def test_a_column_minigrid_works_out_is_named_in_no_language(tmp_path, lines, named):
    """'E ‘Verbruik uit meterstanden D − C (berekend)’' and '…, aangevuld met eerdere jaren (berekend)' in English."""
    path = tmp_path / "survey.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = choose_columns(read_table(path))
    column = plan.choices["gas_m3_per_year"].column
    assert plan.table.column_name(column) == named
    report = convert(plan.table, plan.mapping(), notes=plan.notes)
    assert report.rows[0].household.gas_m3_per_year in (1450.0, 1390.0)
    said = " ".join([plan.choices["gas_m3_per_year"].en, *(note.en for note in [*plan.notes, *report.notes])])
    assert not any(word in said for word in ("Verbruik", "berekend", "aangevuld", "meterstanden"))


def test_a_row_without_a_name_is_a_row_in_english(tmp_path):
    """'… the use of the year before was taken: rij 3 (2023)' in English."""
    path = tmp_path / "survey.csv"
    path.write_text("Name,Gas use 2023 (m3),Gas use 2024 (m3)\nNo. 1,1450,1390\n,1200,\nNo. 5,1800,1700\n", encoding="utf-8")
    plan = choose_columns(read_table(path))
    note = next(note for note in plan.notes if "the year before" in note.en)
    assert "row 3 (2023)" in note.en and "rij 3 (2023)" in note.nl


@pytest.mark.parametrize(("language", "names", "said"), [
    ("en", ["Home 1", "Home 2"], "the homes are called Home 1, 2, 3"), ("nl", ["Woning 1", "Woning 2"], "the homes are called Woning 1, 2, 3"),
])
def test_homes_without_a_name_are_named_in_the_language_of_the_import(tmp_path, language, names, said):
    """An English import (import-households --lang en, the dialog in English) named its homes 'Woning 1', 'Woning 2'."""
    path = tmp_path / "survey.csv"
    path.write_text("Annual gas use (m3)\n1450\n1200\n", encoding="utf-8")
    plan = choose_columns(read_table(path))
    report = convert(plan.table, plan.mapping(), notes=plan.notes, language=language)
    assert [row.household.label for row in report.rows] == names
    assert any(said in note.en for note in report.notes)


def test_a_row_without_its_name_is_named_in_the_language_of_the_import(tmp_path):
    path = tmp_path / "survey.csv"
    path.write_text("Name,Annual gas use (m3)\nNo. 1,1450\n,1200\n", encoding="utf-8")
    plan = choose_columns(read_table(path))
    report = convert(plan.table, plan.mapping(), notes=plan.notes, language="en")
    assert report.rows[1].household.label == "Row 3"
