"""Warmtevraag: the heat demand of every computed home, the formulas of the method table's DEMAND."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.io.excel.cells import DEC2, DEC3, INT, WHOLE, Column, monthly_columns

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Warmtevraag"
#: Keys are the quantities of :data:`minigrid_app.core.demand.DEMAND` (and the heat pump size).
COLUMNS = (
    Column("nr", "Nr.", 5),
    Column("label", "Woning", 20),
    Column("gas_m3", "Gasverbruik m³/jaar", 11, INT),
    Column("cooking_m3", "Kookgas m³/jaar", 10, INT),
    Column("gas_heating_m3", "Gas voor verwarming en tapwater m³/jaar", 13, INT),
    Column("heat_kwh", "Nuttige warmte kWh/jaar", 12, INT),
    Column("dhw_kwh", "Warm tapwater kWh/jaar", 11, INT),
    Column("space_kwh", "Ruimteverwarming kWh/jaar", 12, INT),
    Column("ua_kw_k", "Warmteverlies-coëfficiënt UA kW/K", 12, DEC3),
    Column("design_load_kw", "Ontwerpvermogen kW", 11, DEC2),
    Column("heat_pump_size_kw", "Warmtepomp kW (afgerond)", 11, WHOLE),
    Column("supply_temp_c", "Aanvoertemperatuur °C", 11, WHOLE),
    Column("cooling_kwh", "Koelvraag kWh/jaar (als de woning wil koelen)", 12, INT),
    *monthly_columns("space_monthly_kwh", "Ruimte {month} kWh", 8, INT),
    *monthly_columns("dhw_monthly_kwh", "Tapwater {month} kWh", 8, INT),
)


def write(book: Book) -> None:
    ws = book.sheets[SHEET]
    layout = book.layout
    book.title(
        ws,
        "Warmtevraag per woning (formules)",
        "Uit het gasverbruik: warmte = gas voor verwarming × verbrandingswaarde × ketelrendement; "
        "ruimteverwarming per maand naar graaddagen, tapwater naar dagen.",
    )
    table = layout.tables[SHEET]
    book.header(ws, table, height=58)
    for house in layout.computable:
        row = layout.row(SHEET, house.id)
        book.put(ws, row, table["nr"], house.number, "text", INT)
        book.put(
            ws,
            row,
            table["label"],
            f"={layout.ref('Woningen', 'label', house.id).replace('$', '')}",
        )
        book.quantity_columns(ws, table, book.scope(SHEET, row, house.id))
    ws.freeze_panes = "C5"
