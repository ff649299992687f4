"""Issue 12 item 6: the workbook says when the values Minigrid wrote no longer fit its inputs.

Exported hofje-8 twice more with one input changed after export (a home's gas use, an
assumption), recalculated by LibreOffice: the untouched workbook says "Actueel" on every
checked sheet, the changed ones say "reken opnieuw in Minigrid" and count the changed cells;
the check cells carry the conditional format that turns them red.
"""

from __future__ import annotations

import os

import openpyxl
import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.io.examples import load_example
from minigrid_app.io.excel import export_workbook
from minigrid_app.io.excel.stale import (
    CHECKED_SHEETS,
    FRESH_WORDS,
    STALE_FILL,
    STALE_FONT,
    STALE_NAME,
    STALE_WORDS,
)
from tests.io.excel_helpers import read_table, recalculate, soffice

pytestmark = pytest.mark.skipif(soffice() is None and not os.environ.get("CI"), reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stale")
    project = load_example("hofje-8")
    results = compute_project(project, sensitivity=False, method="rule_of_thumb")
    fresh = export_workbook(project, results, folder / "fresh.xlsx")
    files = [fresh]
    # the same export, then one home's gas use changed; and one assumption changed
    for name, sheet, header, value in (
        ("gas", "Woningen", "Gasverbruik (m³/jaar)", 2500),
        ("price", "Uitgangspunten", "Waarde", None),
    ):
        book = openpyxl.load_workbook(fresh)
        ws = book[sheet]
        headers, _rows = read_table(ws)
        if value is not None:
            ws.cell(5, headers[header]).value = value
        else:
            row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == results.parameters.definitions["gas_price_eur_m3"].label_nl)
            ws.cell(row, headers[header]).value = 1.99
        path = folder / f"{name}.xlsx"
        book.save(path)
        files.append(path)
    converted = recalculate(files, folder / "out")
    return {path.stem: openpyxl.load_workbook(path, data_only=True) for path in converted}


def test_an_untouched_workbook_says_it_is_current(books):
    book = books["fresh"]
    assert book["Exportstand"]["A2"].value == 0
    for name in (*CHECKED_SHEETS, "Toelichting"):
        row = 2 if name == "Toelichting" else 3
        assert book[name].cell(row, 1).value.startswith(FRESH_WORDS), name


@pytest.mark.parametrize("changed", ["gas", "price"])
def test_a_changed_input_asks_to_compute_again_in_minigrid(books, changed):
    book = books[changed]
    assert book["Exportstand"]["A2"].value == 1
    for name in CHECKED_SHEETS:
        text = book[name]["A3"].value
        assert text.startswith(STALE_WORDS) and "Reken opnieuw in Minigrid" in text and "(1 cel(len) anders)" in text, name


def test_check_cells_turn_red(tmp_path):
    project = load_example("twee-onder-een-kap-4")
    results = compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb")
    book = openpyxl.load_workbook(export_workbook(project, results, tmp_path / "b.xlsx"))
    assert STALE_NAME in book.defined_names
    for name in CHECKED_SHEETS:
        rules = [rule for cf in book[name].conditional_formatting for rule in cf.rules if cf.sqref == "A3" or "A3" in str(cf.sqref)]
        red = [rule for rule in rules if rule.formula == [f"{STALE_NAME}>0"]]
        assert red and red[0].dxf.fill.fgColor.rgb.endswith(STALE_FILL) and red[0].dxf.font.color.rgb.endswith(STALE_FONT), name
    # the values Minigrid writes say so in their column heads
    bron_heads, _ = read_table(book["Bron"])
    assert any("Minigrid" in head for head in book["Jaarlasten"][4] if isinstance(head.value, str) for head in [head.value])
    assert bron_heads
