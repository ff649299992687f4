"""Vergelijking: the variants side by side, for the group and per home, with two charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.utils import get_column_letter

from minigrid_app.core.variant import HEAT_PUMP_VARIANTS, VARIANTS, Variant
from minigrid_app.core.verdict import basis_text
from minigrid_app.io.excel.cells import DEC1, ENGINE_NOTE, EUR, GENERAL, INT, WHOLE, colour_series
from minigrid_app.io.excel.layout import CHART_TOP

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Vergelijking"
GROUP_HEADER_ROW = 5
#: The group table: (head, width, Jaarlasten column summed or what, number format).
GROUP_COLUMNS = (
    ("Variant", 26, None, None),
    ("Deelnemende woningen", 11, "count", INT),
    ("Maandlasten jaar 1, gemiddeld per woning", 13, "avg_monthly", EUR),
    ("Maandlasten jaar 1, samen", 12, "monthly", EUR),
    ("Netto investering, samen", 13, "net", EUR),
    ("Totale kosten over de periode, samen", 14, "tco", EUR),
    ("Contante waarde, samen", 13, "npv", EUR),
    ("CO₂ ton/jaar, samen", 10, "co2_kg_per_year", DEC1),
    ("Gas m³/jaar, samen", 11, "gas_m3_per_year", INT),
    ("Extra stroom kWh/jaar, samen", 12, "electricity_kwh_per_year", INT),
)
#: The table per home: (Jaarlasten column, head, number format, variants).
WIDE_BLOCKS = (
    ("monthly", "Maandlasten jaar 1", EUR, VARIANTS),
    ("tco", "Totale kosten", EUR, VARIANTS),
    ("npv", "Contante waarde", EUR, VARIANTS),
    ("payback", "Terugverdientijd (jaar)", DEC1, HEAT_PUMP_VARIANTS),
    ("co2_kg_per_year", "CO₂ kg/jaar", INT, VARIANTS),
    ("break_even", "Omslagpunt gas m³/jaar", INT, HEAT_PUMP_VARIANTS),
)

#: Width of a payback column per home: 'niet binnen 50 jaar' and the like fit [characters].
PAYBACK_WIDTH = 20


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    book.title(
        ws,
        "Vergelijking van de varianten",
        "Per woning en voor de groep: maandlasten in jaar 1, totale kosten over de periode, contante waarde, "
        "terugverdientijd en CO₂. Alles verwijst naar Jaarlasten; het omslagpunt is "
        + ENGINE_NOTE
        + ".",
    )
    _group_table(book, ws)
    wide_columns = _per_home(book, ws)
    ws.column_dimensions["A"].width = 26
    for i, (_head, width, _key, _fmt) in enumerate(GROUP_COLUMNS[1:], start=2):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(width, ws.column_dimensions[letter].width or 0)
    _cumulative(book, ws)
    if book.layout.computable:
        _charts(book, ws, wide_columns)
    ws.freeze_panes = "B4"


def _group_table(book: Book, ws) -> None:
    layout = book.layout

    def annual(key: str) -> str:
        return layout.long_range("Jaarlasten", key)

    variants, counted = annual("variant"), annual("counted")
    counted_now = layout.results.group.households_counted
    book.text(
        ws,
        4,
        1,
        f"Groep: {basis_text(counted_now)} (alleen wie meedoet: 'Telt mee in de groep' op Jaarlasten)",
        "section",
        GENERAL,
    )
    for i, (head, _width, _key, _fmt) in enumerate(GROUP_COLUMNS, start=1):
        book.text(ws, GROUP_HEADER_ROW, i, head, "header")
    ws.row_dimensions[GROUP_HEADER_ROW].height = 58

    def total(r: int, key: str) -> str:
        return f'SUMIFS({annual(key)},{variants},$A{r},{counted},"ja")'

    for variant in VARIANTS:
        r = layout.group_rows[variant]
        book.text(ws, r, 1, variant.label("nl"), "label")
        book.put(ws, r, 2, f'=COUNTIFS({variants},$A{r},{counted},"ja")', "formula", INT)
        book.put(ws, r, 4, f"={total(r, 'monthly')}", "formula", EUR)
        book.put(ws, r, 3, f"=IF(B{r}>0,D{r}/B{r},0)", "formula", EUR)
        book.put(ws, r, 5, f"={total(r, 'net')}", "formula", EUR)
        book.put(ws, r, 6, f"={total(r, 'tco')}", "formula", EUR)
        book.put(ws, r, 7, f"={total(r, 'npv')}", "formula", EUR)
        book.put(ws, r, 8, f"={total(r, 'co2_kg_per_year')}/1000", "formula", DEC1)
        book.put(ws, r, 9, f"={total(r, 'gas_m3_per_year')}", "formula", INT)
        book.put(ws, r, 10, f"={total(r, 'electricity_kwh_per_year')}", "formula", INT)


def _per_home(book: Book, ws) -> dict[tuple[str, str], int]:
    """Every home's figures per variant, one block of columns per figure; returns the columns."""
    layout = book.layout
    top = layout.wide_top
    book.text(ws, top - 1, 1, "Per woning", "section", GENERAL)
    book.text(ws, top, 1, "Woning", "header")
    col = 2
    columns: dict[tuple[str, str], int] = {}
    for key, head, _fmt, variants in WIDE_BLOCKS:
        for variant in variants:
            kind = "header_engine" if key == "break_even" else "header"
            book.text(ws, top, col, f"{head}: {variant.spec.short_nl}", kind)
            # 'niet binnen 15 jaar' whole in the payback columns (LibreOffice cut it to 'niet binnen 15')
            ws.column_dimensions[get_column_letter(col)].width = PAYBACK_WIDTH if key == "payback" else 12
            columns[(key, variant)] = col
            col += 1
    ws.row_dimensions[top].height = 58
    for row, house in enumerate(layout.computable, start=top + 1):
        book.put(ws, row, 1, f"={layout.ref('Warmtevraag', 'label', house.id)}")
        for key, _head, fmt, variants in WIDE_BLOCKS:
            for variant in variants:
                if layout.row("Jaarlasten", house.id, variant) is None:
                    continue
                kind = "engine" if key == "break_even" else "formula"
                book.put(
                    ws,
                    row,
                    columns[(key, variant)],
                    f"={layout.ref('Jaarlasten', key, house.id, variant)}",
                    kind,
                    fmt,
                )
    return columns


