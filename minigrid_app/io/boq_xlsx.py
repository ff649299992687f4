"""The editable bill of quantities (staat van hoeveelheden) as xlsx, and a filled-in one read back as a quote
(the writing is :mod:`minigrid_app.io.boq_write`; its names are imported from here too).

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
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from minigrid_app.core.formatting import exact, group_thousands
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import DOUBTFUL, Reading, short, words
from minigrid_app.core.tender import UNIT_LABELS
from minigrid_app.core.tender_model import Quote
from minigrid_app.io.boq_write import (  # noqa: F401  (the writer's names, as callers import them from here)
    BUDGET_HEADER,
    COL,
    HEADERS,
    HEADERS_NL,
    NOT_IN_QUOTE,
    SHEET,
    SHEETS,
    SUPPLIER_FIELDS,
    SUPPLIER_FIELDS_EN,
    SUPPLIER_SHEET,
    SUPPLIER_SHEETS,
    TITLE_PREFIXES,
    BoqError,
    build_workbook,
    write_boq,
)


def _date(value) -> str:
    """A supplier's date as ISO (the date reader of every entry path); text that is no date is kept as written."""
    from minigrid_app.core.reading_dates import read_date
    from minigrid_app.core.safe_text import clean_text

    day = read_date(value)
    if day is not None:
        return day.isoformat()
    return clean_text("" if value is None else str(value).strip(), 40)[0]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A filled-in bill of quantities larger than this [bytes] is refused before it is unpacked.
MAX_QUOTE_BYTES = 20 * 1024 * 1024


def _open_filled_in(path: Path):
    """The workbook twice (formulas, and the values a spreadsheet program last calculated)."""
    import warnings

    from openpyxl import load_workbook

    from minigrid_app.io.safe_read import ReadRefused, read_file_limited
    from minigrid_app.io.survey.read import check_workbook_bytes
    from minigrid_app.io.survey.table import ImportFileError

    try:  # folders, pipes and devices refused before reading; the size counted while reading
        data = read_file_limited(path, MAX_QUOTE_BYTES)
        check_workbook_bytes(path.name, data, ("de ingevulde staat van hoeveelheden (.xlsx)",
                                               "the filled-in bill of quantities (.xlsx)"))
    except (ReadRefused, ImportFileError) as exc:
        raise BoqError(exc.problem) from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return (load_workbook(io.BytesIO(data), data_only=False),
                    load_workbook(io.BytesIO(data), data_only=True))
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise BoqError(
            Problem(
                f"{path.name} is beschadigd of onleesbaar. Open het in Excel of LibreOffice en sla het opnieuw op.",
                f"{path.name} is damaged or unreadable. Open it in Excel or LibreOffice and save it again.",
            )
        ) from exc


def _columns(sheet) -> tuple[int | None, dict[str, int]]:
    """The header row and each column by its header text, wherever the supplier moved it.

    A supplier may unprotect the sheet and insert a column ('Merk en type') or move one;
    reading by position would then take the wrong column for the price. The headers are read in
    either language the bill is written in. Returns ``(None, {})`` when no row holds both 'Regel'
    ('Line') and the unit price.
    """
    wanted = {words(title): key for headers in HEADERS.values() for key, title in zip(COL, headers, strict=True)}
    for row in range(1, min(sheet.max_row, 30) + 1):
        found: dict[str, int] = {}
        for column in range(1, min(sheet.max_column, 60) + 1):
            key = wanted.get(words(str(sheet.cell(row, column).value or "")))
            if key is not None and key not in found:
                found[key] = column
        if "id" in found and "price" in found:
            spare = max([*found.values(), sheet.max_column]) + 1  # an empty column for what is missing
            return row, {key: found.get(key, spare) for key in COL}
    return None, {}


def _cell(formulas, values, row: int, column: int):
    """A cell's value: what was typed, or for a formula what it last calculated to.

    Returns ``(value, formula)``; ``formula`` is the formula text when the workbook was saved
    without its result (a program that does not calculate), else None.
    """
    typed = formulas.cell(row, column).value
    if isinstance(typed, str) and typed.startswith("="):
        cached = values.cell(row, column).value
        return (cached, None) if cached is not None else (None, typed)
    return typed, None


