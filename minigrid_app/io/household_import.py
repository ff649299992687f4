"""Import households from a residents' survey: an Excel workbook (.xlsx) or a CSV file.

Three steps, each usable on its own (the CLI and the intake dialog use all three):

1. :func:`read_table` reads the file into a :class:`SurveyTable` of strings (headers plus
   rows), refusing with a Dutch and English :class:`~minigrid_app.core.problems.Problem`
   anything that is not a reasonable survey: a missing file, the wrong type, an empty or
   enormous file, a zip bomb, a password-protected or damaged workbook.
2. :func:`guess_mapping` proposes which column feeds which household field, from the
   usual Dutch and English headers.
3. :func:`convert` turns every row into a household and a status:

   ``ok``
       every value is clearly right; the household is imported.
   ``doubtful``
       something needs a human look (an estimate "ca 1100", a build year "jaren 90",
       a meter reading instead of a year's use, a missing gas use, an answer that is
       neither yes nor no). The row carries a household with the **best guess** where
       there is one (1100 m³, 1995, the default answer) and the field **left empty**
       where there is none (unreadable text, a meter reading, an ambiguous "1,180").
       It is imported only when the user says so (``--yes``, or the dialog's checkbox).
   ``refused``
       a value is impossible (a negative gas use, 45 residents, build year 3050): the
       row is never imported; its household is kept for display only.

   Empty rows are skipped and listed in :attr:`ImportReport.skipped_rows`.

Every parsing rule lives in the "Parsing rules" section below; value limits come from
:mod:`minigrid_app.core.validation`, so the import and the intake form agree. Any string
in any cell gives a status, never an exception. Text stays text: a remark such as
``=cmd|' /C calc'!A0`` is stored literally (the Excel exporter guards its output).

Numbers are read the Dutch way first: "1.180" is 1180 (thousands dot), "1510,5" is
1510.5 (decimal comma), "1.234,5" and "1,234.5" are 1234.5, "1 180" is 1180. A single
comma followed by exactly three digits ("1,180") could be either and is doubtful.
Numbers Excel stores as numbers are used as typed.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import datetime
import io
import math
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from minigrid_app.core.model import HOUSE_TYPES, PARTICIPATION_STATES, Household
from minigrid_app.core.problems import Problem, ProblemError
from minigrid_app.core.validation import GAS_IMPOSSIBLE_M3, household_name, validate_household

# ---------------------------------------------------------------- limits

#: Survey files larger than this are refused unread [bytes].
MAX_FILE_BYTES = 10 * 1024 * 1024
#: At most this many data rows (households) in one survey [-].
MAX_ROWS = 2000
#: At most this many columns [-].
MAX_COLUMNS = 200
#: A cell longer than this is not a survey answer [characters].
MAX_CELL_CHARS = 10_000
#: An .xlsx may unpack to at most this much [bytes] (zip bomb guard).
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
#: A part of an .xlsx larger than ``RATIO_CHECK_BYTES`` may be at most this many times its
#: compressed size [-]; real sheets compress 5-30×, bombs 1000× and more.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_BYTES = 1024 * 1024
#: At most this many parts in an .xlsx [-].
MAX_ZIP_MEMBERS = 5000
#: Reading an .xlsx stops after this many physical rows (formatted but empty rows) [-].
MAX_SCANNED_ROWS = 65_536
#: The header row is looked for among this many first non-empty rows [-].
HEADER_SEARCH_ROWS = 10
#: Longest label or address kept [characters]; longer is cut and doubtful.
MAX_LABEL_CHARS = 120
#: Longest remark kept [characters]; longer is cut and doubtful.
MAX_NOTES_CHARS = 2000

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")

OK, DOUBTFUL, REFUSED = "ok", "doubtful", "refused"
STATUSES = (OK, DOUBTFUL, REFUSED)
_RANK = {OK: 0, DOUBTFUL: 1, REFUSED: 2}
STATUS_LABELS_NL = {OK: "goed", DOUBTFUL: "twijfel", REFUSED: "geweigerd"}
STATUS_LABELS_EN = {OK: "ok", DOUBTFUL: "doubtful", REFUSED: "refused"}

#: Fields a survey column can feed, in the order forms show them. ``house_number`` is not a
#: Household field: it is joined to the street in ``address`` ("Lindehof" + "7a").
IMPORT_FIELDS = (
    "label",
    "address",
    "house_number",
    "house_type",
    "build_year",
    "floor_area_m2",
    "gas_m3_per_year",
    "cooks_on_gas",
    "persons",
    "participation",
    "insulation_savings",
    "supply_temp_c",
    "boiler_age_years",
    "three_phase",
    "notes",
)
FIELD_LABELS_NL = {
    "label": "Naam of woning",
    "address": "Adres (straat)",
    "house_number": "Huisnummer",
    "house_type": "Type woning",
    "build_year": "Bouwjaar",
    "floor_area_m2": "Woonoppervlak (m²)",
    "gas_m3_per_year": "Gasverbruik (m³ per jaar)",
    "cooks_on_gas": "Koken op gas",
    "persons": "Aantal bewoners",
    "participation": "Interesse / deelname",
    "insulation_savings": "Besparing door isolatie (%)",
    "supply_temp_c": "Aanvoertemperatuur (°C)",
    "boiler_age_years": "Leeftijd cv-ketel (jaar)",
    "three_phase": "Krachtstroom (3-fase)",
    "notes": "Opmerkingen",
}
FIELD_LABELS_EN = {
    "label": "Name or home",
    "address": "Address (street)",
    "house_number": "House number",
    "house_type": "House type",
    "build_year": "Build year",
    "floor_area_m2": "Floor area (m²)",
    "gas_m3_per_year": "Gas use (m³ a year)",
    "cooks_on_gas": "Cooks on gas",
    "persons": "Residents",
    "participation": "Interest / participation",
    "insulation_savings": "Insulation savings (%)",
    "supply_temp_c": "Supply temperature (°C)",
    "boiler_age_years": "Boiler age (years)",
    "three_phase": "Three-phase connection",
    "notes": "Remarks",
}


#: How messages name a field (short, lower case).
_MESSAGE_NAMES = {
    "label": ("naam", "name"),
    "address": ("adres", "address"),
    "house_number": ("huisnummer", "house number"),
    "house_type": ("type woning", "house type"),
    "build_year": ("bouwjaar", "build year"),
    "floor_area_m2": ("woonoppervlak", "floor area"),
    "gas_m3_per_year": ("gasverbruik", "gas use"),
    "cooks_on_gas": ("koken op gas", "cooks on gas"),
    "persons": ("aantal bewoners", "residents"),
    "participation": ("interesse", "interest"),
    "insulation_savings": ("besparing door isolatie", "insulation savings"),
    "supply_temp_c": ("aanvoertemperatuur", "supply temperature"),
    "boiler_age_years": ("leeftijd cv-ketel", "boiler age"),
    "three_phase": ("krachtstroom", "three-phase"),
    "notes": ("opmerking", "remark"),
}


class ImportFileError(ProblemError):
    """The survey file cannot be used; ``problem`` says why in Dutch and English.

    ``sheet_names`` lists the workbook's sheets when they could be read, so a dialog can
    offer another sheet.
    """

    def __init__(self, problem: Problem, sheet_names: list[str] | None = None):
        super().__init__(problem)
        self.sheet_names = list(sheet_names or [])


def _refuse(nl: str, en: str) -> ImportFileError:
    return ImportFileError(Problem(nl, en))


# ---------------------------------------------------------------- reading the file


@dataclass
class SurveyTable:
    """A survey as strings.

    Attributes
    ----------
    headers : list[str]
        The header row (one entry per column; may be empty strings).
    rows : list[list[str]]
        Data rows below the header, each as long as ``headers``, cells stripped.
        Empty rows between data rows are kept (so row numbers stay right); empty rows
        at the end are dropped.
    row_numbers : list[int]
        The spreadsheet row number (1-based, as Excel shows it) of each row.
    numbers : dict[tuple[int, int], float]
        Cells Excel stores as numbers: (index in ``rows``, column) → the value as typed.
        Their text in ``rows`` is written the Dutch way ("1510,5").
    source : str
        File name, for messages.
    sheet : str | None
        The sheet read (xlsx), else None.
    sheet_names : list[str]
        Every worksheet in the workbook (xlsx), else empty.
    header_row : int
        Spreadsheet row number of the header row.
    delimiter : str | None
        The separator of a CSV file, else None.
    """

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int] = field(default_factory=list)
    numbers: dict[tuple[int, int], float] = field(default_factory=dict)
    source: str = ""
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    header_row: int = 1
    delimiter: str | None = None

    def __post_init__(self) -> None:
        if not self.row_numbers:
            self.row_numbers = [self.header_row + 1 + index for index in range(len(self.rows))]

    def column_name(self, column: int) -> str:
        """'E ‘Gasverbruik 2023 (m3)’' : the column letter and its header."""
        letter = column_letter(column)
        header = self.headers[column] if 0 <= column < len(self.headers) else ""
        return f"{letter} ‘{header}’" if header else letter


def column_letter(column: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    letters = ""
    column += 1
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


_MAGIC = (
    (b"\x89PNG", "een afbeelding (PNG)", "an image (PNG)"),
    (b"\xff\xd8\xff", "een afbeelding (JPEG)", "an image (JPEG)"),
    (b"GIF8", "een afbeelding (GIF)", "an image (GIF)"),
    (b"%PDF", "een PDF-document", "a PDF document"),
)
_ZIP = b"PK\x03\x04"
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: old .xls, or an encrypted .xlsx
_EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}


def read_table(path, sheet: str | None = None) -> SurveyTable:
    """Read a survey from an .xlsx or .csv/.txt file.

    Parameters
    ----------
    path : str | os.PathLike
        The survey file.
    sheet : str | None
        Worksheet name (xlsx); None: the first worksheet that holds a survey (a header
        row with answers below it), so an explanation sheet in front is passed over.

    Returns
    -------
    SurveyTable

    Raises
    ------
    ImportFileError
        With a Dutch and English message when the file cannot be used.
    """
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _refuse(
            f"{name} is een oud Excel-bestand (.xls). Open het in Excel of LibreOffice en sla het op als "
            ".xlsx of als CSV.",
            f"{name} is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV.",
        )
    if suffix == ".ods":
        raise _refuse(
            f"{name} is een OpenDocument-rekenblad. Sla het in LibreOffice op als .xlsx of als CSV.",
            f"{name} is an OpenDocument spreadsheet. Save it from LibreOffice as .xlsx or CSV.",
        )
    if suffix not in EXCEL_SUFFIXES + TEXT_SUFFIXES:
        raise _refuse(
            f"{name} is geen enquêtebestand dat Minigrid kan lezen. Gebruik een Excel-bestand (.xlsx) "
            "of een CSV-bestand (.csv).",
            f"{name} is not a survey file Minigrid can read. Use an Excel file (.xlsx) or a CSV file (.csv).",
        )
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
    except OSError:
        raise _refuse(
            f"Bestand niet gevonden of niet leesbaar: {path}",
            f"File not found or not readable: {path}",
        ) from None
    if size == 0:
        raise _refuse(f"{name} is leeg.", f"{name} is empty.")
    if size > MAX_FILE_BYTES:
        raise _refuse(
            f"{name} is {size / 1024 / 1024:.0f} MB; een enquête is hooguit {MAX_FILE_BYTES // 1024 // 1024} MB. "
            "Is dit het goede bestand?",
            f"{name} is {size / 1024 / 1024:.0f} MB; a survey is at most {MAX_FILE_BYTES // 1024 // 1024} MB. "
            "Is this the right file?",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(
            f"{name} kan niet worden gelezen ({exc.strerror or exc}).",
            f"{name} cannot be read ({exc.strerror or exc}).",
        ) from None
    if data.startswith(_ZIP):
        return _read_xlsx(path, data, sheet)
    if data.startswith(_CFB):
        if "EncryptionInfo".encode("utf-16-le") in data[: 1024 * 1024] or b"EncryptionInfo" in data[:1024 * 1024]:
            raise _refuse(
                f"{name} is beveiligd met een wachtwoord. Sla het zonder wachtwoord op en probeer het opnieuw.",
                f"{name} is protected by a password. Save it without a password and try again.",
            )
        raise _refuse(
            f"{name} is een oud Excel- of Office-bestand. Sla het op als .xlsx of als CSV.",
            f"{name} is an old Excel or Office file. Save it as .xlsx or CSV.",
        )
    if suffix in EXCEL_SUFFIXES:
        raise _refuse(
            f"{name} is geen geldig Excel-bestand: het is beschadigd of van een ander type.",
            f"{name} is not a valid Excel file: it is damaged or of another type.",
        )
    return _read_text(path, data)


# .................................................................... CSV


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" export
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for magic, nl, en in _MAGIC:
        if data.startswith(magic):
            raise _refuse(
                f"{name} is geen tekst (CSV) maar {nl}. Kies het enquêtebestand.",
                f"{name} is not text (CSV) but {en}. Choose the survey file.",
            )
    if b"\x00" in data[:65536]:
        raise _refuse(
            f"{name} is geen tekstbestand (CSV). Sla de enquête op als CSV of .xlsx.",
            f"{name} is not a text (CSV) file. Save the survey as CSV or .xlsx.",
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(
        f"De tekens in {name} zijn niet te lezen. Sla het op als ‘CSV UTF-8’.",
        f"The characters in {name} cannot be read. Save it as ‘CSV UTF-8’.",
    )


def _delimiter(line: str) -> str:
    """The separator used in the header line: ';', tab or ',' (most frequent wins)."""
    counts = {delimiter: line.count(delimiter) for delimiter in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])  # ties: first in the order ; tab ,
    return best if counts[best] else ";"


def _read_text(path: Path, data: bytes) -> SurveyTable:
    name = path.name
    text = _decode(name, data)
    text = text.replace("\x00", "")
    first_offset = 0
    delimiter = None
    match = re.match(r"\ufeff?sep=(.)\r?\n", text)  # Excel's "sep=;" hint on the first line
    if match:
        delimiter = match.group(1)
        text = text[match.end():]
        first_offset = 1
    if not text.strip():
        raise _refuse(f"{name} bevat geen gegevens.", f"{name} holds no data.")
    if delimiter is None:
        header_line = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = _delimiter(header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    raw_rows: list[tuple[int, list[str]]] = []
    record = first_offset
    filled_rows = 0
    try:
        for cells in reader:
            record += 1
            _check_row(name, record, cells)
            texts = [cell.strip() for cell in cells]
            if any(texts):
                filled_rows += 1
                if filled_rows > MAX_ROWS + 1:  # the header and MAX_ROWS answers
                    raise _too_many_rows(name)
            raw_rows.append((record, texts))
    except csv.Error:
        raise _refuse(
            f"{name}, regel {record + 1}: de regel is onleesbaar of een cel is te lang "
            f"(meer dan {MAX_CELL_CHARS} tekens).",
            f"{name}, line {record + 1}: the line is unreadable or a cell is too long "
            f"(more than {MAX_CELL_CHARS} characters).",
        ) from None
    table = _build_table(name, raw_rows, numbers={}, sheet=None, sheet_names=[])
    table.delimiter = delimiter
    return table


def _too_many_rows(name: str) -> ImportFileError:
    return _refuse(
        f"{name} heeft meer dan {MAX_ROWS} rijen; een mini-warmtenet is voor 2 tot 50 woningen. "
        "Is dit het goede bestand?",
        f"{name} has more than {MAX_ROWS} rows; a mini heat network is for 2 to 50 homes. "
        "Is this the right file?",
    )


def _check_row(name: str, row: int, cells) -> None:
    filled = [index for index, cell in enumerate(cells) if cell not in (None, "")]
    if filled and filled[-1] >= MAX_COLUMNS:
        raise _refuse(
            f"{name}, rij {row}: meer dan {MAX_COLUMNS} kolommen; een enquête heeft er minder. "
            "Is dit het goede bestand?",
            f"{name}, row {row}: more than {MAX_COLUMNS} columns; a survey has fewer. Is this the right file?",
        )
    for index in filled:
        cell = cells[index]
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise _refuse(
                f"{name}, rij {row}, kolom {column_letter(index)}: de cel bevat meer dan {MAX_CELL_CHARS} tekens; "
                "dat is geen enquêteantwoord. Kort de tekst in.",
                f"{name}, row {row}, column {column_letter(index)}: the cell holds more than {MAX_CELL_CHARS} "
                "characters; that is not a survey answer. Shorten the text.",
            )


def _build_table(name, raw_rows, numbers, sheet, sheet_names) -> SurveyTable:
    """Find the header row, keep the rows after it, drop trailing empty rows.

    The header is the row among the first ``HEADER_SEARCH_ROWS`` non-empty ones in which
    most columns are recognised (a title such as "Enquête Lindehof 2023" above it is
    passed over); when none is recognised, the first non-empty row.
    """
    filled = [i for i, (_, cells) in enumerate(raw_rows) if any(cells)]
    if not filled:
        raise _refuse(f"{name} bevat geen gegevens.", f"{name} holds no data.")
    start, best = filled[0], 0
    for candidate in filled[:HEADER_SEARCH_ROWS]:
        recognised = sum(column is not None for column in guess_mapping(raw_rows[candidate][1]).values())
        if recognised > best:
            start, best = candidate, recognised
    header_row, headers = raw_rows[start]
    if not _looks_like_header(headers):
        raise _refuse(
            f"{name}: de eerste rij (rij {header_row}) is geen kopregel. Zet boven de antwoorden een rij met "
            "kolomnamen zoals ‘Adres’, ‘Huisnr’, ‘Gasverbruik’.",
            f"{name}: the first row (row {header_row}) is not a header row. Put a row of column names such as "
            "‘Address’, ‘House number’, ‘Gas use’ above the answers.",
        )
    body = raw_rows[start + 1 :]
    while body and not any(body[-1][1]):
        body.pop()
    if not body:
        raise _refuse(
            f"{name} heeft een kopregel maar geen antwoorden eronder.",
            f"{name} has a header row but no answers below it.",
        )
    width = max(len(headers), *(len(cells) for _, cells in body))
    width = max(1, min(width, MAX_COLUMNS))
    header_list = [str(h) for h in headers[:width]] + [""] * (width - len(headers))
    rows = [list(cells[:width]) + [""] * (width - len(cells)) for _, cells in body]
    row_numbers = [number for number, _ in body]
    shifted = {}
    first_body_row = start + 1
    for (index, column), value in numbers.items():
        if index >= first_body_row and column < width and index - first_body_row < len(rows):
            shifted[(index - first_body_row, column)] = value
    return SurveyTable(
        headers=header_list,
        rows=rows,
        row_numbers=row_numbers,
        numbers=shifted,
        source=name,
        sheet=sheet,
        sheet_names=list(sheet_names),
        header_row=header_row,
    )


def _looks_like_header(cells: list[str]) -> bool:
    filled = [cell for cell in cells if cell]
    if not any(re.search(r"[^\W\d_]", cell) for cell in filled):
        return False  # no letters at all: numbers only
    if any(column is not None for column in guess_mapping(cells).values()):
        return True
    return not any(_plain_number(cell) is not None for cell in filled)


# .................................................................... xlsx


def _check_zip(name: str, data: bytes) -> None:
    """Refuse a zip bomb or a non-workbook zip before openpyxl unpacks anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise _refuse(
            f"{name} is beschadigd (geen geldig Excel-bestand).",
            f"{name} is damaged (not a valid Excel file).",
        ) from None
    bomb = _refuse(
        f"{name} pakt uit tot een onredelijk groot bestand (mogelijk een ‘zip-bom’) en wordt niet geopend.",
        f"{name} unpacks to an unreasonably large file (possibly a ‘zip bomb’) and is not opened.",
    )
    if len(members) > MAX_ZIP_MEMBERS:
        raise bomb
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > RATIO_CHECK_BYTES and member.file_size > MAX_COMPRESSION_RATIO * max(
            member.compress_size, 1
        ):
            raise bomb
    if total > MAX_UNCOMPRESSED_BYTES:
        raise bomb
    names = {member.filename for member in members}
    if any(member.flag_bits & 0x1 for member in members):
        raise _refuse(
            f"{name} is beveiligd met een wachtwoord. Sla het zonder wachtwoord op en probeer het opnieuw.",
            f"{name} is protected by a password. Save it without a password and try again.",
        )
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            kind_nl, kind_en = "een Word-document", "a Word document"
        elif any(n.startswith("ppt/") for n in names):
            kind_nl, kind_en = "een PowerPoint-presentatie", "a PowerPoint presentation"
        elif "content.xml" in names:
            kind_nl, kind_en = "een OpenDocument-bestand", "an OpenDocument file"
        else:
            kind_nl, kind_en = "een zip-bestand", "a zip file"
        raise _refuse(
            f"{name} is {kind_nl}, geen Excel-werkmap. Kies het enquêtebestand (.xlsx of .csv).",
            f"{name} is {kind_en}, not an Excel workbook. Choose the survey file (.xlsx or .csv).",
        )


