"""The editable bill of quantities (staat van hoeveelheden) as xlsx, and a filled-in one read back as a quote.

The workbook a supplier fills in: one row per line of
:func:`minigrid_app.core.tender.bill_of_quantities`, with the line's number, its id (the key
the program reads back), the work, who does it, the unit and the quantity; the supplier
enters a unit price (and, where the quantity differs, their own quantity) in the yellow cells,
and the amount follows as a live formula. Lines that are not the contractor's (the group's,
the grid operator's, the resident's) are grey and not priced. The sheet is protected except
for the input cells, so the structure survives Excel and LibreOffice. A second sheet takes the
supplier's name, date and validity.

:func:`read_quote` reads a filled-in workbook back into a :class:`~minigrid_app.core.tender_model.Quote`:
amount = (supplier's quantity, else the tender's) × unit price, computed here (a workbook saved
by a program that does not recalculate has no cached formula results).
"""

from __future__ import annotations

import datetime
import math
import os
import tempfile
from pathlib import Path

from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.tender import SECTION_LABELS, SECTIONS, UNIT_LABELS, TenderPack
from minigrid_app.core.tender_model import PARTY_LABELS, Quote
from minigrid_app.io.os_errors import plain_reason

SHEET = "Staat van hoeveelheden"
SUPPLIER_SHEET = "Aanbieder"
HEADERS_NL = (
    "Nr.",
    "Regel",
    "Omschrijving",
    "Wie",
    "Eenheid",
    "Hoeveelheid",
    "Uw hoeveelheid",
    "Eenheidsprijs incl. btw (€)",
    "Bedrag incl. btw (€)",
    "Toelichting",
)
BUDGET_HEADER = "Indicatief (€)"
#: Column numbers (1-based) of the headers above.
COL = {name: i + 1 for i, name in enumerate(("nr", "id", "text", "party", "unit", "qty", "own_qty", "price", "amount", "note"))}
FILL_INPUT = "FFF2CC"
FILL_HEADER = "1F4E78"
FILL_SECTION = "DDEBF7"
FILL_OTHER = "EDEDED"
SUPPLIER_FIELDS = (("supplier", "Naam aanbieder"), ("date", "Datum offerte (dd-mm-jjjj)"), ("valid_until", "Geldig tot (dd-mm-jjjj)"), ("contact", "Contactpersoon"), ("notes", "Opmerkingen, uitsluitingen"))


class BoqError(ProblemError):
    """The workbook cannot be written or read; ``problem`` says why in Dutch and English."""


