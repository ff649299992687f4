"""Gevoeligheid: the tornado and the price band, as values computed by Minigrid, with the tornado chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from minigrid_app.core.formatting import number
from minigrid_app.core.variant import HEAT_PUMP_VARIANTS, VARIANTS, Variant
from minigrid_app.io.excel.cells import ENGINE_NOTE, EUR, GENERAL

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Gevoeligheid"
FIRST_ROW = 4
SCENARIOS = {"low": "Laag", "mid": "Midden", "high": "Hoog"}


def _low_high_columns(variant: str) -> tuple[int, int]:
    """Columns of a heat pump variant's low and high values in the tornado table."""
    j = HEAT_PUMP_VARIANTS.index(variant)
    return 2 + 2 * j, 3 + 2 * j


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    sensitivity = book.results.sensitivity
    book.title(
        ws,
        "Gevoeligheid (waarden, " + ENGINE_NOTE + ")",
        "Verschil in totale kosten over de periode ten opzichte van de gasketel, opgeteld over de groep. "
        "Negatief: de variant is goedkoper dan gas. Elke factor ±"
        + (f"{sensitivity.step:.0%}" if sensitivity else "20%")
        + "; deze waarden volgen niet automatisch als je Uitgangspunten wijzigt.",
    )
    ws.column_dimensions["A"].width = 40
    for letter in "BCDEFGH":
        ws.column_dimensions[letter].width = 14
    if sensitivity is None:
        book.text(ws, FIRST_ROW, 1, "De gevoeligheid is niet berekend voor deze export.")
        return
    row = FIRST_ROW
    book.text(ws, row, 1, "Tornado: verschil totale kosten t.o.v. gas (groep)", "section", GENERAL)
    row += 1
    heads = ["Factor"]
    for variant in HEAT_PUMP_VARIANTS:
        heads += [f"{variant.label('nl')}: laag", f"{variant.label('nl')}: hoog"]
    for i, head in enumerate(heads, start=1):
        book.text(ws, row, i, head, "header_engine" if i > 1 else "header")
    ws.row_dimensions[row].height = 45
    row += 1
    base_row = row
    book.text(ws, row, 1, "Uitgangssituatie", "label")
    for variant in HEAT_PUMP_VARIANTS:
        value = sensitivity.base_difference_eur.get(variant)
        for col in _low_high_columns(variant):
            book.put(ws, row, col, value, "engine", EUR)
    row += 1
    bar_rows = []
    for bar in sensitivity.bars:
        bar_rows.append(row)
        book.text(ws, row, 1, f"{bar.label_nl} −/+ {sensitivity.step:.0%}")
        for variant in HEAT_PUMP_VARIANTS:
            low, high = _low_high_columns(variant)
            book.put(ws, row, low, bar.low_eur.get(variant), "engine", EUR)
            book.put(ws, row, high, bar.high_eur.get(variant), "engine", EUR)
        row += 1
    row += 1
    title = "Prijsband: maandlasten jaar 1 van de groep bij lage, middelste en hoge energieprijzen"
    book.text(ws, row, 1, title, "section", GENERAL)
    row += 1
    book.text(ws, row, 1, "Scenario", "header")
    for i, variant in enumerate(VARIANTS, start=2):
        book.text(ws, row, i, variant.label("nl"), "header_engine")
    ws.row_dimensions[row].height = 30
    row += 1
    factors = {
        "low": book.params["price_band_low_factor"],
        "mid": 1.0,
        "high": book.params["price_band_high_factor"],
    }
    for scenario, name in SCENARIOS.items():
        book.text(
            ws, row, 1, f"{name} (energieprijzen × {number(factors[scenario], 2)})"
        )
        for i, variant in enumerate(VARIANTS, start=2):
            book.put(
                ws, row, i, sensitivity.price_band.get(scenario, {}).get(variant), "engine", EUR
            )
        row += 1
    if bar_rows:
        _tornado_chart(book, ws, row + 2, base_row, bar_rows, sensitivity.step)
    ws.freeze_panes = "B4"


def _tornado_chart(
    book: Book, ws, row: int, base_row: int, bar_rows: list[int], step: float
) -> None:
    """The shared loop's tornado: each factor's shift from the base case, as a horizontal bar chart."""
    shared = book.results.group.totals[Variant.SHARED_LOOP].households
    variant = Variant.SHARED_LOOP if shared else Variant.GROUND_HP
    low_col, high_col = (get_column_letter(col) for col in _low_high_columns(variant))
    title = f"Tornado {variant.label('nl').lower()}: verschuiving t.o.v. de uitgangssituatie"
    book.text(ws, row, 1, title, "section", GENERAL)
    row += 1
    book.text(ws, row, 1, "Factor", "header")
    book.text(ws, row, 2, f"Factor −{step:.0%}", "header")
    book.text(ws, row, 3, f"Factor +{step:.0%}", "header")
    head = row
    for source in reversed(bar_rows):  # largest effect at the top of the chart
        row += 1
        book.put(ws, row, 1, f"=A{source}")
        book.put(ws, row, 2, f"={low_col}{source}-{low_col}${base_row}", "formula", EUR)
        book.put(ws, row, 3, f"={high_col}{source}-{high_col}${base_row}", "formula", EUR)
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.overlap = 100
    chart.gapWidth = 40
    chart.title = "Effect op de totale kosten t.o.v. gas (groep)"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.numFmt = '"€" #,##0'
    chart.x_axis.tickLblPos = "low"
    for col, colour in ((2, "1F77B4"), (3, "D62728")):
        chart.add_data(Reference(ws, min_col=col, min_row=head, max_row=row), titles_from_data=True)
        chart.series[-1].graphicalProperties.solidFill = colour
        chart.series[-1].graphicalProperties.line.solidFill = colour
    chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=row))
    chart.legend.position = "b"
    chart.height = 8
    chart.width = 18
    ws.add_chart(chart, "I4")