def supplier_fields(formulas, values) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """The supplier sheet's fields, each read beside its label (column A), and the text read nowhere.

    A supplier who unprotects the sheet may insert a row or type the name on the empty row under
    the title: the fields were read by their row, so the name on row 2 was dropped without a word.
    A field whose label is not found is read at its place in the sheet as written.

    Returns
    -------
    (dict, list)
        Field key (:data:`SUPPLIER_FIELDS`) → value; and (cell such as 'B2', text) of every
        other cell with text, apart from the labels and the title.
    """
    keys = {words(label): key for fields in (SUPPLIER_FIELDS, SUPPLIER_FIELDS_EN) for key, label in fields}
    found: dict[str, object] = {}
    read: set[tuple[int, int]] = {(1, 1)}  # the title
    for row in range(1, min(formulas.max_row, 200) + 1):
        key = keys.get(words(str(formulas.cell(row, 1).value or "")))
        if key is not None and key not in found:
            found[key] = _cell(formulas, values, row, 2)[0]
            read |= {(row, 1), (row, 2)}
    for row, (key, _label) in enumerate(SUPPLIER_FIELDS, start=3):
        if key not in found:
            found[key] = _cell(formulas, values, row, 2)[0]
            read.add((row, 2))
    unread = []
    for row in range(1, min(formulas.max_row, 200) + 1):
        for column in range(1, min(formulas.max_column, 26) + 1):
            value = _cell(formulas, values, row, column)[0]
            if (row, column) not in read and value is not None and str(value).strip():
                unread.append((f"{chr(64 + column)}{row}", str(value).strip()))
    return found, unread


#: ``Problem.field`` of the warning that no line has a price (the reasons come before it)
NO_PRICE_FIELD = "amounts"
#: The rows the bill itself sums in 'Bedrag' (no line of work, never a supplier's extra)
_TOTAL_ROWS = ("subtotaal", "totaal eenmalig", "onderhoud per jaar", "subtotal", "total one off", "maintenance per year")
#: A line's amount the supplier typed agrees with quantity × unit price within this [€] (whole euros typed)
_AMOUNT_AGREES_EUR = 0.5


@dataclass
class _SheetRead:
    """The priced lines of one sheet with the bill's layout, and what was said about them."""

    name: str
    amounts: dict[str, float] = field(default_factory=dict)
    quantities: dict[str, float] = field(default_factory=dict)
    extras: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    excl_vat: list[str] = field(default_factory=list)  # where the supplier wrote that prices exclude VAT
    totals: list[tuple[int, str, float]] = field(default_factory=list)  # (row, label, figure) a supplier typed over a sum
    ids_seen: int = 0
    ids_known: int = 0
    english: bool = False  # the English bill's headers


def _vat_ratio(stated: float, computed: float) -> tuple[str, str]:
    """Words when two amounts differ by exactly a VAT rate (21 % or 9 %), else ('', '')."""
    for rate in (21, 9):
        factor = 1 + rate / 100
        if computed > 0 and abs(stated - computed * factor) <= _AMOUNT_AGREES_EUR:
            return (f" (het bedrag is de prijs plus {rate}% btw: is de eenheidsprijs exclusief btw?)",
                    f" (the amount is the price plus {rate}% VAT: is the unit price without VAT?)")
        if stated > 0 and abs(computed - stated * factor) <= _AMOUNT_AGREES_EUR:
            return (f" (de prijs is het bedrag plus {rate}% btw: is het bedrag exclusief btw?)",
                    f" (the price is the amount plus {rate}% VAT: is the amount without VAT?)")
    return "", ""


def _quantity_used(line, quantity: Reading, own: Reading) -> tuple[float, tuple[str, str] | None]:
    """The quantity a unit price is for, and what to say about it: never 1 silently.

    The supplier's own quantity, else the bill's column. A 'Hoeveelheid' the supplier changed
    is theirs (said); one emptied or unreadable is the quantity the bill was sent with (said);
    without the tender's lines, an empty one counts 1.
    """
    if own.value is not None:
        return own.value, None
    sent = line.shown_quantity if line is not None else None
    if quantity.value is not None:
        if sent is None or abs(quantity.value - sent) <= 1e-6:
            return quantity.value, None
        unit_nl, unit_en = UNIT_LABELS[line.unit]
        return quantity.value, (
            f"de hoeveelheid is in de werkmap veranderd van {exact(sent, 'nl')} {unit_nl} in {exact(quantity.value, 'nl')} "
            f"{unit_nl}; als de hoeveelheid van de aanbieder genomen.",
            f"the quantity was changed in the workbook from {exact(sent, 'en')} {unit_en} to {exact(quantity.value, 'en')} "
            f"{unit_en}; taken as the supplier's quantity.")
    if sent is None:
        return 1.0, None
    unit_nl, unit_en = UNIT_LABELS[line.unit]
    return sent, (f"de hoeveelheid is leeg of onleesbaar in de werkmap; die van de uitvraag ({exact(sent, 'nl')} {unit_nl}) genomen.",
                  f"the quantity is empty or unreadable in the workbook; the tender's ({exact(sent, 'en')} {unit_en}) taken.")


def _is_bill_formula(value) -> bool:
    """The amount formula the bill was sent with (``=IF(H18="","",…)``), not one the supplier typed."""
    return isinstance(value, str) and value.replace(" ", "").upper().startswith("=IF(")


