"""The method table's Excel templates as formulas on one row of a sheet.

A template names its inputs the way the engine's functions do
(:mod:`minigrid_app.core.method`); :class:`RowScope` turns each name into the cell that holds
it for the household (× variant) of the row:

1. a column of the same sheet (same row, relative: ``F5``);
2. a household input: its cell on Woningen (a yes/no input becomes ``cell="ja"``);
3. a quantity in a column of another sheet (``Warmtevraag!$J$7``);
4. a borefield value: the home's field or share row on Bron;
5. a month table name of Uitgangspunten (``hdd_month``, ``days_total`` …);
6. a constant of the method, written as a number;
7. a variant figure or a default figure: its defined name on Uitgangspunten;
8. a quantity no sheet shows (the source pump's kWh): its own template, inline.

Monthly names give that month's cell (``INDEX(hdd_month,3)`` for March) in a monthly
column, and the twelve cells as a range elsewhere (``SUM(…)``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from minigrid_app.core.method import (
    CONSTANTS,
    HOUSEHOLD_INPUTS,
    VARIANT_FIGURES,
    excel_number,
    render,
    variant_figure_key,
)
from minigrid_app.core.variants import find_quantity
from minigrid_app.io.excel.cells import Table, monthly_key

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

#: Uitgangspunten's month table: defined names, monthly or not.
MONTH_TABLE_NAMES = {
    "days_per_month": True,
    "hdd_month": True,
    "days_total": False,
    "hdd_total": False,
}
#: Borefield values of a ground variant: (Bron column, on the share row rather than the field row).
FIELD_VALUES = {
    "field_design_source_temp_c": ("design_t", False),
    "field_source_temp_c": ("t", False),
    "shared_maintenance_eur": ("s_maint", True),
}
_ATOM = re.compile(r"^[\w.$!:]+$")
_CALL = re.compile(r"^[A-Z][A-Z0-9.]*\(")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def _is_atom(text: str) -> bool:
    """A name, number, cell reference or one function call: needs no parentheses inside a formula."""
    if _ATOM.match(text):
        return True
    call = _CALL.match(text)
    if call is None or not text.endswith(")"):
        return False
    depth = 0
    for index in range(call.end() - 1, len(text)):
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        if depth == 0:
            return index == len(text) - 1
    return False


def _parenthesised(text: str) -> str:
    return text if _is_atom(text) else f"({text})"


class RowScope:
    """The names a formula on one row of a sheet can use, as references to cells.

    Parameters
    ----------
    book : Book
        The workbook being written (its layout, and the set of defined names formulas use).
    sheet : str
        The sheet of the row.
    row : int
    house_id : str, optional
        The household of the row.
    variant : str, optional
        The variant of the row (None on a sheet with one row per household).
    table : Table, optional
        The table of the row when it is not the sheet's main table.
    extra : mapping, optional
        Cells of the sheet for names that are not a column of the row (a total on another row).
    """

    def __init__(
        self,
        book: Book,
        sheet: str,
        row: int,
        house_id: str | None = None,
        variant: str | None = None,
        table: Table | None = None,
        extra: Mapping[str, str] | None = None,
    ):
        self.book = book
        self.layout = book.layout
        self.sheet = sheet
        self.table = table if table is not None else self.layout.tables.get(sheet)
        self.row = row
        self.house_id = house_id
        self.variant = variant
        self.extra = dict(extra or {})

    # ---------------------------------------------------------------- formulas

    def formula(self, template: str, own_key: str = "", month: int | None = None) -> str | float:
        """``=`` + the template over this row; a plain number stays a number."""
        text = self.expression(template, own_key, month)
        if _NUMBER.match(text):
            return float(text) if "." in text else int(text)
        return "=" + text

    def expression(self, template: str, own_key: str = "", month: int | None = None) -> str:
        """The template over this row, without the ``=``."""
        return render(template, lambda name: self.reference(name, own_key, month))

    def quantity(
        self, key: str, month: int | None = None, variant: str | None = None
    ) -> str | float:
        """The formula of a method quantity for this row (its template, rendered)."""
        quantity = find_quantity(key, variant or self.variant)
        if quantity is None or quantity.excel is None:
            raise KeyError(f"no workbook formula for {key!r} of {variant or self.variant!r}")
        return self.formula(quantity.excel, key, month)

    # ---------------------------------------------------------------- names

    def reference(self, name: str, own_key: str = "", month: int | None = None) -> str:
        """The cell (or range, or name, or number) that holds ``name`` for this row."""
        local = self._same_sheet(name, own_key, month)
        if local is not None:
            return local
        if name in self.extra:
            return self.extra[name]
        if name in HOUSEHOLD_INPUTS:
            cell = self.layout.ref("Woningen", name, self.house_id)
            return f'{cell}="ja"' if HOUSEHOLD_INPUTS[name].kind == "yes_no" else cell
        sheet = self.layout.places.get(name)
        if sheet is not None and sheet != self.sheet:
            return self._other_sheet(sheet, name, month)
        if name in FIELD_VALUES:
            return self._field_value(name, month)
        if name in MONTH_TABLE_NAMES:
            return (
                f"INDEX({name},{month + 1})"
                if month is not None and MONTH_TABLE_NAMES[name]
                else name
            )
        if name in CONSTANTS:
            return excel_number(CONSTANTS[name])
        if name in VARIANT_FIGURES:
            return self.book.use_name(variant_figure_key(self.variant, name))
        if name in self.layout.params.definitions:
            self.book.use_name(name)
            if month is not None and self.layout.params.definitions[name].is_series:
                return f"INDEX({name},{month + 1})"
            return name
        quantity = find_quantity(name, self.variant)
        if quantity is None or quantity.excel is None:
            raise KeyError(f"the workbook has no cell for {name!r} ({self.sheet}, {self.variant})")
        inline = self.expression(quantity.excel, own_key, month)
        return _parenthesised(inline)

    def _same_sheet(self, name: str, own_key: str, month: int | None) -> str | None:
        table = self.table
        if table is None or name == own_key:
            return None
        if month is not None and monthly_key(name, month) in table:
            return f"{table.letter[monthly_key(name, month)]}{self.row}"
        if name in table:
            return f"{table.letter[name]}{self.row}"
        if month is None and monthly_key(name, 0) in table:
            return f"{table.letter[monthly_key(name, 0)]}{self.row}:{table.letter[monthly_key(name, 11)]}{self.row}"
        return None

    def _other_sheet(self, sheet: str, name: str, month: int | None) -> str:
        layout = self.layout
        table = layout.tables[sheet]
        row = layout.row(sheet, self.house_id, self.variant)
        if name in table:
            return f"{sheet}!${table.letter[name]}${row}"
        if month is not None:
            return f"{sheet}!${table.letter[monthly_key(name, month)]}${row}"
        first, last = table.letter[monthly_key(name, 0)], table.letter[monthly_key(name, 11)]
        return f"{sheet}!${first}${row}:${last}${row}"

    def _field_value(self, name: str, month: int | None) -> str:
        column, on_share_row = FIELD_VALUES[name]
        layout = self.layout
        if on_share_row:
            return layout.share_ref(column, self.house_id, self.variant)
        result = self.layout.results.household(self.house_id).variants[self.variant]
        if month is not None:
            column = f"{column}{month}"
        return layout.field_ref(column, result.field_id)