def _cell_text(value) -> str:
    """A cell value as text; numbers the Dutch way ('1510,5'), dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).replace("\x00", "").strip()


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> SurveyTable:
    """Read one worksheet; with ``sheet`` None, the first one that holds a survey."""
    name = path.name
    _check_zip(name, data)
    with warnings.catch_warnings():  # "extension not supported" and the like: not for residents
        warnings.simplefilter("ignore")
        return _read_workbook(name, data, sheet)


def _read_workbook(name: str, data: bytes, sheet: str | None) -> SurveyTable:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise _refuse("openpyxl ontbreekt; installeer Minigrid opnieuw.", "openpyxl is missing; reinstall Minigrid.") from None
    values_book = formulas_book = None
    sheet_names: list[str] = []
    try:
        # two passes over the same sheet: cached values, and the formula text for cells
        # without a usable value (a remark "=cmd|..." must come through as that text)
        values_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet_names = [ws.title for ws in values_book.worksheets]
        if not sheet_names:
            raise _refuse(f"{name} bevat geen werkblad met gegevens.", f"{name} holds no worksheet with data.")
        if sheet is not None and sheet not in sheet_names:
            listed = ", ".join(f"‘{n}’" for n in sheet_names)
            raise _refuse(
                f"{name} heeft geen werkblad ‘{sheet}’. Wel: {listed}.",
                f"{name} has no sheet ‘{sheet}’. Sheets: {listed}.",
            )
        first_error = None
        for title in [sheet] if sheet is not None else sheet_names:
            try:
                raw_rows, numbers = _sheet_rows(name, values_book[title], formulas_book[title])
                return _build_table(name, raw_rows, numbers, title, sheet_names)
            except ImportFileError as exc:  # e.g. an explanation sheet first: try the next one
                first_error = first_error or exc
        raise first_error
    except ImportFileError as exc:
        exc.sheet_names = sheet_names
        raise
    except Exception:  # openpyxl raises many kinds (KeyError, XML errors, ValueError...)
        raise _refuse(
            f"{name} is beschadigd of onleesbaar. Open het in Excel of LibreOffice en sla het opnieuw op.",
            f"{name} is damaged or unreadable. Open it in Excel or LibreOffice and save it again.",
        ) from None
    finally:
        for book in (values_book, formulas_book):
            if book is not None:
                with contextlib.suppress(Exception):  # closing must not hide the real message
                    book.close()


def _sheet_rows(name, values_sheet, formulas_sheet):
    raw_rows: list[tuple[int, list[str]]] = []
    numbers: dict[tuple[int, int], float] = {}
    filled_rows = 0
    values = values_sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS + 1, values_only=True)
    formulas = formulas_sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS + 1, values_only=True)
    for number, (row, formula_row) in enumerate(zip(values, formulas, strict=False), start=1):
        if number > MAX_SCANNED_ROWS:
            break
        cells = list(row)
        for index, value in enumerate(cells):
            formula = formula_row[index] if index < len(formula_row) else None
            if isinstance(formula, str) and formula.startswith("=") and (value is None or value in _EXCEL_ERRORS):
                cells[index] = formula
        _check_row(name, number, cells)
        texts = [_cell_text(value) for value in cells]
        while texts and not texts[-1]:
            texts.pop()
        for index, value in enumerate(cells[: len(texts)]):
            if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
                numbers[(len(raw_rows), index)] = float(value)
        if texts:
            filled_rows += 1
            if filled_rows > MAX_ROWS + 1:
                raise _too_many_rows(name)
        raw_rows.append((number, texts))
    return raw_rows, numbers


# ---------------------------------------------------------------- guessing the columns


def _words(text: str) -> str:
    """Lower case, accents removed, every non-alphanumeric a single space."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("³", "3").replace("²", "2")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


