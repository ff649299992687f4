"""Warmtepomp: COP and electricity per month of every home × heat pump variant (the method's HEAT_PUMP)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core.variant import HEAT_PUMP_VARIANTS
from minigrid_app.io.excel.cells import DEC1, DEC2, INT, WHOLE, Column, monthly_columns

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Warmtepomp"
#: Keys are the quantities of :data:`minigrid_app.core.heatpump.HEAT_PUMP`; η and the supply
#: temperature are copied onto the row so its formulas read like the method.
COLUMNS = (
    Column("nr", "Nr.", 5),
    Column("label", "Woning", 20),
    Column("variant", "Variant", 20),
    Column("eta", "η (fractie van Carnot)", 9, DEC2, template="{eta}"),
    Column("supply_temp_c", "Aanvoer-temperatuur °C", 10, WHOLE, template="{supply_temp_c}"),
    Column("design_source_temp_c", "Brontemperatuur ontwerp °C", 10, DEC2),
    Column("design_cop", "COP bij ontwerp", 9, DEC2),
    Column("electric_peak_kw", "Elektrisch piekvermogen kW", 10, DEC2),
    Column("heat_pump_electricity_kwh", "Stroom warmtepomp kWh/jaar", 11, INT),
    Column("seasonal_cop", "Seizoens-COP", 9, DEC2),
    *monthly_columns("source_temp_c", "Brontemp. {month} °C", 7, DEC1),
    *monthly_columns("cop_space", "COP ruimte {month}", 7, DEC2),
    *monthly_columns("cop_dhw", "COP tapwater {month}", 7, DEC2),
    *monthly_columns("heat_pump_monthly_kwh", "Stroom {month} kWh", 8, INT),
)


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    layout = book.layout
    book.title(
        ws,
        "Warmtepomp: COP en stroom per maand (formules)",
        "COP = η × T_aanvoer / (T_aanvoer − T_bron) in kelvin, met een minimale temperatuursprong en een "
        "maximum. Bron: buitentemperatuur (lucht) of de vloeistoftemperatuur van het bodemveld (Bron).",
    )
    table = layout.tables[SHEET]
    book.header(ws, table, height=58)
    for house, variant, _result in layout.variant_rows(HEAT_PUMP_VARIANTS):
        row = layout.row(SHEET, house.id, variant)
        book.put(ws, row, table["nr"], house.number, "text", INT)
        book.put(ws, row, table["label"], f"={layout.ref('Warmtevraag', 'label', house.id)}")
        book.text(ws, row, table["variant"], variant.label("nl"))
        book.quantity_columns(ws, table, book.scope(SHEET, row, house.id, variant))
    ws.freeze_panes = "D5"