def _notation(sheet, header_row: int, COL: dict) -> tuple[str | None, bool]:  # noqa: N803
    """How the sheet's figures are written, and whether the bill is the English one.

    The notation its typed figures show ('1,250.50' English, '1.250,50' Dutch; none, or both:
    the language the bill was sent in). The English bill's "12,500" was 'can mean € 12.5 or
    € 12,500', refused without the tender's lines, and its "2.100" was € 2.100 without a word.
    """
    from minigrid_app.core.reading import notation_of

    typed = (sheet.cell(row, COL[key]).value for row in range(header_row + 1, sheet.max_row + 1)
             for key in ("qty", "own_qty", "price", "amount"))
    english = words(str(sheet.cell(header_row, COL["id"]).value or "")) == words(HEADERS["en"][COL["id"] - 1])
    return notation_of(value for value in typed if isinstance(value, str)) or ("en" if english else None), english


def _read_lines(sheet, cached, header_row: int, COL: dict, by_id: dict, known_ids,  # noqa: N803
                moved: dict[str, str | None] | None = None) -> _SheetRead:
    """Every line of one sheet with the bill's layout (see :func:`read_quote`), its figures in the
    notation they are written in (:func:`_notation`)."""
    from minigrid_app.core.quote_entry import (
        far_from_indicative,
        line_amount,
        read_price,
        read_quantity,
        says_excl_vat,
    )
    from minigrid_app.core.quote_entry import total_problems as said_of_totals
    from minigrid_app.core.safe_text import clean_text

    read = _SheetRead(sheet.title)
    notation, english = _notation(sheet, header_row, COL)
    read.english = english
    # the English bill filled in the English way: 'read in English notation' would be said of every line
    said_english = not (english and notation == "en")

    def warn(row: int, nl: str, en: str) -> None:
        read.problems.append(Problem(nl, en, severity="warning", row=row))

    def euros(value: float, language: str = "nl") -> str:
        return f"€ {group_thousands(value, 2, language)}"

    for column in range(1, min(sheet.max_column, 60) + 1):  # a header the supplier changed to 'excl. btw'
        title = sheet.cell(header_row, column).value
        if says_excl_vat(title):
            read.excl_vat.append(clean_text(str(title), 60)[0])
    for row in range(header_row + 1, sheet.max_row + 1):
        line_id = sheet.cell(row, COL["id"]).value
        number = sheet.cell(row, COL["nr"]).value
        where = f"Regel {number} (rij {row})" if number not in (None, "") else f"Rij {row}"
        where_en = f"Line {number} (row {row})" if number not in (None, "") else f"Row {row}"
        note = sheet.cell(row, COL["note"]).value
        if says_excl_vat(note):
            read.excl_vat.append(f"{where}: {clean_text(str(note), 60)[0]}")
        price_value, price_formula = _cell(sheet, cached, row, COL["price"])
        amount_value, amount_formula = _cell(sheet, cached, row, COL["amount"])
        if not isinstance(line_id, str) or ":" not in line_id:
            text = " ".join(str(sheet.cell(row, COL[k]).value or "") for k in ("text", "note")).strip()
            if words(text).startswith(_TOTAL_ROWS):  # the bill's own sums: compared when the supplier typed one
                read.totals += [(row, text, figure) for figure in [_typed_total(sheet, cached, row, COL, notation)]
                                if figure is not None]
                continue
            written, formula, unit_price = price_value, price_formula, True
            if read_price(written, unit_price=True).how == "empty" and formula is None:  # priced as an amount
                written, formula, unit_price = amount_value, amount_formula, False
            price = read_price(written, unit_price=unit_price, notation=notation)
            if formula is None and not price.value and price.how in ("empty", "included"):
                continue
            text = clean_text(text, 200)[0] or "?"
            shown = formula if formula is not None else written
            amount, amount_en = (euros(price.value), euros(price.value, "en")) if price.value is not None else (f"‘{shown}’",) * 2
            read.extras.append(f"{text}: {amount}" if price.value is not None else f"{text}: {shown}")
            warn(row, f"Rij {row} (‘{text}’, {amount}) staat niet in de uitvraag; niet meegeteld in de "
                      "vergelijking en bewaard in de opmerkingen. Vraag de aanbieder bij welke regel het hoort.",
                 f"Row {row} (‘{text}’, {amount_en}) is not in the tender; not counted in the comparison and kept "
                 "in the notes. Ask the supplier which line it belongs to.")
            continue
        owner, _, item = line_id.rpartition(":")
        if moved and owner in moved:  # its cluster's homes are another cluster's now, or none's (said once)
            if moved[owner] is None:
                continue
            line_id = f"{moved[owner]}:{item}"
        read.ids_seen += 1
        if known_ids is not None and line_id not in known_ids:
            # named by the words the bill gave it, not its id ('hofje-2:heat_pump')
            said = short(clean_text(str(sheet.cell(row, COL["text"]).value or ""), 200)[0], 100)
            said = f", ‘{said}’," if said else ""
            warn(row, f"{where}{said} hoort niet bij de huidige uitvraag; overgeslagen.",
                 f"{where_en}{said} is not part of the current tender; skipped.")
            continue
        read.ids_known += 1
        line = by_id.get(line_id)
        expected = None
        if line is not None and line.indicative_amount_eur > 0:
            unit = line.indicative_amount_eur / max(line.quantity, 1e-9) if line.quantity else line.indicative_amount_eur
            expected = (unit / 5, unit * 5)
        # the amount the supplier's spreadsheet shows (typed over the formula, or calculated by it)
        stated = read_price(None if amount_value in NOT_IN_QUOTE.values() else amount_value, notation=notation)
        if amount_formula is not None and not _is_bill_formula(amount_formula):
            stated = Reading(None, DOUBTFUL, "formula", f"‘{amount_formula[:40]}’ is een formule zonder berekende waarde",
                             f"‘{amount_formula[:40]}’ is a formula without a calculated value")
        price = read_price(price_value, plausible=expected, unit_price=True, unit=line.unit if line is not None else None,
                           notation=notation)
        if price_formula is not None:
            price = Reading(None, DOUBTFUL, "formula", f"‘{price_formula[:40]}’ is een formule zonder berekende waarde",
                            f"‘{price_formula[:40]}’ is a formula without a calculated value")
        lump_sum = price.how == "empty" and not stated.is_empty
        if price.how == "empty" and stated.is_empty:
            continue
        if lump_sum:  # only 'Bedrag' filled in: the amount of the whole line
            price = stated
        quantities = []
        for column, what_nl, what_en in ((COL["qty"], "hoeveelheid", "quantity"), (COL["own_qty"], "uw hoeveelheid", "your quantity")):
            value, formula = _cell(sheet, cached, row, column)
            reading = read_quantity(value, notation)
            if formula is not None:  # no value: the tender's quantity would silently stand in for the supplier's
                reading = Reading(None, DOUBTFUL, "formula", f"‘{formula[:40]}’ is een formule zonder berekende waarde",
                                  f"‘{formula[:40]}’ is a formula without a calculated value")
            quantities.append((reading, what_nl, what_en))
        quantity, own = quantities[0][0], quantities[1][0]
        what_price = ("bedrag", "amount") if lump_sum else ("prijs", "price")
        checked = [(price, *what_price), quantities[1]] + ([quantities[0]] if quantity.how == "formula" else [])
        refused = [(r, n, e) for r, n, e in checked if r.value is None and not r.is_empty]
        for reading, what_nl, what_en in refused:
            tail_nl = ". Open de werkmap in Excel of LibreOffice, sla haar op en lees haar opnieuw in" if reading.how == "formula" else ""
            tail_en = ". Open the workbook in Excel or LibreOffice, save it and read it in again" if reading.how == "formula" else ""
            warn(row, f"{where}, {what_nl}: {reading.nl}; niet meegenomen{tail_nl}.",
                 f"{where_en}, {what_en}: {reading.en}; not taken{tail_en}.")
        if refused or price.value is None:
            continue
        for reading, what_nl, what_en in ((price, *what_price), quantities[1]):
            if reading.nl and (said_english or reading.how != "english"):  # an estimate, '1,180' taken, 'inbegrepen'
                warn(row, f"{where}, {what_nl}: {reading.nl}.", f"{where_en}, {what_en}: {reading.en}.")
        if line is not None and not line.in_quote:
            # the line's name as the bill shows it ('[:40]' cut 'Gasaansluiting verwijderen (netbeheerder)' inside its brackets)
            warn(row, f"{where} is niet voor de aannemer ({short(line.description_nl, 100)}); de prijs is niet meegeteld.",
                 f"{where_en} is not the contractor's ({short(line.description_en, 100)}); the price is not counted.")
            continue
        if lump_sum:
            warn(row, f"{where}: alleen een bedrag ({euros(price.value)}), geen eenheidsprijs; dat bedrag is voor de "
                      "hele regel overgenomen.",
                 f"{where_en}: only an amount ({euros(price.value, 'en')}), no unit price; that amount is taken for the "
                 "whole line.")
            amount = price
        else:
            used, said = _quantity_used(line, quantity, own)
            if said:
                warn(row, f"{where}: {said[0]}", f"{where_en}: {said[1]}")
            if used != own.value and line is not None and used != line.shown_quantity:
                own = Reading(used)  # the supplier changed the bill's quantity: it is theirs
            amount = line_amount(price.value, used)
            if amount.value is None:
                warn(row, f"{where}: {amount.nl}; niet meegenomen.", f"{where_en}: {amount.en}; not taken.")
                continue
            typed = [sheet.cell(row, COL[k]).value for k in ("qty", "own_qty", "price")]
            if (stated.value is not None and abs(stated.value - amount.value) > _AMOUNT_AGREES_EUR
                    and _is_bill_formula(sheet.cell(row, COL["amount"]).value) and any(isinstance(v, str) for v in typed)):
                # the bill's own formula multiplied text ('12.500' in a text cell) as the supplier's program read it
                warn(row, f"{where}: de werkmap rekent het bedrag als {euros(stated.value)} (een getal als tekst, "
                          f"zoals de spreadsheet het las); Minigrid leest {euros(amount.value)}. Controleer het met de "
                          "aanbieder: zijn totaal in de werkmap wijkt af.",
                     f"{where_en}: the workbook computes the amount as {euros(stated.value, 'en')} (a number as text, as the "
                     f"spreadsheet read it); Minigrid reads {euros(amount.value, 'en')}. Check with the supplier: their "
                     "total in the workbook differs.")
            elif stated.value is not None and abs(stated.value - amount.value) > _AMOUNT_AGREES_EUR:
                vat_nl, vat_en = _vat_ratio(stated.value, amount.value)
                warn(row, f"{where}: hoeveelheid × eenheidsprijs is {euros(amount.value)}, maar bij ‘Bedrag’ staat "
                          f"{euros(stated.value)}{vat_nl}; niet meegenomen. Vraag de aanbieder welk bedrag geldt.",
                     f"{where_en}: quantity × unit price is {euros(amount.value, 'en')}, but 'Amount' says "
                     f"{euros(stated.value, 'en')}{vat_en}; not taken. Ask the supplier which amount holds.")
                continue
            elif (expected is not None and used > 1 and price.value > expected[1]
                  and line.indicative_amount_eur / 5 <= price.value <= line.indicative_amount_eur * 5):
                # a whole line's amount in the unit price column: taken (the supplier's), and said with what it makes
                shown = f"{exact(used, 'nl')} {UNIT_LABELS[line.unit][0]}"
                warn(row, f"{where}: de eenheidsprijs {euros(price.value)} maakt voor {shown} samen "
                          f"{euros(amount.value)}; is {euros(price.value)} het bedrag voor de hele regel? Zo "
                          "overgenomen; vraag het de aanbieder.",
                     f"{where_en}: the unit price {euros(price.value, 'en')} makes {euros(amount.value, 'en')} for "
                     f"{exact(used, 'en')} {UNIT_LABELS[line.unit][1]}; is {euros(price.value, 'en')} the amount for the "
                     "whole line? Taken as written; ask the supplier.")
        noted = bool(read.problems) and read.problems[-1].row == row  # one note a line: this row's is said
        if line is not None and not noted:  # a zero too many or too few: only ▲ or ▼ in the comparison
            used_quantity = line.shown_quantity if lump_sum else used
            reference = line.indicative_unit_price_eur * used_quantity if line.quantity else line.indicative_amount_eur
            if far := far_from_indicative(amount.value, reference):
                warn(row, f"{where}: {euros(amount.value)} is {far[0]}", f"{where_en}: {euros(amount.value, 'en')} is {far[1]}")
        read.amounts[line_id] = amount.value
        if own.value is not None:
            read.quantities[line_id] = own.value
    read.problems += said_of_totals(read.totals, read.amounts, by_id.values(), extras=bool(read.extras))
    read.problems += _merged_figures(sheet, header_row, COL, notation)
    return read