#: Header patterns per field, tried in this order (earlier fields claim a column first,
#: so "Koken op gas" is not taken for the gas use and "Type woning" not for the name).
_HEADER_PATTERNS = (
    ("cooks_on_gas", r"\bkook|\bkoken\b|\bcook|fornuis|kookplaat|\bstove\b|\bhob\b"),
    ("three_phase", r"\b(3|drie) ?fase|krachtstroom|three ?phase|3 ?phase"),
    ("boiler_age_years", r"(leeftijd|ouderdom|\bage\b|hoe oud).*(ketel|\bcv\b|boiler)|(ketel|\bcv\b|boiler).*(leeftijd|\bage\b|oud)"),
    ("gas_m3_per_year", r"\bgas|aardgas|\bm3\b"),
    ("house_type", r"\b(type|soort)\b.*\b(woning|huis|house|home|dwelling)|\b(woning|huis|house|home|dwelling)\b.*\b(type|soort)\b|"
                   r"wat voor (woning|huis)|woningtype|huistype|house ?type|^type$|^soort$"),
    ("build_year", r"bouwjaar|bouw jaar|build year|year built|construction year|year of construction|\bbuilt\b"),
    ("floor_area_m2", r"oppervlak|\bm2\b|floor area|living area|\barea\b"),
    ("persons", r"bewoners|personen|\bpersons\b|\bpeople\b|occupants|residents|gezinsgrootte|huishoudgrootte|\bmensen\b"),
    ("participation", r"interesse|\binterest|deelname|doet mee|meedoen|deelnemen|participat|\bjoin\b"),
    ("insulation_savings", r"isolatie|insulation|besparing|savings"),
    ("supply_temp_c", r"aanvoer|supply temp|flow temp|temperatuur|temperature"),
    ("notes", r"opmerking|toelichting|\bnotes?\b|\bremarks?\b|\bcomments?\b|bijzonderheden|\bvragen\b"),
    ("address", r"\badres|\baddress|\bstraat|\bstreet\b"),
    ("house_number", r"^(huis ?n(umme)?r|nr|no|nummer|number|hnr|house ?(no|nr|number))( ?toevoeging)?$|huisnummer|huisnr|house number"),
    ("label", r"\bnaam\b|\bname\b|\bwoning\b|\bhuishouden\b|\bhousehold\b|\blabel\b|\bfamilie\b|\bfamily\b|\bbewoner\b|\bhome\b"),
)