def _text(value: object) -> str:
    """Resident- or supplier-typed text that never becomes a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith("=") else text


def build_workbook(pack: TenderPack, *, with_budget: bool = False, today: datetime.date | None = None):
    """The bill of quantities as an openpyxl Workbook (``with_budget``: add the indicative amounts)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    today = today or datetime.date.today()
    project = pack.scope.project
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    bold = Font(bold=True)
    sheet["A1"] = _text(f"Staat van hoeveelheden: {project.intake.name.strip() or 'mini-warmtenet'}")
    sheet["A1"].font = Font(bold=True, size=14, color=FILL_HEADER)
    due = pack.planning.milestones[2].date
    sheet["A2"] = _text(f"{project.intake.location} · gemaakt op {today:%d-%m-%Y} · offerte uiterlijk {due:%d-%m-%Y}")
    sheet["A3"] = (
        "Vul per regel de eenheidsprijs inclusief btw in (gele cellen); het bedrag rekent mee. Wijkt uw hoeveelheid af, "
        "vul die in bij 'Uw hoeveelheid' en licht het toe. Grijze regels zijn niet voor de aannemer. Laat de kolom 'Regel' staan."
    )
    sheet["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A3:J3")
    sheet.row_dimensions[3].height = 45
    header_row = 5
    headers = list(HEADERS_NL) + ([BUDGET_HEADER] if with_budget else [])
    for column, title in enumerate(headers, start=1):
        cell = sheet.cell(header_row, column, title)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=FILL_HEADER)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.row_dimensions[header_row].height = 32
    row = header_row + 1
    subtotals: list[str] = []
    annual_cells: list[str] = []
    amount_letter = get_column_letter(COL["amount"])
    for number, section in enumerate(SECTIONS, start=1):
        members = [line for line in pack.lines if line.section == section]
        if not members:
            continue
        title = sheet.cell(row, 1, f"{number}")
        sheet.cell(row, COL["text"], SECTION_LABELS[section][0])
        for column in range(1, len(headers) + 1):
            sheet.cell(row, column).fill = PatternFill("solid", fgColor=FILL_SECTION)
            sheet.cell(row, column).font = Font(bold=True, color=FILL_HEADER)
        title.font = Font(bold=True, color=FILL_HEADER)
        row += 1
        first = row
        for line in members:
            values = {
                "nr": line.number,
                "id": line.id,
                "text": _text(line.description_nl),
                "party": PARTY_LABELS[line.party][0],
                "unit": UNIT_LABELS[line.unit][0],
                "qty": round(line.quantity, 1) if line.unit == "m" else line.quantity,
            }
            for key, value in values.items():
                sheet.cell(row, COL[key], value)
            sheet.cell(row, COL["text"]).alignment = Alignment(wrap_text=True, vertical="top")
            # row heights are not measured by every spreadsheet program: set them for the wrapped text
            sheet.row_dimensions[row].height = 15 * max(1, math.ceil(len(line.description_nl) / 68))
            qty, own, price = (f"{get_column_letter(COL[k])}{row}" for k in ("qty", "own_qty", "price"))
            if line.in_quote:
                for key in ("own_qty", "price", "note"):
                    cell = sheet.cell(row, COL[key])
                    cell.fill = PatternFill("solid", fgColor=FILL_INPUT)
                    cell.protection = Protection(locked=False)
                sheet.cell(row, COL["amount"], f'=IF({price}="","",IF({own}="",{qty},{own})*{price})')
            else:
                for column in range(1, len(headers) + 1):
                    sheet.cell(row, column).fill = PatternFill("solid", fgColor=FILL_OTHER)
                sheet.cell(row, COL["amount"], "niet in deze offerte")
            if with_budget:
                sheet.cell(row, len(headers), round(line.indicative_amount_eur, 2)).number_format = "#,##0"
            for key in ("price", "amount"):
                sheet.cell(row, COL[key]).number_format = "#,##0.00"
            if line.kind == "annual":
                annual_cells.append(f"{amount_letter}{row}")
            row += 1
        if section != "maintenance":
            sheet.cell(row, COL["text"], f"Subtotaal {SECTION_LABELS[section][0].lower()}").font = bold
            cell = sheet.cell(row, COL["amount"], f"=SUM({amount_letter}{first}:{amount_letter}{row - 1})")
            cell.font = bold
            cell.number_format = "#,##0.00"
            subtotals.append(f"{amount_letter}{row}")
            row += 2
        else:
            row += 1
    sheet.cell(row, COL["text"], "Totaal eenmalig, incl. btw").font = Font(bold=True, size=12)
    total = sheet.cell(row, COL["amount"], "=" + "+".join(subtotals) if subtotals else 0)
    total.font = Font(bold=True, size=12)
    total.number_format = "#,##0.00"
    row += 1
    if annual_cells:
        sheet.cell(row, COL["text"], "Onderhoud per jaar, incl. btw").font = bold
        cell = sheet.cell(row, COL["amount"], f"=SUM({','.join(annual_cells)})")
        cell.font = bold
        cell.number_format = "#,##0.00"
    widths = {"nr": 6, "id": 25, "text": 62, "party": 24, "unit": 9, "qty": 12, "own_qty": 12, "price": 14, "amount": 15, "note": 30}
    for key, width in widths.items():
        sheet.column_dimensions[get_column_letter(COL[key])].width = width
    if with_budget:
        sheet.column_dimensions[get_column_letter(len(headers))].width = 14
    sheet.column_dimensions[get_column_letter(COL["id"])].hidden = False
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    sheet.protection.sheet = True
    sheet.protection.formatRows = False
    sheet.protection.formatColumns = False
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    supplier = workbook.create_sheet(SUPPLIER_SHEET)
    supplier["A1"] = "Gegevens van de aanbieder"
    supplier["A1"].font = Font(bold=True, size=14, color=FILL_HEADER)
    for index, (_, label) in enumerate(SUPPLIER_FIELDS, start=3):
        supplier.cell(index, 1, label).font = bold
        cell = supplier.cell(index, 2)
        cell.fill = PatternFill("solid", fgColor=FILL_INPUT)
        cell.protection = Protection(locked=False)
    supplier.column_dimensions["A"].width = 32
    supplier.column_dimensions["B"].width = 50
    supplier.protection.sheet = True
    workbook.active = 0
    return workbook


def write_boq(pack: TenderPack, path: str | os.PathLike, *, with_budget: bool = False, today: datetime.date | None = None) -> Path:
    """Write the workbook atomically; raises :class:`BoqError` when the file cannot be written."""
    target = Path(path)
    workbook = build_workbook(pack, with_budget=with_budget, today=today)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        try:
            workbook.save(temporary)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        nl, en = plain_reason(exc)
        raise BoqError(
            Problem(
                f"De staat van hoeveelheden kon niet worden opgeslagen in {target}: {nl}.",
                f"The bill of quantities could not be saved to {target}: {en}.",
            )
        ) from exc
    return target