def _merged_figures(sheet, header_row: int, COL: dict, notation: str | None = None) -> list[Problem]:  # noqa: N803
    """A price or amount cell the supplier merged over several lines: its figure is read for the first
    line only, the others are open; said, with the rows (one figure for three heat pumps read as one's)."""
    from minigrid_app.core.quote_entry import read_price

    problems = []
    for merged in getattr(sheet.merged_cells, "ranges", ()):
        columns = {COL["price"]: ("prijs", "price"), COL["amount"]: ("bedrag", "amount")}
        if merged.min_col != merged.max_col or merged.min_col not in columns or merged.max_row == merged.min_row:
            continue
        first, last = max(merged.min_row, header_row + 1), merged.max_row
        figure = read_price(sheet.cell(first, merged.min_col).value, notation=notation).value
        lines = [r for r in range(first, last + 1) if isinstance(sheet.cell(r, COL["id"]).value, str)]
        if figure is None or len(lines) < 2:
            continue
        what_nl, what_en = columns[merged.min_col]
        numbers, numbers_en = (", ".join(str(sheet.cell(r, COL["nr"]).value or f"{row} {r}") for r in lines)
                               for row in ("rij", "row"))
        problems.append(Problem(
            f"Rij {first}–{last}: één {what_nl} (€ {group_thousands(figure, 2)}) in een samengevoegde cel over "
            f"{len(lines)} regels ({numbers}); alleen voor de eerste regel genomen, de andere tellen als ontbrekend. "
            "Vraag de aanbieder de prijs per regel.",
            f"Rows {first}–{last}: one {what_en} (€ {group_thousands(figure, 2, 'en')}) in a merged cell over "
            f"{len(lines)} lines ({numbers_en}); taken for the first line only, the others count as missing. Ask the "
            "supplier for the price per line.",
            severity="warning", row=first,
        ))
    return problems