def guess_mapping(headers: Iterable[str]) -> dict[str, int | None]:
    """Propose a column (0-based) for every field of :data:`IMPORT_FIELDS`, or None.

    Recognises the usual Dutch and English survey headers ("Adres", "Huisnr",
    "Gasverbruik 2023 (m3)", "Koken op gas", "Aantal bewoners", "Interesse",
    "Type woning", "Opmerkingen", "Gas use", "Household size", ...). Each column feeds at
    most one field. With "Adres" and "Huisnr" but no name column, :func:`convert` makes
    the label from the address ("Lindehof 7a").
    """
    normalised = [_words(header) for header in headers]
    mapping: dict[str, int | None] = {name: None for name in IMPORT_FIELDS}
    taken: set[int] = set()
    for field_name, pattern in _HEADER_PATTERNS:
        for column, text in enumerate(normalised):
            if column in taken or not text:
                continue
            if re.search(pattern, text):
                mapping[field_name] = column
                taken.add(column)
                break
    return mapping


# ---------------------------------------------------------------- parsing rules


@dataclass(frozen=True)
class Parsed:
    """One cell read for one field: the value and how sure we are.

    ``nl``/``en`` say what was doubtful or impossible (without the row prefix).
    """

    value: object = None
    status: str = OK
    nl: str = ""
    en: str = ""


_NO_ANSWER = {
    "", "nvt", "n v t", "na", "n a", "none", "onbekend", "unknown", "weet niet", "weet ik niet",
    "geen idee", "niet bekend", "nog niet bekend", "dont know", "don t know", "leeg",
}
_APPROX_BEFORE = re.compile(
    r"^(ca\.?|c\.a\.?|circa|ongeveer|ong\.?|plm\.?|pl\.m\.?|ruim|bijna|rond(om)?|zo'?n|about|around|"
    r"approx\.?|approximately|roughly|±|~|\+/-|\+-|<|>|≈)\s*",
    re.IGNORECASE,
)
_APPROX_AFTER = re.compile(
    r"\s*(\?+|\(?(geschat|schatting|ongeveer|ca\.?|circa|approx\.?|estimated?|est\.?)\)?)$", re.IGNORECASE
)
_NUMBER = r"[+-]?\d[\d.,' \u00a0]*"
_RANGE = re.compile(rf"^({_NUMBER}?)\s*(?:-|–|—|tot|à|a|to)\s*({_NUMBER})$", re.IGNORECASE)

_UNITS = {
    "gas_m3_per_year": r"(m3|m³|m\^3|kuub|kub|kubieke meters?|cubic met(re|er)s?|cbm)?\s*((per|/|p\.?)\s*(jaar|jr|j|year|yr|y|a))?",
    "floor_area_m2": r"(m2|m²|m\^2|vierkante meters?|square met(re|er)s?|sq\.? ?m)",
    "supply_temp_c": r"(°\s*c?|graden( celsius)?|degrees( c)?|c)",
    "insulation_savings": r"(%|procent|percent)",
    "boiler_age_years": r"(jaar|jaren|jr|j|years?|yrs?)( oud| old)?",
    "persons": r"(personen|persoon|pers\.?|bewoners|mensen|people|persons)",
}


