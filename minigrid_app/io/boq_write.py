"""Writing the editable bill of quantities (staat van hoeveelheden) as xlsx (split from
:mod:`minigrid_app.io.boq_xlsx`, which reads a filled-in one back and re-exports what is here).

One row per line of :func:`minigrid_app.core.tender.bill_of_quantities`, with the line's number, its id
(the key the program reads back), the work, who does it, the unit and the quantity; the supplier enters a
unit price (and, where the quantity differs, their own quantity) in the yellow cells, and the amount follows
as a live formula. A second sheet takes the supplier's name, date and validity.
"""

from __future__ import annotations

import datetime
import io
import math
import os
from pathlib import Path

from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.tender import SECTION_LABELS, SECTIONS, UNIT_LABELS, TenderPack
from minigrid_app.core.tender_model import PARTY_LABELS
from minigrid_app.io.os_errors import plain_reason, quiet_abandoned_writers
from minigrid_app.io.projectfile import atomic_write_bytes, write_target

#: The bill's sheet, by language: it goes out in the language of the tender request it comes with
SHEETS = {"nl": "Staat van hoeveelheden", "en": "Bill of quantities"}
SHEET = SHEETS["nl"]
SUPPLIER_SHEETS = {"nl": "Aanbieder", "en": "Supplier"}
SUPPLIER_SHEET = SUPPLIER_SHEETS["nl"]
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
HEADERS_EN = (
    "No.",
    "Line",
    "Description",
    "Who",
    "Unit",
    "Quantity",
    "Your quantity",
    "Unit price incl. VAT (€)",
    "Amount incl. VAT (€)",
    "Note",
)
HEADERS = {"nl": HEADERS_NL, "en": HEADERS_EN}
BUDGET_HEADERS = {"nl": "Indicatief (€)", "en": "Indicative (€)"}
BUDGET_HEADER = BUDGET_HEADERS["nl"]
#: Column numbers (1-based) of the headers above.
COL = {name: i + 1 for i, name in enumerate(("nr", "id", "text", "party", "unit", "qty", "own_qty", "price", "amount", "note"))}
FILL_INPUT = "FFF2CC"
FILL_HEADER = "1F4E78"
FILL_SECTION = "DDEBF7"
FILL_OTHER = "EDEDED"
SUPPLIER_FIELDS = (("supplier", "Naam aanbieder"), ("date", "Datum offerte (dd-mm-jjjj)"), ("valid_until", "Geldig tot (dd-mm-jjjj)"), ("contact", "Contactpersoon"), ("notes", "Opmerkingen, uitsluitingen"))
SUPPLIER_FIELDS_EN = (("supplier", "Name of supplier"), ("date", "Date of quote (dd-mm-yyyy)"), ("valid_until", "Valid until (dd-mm-yyyy)"), ("contact", "Contact person"), ("notes", "Remarks, exclusions"))
#: What the amount cell of a line that is not the contractor's says, by language
NOT_IN_QUOTE = {"nl": "niet in deze offerte", "en": "not in this quote"}
#: The words of the sheets, by language (titles, the instruction, the sums)
_WORDS = {
    "nl": {
        "title": "Staat van hoeveelheden: {name}",
        "unnamed": "mini-warmtenet",
        "dates": "{location} · gemaakt op {today} · offerte uiterlijk {due}",
        "how": "Vul per regel de eenheidsprijs inclusief btw in (gele cellen); het bedrag rekent mee. Wijkt uw hoeveelheid af, "
               "vul die in bij 'Uw hoeveelheid' en licht het toe. Grijze regels zijn niet voor de aannemer. Laat de kolom 'Regel' staan.",
        "subtotal": "Subtotaal {section}",
        "total": "Totaal eenmalig, incl. btw",
        "annual": "Onderhoud per jaar, incl. btw",
        "supplier": "Gegevens van de aanbieder",
    },
    "en": {
        "title": "Bill of quantities: {name}",
        "unnamed": "mini heat network",
        "dates": "{location} · made on {today} · quote by {due}",
        "how": "Enter each line's unit price including VAT (yellow cells); the amount follows. Where your quantity differs, "
               "enter it under 'Your quantity' and explain it. Grey lines are not for the contractor. Leave the column 'Line' as it is.",
        "subtotal": "Subtotal {section}",
        "total": "Total one-off, incl. VAT",
        "annual": "Maintenance per year, incl. VAT",
        "supplier": "Details of the supplier",
    },
}
#: Where each title starts, by language: a workbook read back names the project it was made for after it
TITLE_PREFIXES = tuple(words["title"].split("{")[0] for words in _WORDS.values())


class BoqError(ProblemError):
    """The workbook cannot be written or read; ``problem`` says why in Dutch and English."""


