"""Cells of the workbook: number formats, ready-made styles, safe text, column tables, print setup."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from minigrid_app import APP_NAME, __version__

ENGINE_NOTE = "berekend door Minigrid"
#: What the cells Minigrid computed are called on every sheet: their fill, :data:`FILL_ENGINE`, is a
#: pale lilac (the heads of their columns are dark purple, white text). One word for one colour.
ENGINE_CELLS = "lila cellen"
#: Excel's limit on the length of a cell's text.
MAX_TEXT = 32_000
#: Every table's header row; its rows start below it.
HEADER_ROW = 4
FIRST_ROW = HEADER_ROW + 1

# number formats (Excel stores them in en-US notation; a Dutch Excel shows € 1.234)
EUR = '"€" #,##0;"€" -#,##0'
EUR2 = '"€" #,##0.00;"€" -#,##0.00'
INT = "#,##0"
DEC1 = "#,##0.0"
DEC2 = "0.00"
DEC3 = "0.000"
WHOLE = "0"
PCT = "0%"
PCT1 = "0.0%"
TEXT = "@"
GENERAL = "General"

FILL_INPUT = "FFF2CC"
FILL_ENGINE = "E4DFEC"
FILL_HEADER = "1F4E78"
HEAD_TEXT = "FFFFFF"  # the colour of column heads' text (white on the header fills)
FILL_SECTION = "DDEBF7"

MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_NL_LONG = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def wrapped_height(text: str, width: float, line_height: float = 15.0) -> float:
    """Row height [pt] that shows ``text`` wrapped in a column ``width`` characters wide.

    An estimate (about one character per unit of column width, less a tenth for the breaks
    between words): a row keeps the height it is given, and LibreOffice draws wrapped text of a
    row without one over the rows below it.
    """
    per_line = max(1, int(width * 0.9))
    return line_height * max(1, math.ceil(len(text) / per_line))


def head_height(text: str, width: float, line_height: float = 15.0) -> float:
    """Row height [pt] that shows a bold column head ``text`` whole in a column ``width`` characters wide.

    Wrapped as a spreadsheet wraps it: at spaces, and inside a word longer than a line; about
    one bold character per unit of column width.
    """
    return line_height * len(textwrap.wrap(text, width=max(1, int(width)), break_long_words=True) or [""])


def fit_heads(ws) -> None:
    """Make every row of column heads on ``ws`` high enough for its longest head (:func:`head_height`).

    Heads are the cells styled ``header`` or ``header_engine`` (white bold text); a row keeps a
    greater height it was given. A head cut off at its foot read "Verzamel-eiding tussen de
    boorgaten" on Bron, without its unit.
    """
    for row in ws.iter_rows():
        heads = [c for c in row if isinstance(c.value, str) and c.font.b and c.font.color is not None
                 and c.font.color.rgb in (HEAD_TEXT, "00" + HEAD_TEXT)]
        if not heads:
            continue
        number = heads[0].row
        needed = max(head_height(c.value, ws.column_dimensions[c.column_letter].width or 8.43) for c in heads)
        if (ws.row_dimensions[number].height or 15) < needed:
            ws.row_dimensions[number].height = needed


def fit_row(ws, row: int, texts: list[tuple[str, float]]) -> None:
    """Give a row the height its longest wrapped text needs, and stand its cells at the top.

    ``texts`` holds each wrapped text of the row with its column width [characters]. Text
    that does not wrap runs over the next columns on screen (or is cut off by a filled one)
    and stretches the printed page; the row's other cells stand at its top, beside the first
    line of such text, not at its foot.
    """
    ws.row_dimensions[row].height = max(wrapped_height(text, width) for text, width in texts)
    for cell in ws[row]:
        if cell.value is not None:
            cell.alignment = Alignment(wrap_text=cell.alignment.wrap_text, vertical="top")


def safe_text(value: object) -> str:
    """Text a resident typed, cleaned for a worksheet cell (no control characters, not too long)."""
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value if value is not None else ""))
    return text[:MAX_TEXT]


class Styles:
    """Ready-made cell style arrays, copied onto cells (much faster than setting fonts per cell)."""

    def __init__(self, workbook: Workbook):
        self._sheet = workbook.create_sheet("_styles")
        self._cache: dict[tuple[str, str], object] = {}
        self._workbook = workbook
        thin = Side(style="thin", color="BFBFBF")
        self._border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def apply(self, cell, kind: str, fmt: str = GENERAL) -> None:
        key = (kind, fmt)
        style = self._cache.get(key)
        if style is None:
            scratch = self._sheet.cell(row=len(self._cache) + 1, column=1)
            self._decorate(scratch, kind, fmt)
            style = scratch._style
            self._cache[key] = style
        cell._style = copy(style)

    def _decorate(self, cell, kind: str, fmt: str) -> None:
        cell.number_format = fmt
        if kind == "input":
            cell.fill = PatternFill("solid", fgColor=FILL_INPUT)
            cell.font = Font(color="1F3864")
            cell.border = self._border
        elif kind == "engine":
            cell.fill = PatternFill("solid", fgColor=FILL_ENGINE)
            cell.font = Font(italic=True, color="3F3151")
            cell.border = self._border
        elif kind == "formula":
            cell.font = Font(color="000000")
        elif kind == "total":
            cell.font = Font(bold=True)
            cell.border = Border(top=Side(style="thin", color="000000"))
        elif kind == "header":
            cell.fill = PatternFill("solid", fgColor=FILL_HEADER)
            cell.font = Font(bold=True, color=HEAD_TEXT)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "header_engine":
            cell.fill = PatternFill("solid", fgColor="5F497A")
            cell.font = Font(bold=True, color=HEAD_TEXT)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif kind == "title":
            cell.font = Font(bold=True, size=15, color=FILL_HEADER)
        elif kind == "subtitle":
            cell.font = Font(italic=True, color="595959")
        elif kind == "section":
            cell.fill = PatternFill("solid", fgColor=FILL_SECTION)
            cell.font = Font(bold=True, color=FILL_HEADER)
        elif kind == "label":
            cell.font = Font(bold=True)
            cell.alignment = Alignment(vertical="top")
        elif kind == "wrap":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        # "text": plain

    def remove_scratch(self) -> None:
        self._workbook.remove(self._sheet)


@dataclass(frozen=True)
class Column:
    """One column of a sheet's table.

    Attributes
    ----------
    key : str
        Name of the column; for a column that holds a quantity of the method table, the
        quantity's key (``key:m`` for month ``m`` of a monthly quantity).
    header : str
        Column head (Dutch).
    width : float
        Column width [characters].
    fmt : str
        Number format of its cells.
    engine : bool
        Its values are computed by Minigrid, not formulas (lilac head).
    template : str | None
        A formula template over method names for a column that is not a method entry
        (e.g. a copy ``"{eta}"`` of a figure other formulas on the row refer to).
    variants : tuple of str, optional
        The variants whose rows get the template (all when None).
    """

    key: str
    header: str
    width: float
    fmt: str = GENERAL
    engine: bool = False
    template: str | None = None
    variants: tuple[str, ...] | None = None


def monthly_key(key: str, month: int) -> str:
    """Column key of month ``month`` (0 = January) of a monthly quantity."""
    return f"{key}:{month}"


def monthly_columns(
    key: str, header: str, width: float, fmt: str, engine: bool = False
) -> list[Column]:
    """Twelve columns of a monthly quantity; ``header`` has a ``{month}`` placeholder."""
    return [
        Column(monthly_key(key, m), header.format(month=MONTHS_NL[m]), width, fmt, engine)
        for m in range(12)
    ]


class Table:
    """Column layout of one sheet's table: keys → column numbers and letters."""

    def __init__(self, columns: Sequence[Column]):
        self.columns = list(columns)
        self.index = {c.key: i for i, c in enumerate(self.columns, start=1)}
        self.letter = {
            c.key: get_column_letter(i)
            for c, i in zip(self.columns, self.index.values(), strict=True)
        }
        self.by_key = {c.key: c for c in self.columns}

    def __getitem__(self, key: str) -> int:
        return self.index[key]

    def __contains__(self, key: str) -> bool:
        return key in self.index

    @property
    def last_letter(self) -> str:
        return get_column_letter(len(self.columns))


def page_setup(ws) -> None:
    """Print on A4 landscape, fit to the page width, header rows repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if ws.title not in ("Toelichting", "Vergelijking", "Gevoeligheid"):
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.oddFooter.center.text = "&A – pagina &P van &N"
    ws.oddFooter.right.text = f"{APP_NAME} {__version__}"


def parameter_format(unit: str, integer: bool) -> str:
    """Number format of a default figure by its unit."""
    if unit.startswith("€"):
        return EUR2 if "kWh" in unit or "m³" in unit else EUR
    if unit in ("-", "") and not integer:
        return DEC3
    if integer:
        return INT
    return "#,##0.###"


def colour_series(series, colour: str, *, fill: bool, dashed: bool = False) -> None:
    """A chart series in a variant's colour: filled bars, or a 2.25 pt line (dashed if asked)."""
    colour = colour.lstrip("#").upper()
    if fill:
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    else:
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575  # 2.25 pt in EMU
        if dashed:
            series.graphicalProperties.line.dashStyle = "dash"
        series.smooth = False
        series.marker.symbol = "none"