def _plain_number(token: str) -> float | None:
    """Parse one number written the Dutch or English way; None when it is not one.

    '1.180' → 1180 (thousands dot); '1510,5' → 1510.5; '1.234,5' and '1,234.5' → 1234.5;
    '1 180' → 1180; '0.5' → 0.5. A single comma before exactly three digits ('1,180')
    is ambiguous and returns NaN.
    """
    text = token.strip().replace("\u00a0", " ").replace("'", " ").replace("−", "-")
    sign = 1.0
    if text and text[0] in "+-":
        sign = -1.0 if text[0] == "-" else 1.0
        text = text[1:].strip()
    if not text or not re.fullmatch(r"\d[\d., ]*", text):
        return None
    if " " in text:
        if not re.fullmatch(r"\d{1,3}( \d{3})+([.,]\d+)?", text):
            return None
        text = text.replace(" ", "")
        if "," in text:
            text = text.replace(",", ".")
        return sign * float(text)
    if "," in text and "." in text:
        last = max(text.rfind(","), text.rfind("."))
        decimal, thousands = text[last], ("." if text[last] == "," else ",")
        whole, fraction = text[:last], text[last + 1 :]
        if decimal in whole or not fraction.isdigit():
            return None
        if not re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})*", whole):
            return None
        return sign * float(whole.replace(thousands, "") + "." + fraction)
    if "," in text:
        if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", text):
            return sign * float(text.replace(",", ""))
        if re.fullmatch(r"[1-9]\d{0,2},\d{3}", text):
            return math.nan  # '1,180': 1.18 (Dutch) or 1180 (English)?
        if re.fullmatch(r"\d+,\d+", text):
            return sign * float(text.replace(",", "."))
        return None
    if "." in text:
        if re.fullmatch(r"[1-9]\d{0,2}(\.\d{3})+", text):
            return sign * float(text.replace(".", ""))
        if re.fullmatch(r"\d+\.\d+", text):
            return sign * float(text)
        return None
    return sign * float(text)


def _number_in(text: str, field_name: str) -> tuple[float | None, str]:
    """(value, how): how is 'ok', 'empty', 'estimate', 'range', 'ambiguous' or 'unreadable'."""
    raw = text.strip()
    if _words(raw) in _NO_ANSWER:
        return None, "empty"
    how = "ok"
    body = raw
    match = _APPROX_BEFORE.match(body)
    if match:
        body, how = body[match.end():], "estimate"
    match = _APPROX_AFTER.search(body)
    if match and match.start() > 0:
        body, how = body[: match.start()], "estimate"
    units = _UNITS.get(field_name)
    if units:
        body = re.sub(rf"\s*{units}\s*$", "", body.strip(), flags=re.IGNORECASE)
    body = body.strip()
    value = _plain_number(body)
    if value is None:
        match = _RANGE.match(body)
        if match and match.group(1):
            low, high = _plain_number(match.group(1)), _plain_number(match.group(2))
            if low is not None and high is not None and math.isfinite(low) and math.isfinite(high):
                return (low + high) / 2, "range"
        return None, "unreadable"
    if math.isnan(value):
        return None, "ambiguous"
    if not math.isfinite(value):
        return None, "unreadable"
    return value, how


def _number_messages(field_name: str, raw: str, value: float | None, how: str, shown: str) -> Parsed:
    nl_name, en_name = _MESSAGE_NAMES[field_name]
    if how == "estimate":
        return Parsed(
            value,
            DOUBTFUL,
            f"{nl_name} ‘{raw}’ is een schatting; {shown} aangenomen: controleer het",
            f"{en_name} ‘{raw}’ is an estimate; {shown} assumed: check it",
        )
    if how == "range":
        return Parsed(
            value,
            DOUBTFUL,
            f"{nl_name} ‘{raw}’ is een bereik; het midden ({shown}) aangenomen: controleer het",
            f"{en_name} ‘{raw}’ is a range; the middle ({shown}) assumed: check it",
        )
    if how == "ambiguous":
        return Parsed(
            None,
            DOUBTFUL,
            f"{nl_name} ‘{raw}’ kan op twee manieren gelezen worden; vul het getal in zonder punt of komma "
            "voor de duizendtallen",
            f"{en_name} ‘{raw}’ can be read two ways; enter the number without a thousands separator",
        )
    return Parsed(
        None,
        DOUBTFUL,
        f"{nl_name} ‘{_short(raw)}’ is geen getal; leeg gelaten",
        f"{en_name} ‘{_short(raw)}’ is not a number; left empty",
    )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _format(value: float, unit: str = "") -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} {unit}".strip()


_UNIT_SHOWN = {
    "gas_m3_per_year": "m³",
    "floor_area_m2": "m²",
    "supply_temp_c": "°C",
    "boiler_age_years": "jaar",
    "persons": "",
}


def parse_number_field(field_name: str, text: str, typed: float | None = None) -> Parsed:
    """Gas use, floor area, supply temperature, persons, boiler age, insulation savings."""
    if typed is not None:
        value, how = typed, "ok"
    else:
        value, how = _number_in(text, field_name)
    if how == "empty":
        return Parsed(None)
    shown = _format(value, _UNIT_SHOWN.get(field_name, "")) if value is not None else ""
    if field_name == "insulation_savings" and value is not None:
        if "%" in text or "procent" in text.lower() or "percent" in text.lower() or value > 1:
            value = value / 100
        shown = f"{_format(value * 100)} %"
    if field_name in ("persons",) and value is not None and not float(value).is_integer():
        return Parsed(
            None,
            DOUBTFUL,
            f"aantal bewoners ‘{_short(text)}’ is geen heel getal; leeg gelaten",
            f"residents ‘{_short(text)}’ is not a whole number; left empty",
        )
    if field_name == "persons" and value is not None:
        value = int(value)
    if field_name == "boiler_age_years" and value is not None:
        this_year = datetime.date.today().year
        if value.is_integer() and 1900 <= value <= this_year:
            age = float(this_year - int(value))
            return Parsed(
                age,
                DOUBTFUL,
                f"leeftijd cv-ketel ‘{_short(text)}’ lijkt een jaartal; {_format(age)} jaar oud aangenomen",
                f"boiler age ‘{_short(text)}’ looks like a year; {_format(age)} years old assumed",
            )
    if how == "ok":
        return Parsed(value)
    return _number_messages(field_name, _short(text), value, how, shown)


_DECADE = re.compile(
    r"^(?:(begin|vroege|early|midden|mid|eind|late|laat)\s+)?(?:de\s+)?(?:jaren|the)?\s*'?(\d{2}|\d{4})\s*'?\s*"
    r"(?:er jaren|er|s|jaren)?$"
)


def parse_build_year(text: str, typed: float | None = None) -> Parsed:
    """A build year: 1996 ok; 'ca 1996', '96', 'jaren 90' (1995), '1995-1997' doubtful."""
    this_year = datetime.date.today().year
    if typed is not None:
        if typed.is_integer():
            return Parsed(int(typed))
        return Parsed(None, DOUBTFUL, f"bouwjaar {_format(typed)} is geen jaartal; leeg gelaten",
                      f"build year {_format(typed)} is not a year; left empty")
    raw = text.strip()
    words = _words(raw)
    if words in _NO_ANSWER:
        return Parsed(None)
    if re.fullmatch(r"\d{4}", raw):
        return Parsed(int(raw))
    match = re.fullmatch(r"(\d{4})-\d{2}-\d{2}.*", raw)
    if match:
        year = int(match.group(1))
        return Parsed(year, DOUBTFUL, f"bouwjaar ‘{_short(raw)}’ is een datum; {year} aangenomen",
                      f"build year ‘{_short(raw)}’ is a date; {year} assumed")
    decade = _DECADE.match(words) if ("jaren" in words or re.search(r"\d0 ?s$|\d0 ?er", words)) else None
    if decade:
        start = int(decade.group(2))
        if start < 100:
            start += 2000 if start == 0 else 1900
        if start % 10 == 0 and 1500 <= start <= this_year:
            offset = {"begin": 2, "vroege": 2, "early": 2, "eind": 8, "late": 8, "laat": 8}.get(decade.group(1) or "", 5)
            year = min(start + offset, this_year)
            return Parsed(
                year,
                DOUBTFUL,
                f"bouwjaar ‘{_short(raw)}’ is geen jaartal; {year} aangenomen (in dat decennium): controleer het",
                f"build year ‘{_short(raw)}’ is not a year; {year} assumed (within that decade): check it",
            )
    if re.fullmatch(r"'?\d{2}", raw):
        two = int(raw.lstrip("'"))
        year = 2000 + two if two <= this_year % 100 else 1900 + two
        return Parsed(year, DOUBTFUL, f"bouwjaar ‘{raw}’ heeft twee cijfers; {year} aangenomen",
                      f"build year ‘{raw}’ has two digits; {year} assumed")
    value, how = _number_in(raw, "build_year")
    if value is not None and how in ("estimate", "range"):
        year = int(round(value))
        return _number_messages("build_year", _short(raw), year, how, str(year))
    if value is not None and value.is_integer() and how == "ok":
        return Parsed(int(value))  # e.g. '+1996' or '1996,0'; range checks follow in validation
    return Parsed(None, DOUBTFUL, f"bouwjaar ‘{_short(raw)}’ is geen jaartal; leeg gelaten",
                  f"build year ‘{_short(raw)}’ is not a year; left empty")