def _text(value: object) -> str:
    """Resident- or supplier-typed text that never becomes a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith("=") else text


def build_workbook(pack: TenderPack, *, with_budget: bool = False, today: datetime.date | None = None, language: str = "nl"):
    """The bill of quantities as an openpyxl Workbook (``with_budget``: add the indicative amounts), in ``language``
    (``nl`` or ``en``: the sheets' names, headers, lines and instructions; the line ids are the same in both)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    today = today or datetime.date.today()
    project = pack.scope.project
    said = _WORDS[language]
    side = 1 if language == "en" else 0  # the (nl, en) labels' index
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEETS[language]
    bold = Font(bold=True)
    sheet["A1"] = _text(said["title"].format(name=project.intake.name.strip() or said["unnamed"]))
    sheet["A1"].font = Font(bold=True, size=14, color=FILL_HEADER)
    due = pack.planning.milestones[2].date
    sheet["A2"] = _text(said["dates"].format(location=project.intake.location, today=f"{today:%d-%m-%Y}", due=f"{due:%d-%m-%Y}"))
    sheet["A3"] = said["how"]
    sheet["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A3:J3")
    sheet.row_dimensions[3].height = 45
    header_row = 5
    headers = list(HEADERS[language]) + ([BUDGET_HEADERS[language]] if with_budget else [])
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
        sheet.cell(row, COL["text"], SECTION_LABELS[section][side])
        for column in range(1, len(headers) + 1):
            sheet.cell(row, column).fill = PatternFill("solid", fgColor=FILL_SECTION)
            sheet.cell(row, column).font = Font(bold=True, color=FILL_HEADER)
        title.font = Font(bold=True, color=FILL_HEADER)
        row += 1
        first = row
        for line in members:
            description = line.description(language)
            values = {
                "nr": line.number,
                "id": line.id,
                "text": _text(description),
                "party": PARTY_LABELS[line.party][side],
                "unit": UNIT_LABELS[line.unit][side],
                "qty": line.shown_quantity,
            }
            for key, value in values.items():
                sheet.cell(row, COL[key], value)
            sheet.cell(row, COL["text"]).alignment = Alignment(wrap_text=True, vertical="top")
            # row heights are not measured by every spreadsheet program: set them for the wrapped text
            sheet.row_dimensions[row].height = 15 * max(1, math.ceil(len(description) / 68))
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
                sheet.cell(row, COL["amount"], NOT_IN_QUOTE[language])
            if with_budget:
                sheet.cell(row, len(headers), round(line.indicative_amount_eur, 2)).number_format = "#,##0"
            for key in ("price", "amount"):
                sheet.cell(row, COL[key]).number_format = "#,##0.00"
            if line.kind == "annual":
                annual_cells.append(f"{amount_letter}{row}")
            row += 1
        if section != "maintenance":
            sheet.cell(row, COL["text"], said["subtotal"].format(section=SECTION_LABELS[section][side].lower())).font = bold
            cell = sheet.cell(row, COL["amount"], f"=SUM({amount_letter}{first}:{amount_letter}{row - 1})")
            cell.font = bold
            cell.number_format = "#,##0.00"
            subtotals.append(f"{amount_letter}{row}")
            row += 2
        else:
            row += 1
    sheet.cell(row, COL["text"], said["total"]).font = Font(bold=True, size=12)
    total = sheet.cell(row, COL["amount"], "=" + "+".join(subtotals) if subtotals else 0)
    total.font = Font(bold=True, size=12)
    total.number_format = "#,##0.00"
    row += 1
    if annual_cells:
        sheet.cell(row, COL["text"], said["annual"]).font = bold
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

    supplier = workbook.create_sheet(SUPPLIER_SHEETS[language])
    supplier["A1"] = said["supplier"]
    supplier["A1"].font = Font(bold=True, size=14, color=FILL_HEADER)
    for index, (_, label) in enumerate(SUPPLIER_FIELDS_EN if language == "en" else SUPPLIER_FIELDS, start=3):
        supplier.cell(index, 1, label).font = bold
        cell = supplier.cell(index, 2)
        cell.fill = PatternFill("solid", fgColor=FILL_INPUT)
        cell.protection = Protection(locked=False)
    supplier.column_dimensions["A"].width = 32
    supplier.column_dimensions["B"].width = 50
    supplier.protection.sheet = True
    from minigrid_app.io.boq_clusters import write_cluster_sheet

    write_cluster_sheet(workbook, pack.lines, FILL_HEADER, language)  # which homes each cluster's prices are for
    workbook.active = 0
    return workbook


def write_boq(
    pack: TenderPack, path: str | os.PathLike, *, with_budget: bool = False, today: datetime.date | None = None, language: str = "nl"
) -> Path:
    """Write the workbook (:func:`build_workbook`, in ``language``) atomically; raises :class:`BoqError` when the file cannot be written."""
    target = write_target(path)  # a link: write what it points to
    workbook = build_workbook(pack, with_budget=with_budget, today=today, language=language)
    # made in memory and written by our own atomic write (as the Excel export): a full disk
    # fails there, which cleans up, not inside openpyxl's ZipFile, whose __del__ printed a
    # traceback after the message and left a temporary file
    problem = None
    with quiet_abandoned_writers():
        try:
            buffer = io.BytesIO()
            workbook.save(buffer)
            atomic_write_bytes(target, buffer.getvalue())
        except OSError as exc:
            nl, en = plain_reason(exc)
            problem = Problem(
                f"De staat van hoeveelheden kon niet worden opgeslagen in {target}: {nl}.",
                f"The bill of quantities could not be saved to {target}: {en}.",
            )
    if problem is not None:
        raise BoqError(problem)
    return target
