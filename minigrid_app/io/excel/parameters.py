"""Uitgangspunten: every default figure as a named input cell, and the month table of the climate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openpyxl.styles import Alignment
from openpyxl.workbook.defined_name import DefinedName

from minigrid_app.core.demand import CLIMATE
from minigrid_app.core.formatting import is_calendar_year_key
from minigrid_app.core.method import DAYS_PER_MONTH, entry
from minigrid_app.core.parameters import GROUP_LABELS_NL, GROUPS
from minigrid_app.io.excel.cells import (
    DEC1,
    FIRST_ROW,
    INT,
    MONTHS_NL_LONG,
    WHOLE,
    Column,
    Table,
    fit_row,
    parameter_format,
)

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Uitgangspunten"
COLUMNS = (
    Column("label", "Aanname", 62),
    Column("value", "Waarde", 13),
    Column("unit", "Eenheid", 22),  # the longest unit, "kWh/jaar per persoon", whole
    Column("source", "Bron", 60),
    Column("year", "Jaar", 7),
    Column("default", "Standaard Minigrid", 12),
    Column("live", "Werkt door in dit werkboek", 21),
    Column("name", "Naam in formules", 30),
)
#: The month table below the figures: its columns are the names its formulas use.
MONTH_COLUMNS = (
    Column("month", "Maand", 0),
    Column("days_per_month", "Dagen", 0, INT),
    Column("monthly_outdoor_temp_c", "Buitentemperatuur °C", 0, DEC1),
    Column("hdd_month", "Graaddagen (K·dag)", 0, INT),
)


def item_labels(definition) -> list[str]:
    """The label of each value of a series figure, in Dutch.

    Twelve values are the months ("…: januari"); a label that ends in a list of as many names
    in brackets names them ("Koelvraag per m² woonoppervlak: 1975-1991"); other values are
    counted ("… (2 van 3)"). Every series used to be labelled by month: the build-year limits
    read "januari", "februari", "maart".
    """
    label, count = definition.label_nl, len(definition.value)
    if count == len(MONTHS_NL_LONG):
        return [f"{label}: {month}" for month in MONTHS_NL_LONG]
    named = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", label)
    names = [name.strip() for name in named.group(2).split(",")] if named else []
    if len(names) == count and all(names):
        return [f"{named.group(1)}: {name}" for name in names]
    return [f"{label} ({number} van {count})" for number in range(1, count + 1)]


def write(book: Book) -> dict[str, int]:
    """Write the figures and the month table; returns the row of each figure (its first for a series)."""
    ws = book.sheets[SHEET]
    params = book.params
    book.title(
        ws,
        "Uitgangspunten (kentallen)",
        "Gele cellen zijn invoer: wijzig een waarde en het hele werkboek rekent mee. "
        "Elke waarde heeft een naam (kolom H) die de formules gebruiken.",
    )
    table = Table(COLUMNS)
    book.header(ws, table)
    value = table.letter["value"]
    source_width = next(column.width for column in COLUMNS if column.key == "source")
    label_width = next(column.width for column in COLUMNS if column.key == "label")
    row = FIRST_ROW
    rows: dict[str, int] = {}
    by_group: dict[str, list] = {group: [] for group in GROUPS}
    for definition in params.definitions.values():
        by_group.setdefault(definition.group, []).append(definition)
    for group in GROUPS:
        definitions = by_group.get(group) or []
        if not definitions:
            continue
        book.section(ws, row, GROUP_LABELS_NL.get(group, group), len(table.columns))
        row += 1
        for definition in definitions:
            figure = params[definition.key]
            # a calendar year without thousands separator ("1990"), as on screen and in the report
            fmt = WHOLE if is_calendar_year_key(definition.key) else parameter_format(definition.unit, definition.integer)
            unit = "" if is_calendar_year_key(definition.key) else definition.unit  # "1990", not "1990 jaar"
            rows[definition.key] = row
            if definition.is_series:
                first = row
                for month, (item, label) in enumerate(zip(figure, item_labels(definition), strict=True)):
                    book.text(ws, row, table["label"], label, "wrap")
                    book.put(ws, row, table["value"], float(item), "input", fmt)
                    book.text(ws, row, table["unit"], unit)
                    book.put(ws, row, table["default"], float(definition.value[month]), "text", fmt)
                    if month == 0:
                        book.text(ws, row, table["source"], definition.source, "wrap")
                        book.put(ws, row, table["year"], definition.year)
                        book.text(ws, row, table["name"], definition.key)
                    fit_row(ws, row, [(label, label_width)] + ([(definition.source, source_width)] if month == 0 else []))
                    row += 1
                ref = f"{SHEET}!${value}${first}:${value}${row - 1}"
            else:
                book.text(ws, row, table["label"], definition.label_nl, "wrap")
                book.put(ws, row, table["value"], float(figure), "input", fmt)
                book.text(ws, row, table["unit"], unit)
                book.text(ws, row, table["source"], definition.source, "wrap")
                book.put(ws, row, table["year"], definition.year)
                book.put(ws, row, table["default"], float(definition.value), "text", fmt)
                book.text(ws, row, table["name"], definition.key)
                fit_row(ws, row, [(definition.label_nl, label_width), (definition.source, source_width)])
                ref = f"{SHEET}!${value}${row}"
                row += 1
            book.wb.defined_names[definition.key] = DefinedName(definition.key, attr_text=ref)
    _month_table(book, ws, row + 1, rows["monthly_outdoor_temp_c"], value, len(table.columns))
    ws.freeze_panes = "B5"
    return rows


def _month_table(book: Book, ws, row: int, temps_first: int, value: str, width: int) -> None:
    """Days and heating degree days per month (formulas), with their defined names."""
    book.section(ws, row, "Maanden: dagen en graaddagen", width)
    row += 1
    table = Table(MONTH_COLUMNS)
    for column in table.columns:
        book.text(ws, row, table[column.key], column.header, "header")
    row += 1
    first = row
    degree_days = entry(CLIMATE, "hdd_month")
    for month in range(12):
        book.text(ws, row, table["month"], MONTHS_NL_LONG[month])
        book.put(ws, row, table["days_per_month"], DAYS_PER_MONTH[month], "text", INT)
        book.put(
            ws,
            row,
            table["monthly_outdoor_temp_c"],
            f"={value}{temps_first + month}",
            "formula",
            DEC1,
        )
        scope = book.scope(SHEET, row, table=table)
        book.put(
            ws,
            row,
            table["hdd_month"],
            scope.formula(degree_days.excel, "hdd_month", month),
            "formula",
            INT,
        )
        row += 1
    book.use_name("monthly_outdoor_temp_c")
    days, degrees = table.letter["days_per_month"], table.letter["hdd_month"]
    book.text(ws, row, 1, "Totaal", "label")
    book.put(ws, row, table["days_per_month"], f"=SUM({days}{first}:{days}{row - 1})", "total", INT)
    book.put(
        ws, row, table["hdd_month"], f"=SUM({degrees}{first}:{degrees}{row - 1})", "total", INT
    )
    names = {
        "days_per_month": f"{SHEET}!${days}${first}:${days}${row - 1}",
        "hdd_month": f"{SHEET}!${degrees}${first}:${degrees}${row - 1}",
        "days_total": f"{SHEET}!${days}${row}",
        "hdd_total": f"{SHEET}!${degrees}${row}",
    }
    for key, ref in names.items():
        book.wb.defined_names[key] = DefinedName(key, attr_text=ref)


def mark_used(book: Book, rows: dict[str, int]) -> None:
    """Say per figure whether a formula uses it (written last: every other sheet is done)."""
    ws = book.sheets[SHEET]
    col = Table(COLUMNS)["live"]
    for key, row in rows.items():
        if key in book.names_used:
            cell = book.text(ws, row, col, "ja")
        else:
            cell = book.text(ws, row, col, "nee, alleen in Minigrid", "subtitle")
        cell.alignment = Alignment(vertical="top")  # beside the figure, as the rest of its row (fit_row)