_YES = {"ja", "j", "yes", "y", "waar", "true", "1", "x", "wel", "jawel", "zeker", "ja hoor", "klopt", "v", "ok"}
_NO = {"nee", "n", "no", "onwaar", "false", "0", "niet", "geen", "nooit", "nee hoor", "never"}
_BOOL_EXTRA = {
    "cooks_on_gas": (
        {"gas", "gasfornuis", "op gas", "gaskookplaat", "gaskomfoor"},
        {"inductie", "elektrisch", "keramisch", "electric", "induction", "elektrische kookplaat", "kookplaat inductie"},
    ),
    "three_phase": (
        {"3 fase", "3fase", "drie fase", "driefase", "krachtstroom", "3x25a", "3x25", "3 x 25a", "3 x 25 a"},
        {"1 fase", "1fase", "enkel fase", "enkelfase", "een fase", "1x35a", "1x35", "1 x 35a", "1x40a"},
    ),
}


def parse_yes_no(field_name: str, text: str, default: bool) -> Parsed:
    """Ja/nee in any case ('JA', 'Nee', 'yes', 'x'); anything else is doubtful, default kept."""
    if not text.strip():
        return Parsed(default)
    words = _words(text)
    extra_yes, extra_no = _BOOL_EXTRA.get(field_name, (set(), set()))
    if words in _YES or words in extra_yes:
        return Parsed(True)
    if words in _NO or words in extra_no:
        return Parsed(False)
    if words in ("", "-") and text.strip() in ("-", "--"):
        return Parsed(default)
    answer_nl, answer_en = ("ja", "yes") if default else ("nee", "no")
    name_nl, name_en = _MESSAGE_NAMES[field_name]
    return Parsed(
        default,
        DOUBTFUL,
        f"{name_nl}: ‘{_short(text)}’ is geen ja of nee; ‘{answer_nl}’ aangenomen: vraag het na",
        f"{name_en}: ‘{_short(text)}’ is not yes or no; ‘{answer_en}’ assumed: ask",
    )


_PARTICIPATION = {
    "interested": {
        "ja", "j", "yes", "y", "x", "1", "true", "waar", "wel", "zeker", "graag", "ja graag", "interesse",
        "geinteresseerd", "interested", "positief", "doet mee", "meedoen", "wil meedoen", "deelnemen", "ja hoor",
    },
    "declined": {
        "nee", "n", "no", "0", "false", "onwaar", "niet", "geen", "geen interesse", "not interested", "declined",
        "doet niet mee", "negatief", "nee dank je", "nee bedankt", "nooit", "never",
    },
    "unknown": {
        "misschien", "weet niet", "weet ik niet", "twijfel", "twijfelt", "onbekend", "unknown", "maybe",
        "mogelijk", "wellicht", "nog niet bekend", "geen idee", "nog niet", "eerst meer weten", "wil eerst meer weten",
        "perhaps", "not sure", "dont know", "don t know", "neutraal", "nvt",
    },
    "signed": {"getekend", "signed", "aangemeld", "ingeschreven", "ondertekend", "contract"},
}


def parse_participation(text: str, default: str = "unknown") -> Parsed:
    """'ja' → interested, 'nee' → declined, 'misschien'/'weet niet' → unknown, 'getekend' → signed."""
    if not text.strip():
        return Parsed(default)
    words = _words(text)
    if not words:  # '?', '-': no answer
        return Parsed(default)
    for state, answers in _PARTICIPATION.items():
        if words in answers or words == state:
            return Parsed(state)
    return Parsed(
        "unknown",
        DOUBTFUL,
        f"interesse ‘{_short(text)}’ niet herkend; ‘onbekend’ aangenomen: vraag het na",
        f"interest ‘{_short(text)}’ not recognised; ‘unknown’ assumed: ask",
    )


_HOUSE_TYPES = {
    "tussenwoning": {"tussenwoning", "tussen", "rijtjeshuis", "rijtjeswoning", "rijwoning", "middenwoning",
                     "terraced", "terracedhouse", "midterrace", "midterraced", "rowhouse", "townhouse"},
    "hoekwoning": {"hoekwoning", "hoek", "hoekhuis", "eindwoning", "kopwoning", "endterrace", "endofterrace",
                   "cornerhouse", "corner"},
    "twee-onder-een-kap": {"2onder1kap", "tweeondereenkap", "21kap", "2onder1", "twee1kap", "2onder1kapwoning",
                           "tweeondereenkapwoning", "semidetached", "semi", "helftdubbel", "dubbelwoning"},
    "vrijstaand": {"vrijstaand", "vrijstaande", "vrijstaandewoning", "vrijstaandhuis", "bungalow", "villa",
                   "detached", "detachedhouse"},
    "appartement": {"appartement", "flat", "bovenwoning", "benedenwoning", "portiekwoning", "maisonnette",
                    "apartment", "galerijwoning", "etagewoning"},
    "anders": {"anders", "other", "overig", "overige"},
}


def parse_house_type(text: str, default: str = "tussenwoning") -> Parsed:
    """Woningtype in the residents' words ('2-onder-1-kap', 'rijtjeshuis', 'Hoekwoning')."""
    if not text.strip():
        return Parsed(default)
    key = _words(text).replace(" ", "")
    for suffix in ("", "woning", "huis", "house", "home"):
        candidate = key[: len(key) - len(suffix)] if suffix and key.endswith(suffix) else key
        for house_type, names in _HOUSE_TYPES.items():
            if candidate in names:
                return Parsed(house_type)
    return Parsed(
        "anders",
        DOUBTFUL,
        f"type woning ‘{_short(text)}’ niet herkend; ‘anders’ aangenomen",
        f"house type ‘{_short(text)}’ not recognised; ‘other’ assumed",
    )


def parse_text(field_name: str, text: str) -> Parsed:
    """Free text, kept literally (a formula stays text); cut when much too long."""
    limit = MAX_NOTES_CHARS if field_name == "notes" else MAX_LABEL_CHARS
    value = text.strip()
    if field_name != "notes":
        value = " ".join(value.split())
    if len(value) > limit:
        name_nl, name_en = _MESSAGE_NAMES[field_name]
        return Parsed(
            value[:limit],
            DOUBTFUL,
            f"{name_nl} is langer dan {limit} tekens; ingekort",
            f"{name_en} is longer than {limit} characters; shortened",
        )
    return Parsed(value)


def parse_cell(field_name: str, text: str, typed: float | None = None, default=None) -> Parsed:
    """Read one cell for one field; never raises. ``default`` is used for an empty cell."""
    text = "" if text is None else str(text)
    if field_name in ("label", "address", "house_number", "notes"):
        return parse_text(field_name, text)
    if field_name == "build_year":
        return parse_build_year(text, typed)
    if field_name in ("cooks_on_gas", "three_phase"):
        fallback = getattr(Household(), field_name) if default is None else bool(default)
        return parse_yes_no(field_name, text, fallback)
    if field_name == "participation":
        return parse_participation(text, default if default in PARTICIPATION_STATES else "unknown")
    if field_name == "house_type":
        return parse_house_type(text, default if default in HOUSE_TYPES else "tussenwoning")
    return parse_number_field(field_name, text, typed)


