"""Meter readings and counts written with English thousands commas ('12,345') read as Dutch '12.345' is.

A survey with two columns of gas meter readings gave each home's use as their difference when written the
Dutch way ('12.345' and '13.765'); the same survey filled in the English way ('12,345' and '13,765') gave
no column for the gas use at all (the readings were 'can mean 12.345 or 12,345', or, as '4,123.456', not
counted as numbers), and a column of English meter readings was not said to be meter readings. The planned
connections typed in the English window as '1,200' were refused ('can mean 1.2 or 1,200'), where the Dutch
window takes '1.200'. What was read is said where it could be doubted, by one rule in both languages.
"""

from __future__ import annotations

import datetime

import pytest

from minigrid_app.core.reading import read_count
from minigrid_app.core.typed_amounts import read_typed
from minigrid_app.io.survey import choose_columns, convert, read_table

TODAY = datetime.date(2025, 6, 1)


def _import(tmp_path, text: str):
    path = tmp_path / "survey.csv"
    path.write_text(text, encoding="utf-8")
    plan = choose_columns(read_table(path), today=TODAY)
    return plan, convert(plan.table, plan.mapping(), notes=plan.notes)


@pytest.mark.parametrize(("rows", "said"), [
    (["Dorpsweg 1;12.345;13.765", "Dorpsweg 3;8.120;9.100"], False),  # Dutch, as before
    (["Village Rd 1;12,345;13,765", "Village Rd 3;8,120;9,100"], True),  # English: Dutch decimals would be 1.42 m³
    (['Village Rd 1;4,123.456;5,543.456', 'Village Rd 3;812.004;1,792.004'], False),  # English the figures show
])
def test_two_meter_readings_in_either_notation_give_the_use(tmp_path, rows, said):
    plan, report = _import(tmp_path, "\n".join(["Address;Meter reading 1 Jan 2023;Meter reading 1 Jan 2024", *rows]) + "\n")
    assert [row.household.gas_m3_per_year for row in report.rows] == pytest.approx([1420.0, 980.0])
    assert [row.status for row in report.rows] == ["ok", "ok"]
    note = plan.notes[0]
    assert "difference of the meter readings" in plan.choices["gas_m3_per_year"].en
    assert ("read in English notation: ‘13,765’ as 13,765 m³" in note.en) is said
    assert ("in Engelse schrijfwijze gelezen: ‘13,765’ als 13.765 m³" in note.nl) is said


@pytest.mark.parametrize("cells", [["12.345", "23.456", "34.567"], ["12,345", "23,456", "34,567"]])
def test_a_column_of_meter_readings_is_said_to_be_one_in_either_notation(tmp_path, cells):
    plan, _ = _import(tmp_path, "Name;Gas use\n" + "".join(f"Home {n};{cell}\n" for n, cell in enumerate(cells, 1)))
    assert plan.choices["gas_m3_per_year"].column is None or plan.choices["gas_m3_per_year"].doubtful
    assert "values above 10,000 m³: meter readings?" in plan.choices["gas_m3_per_year"].en


@pytest.mark.parametrize(("typed", "language", "count"), [
    ("1,200", "en", 1200.0), ("1.200", "nl", 1200.0), ("12,345", "en", 12345.0), ("zes", "en", 6.0),
    ("1,200", "nl", None), ("1.200", "en", None),  # the other window's notation: asked, not guessed
])
def test_a_count_is_read_in_the_notation_of_the_window(typed, language, count):
    reading = read_typed(lambda notation: read_count(typed, (), units=(), notation=notation), typed, language, "")
    assert reading.value == count
    assert bool(reading.text(language)) is (count is None)  # as the window writes it: nothing to say