def _cumulative(book: Book, ws) -> None:
    """Cumulative costs per home on average, year 0..horizon (the line chart's data)."""
    layout = book.layout
    top = layout.cumulative_top
    book.text(
        ws,
        top - 1,
        1,
        "Cumulatieve kosten, gemiddeld per deelnemende woning (voor de lijngrafiek)",
        "section",
        GENERAL,
    )
    book.text(ws, top, 1, "Jaar", "header")
    for i, variant in enumerate(VARIANTS, start=2):
        book.text(ws, top, i, variant.label("nl"), "header")
    ws.row_dimensions[top].height = 30
    last = max(layout.cash_last_row, 5)
    flows_variant = layout.column_range("Kasstromen", "variant", 5, last)
    flows_year = layout.column_range("Kasstromen", "year", 5, last)
    flows_total = layout.column_range("Kasstromen", "total", 5, last)
    flows_counted = layout.column_range("Kasstromen", "counted", 5, last)
    variants = layout.long_range("Jaarlasten", "variant")
    counted = layout.long_range("Jaarlasten", "counted")
    own = layout.long_range("Jaarlasten", "own")
    for year in range(0, layout.horizon + 1):
        r = top + 1 + year
        book.put(ws, r, 1, year, "text", WHOLE)
        for i, variant in enumerate(VARIANTS, start=2):
            group_row = layout.group_rows[variant]
            label, count = f"$A${group_row}", f"$B${group_row}"
            if year == 0:
                value = f'=IF({count}>0,SUMIFS({own},{variants},{label},{counted},"ja")/{count},0)'
            else:
                value = (
                    f"=IF({count}>0,{get_column_letter(i)}{r - 1}"
                    f'+SUMIFS({flows_total},{flows_variant},{label},{flows_year},$A{r},{flows_counted},"ja")/{count},0)'
                )
            book.put(ws, r, i, value, "formula", EUR)


def _charts(book: Book, ws, wide_columns: dict[tuple[str, str], int]) -> None:
    layout = book.layout
    top, wide_last = layout.wide_top, layout.wide_last_row
    bar = BarChart()
    bar.type = "col"
    bar.grouping = "clustered"
    bar.title = "Maandlasten in jaar 1 per woning"
    bar.y_axis.title = "€ per maand"
    bar.y_axis.numFmt = '"€" #,##0'
    bar.x_axis.title = None
    for variant in VARIANTS:
        data = Reference(
            ws, min_col=wide_columns[("monthly", variant)], min_row=top + 1, max_row=wide_last
        )
        bar.add_data(data, titles_from_data=False)
        series = bar.series[-1]
        series.tx = SeriesLabel(v=variant.label("nl"))
        colour_series(series, variant.spec.colour, fill=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=wide_last))
    bar.x_axis.delete = False
    bar.y_axis.delete = False
    bar.legend.position = "b"
    bar.height = 9
    bar.width = 24
    bar.gapWidth = 60
    ws.add_chart(bar, f"A{CHART_TOP}")

    cumulative_top = layout.cumulative_top
    cumulative_last = cumulative_top + 1 + layout.horizon
    line = LineChart()
    line.title = f"Cumulatieve kosten per woning (gemiddeld) over {layout.horizon} jaar"
    line.y_axis.title = "€"
    line.y_axis.numFmt = '"€" #,##0'
    line.x_axis.title = "Jaar"
    for i, variant in enumerate(VARIANTS, start=2):
        line.add_data(
            Reference(ws, min_col=i, min_row=cumulative_top, max_row=cumulative_last),
            titles_from_data=True,
        )
        colour_series(
            line.series[-1], variant.spec.colour, fill=False, dashed=variant == Variant.GROUND_HP
        )
    line.set_categories(
        Reference(ws, min_col=1, min_row=cumulative_top + 1, max_row=cumulative_last)
    )
    line.x_axis.delete = False
    line.y_axis.delete = False
    line.legend.position = "b"
    line.height = 9
    line.width = 17
    ws.add_chart(line, f"K{CHART_TOP}")