# ---------------------------------------------------------------- converting rows


@dataclass
class RowReport:
    """One survey row after conversion.

    Attributes
    ----------
    row : int
        Spreadsheet row number (1-based, as Excel shows it).
    name : str
        How messages call the home ("Lindehof 7a").
    status : str
        ``"ok"``, ``"doubtful"`` or ``"refused"``.
    household : Household
        The parsed home. Doubtful fields hold the best guess or are left empty; for a
        refused row it is for display only and never imported.
    problems : list[Problem]
        What is doubtful (severity ``warning``) or impossible (``error``), each naming
        the row, the home and the column.
    cells : list[str]
        The row as read.
    """

    row: int
    name: str
    status: str
    household: Household
    problems: list[Problem] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)

    def messages(self, language: str = "nl") -> list[str]:
        return [problem.text(language) for problem in self.problems]


@dataclass
class ImportReport:
    """The outcome of :func:`convert`: one :class:`RowReport` per non-empty row."""

    rows: list[RowReport] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    def with_status(self, status: str) -> list[RowReport]:
        return [row for row in self.rows if row.status == status]

    def households(self, include_doubtful: bool = False) -> list[Household]:
        """Copies of the households to import: ok rows, plus doubtful ones when asked."""
        wanted = (OK, DOUBTFUL) if include_doubtful else (OK,)
        return [copy.deepcopy(row.household) for row in self.rows if row.status in wanted]

    def counts(self) -> dict[str, int]:
        return {status: len(self.with_status(status)) for status in STATUSES}

    def summary(self, language: str = "nl") -> str:
        counts = self.counts()
        total = len(self.rows)
        if language == "en":
            rows = "row" if total == 1 else "rows"
            text = f"{total} {rows}: {counts[OK]} ok, {counts[DOUBTFUL]} doubtful, {counts[REFUSED]} refused"
            if self.skipped_rows:
                empty = "empty row" if len(self.skipped_rows) == 1 else "empty rows"
                text += f"; {len(self.skipped_rows)} {empty} skipped"
            return text + "."
        rijen = "rij" if total == 1 else "rijen"
        text = f"{total} {rijen}: {counts[OK]} goed, {counts[DOUBTFUL]} twijfelachtig, {counts[REFUSED]} geweigerd"
        if self.skipped_rows:
            lege = "lege rij" if len(self.skipped_rows) == 1 else "lege rijen"
            text += f"; {len(self.skipped_rows)} {lege} overgeslagen"
        return text + "."

    def lines(self, language: str = "nl") -> list[str]:
        """The report as text lines: notes, then each row, then empty rows and the summary."""
        labels = STATUS_LABELS_EN if language == "en" else STATUS_LABELS_NL
        out = [note.text(language) for note in self.notes]
        for row in self.rows:
            if row.problems:
                for problem in row.problems:
                    out.append(f"[{labels[row.status]}] {problem.text(language)}")
            else:
                prefix = "Row" if language == "en" else "Rij"
                out.append(f"[{labels[row.status]}] {prefix} {row.row} ({row.name})")
        for number in self.skipped_rows:
            out.append(f"Row {number} is empty: skipped." if language == "en" else f"Rij {number} is leeg: overgeslagen.")
        out.append(self.summary(language))
        return out


_HOUSEHOLD_DEFAULTS = {f: getattr(Household(), f) for f in IMPORT_FIELDS if f != "house_number"}


def convert(
    table: SurveyTable,
    mapping: Mapping[str, int | None],
    *,
    defaults: Mapping[str, object] | None = None,
    existing_labels: Iterable[str] = (),
) -> ImportReport:
    """Turn every survey row into a household with a status (see the module docstring).

    Parameters
    ----------
    table : SurveyTable
        What :func:`read_table` read.
    mapping : Mapping[str, int | None]
        Field → column (0-based) or None; fields missing from it are not imported.
        Columns outside the table count as None.
    defaults : Mapping[str, object] | None
        Values for Household fields (any but ``id``) whose column is not mapped or whose
        cell is empty (e.g. ``{"house_type": "hoekwoning", "participation": "interested"}``).
        Unknown field names raise ValueError (a programming error, not bad input).
    existing_labels : Iterable[str]
        Labels already in the project; a row with the same label is doubtful.

    Returns
    -------
    ImportReport
    """
    defaults = dict(defaults or {})
    unknown = set(defaults) - {f.name for f in fields(Household)} | ({"id"} & set(defaults))
    if unknown:
        raise ValueError(f"unknown default fields: {sorted(unknown)}")
    columns = {}
    width = len(table.headers)
    for name in IMPORT_FIELDS:
        column = mapping.get(name)
        if isinstance(column, int) and not isinstance(column, bool) and 0 <= column < width:
            columns[name] = column
    report = ImportReport()
    if "gas_m3_per_year" not in columns:
        report.notes.append(
            Problem(
                "Geen kolom voor het gasverbruik gekozen: elke woning krijgt een leeg gasverbruik.",
                "No column chosen for the gas use: every home gets an empty gas use.",
                field="gas_m3_per_year",
                severity="warning",
            )
        )
    if not {"label", "address", "house_number"} & set(columns):
        report.notes.append(
            Problem(
                "Geen kolom voor naam of adres gekozen: de woningen heten Woning 1, 2, 3 …",
                "No column chosen for name or address: the homes are called Woning 1, 2, 3 …",
                field="label",
                severity="warning",
            )
        )
    seen = {_words(label): None for label in existing_labels if _words(label)}
    ordinal = 0
    for index, cells in enumerate(table.rows):
        number = table.row_numbers[index] if index < len(table.row_numbers) else table.header_row + 1 + index
        if not any(cell.strip() for cell in cells):
            report.skipped_rows.append(number)
            continue
        ordinal += 1
        row = _convert_row(table, index, number, ordinal, cells, columns, defaults, seen)
        report.rows.append(row)
    return report


