"""The workbook being written: its sheets, cell styles, layout, and the defined names formulas use."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from minigrid_app.core.model import Project
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variants import find_quantity
from minigrid_app.io.excel.cells import (
    GENERAL,
    HEADER_ROW,
    TEXT,
    Styles,
    Table,
    fit_heads,
    page_setup,
    safe_text,
)
from minigrid_app.io.excel.formulas import RowScope
from minigrid_app.io.excel.layout import Layout

SHEETS = (
    "Toelichting",
    "Uitgangspunten",
    "Woningen",
    "Warmtevraag",
    "Warmtepomp",
    "Bron",
    "Investeringen",
    "Jaarlasten",
    "Vergelijking",
    "Kasstromen",
    "Gevoeligheid",
    "Organisatie",
)


class Book:
    """A workbook under construction.

    Parameters
    ----------
    project, results
        What the workbook shows.
    anonymise : bool
        Homes become Woning 1…N; names, addresses, notes and contacts are left out.

    Attributes
    ----------
    layout : Layout
        Every table's columns and every row, fixed before writing.
    names_used : set of str
        Defined names (default figures) that some formula refers to; Uitgangspunten says
        per figure whether it works through in the workbook.
    """

    def __init__(self, project: Project, results: ProjectResults, anonymise: bool):
        self.project = project
        self.results = results
        self.params = results.parameters
        self.anonymise = anonymise
        self.layout = Layout(project, results, anonymise)
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets = {name: self.wb.create_sheet(name) for name in SHEETS}
        self.styles = Styles(self.wb)
        self.names_used: set[str] = set()

    def finish(self) -> Workbook:
        """Print setup, full recalculation on load, the first sheet active."""
        self.styles.remove_scratch()
        for ws in self.sheets.values():
            fit_heads(ws)
            page_setup(ws)
        self.wb.calculation.fullCalcOnLoad = True
        self.wb.active = 0
        return self.wb

    # ------------------------------------------------------------ names and formulas

    def use_name(self, key: str) -> str:
        """A default figure's defined name, recorded as used by a formula."""
        self.names_used.add(key)
        return key

    def scope(
        self,
        sheet: str,
        row: int,
        house_id: str | None = None,
        variant: str | None = None,
        table: Table | None = None,
        extra: dict[str, str] | None = None,
    ) -> RowScope:
        """The names a formula on ``row`` of ``sheet`` can use."""
        return RowScope(self, sheet, row, house_id, variant, table, extra)

    # ------------------------------------------------------------ cells

    def put(self, ws, row: int, col: int, value, kind: str = "formula", fmt: str = GENERAL):
        cell = ws.cell(row=row, column=col, value=value)
        self.styles.apply(cell, kind, fmt)
        return cell

    def text(self, ws, row: int, col: int, value: object, kind: str = "text", fmt: str = TEXT):
        """Write text that must stay text, whatever it starts with (=, +, -, @)."""
        value = safe_text(value)
        cell = ws.cell(row=row, column=col)
        cell.value = value
        cell.data_type = "s"  # openpyxl makes "=…" a formula otherwise
        self.styles.apply(cell, kind, fmt)
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
        return cell

    def header(self, ws, table: Table, row: int = HEADER_ROW, height: float = 45) -> None:
        """A table's column heads (lilac for program values) and its column widths; the row is
        ``height`` [pt] high, or higher where a head needs it (:func:`fit_heads`, at the end)."""
        for i, column in enumerate(table.columns, start=1):
            self.text(ws, row, i, column.header, "header_engine" if column.engine else "header")
            ws.column_dimensions[get_column_letter(i)].width = column.width
        ws.row_dimensions[row].height = height

    def title(self, ws, title: str, subtitle: str = "") -> None:
        self.text(ws, 1, 1, title, "title", GENERAL)
        ws.row_dimensions[1].height = 22
        if subtitle:
            self.text(ws, 2, 1, subtitle, "subtitle", GENERAL)

    def section(self, ws, row: int, title: str, last_col: int) -> None:
        """A section band across columns 1..``last_col`` with its title in column 1."""
        for col in range(2, last_col + 1):
            self.put(ws, row, col, None, "section")
        self.text(ws, row, 1, title, "section", GENERAL)

    def quantity_columns(self, ws, table: Table, scope: RowScope) -> None:
        """Every column of ``table`` that is a method quantity (or a template), as a formula on the row."""
        for column in table.columns:
            key, _, month = column.key.partition(":")
            month = int(month) if month else None
            if column.template is not None:
                if column.variants is not None and scope.variant not in column.variants:
                    continue
                value = scope.formula(column.template, key, month)
            elif key in self.layout.places and (quantity := find_quantity(key, scope.variant)) is not None:
                if quantity.excel is None:
                    continue
                value = scope.formula(quantity.excel, key, month)
            else:  # not a quantity, or not one of this row's variant
                continue
            self.put(ws, scope.row, table[column.key], value, "formula", column.fmt)
