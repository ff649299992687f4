"""Is the workbook still what Minigrid computed? A copy of the inputs at export and a check cell per sheet.

Some values cannot be formulas: the borefield sizing, the split weights of a shared field,
the break-even gas use and the sensitivity runs. Minigrid writes them as values (lilac), and
they do not follow when an advisor changes a home or an assumption in the workbook. So the
export keeps a copy of every input as it was (the hidden sheet *Exportstand*, cell for cell
at the same place), counts the inputs that differ from it (the defined name
``minigrid_stale``), and every sheet that shows or uses such values gets a check cell in
row 3 that says so and turns red when an input changed: "reken opnieuw in Minigrid".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

from minigrid_app.io.excel import households, parameters
from minigrid_app.io.excel.cells import ENGINE_CELLS, ENGINE_NOTE, FIRST_ROW, GENERAL, TEXT, Table

if TYPE_CHECKING:
    from minigrid_app.io.excel.book import Book

SHEET = "Exportstand"
#: The defined name of the number of inputs that differ from the export.
STALE_NAME = "minigrid_stale"
#: Sheets whose figures are or use values written by Minigrid: they carry the check cell.
CHECKED_SHEETS = ("Warmtepomp", "Bron", "Investeringen", "Jaarlasten", "Kasstromen", "Vergelijking", "Gevoeligheid")
#: Where the check cell is: row 3 (between the subtitle and the table), column A.
CHECK_ROW, CHECK_COL = 3, 1
#: Where the copy of Uitgangspunten's values starts on Exportstand (right of the copy of Woningen).
PARAMETERS_COL = 40
#: The first Woningen column that is an input the computation uses (name, address and notes are not).
FIRST_INPUT, LAST_INPUT = "house_type", "cluster"

#: The check cell when an input changed: fill and bold font colour (Excel's "bad" style).
STALE_FILL, STALE_FONT = "FFC7CE", "9C0006"
STALE_WORDS = "Reken opnieuw in Minigrid: de invoer is gewijzigd sinds de export"
FRESH_WORDS = "Actueel: de invoer is niet veranderd sinds de export uit Minigrid"


def check_formula(sheet_note: str) -> str:
    """The check cell: what the lilac values are, and whether they still fit the inputs."""
    return (
        f'=IF({STALE_NAME}=0,"{FRESH_WORDS}. {sheet_note}",'
        f'"{STALE_WORDS} ("&{STALE_NAME}&" cel(len) anders). {sheet_note}")'
    )


NOTE = f"{ENGINE_CELLS.capitalize()}: waarden {ENGINE_NOTE} (bodemveld, verdeling, omslagpunt, gevoeligheid); die rekenen hier niet mee."


def write(book: Book, figure_rows: dict[str, int]) -> None:
    """The copy of the inputs, the count of differences, and the check cell on every checked sheet.

    Call after Woningen and Uitgangspunten are written (it copies what they hold).
    """
    ws = book.wb.create_sheet(SHEET)
    ws.sheet_state = "hidden"
    book.text(ws, 1, 1, "Stand van de invoer bij de export uit Minigrid (niet aanpassen)", "title", GENERAL)
    differences = [_copy_households(book, ws), _copy_parameters(book, ws, figure_rows)]
    count = "+".join(part for part in differences if part) or "0"
    book.put(ws, 2, 1, f"={count}", "formula", GENERAL)
    book.wb.defined_names[STALE_NAME] = DefinedName(STALE_NAME, attr_text=f"{SHEET}!$A$2")
    for name in CHECKED_SHEETS:
        add_check(book, book.sheets[name])
    add_check(book, book.sheets["Toelichting"], row=2)


def add_check(book: Book, ws, row: int = CHECK_ROW, col: int = CHECK_COL) -> None:
    """The check cell on one sheet, red when the inputs changed since the export."""
    cell = book.put(ws, row, col, check_formula(NOTE), "formula", TEXT)
    ref = f"{get_column_letter(col)}{row}"
    ws.conditional_formatting.add(
        ref,
        FormulaRule(
            formula=[f"{STALE_NAME}>0"],
            # dark red words on light red: the sentence runs on over the empty cells to its right
            # (white words would vanish there)
            fill=PatternFill("solid", fgColor=STALE_FILL, bgColor=STALE_FILL),
            font=Font(color=STALE_FONT, bold=True),
            stopIfTrue=True,
        ),
    )
    ws.conditional_formatting.add(
        ref,
        FormulaRule(formula=[f"{STALE_NAME}=0"], fill=PatternFill("solid", fgColor="E2EFDA", bgColor="E2EFDA")),
    )
    return cell


def _copy_block(book: Book, source, ws, first_row: int, last_row: int, first_col: int, last_col: int, to_col: int) -> None:
    """Copy the values of a block of ``source`` to ``ws`` (columns shifted to ``to_col``), text as text."""
    for r in range(first_row, last_row + 1):
        for c in range(first_col, last_col + 1):
            value = source.cell(r, c).value
            target = to_col + (c - first_col)
            if isinstance(value, str):
                book.text(ws, r, target, value, "text")
            elif value is not None:
                book.put(ws, r, target, value, "text", GENERAL)


def _compare(source_sheet: str, ws_title: str, first_row: int, last_row: int, first_col: int, last_col: int, to_col: int) -> str:
    """SUMPRODUCT of the cells of a block that differ from their copy."""
    a = f"{source_sheet}!${get_column_letter(first_col)}${first_row}:${get_column_letter(last_col)}${last_row}"
    b = (
        f"{ws_title}!${get_column_letter(to_col)}${first_row}:"
        f"${get_column_letter(to_col + last_col - first_col)}${last_row}"
    )
    return f"SUMPRODUCT(--({a}<>{b}))"


def _copy_households(book: Book, ws) -> str:
    table = book.layout.tables[households.SHEET]
    first_col, last_col = table[FIRST_INPUT], table[LAST_INPUT]
    last_row = FIRST_ROW + len(book.project.households) - 1
    if last_row < FIRST_ROW:
        return ""
    source = book.sheets[households.SHEET]
    _copy_block(book, source, ws, FIRST_ROW, last_row, first_col, last_col, first_col)
    return _compare(households.SHEET, SHEET, FIRST_ROW, last_row, first_col, last_col, first_col)


def _copy_parameters(book: Book, ws, figure_rows: dict[str, int]) -> str:
    if not figure_rows:
        return ""
    col = Table(parameters.COLUMNS)["value"]
    definitions = book.params.definitions
    first = min(figure_rows.values())
    last = max(row + (len(definitions[key].value) - 1 if definitions[key].is_series else 0) for key, row in figure_rows.items())
    source = book.sheets[parameters.SHEET]
    _copy_block(book, source, ws, first, last, col, col, PARAMETERS_COL)
    return _compare(parameters.SHEET, SHEET, first, last, col, col, PARAMETERS_COL)