def _convert_row(table, index, number, ordinal, cells, columns, defaults, seen) -> RowReport:
    household = Household()
    for name, value in defaults.items():
        setattr(household, name, copy.deepcopy(value))

    def cell(name: str) -> str:
        column = columns.get(name)
        return cells[column] if column is not None and column < len(cells) else ""

    findings: list[tuple[str, str, str, str]] = []  # (field, status, nl, en)
    for name in IMPORT_FIELDS:
        if name in ("label", "address", "house_number") or name not in columns:
            continue
        text = cell(name)
        typed = table.numbers.get((index, columns[name]))
        default = defaults.get(name, _HOUSEHOLD_DEFAULTS.get(name))
        parsed = parse_cell(name, text, typed, default)
        keep_default = name in defaults or _HOUSEHOLD_DEFAULTS.get(name) is not None
        if parsed.value is not None or not keep_default:
            setattr(household, name, parsed.value)  # else: empty or unreadable, keep the default
        if parsed.status != OK:
            findings.append((name, parsed.status, parsed.nl, parsed.en))

    label = parse_text("label", cell("label"))
    street = parse_text("address", cell("address"))
    house_number = parse_text("house_number", cell("house_number"))
    address = " ".join(part for part in (street.value, house_number.value) if part)
    household.address = address
    for name, parsed in (("label", label), ("address", street), ("house_number", house_number)):
        if parsed.status != OK:
            findings.append((name, parsed.status, parsed.nl, parsed.en))
    if label.value:
        household.label = label.value
    elif address:
        household.label = household.address[:MAX_LABEL_CHARS]
    elif {"label", "address", "house_number"} & set(columns):
        household.label = f"Rij {number}"
        findings.append(
            (
                "label" if "label" in columns else "address",
                DOUBTFUL,
                "geen naam of adres ingevuld; vul in om welke woning het gaat",
                "no name or address filled in; enter which home this is",
            )
        )
    else:
        household.label = f"Woning {ordinal}"
    name = household_name(household, number)

    # value limits: the same checks as the intake form
    flagged = {f for f, *_ in findings}
    for problem in validate_household(household, number):
        field_name = problem.field
        if field_name in flagged and getattr(household, field_name, None) is None:
            continue  # already said why it is empty (unreadable, ambiguous, ...)
        tail_nl = _strip_prefix(problem.nl, name)
        tail_en = _strip_prefix(problem.en, name)
        gas = household.gas_m3_per_year
        if field_name == "gas_m3_per_year" and gas is None:
            status = DOUBTFUL  # missing: the home can still be added and filled in later
        elif field_name == "gas_m3_per_year" and problem.is_error and gas is not None and gas > GAS_IMPOSSIBLE_M3:
            status = DOUBTFUL  # a meter reading, most likely: leave empty, ask for one year's use
            household.gas_m3_per_year = None
            tail_nl = tail_nl.rstrip(".") + "; leeg gelaten."
            tail_en = tail_en.rstrip(".") + "; left empty."
        elif problem.is_error:
            status = REFUSED
        else:
            status = DOUBTFUL
        findings.append((field_name, status, tail_nl, tail_en))

    key = _words(household.label)
    if key and key in seen:
        earlier = seen[key]
        if earlier is None:
            nl = f"‘{household.label}’ staat al in het project; controleer of dit dezelfde woning is"
            en = f"‘{household.label}’ is already in the project; check whether this is the same home"
        else:
            nl = f"‘{household.label}’ staat ook op rij {earlier}; controleer of dit dezelfde woning is"
            en = f"‘{household.label}’ is also on row {earlier}; check whether this is the same home"
        findings.append(("label", DOUBTFUL, nl, en))
    elif key:
        seen[key] = number

    named = max((i + 1 for i, header in enumerate(table.headers) if header.strip()), default=0)
    if table.delimiter == "," and any(text.strip() for text in cells[named:]):
        # "A,1510,5" in a comma-separated file: the decimal comma split the number
        findings.append(
            (
                "",
                DOUBTFUL,
                "deze rij heeft meer waarden dan er kolomnamen zijn; staat er een komma in een getal "
                "(1510,5)? Sla de enquête op met ; als scheidingsteken",
                "this row has more values than there are column names; is there a comma in a number "
                "(1510,5)? Save the survey with ; as separator",
            )
        )

    status = OK
    problems = []
    for field_name, field_status, nl, en in findings:
        if _RANK[field_status] > _RANK[status]:
            status = field_status
        where_nl, where_en = _where(table, columns, field_name)
        problems.append(
            Problem(
                f"Rij {number} ({name}): {_sentence(nl)}{where_nl}",
                f"Row {number} ({name}): {_sentence(en)}{where_en}",
                field=field_name,
                row=number,
                severity="error" if field_status == REFUSED else "warning",
            )
        )
    return RowReport(number, name, status, household, problems, list(cells))


def _strip_prefix(text: str, name: str) -> str:
    prefix = f"{name}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def _sentence(text: str) -> str:
    return text.rstrip().rstrip(".")


def _where(table: SurveyTable, columns: Mapping[str, int], field_name: str) -> tuple[str, str]:
    column = columns.get(field_name)
    if column is None and field_name == "address":
        column = columns.get("house_number")
    if column is None:
        return ".", "."
    where = table.column_name(column)
    return f" (kolom {where}).", f" (column {where})."


# ---------------------------------------------------------------- command line


def cli_import(args) -> int:
    """``minigrid import-households FILE --from SURVEY [--sheet NAME] [--yes]``.

    Adds the survey's ok rows (and doubtful ones with ``--yes``) to the project FILE,
    created when missing. A project file that cannot be read, or that would lose data
    on saving, is left untouched. Returns 0, or 2 with a message on bad input.
    """
    import sys

    from minigrid_app.core.model import Project
    from minigrid_app.io.projectfile import (
        MAX_HOUSEHOLDS,
        ProjectFileError,
        load_project,
        save_project,
    )

    def fail(problem: Problem) -> int:
        print(f"Fout: {problem.nl}", file=sys.stderr)
        print(f"Error: {problem.en}", file=sys.stderr)
        return 2

    target = Path(args.file)
    try:
        table = read_table(args.source, sheet=getattr(args, "sheet", None))
    except ImportFileError as exc:
        return fail(exc.problem)
    if target.exists():
        loaded = load_project(target)
        if loaded.project is None:
            problem = loaded.problems[0]
            return fail(
                Problem(
                    f"{problem.nl} Het projectbestand {target.name} is niet aangepast.",
                    f"{problem.en} The project file {target.name} was not changed.",
                )
            )
        if loaded.repaired:
            for problem in loaded.problems:
                print(f"Let op: {problem.nl}", file=sys.stderr)
            return fail(
                Problem(
                    f"{target.name} had onleesbare gegevens die bij opslaan verloren zouden gaan; het is niet "
                    "aangepast. Open het in Minigrid, controleer het en sla het op; importeer daarna opnieuw.",
                    f"{target.name} holds unreadable data that saving would lose; it was not changed. Open it in "
                    "Minigrid, check it and save it; then import again.",
                )
            )
        project = loaded.project
    else:
        project = Project()

    mapping = guess_mapping(table.headers)
    used = [name for name in IMPORT_FIELDS if mapping[name] is not None]
    if not used:
        return fail(
            Problem(
                f"Geen enkele kolom van {table.source} herkend. Gebruik kolomnamen zoals ‘Adres’, ‘Huisnr’, "
                "‘Gasverbruik’, of kies de kolommen in het programma (Intake → Importeren uit enquête…).",
                f"No column of {table.source} recognised. Use column names such as ‘Address’, ‘House number’, "
                "‘Gas use’, or choose the columns in the program (Intake → Import from survey…).",
            )
        )
    report = convert(table, mapping, existing_labels=[h.label for h in project.households])
    sheet = f", werkblad ‘{table.sheet}’" if table.sheet else ""
    print(f"Enquête {table.source}{sheet}: {len(report.rows)} rijen met antwoorden gelezen.")
    print("Kolommen:")
    for name in used:
        print(f"  {FIELD_LABELS_NL[name]} ← {table.column_name(mapping[name])}")
    for line in report.lines("nl"):
        print(line)

    households = report.households(include_doubtful=bool(getattr(args, "yes", False)))
    doubtful = len(report.with_status(DOUBTFUL))
    if len(project.households) + len(households) > MAX_HOUSEHOLDS:
        return fail(
            Problem(
                f"Met deze {len(households)} woningen komt het project boven {MAX_HOUSEHOLDS} woningen; "
                "er is niets toegevoegd.",
                f"With these {len(households)} homes the project would exceed {MAX_HOUSEHOLDS} homes; "
                "nothing was added.",
            )
        )
    if not households:
        print(f"Niets toegevoegd; {target.name} is niet aangepast.")
        if doubtful and not getattr(args, "yes", False):
            print("Gebruik --yes om ook de twijfelachtige rijen over te nemen.")
        return 0
    project.households.extend(households)
    try:
        save_project(project, target)
    except ProjectFileError as exc:
        return fail(exc.problem)
    print(f"{len(households)} woningen toegevoegd aan {target.name} ({len(project.households)} in totaal).")
    if doubtful and not getattr(args, "yes", False):
        print(f"{doubtful} twijfelachtige rijen niet overgenomen; gebruik --yes om ze toch over te nemen.")
    return 0
