"""The workbook's Bron sheet shows each borehole's depth so that it adds up to the length beside it, as the
tender and the evening's papers say it (03fcf91, ab2ef4f, b9b8be3).

hofje-8's field was '2 boorgaten, 159,6 m, 319,3 m' (the engine's 159,632 m shown with one decimal): 2 × 159,6 is
319,2. The length stays the engine's figure (the drilling cost is a formula on it). Found by the breaker, session 17.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.formatting import drilling_words
from minigrid_app.io.examples import load_example
from minigrid_app.io.excel import export_workbook
from tests.io.excel_helpers import read_table


def _shown(cell) -> Decimal:
    """The figure a spreadsheet shows for a number cell: its decimal text rounded half up to the format's decimals."""
    decimals = len(cell.number_format.rpartition(".")[2]) if "." in cell.number_format else 0
    return Decimal(repr(cell.value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


@pytest.mark.parametrize("example", ["hofje-8", "twee-onder-een-kap-4"])
def test_the_depths_shown_add_up_to_the_length_shown_and_are_the_tenders(example, tmp_path):
    project = load_example(example)
    results = compute_project(project)
    book = openpyxl.load_workbook(export_workbook(project, results, tmp_path / "x.xlsx"))
    sheet = book["Bron"]
    headers, rows = read_table(sheet)
    fields = [field for field in results.fields if field.sizing.feasible]
    assert fields
    for index, field in enumerate(results.fields):
        if not field.sizing.feasible:
            continue
        row = 5 + index
        count = sheet.cell(row, headers["Boorgaten"]).value
        depth, length = sheet.cell(row, headers["Diepte per boorgat m"]), sheet.cell(row, headers["Totale lengte m"])
        assert length.value == pytest.approx(field.sizing.total_length_m, abs=1e-9)  # the costs' formulas use it
        assert (count * _shown(depth)).quantize(Decimal("0.1"), ROUND_HALF_UP) == _shown(length)
        tender_depth, tender_length = drilling_words(count, field.sizing.depth_m, field.sizing.total_length_m)
        assert f"{_shown(depth)} m".replace(".", ",") == tender_depth
        assert f"{_shown(length)} m".replace(".", ",") == tender_length
    assert len(rows) >= len(fields)