#: The formulas the bill sums with (``=SUM(I7:I11)``, ``=I12+I19``, ``=SUM(I40,I41)``), rows inserted or not
_BILL_SUM = re.compile(r"=(?:SUM\()?\$?[A-Z]{1,3}\$?\d+(?:[:,+]\$?[A-Z]{1,3}\$?\d+)*\)?")


def _typed_total(sheet, cached, row: int, COL: dict, notation: str | None = None) -> float | None:  # noqa: N803
    """The figure a supplier put in a sum row of the bill (typed over its formula, a formula of
    their own, or next to it in the price column), else None (the bill's own formula, or nothing)."""
    from minigrid_app.core.quote_entry import read_price

    for column in (COL["amount"], COL["price"]):
        typed = sheet.cell(row, column).value
        if isinstance(typed, str) and _BILL_SUM.fullmatch(typed.replace(" ", "").upper()):
            continue
        value, formula = _cell(sheet, cached, row, column)
        figure = read_price(value, notation=notation).value if formula is None else None
        if figure is not None:
            return figure
    return None


def _layouts(formulas) -> list[tuple[str, int, dict[str, int]]]:
    """Every sheet with the bill's header row: (name, header row, columns); the bill's own sheet first."""
    found = []
    for name in sorted(formulas.sheetnames, key=lambda n: n not in SHEETS.values()):
        header_row, columns = _columns(formulas[name])
        if header_row is not None:
            found.append((name, header_row, columns))
    return found


