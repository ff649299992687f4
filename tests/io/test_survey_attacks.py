"""Survey files as residents' spreadsheets really break them, each with its right reading.

Every test failed before its fix; the expected values are read off the file by hand.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl

from minigrid_app.io.survey import DOUBTFUL, OK, choose_columns, convert, read_table

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