def _number(value) -> float | None:
    """A number from a cell: a number, or text like '1.234,50' / '1234.5' / '€ 1.234'; None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValueError(value)
        return float(value)
    text = str(value).replace("€", "").replace(" ", "").replace("\u00a0", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    result = float(text)
    if not math.isfinite(result):
        raise ValueError(value)
    return result


def _date(value) -> str:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%Y-%m-%d")
    text = "" if value is None else str(value).strip()
    for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return text


def read_quote(path: str | os.PathLike, known_ids: set[str] | None = None) -> tuple[Quote, list[Problem]]:
    """Read a filled-in bill of quantities back as a quote.

    Parameters
    ----------
    path : path of the workbook
    known_ids : set of str, optional
        Line ids of the current tender; a row with another id is reported and skipped.

    Returns
    -------
    (Quote, list of Problem)
        The quote (amounts of the priced lines) and warnings about cells that could not be read.

    Raises
    ------
    BoqError
        When the file is not a readable workbook or not a Minigrid bill of quantities.
    """
    from openpyxl import load_workbook

    path = Path(path)
    try:
        workbook = load_workbook(path, data_only=False, read_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise BoqError(
            Problem(
                f"{path.name} is geen leesbare Excel-werkmap (.xlsx).",
                f"{path.name} is not a readable Excel workbook (.xlsx): {exc}",
            )
        ) from exc
    if SHEET not in workbook.sheetnames:
        raise BoqError(
            Problem(
                f"{path.name} is geen staat van hoeveelheden van Minigrid (blad '{SHEET}' ontbreekt).",
                f"{path.name} is not a Minigrid bill of quantities (sheet '{SHEET}' is missing).",
            )
        )
    sheet = workbook[SHEET]
    header_row = next(
        (r for r in range(1, min(sheet.max_row, 30) + 1) if sheet.cell(r, COL["id"]).value == HEADERS_NL[1]), None
    )
    if header_row is None:
        raise BoqError(
            Problem(
                f"{path.name}: de kopregel met 'Regel' is niet gevonden; is de kolomindeling veranderd?",
                f"{path.name}: the header row with 'Regel' was not found; were the columns changed?",
            )
        )
    problems: list[Problem] = []
    quote = Quote()
    for row in range(header_row + 1, sheet.max_row + 1):
        line_id = sheet.cell(row, COL["id"]).value
        if not isinstance(line_id, str) or ":" not in line_id:
            continue
        number = sheet.cell(row, COL["nr"]).value
        if known_ids is not None and line_id not in known_ids:
            problems.append(
                Problem(
                    f"Regel {number} ({line_id}) hoort niet bij de huidige uitvraag; overgeslagen.",
                    f"Line {number} ({line_id}) is not part of the current tender; skipped.",
                    severity="warning",
                    row=row,
                )
            )
            continue
        try:
            price = _number(sheet.cell(row, COL["price"]).value)
            own = _number(sheet.cell(row, COL["own_qty"]).value)
            quantity = _number(sheet.cell(row, COL["qty"]).value)
        except ValueError:
            problems.append(
                Problem(
                    f"Regel {number} (rij {row}): de prijs of hoeveelheid is geen getal; niet meegenomen.",
                    f"Line {number} (row {row}): the price or quantity is not a number; not taken.",
                    severity="warning",
                    row=row,
                )
            )
            continue
        if price is None:
            continue
        if price < 0 or (own is not None and own < 0):
            problems.append(
                Problem(
                    f"Regel {number} (rij {row}): een negatieve prijs of hoeveelheid; niet meegenomen.",
                    f"Line {number} (row {row}): a negative price or quantity; not taken.",
                    severity="warning",
                    row=row,
                )
            )
            continue
        used = own if own is not None else (quantity if quantity is not None else 1.0)
        quote.amounts[line_id] = round(used * price, 2)
        if own is not None:
            quote.quantities[line_id] = own
    if SUPPLIER_SHEET in workbook.sheetnames:
        supplier = workbook[SUPPLIER_SHEET]
        values = {key: supplier.cell(index, 2).value for index, (key, _) in enumerate(SUPPLIER_FIELDS, start=3)}
        quote.supplier = str(values["supplier"] or "").strip()
        quote.date = _date(values["date"])
        quote.valid_until = _date(values["valid_until"])
        notes = [str(values[k]).strip() for k in ("contact", "notes") if values[k]]
        quote.notes = "\n".join(notes)
    if not quote.supplier:
        quote.supplier = path.stem
    if not quote.amounts:
        problems.append(
            Problem(
                f"{path.name}: geen enkele regel heeft een prijs.",
                f"{path.name}: no line has a price.",
                severity="warning",
            )
        )
    return quote, problems
