"""A quote's figures as the resident reads them (step 7): the cell quoted as typed, a total compared.

Each case failed before: a message about '€ -55 per m1' quoted '‘€ -55’' (the text after the
unit was taken off, not the supplier's cell); 227,1 m typed for the bill's 227,1 m (227,12… m in
the tender) was a changed quantity.
"""

from __future__ import annotations

import datetime

import pytest
from openpyxl import load_workbook

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.quote_entry import read_price, read_quantity
from minigrid_app.core.quotes import compare_quote
from minigrid_app.core.tender import build_tender, tender_scope
from minigrid_app.io.boq_xlsx import COL, SHEET, read_quote, write_boq
from minigrid_app.io.examples import load_example


@pytest.mark.parametrize(("typed", "how"), [
    ("-55 per m1", "negative"),
    ("ca. 55 per m1", "estimate"),
    ("1,180 per m1", "ambiguous"),
    ("abc per m1", "unreadable"),
    ("15 m3 per m1", "wrong_unit"),
    ("-9.000 incl. btw", "negative"),
    ("ca 9.000 incl. btw", "estimate"),
])
def test_a_price_message_quotes_the_cell_as_typed(typed, how):
    reading = read_price(typed, unit_price=True, unit="m")
    assert reading.how == how
    assert f"‘{typed}’" in reading.nl and f"‘{typed}’" in reading.en  # was '‘-55’', '‘ca. 55’', '‘-9.000’'


@pytest.mark.parametrize(("typed", "how"), [
    ("-250 m1", "negative"),
    ("ca 250 mtr", "estimate"),  # was '‘ca 250 m’'
    ("1,180 m1", "ambiguous"),
    ("-2 st.", "negative"),  # was '‘-2’'
])
def test_a_quantity_message_quotes_the_cell_as_typed(typed, how):
    reading = read_quantity(typed)
    assert reading.how == how
    assert f"‘{typed}’" in reading.nl and f"‘{typed}’" in reading.en


# ---------------------------------------------------------------- a quote's own quantity, as the bill showed it

TODAY = datetime.date(2026, 12, 1)


@pytest.fixture(scope="module")
def tendered():
    scope = tender_scope(load_example("hofje-8"))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    return build_tender(scope, results, TODAY), results


@pytest.fixture(scope="module")
def blank(tendered, tmp_path_factory):
    path = tmp_path_factory.mktemp("boq") / "staat.xlsx"
    write_boq(tendered[0], path, today=TODAY)
    return path


def _filled(blank, path, cells: dict[tuple[str, str], object]):
    workbook = load_workbook(blank)
    sheet = workbook[SHEET]
    rows = {sheet.cell(r, COL["id"]).value: r for r in range(1, sheet.max_row + 1)}
    for (line_id, column), value in cells.items():
        sheet.cell(rows[line_id], COL[column], value)
    workbook.save(path)
    return path


@pytest.mark.parametrize(("own", "changed"), [
    (227.1, None),  # the bill shows 227,1 m (the tender's 227,12… m): copied, not changed
    ("227,1", None),
    (227.15, 227.15),  # reads as 227,15 next to 227,1: really another quantity
    (230, 230.0),
])
def test_a_quantity_is_changed_only_when_it_differs_from_the_one_the_bill_showed(tendered, blank, tmp_path, own, changed):
    pack, results = tendered
    drilling = next(line for line in pack.lines if line.key == "drilling")
    assert drilling.quantity != 227.1 and round(drilling.quantity, 1) == 227.1
    path = _filled(blank, tmp_path / "s.xlsx", {(drilling.id, "price"): 50, (drilling.id, "own_qty"): own})
    quote, _ = read_quote(path, lines=pack.lines)
    compared = next(c for c in compare_quote(pack.lines, quote, results).lines if c.line.id == drilling.id)
    assert compared.quantity_changed == changed  # was 227.1 for 227,1: 'changed' where the resident sees the same
    assert compared.quoted_eur == round(50 * float(str(own).replace(",", ".")), 2)