def _excl_vat_header(sheet) -> str:
    """A price header the supplier changed to say 'excl. btw' (the header row is then not found), else ''."""
    from minigrid_app.core.quote_entry import says_excl_vat

    for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, 30), max_col=min(sheet.max_column, 60)):
        for cell in row:
            if says_excl_vat(cell.value) and any(word in words(cell.value) for word in ("prijs", "price")):
                return str(cell.value).strip()
    return ""


def read_quote(
    path: str | os.PathLike,
    known_ids: set[str] | None = None,
    *,
    lines=None,
    project_name: str | None = None,
    require_price: bool = False,
) -> tuple[Quote, list[Problem]]:
    """Read a filled-in bill of quantities back as a quote.

    Every price and quantity is read by :func:`minigrid_app.core.quote_entry.read_price` and
    :func:`~minigrid_app.core.quote_entry.read_quantity` (the reader of the quotes table):
    "12.500" is twelve thousand five hundred (in the notation the sheet's figures show, else the bill's
    language: the English bill's "12,500" is too), "inbegrepen" is € 0, "PM" leaves the line open,
    negative and impossibly large figures are refused. A formula's last calculated value is
    used; a formula without one (a program that does not calculate saved it) in a price or a
    quantity leaves the line open and is said. Nothing a supplier wrote is dropped or
    contradicted without a word:

    - rows the tender does not have (a supplier's extra work, a discount), priced as a unit
      price or as an amount, are reported and kept in the quote's notes;
    - an amount in 'Bedrag' without a unit price is the line's amount (said); an amount that
      differs from quantity × unit price leaves the line open (said, naming a VAT difference);
    - a header, a line's note or the supplier's remarks saying prices exclude VAT is said first
      (a price header that says so refuses the workbook: every price would be without VAT);
    - prices on another sheet with the bill's layout (a copy, a renamed sheet) are read when
      the bill's own sheet has none, and said either way.

    Parameters
    ----------
    path : path of the workbook
    known_ids : set of str, optional
        Line ids of the current tender; a row with another id is reported and skipped.
    lines : list of BillLine, optional
        The current tender's lines (gives ``known_ids``, the price that decides an ambiguous
        "1,180", and which lines are not the contractor's).
    project_name : str, optional
        The project's name; a workbook made for another project is said.
    require_price : bool
        Raise :class:`BoqError` (saying why no price was taken) when no line has a price,
        instead of returning a quote without amounts (the command line; the window says it).

    Returns
    -------
    (Quote, list of Problem)
        The quote (amounts of the priced lines) and warnings about cells that were not taken.

    Raises
    ------
    BoqError
        When the file is not a readable workbook, not a Minigrid bill of quantities, or
        belongs to another tender (none of its lines is one of the current tender's).
    """
    from minigrid_app.core.quote_entry import says_excl_vat
    from minigrid_app.core.reading_dates import quote_date_note, serial_date, serial_note
    from minigrid_app.core.safe_text import clean_text

    path = Path(path)
    by_id = {line.id: line for line in lines} if lines is not None else {}
    if lines is not None and known_ids is None:
        known_ids = set(by_id)
    formulas, values = _open_filled_in(path)
    layouts = _layouts(formulas)
    if not layouts:
        for name in formulas.sheetnames:
            if header := _excl_vat_header(formulas[name]):
                raise BoqError(Problem(
                    f"{path.name}: de kolom ‘{short(header, 40)}’ vraagt prijzen exclusief btw; de vergelijking rekent "
                    "met bedragen inclusief btw. Vraag de aanbieder de staat in te vullen zoals die verstuurd is, met "
                    "prijzen inclusief btw. Er is niets ingelezen.",
                    f"{path.name}: the column ‘{short(header, 40)}’ asks for prices without VAT; the comparison uses "
                    "amounts including VAT. Ask the supplier to fill in the bill as it was sent, with prices including "
                    "VAT. Nothing was read.",
                ))
        if not set(SHEETS.values()) & set(formulas.sheetnames):
            raise BoqError(
                Problem(
                    f"{path.name} is geen staat van hoeveelheden van Minigrid (blad '{SHEETS['nl']}' of "
                    f"'{SHEETS['en']}' ontbreekt).",
                    f"{path.name} is not a Minigrid bill of quantities (sheet '{SHEETS['en']}' or '{SHEETS['nl']}' is "
                    "missing).",
                )
            )
        raise BoqError(
            Problem(
                f"{path.name}: de kopregel met 'Regel' en 'Eenheidsprijs' is niet gevonden; is de kolomindeling "
                "veranderd? Vraag de aanbieder de staat in de verstuurde vorm in te vullen.",
                f"{path.name}: the header row with 'Line' and the unit price was not found; were the columns "
                "changed? Ask the supplier to fill in the bill as it was sent.",
            )
        )
    from minigrid_app.io.boq_clusters import moved_clusters

    # a cluster priced for other homes than it has now: moved to the cluster with those homes, or not read
    moved, regrouped = moved_clusters(formulas, lines, path.name)
    sheets = [_read_lines(formulas[name], values[name], row, columns, by_id, known_ids, moved)
              for name, row, columns in layouts]
    read = next((sheet for sheet in sheets if sheet.amounts), sheets[0])
    problems: list[Problem] = []
    if read.name not in SHEETS.values():
        # the bill's own sheet, or the name it was sent with ('Staat van hoeveelheden' was named of a renamed English bill)
        own = next((name for name in SHEETS.values() if name in formulas.sheetnames), SHEETS["en" if read.english else "nl"])
        problems.append(Problem(
            f"{path.name}: de prijzen zijn gelezen van blad ‘{short(read.name)}’ (niet van ‘{own}’).",
            f"{path.name}: the prices were read from sheet ‘{short(read.name)}’ (not from ‘{own}’).",
            severity="warning",
        ))
    for other in sheets:
        if other is not read and other.amounts:
            problems.append(Problem(
                f"{path.name}: blad ‘{short(other.name)}’ heeft ook prijzen ({len(other.amounts)} regels); niet "
                f"ingelezen. Vraag de aanbieder welke geldt, of lees dat blad apart in.",
                f"{path.name}: sheet ‘{short(other.name)}’ has prices too ({len(other.amounts)} lines); not read. "
                "Ask the supplier which holds.",
                severity="warning",
            ))
    problems += regrouped + read.problems
    sheet = formulas[read.name]
    quote = Quote(amounts=read.amounts, quantities=read.quantities)
    # the shared field's lines have the same ids in every project ("shared-C1:drilling"): a
    # workbook of another project matches on those alone, so most of its lines must be known
    if known_ids is not None and read.ids_seen and 2 * read.ids_known < read.ids_seen:
        title = clean_text(str(sheet["A1"].value or ""), 120)[0]
        raise BoqError(
            Problem(
                f"{path.name} hoort bij een andere uitvraag ({title}): {read.ids_seen - read.ids_known} van zijn "
                f"{read.ids_seen} regels staan niet in de uitvraag van dit project. Is het de goede werkmap, of is de "
                "uitvraag sindsdien veranderd? Er is niets ingelezen.",
                f"{path.name} belongs to another tender ({title}): {read.ids_seen - read.ids_known} of its "
                f"{read.ids_seen} lines are not in this project's tender. Is it the right workbook, or has the tender "
                "changed since? Nothing was read.",
            )
        )
    title = str(sheet["A1"].value or "")
    if project_name and title.startswith(TITLE_PREFIXES) and title.split(": ", 1)[1].strip() != project_name.strip():
        other = clean_text(title.split(": ", 1)[1], 120)[0]
        problems.insert(0, Problem(
            f"{path.name} is gemaakt voor project ‘{other}’, niet voor ‘{project_name.strip()}’; controleer of het de "
            "goede offerte is.",
            f"{path.name} was made for project ‘{other}’, not ‘{project_name.strip()}’; check it is the right quote.",
            severity="warning",
        ))
    excl_vat = list(read.excl_vat)
    supplier_sheet = next((name for name in SUPPLIER_SHEETS.values() if name in formulas.sheetnames), None)
    if supplier_sheet is not None:
        supplier, calculated = formulas[supplier_sheet], values[supplier_sheet]
        fields, unread = supplier_fields(supplier, calculated)
        for where, text in unread:  # typed beside the boxes: kept in sight, not lost without a word
            problems.append(Problem(
                f"{path.name}: op het blad ‘{supplier_sheet}’ staat ‘{short(text)}’ in cel {where}, naast de vakken; "
                "niet gelezen. Controleer de gegevens van de aanbieder.",
                f"{path.name}: the sheet ‘{supplier_sheet}’ holds ‘{short(text)}’ in cell {where}, beside the boxes; "
                "not read. Check the supplier's details.",
                severity="warning",
            ))
        quote.supplier = clean_text(str(fields["supplier"] or "").strip(), 120)[0]
        quote.date = _date(fields["date"])
        quote.valid_until = _date(fields["valid_until"])
        for key, what_nl, what_en in (("date", "‘Datum offerte’", "‘Date of quote’"),
                                        ("valid_until", "‘Geldig tot’", "‘Valid until’")):
            written = getattr(quote, key)
            if (serial := serial_date(fields[key])) is not None:  # a date pasted as a number (45992)
                setattr(quote, key, serial.isoformat())
                said = serial_note(serial, fields[key])
                problems.append(Problem(f"{path.name}: {what_nl} is {said.nl}. Controleer het.",
                                        f"{path.name}: {what_en} is {said.en}. Check it.", severity="warning"))
            elif written and not _ISO_DATE.fullmatch(written):  # '3 maanden na dagtekening': kept, and said
                problems.append(Problem(
                    f"{path.name}: {what_nl} is ‘{short(written)}’, geen datum; zo bewaard. Vul de datum "
                    "in om te kunnen nagaan of de offerte nog geldt.",
                    f"{path.name}: {what_en} is ‘{short(written)}’, not a date; kept as written. Enter "
                    "the date to be able to check whether the quote still holds.",
                    severity="warning",
                ))
            read_as = getattr(quote, key)  # a date that cannot be right, as a project file's quote says it
            dated = datetime.date.fromisoformat(quote.date) if key == "valid_until" and _ISO_DATE.fullmatch(quote.date) else None
            if _ISO_DATE.fullmatch(read_as) and (note := quote_date_note(key, read_as, dated=dated)) is not None:
                problems.append(Problem(
                    f"{path.name}: {what_nl}: {note.nl.removeprefix('Let op: ')} Vraag het zo nodig na bij de aanbieder.",
                    f"{path.name}: {what_en}: {note.en.removeprefix('Note: ')} Check it with the supplier if need be.",
                    severity="warning",
                ))
        if _ISO_DATE.fullmatch(quote.date) and _ISO_DATE.fullmatch(quote.valid_until) and quote.valid_until < quote.date:
            dated, valid = (datetime.date.fromisoformat(d).strftime("%d-%m-%Y") for d in (quote.date, quote.valid_until))
            problems.append(Problem(  # one of the two is mistyped: the check at step 8 would go by it
                f"{path.name}: ‘Geldig tot’ ({valid}) ligt vóór ‘Datum offerte’ ({dated}); vraag de aanbieder welke "
                "datum klopt.",
                f"{path.name}: ‘Valid until’ ({valid}) is before ‘Date of quote’ ({dated}); ask the supplier which "
                "date is right.",
                severity="warning",
            ))
        notes = [str(fields[k]).strip() for k in ("contact", "notes") if fields[k]]
        quote.notes = "\n".join(notes)
        excl_vat += [clean_text(note, 60)[0] for note in notes if says_excl_vat(note)]
    if excl_vat and quote.amounts:
        listed = "; ".join(f"‘{short(text, 60)}’" for text in excl_vat[:2])
        problems.insert(0, Problem(
            f"De aanbieder schrijft dat prijzen exclusief btw zijn ({listed}); de staat en de vergelijking rekenen met "
            "bedragen inclusief btw. Vraag het na voordat u de offertes vergelijkt.",
            f"The supplier writes that prices exclude VAT ({listed}); the bill and the comparison use amounts "
            "including VAT. Ask before comparing the quotes.",
            severity="warning",
        ))
    if read.extras:
        quote.notes = "\n".join(filter(None, [quote.notes, "Niet in de uitvraag: " + "; ".join(read.extras)]))
    quote.notes = clean_text(quote.notes, 5000, multiline=True)[0]
    if not quote.supplier:
        quote.supplier = clean_text(path.stem, 120)[0]
    if not quote.amounts and require_price:  # no quote without a price: it would replace this supplier's
        reasons = problems[:3]
        raise BoqError(Problem(
            " ".join([f"{path.name}: geen enkele regel heeft een prijs; is het de staat zoals die verstuurd is? Er is "
                      "niets ingelezen.", *(p.nl for p in reasons)]),
            " ".join([f"{path.name}: no line has a price; is it the bill as it was sent? Nothing was read.",
                      *(p.en for p in reasons)]),
        ))
    if not quote.amounts:
        problems.append(
            Problem(
                f"{path.name}: geen enkele regel heeft een prijs.",
                f"{path.name}: no line has a price.",
                field=NO_PRICE_FIELD,
                severity="warning",
            )
        )
    return quote, problems
