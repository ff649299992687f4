"""Read a survey file (.xlsx or .csv/.txt) into a :class:`~.table.SurveyTable` of strings.

Refuses with a Dutch and English :class:`~minigrid_app.core.problems.Problem` anything that
is not a reasonable survey: a missing file, the wrong type, an empty or enormous file, a zip
bomb, a password-protected or damaged workbook.

What a spreadsheet does to a survey is undone here:

* **visible sheets first**: with no sheet named, the first *visible* worksheet that holds a
  survey is read; hidden sheets only when no visible one does (and that is said);
* **merged cells** are filled down (a street merged over three homes gives each home the
  street); a header merged over several columns ("Gasverbruik (m3)" over "2022 | 2023")
  heads each of them;
* **two header rows** (a group header over sub-headers) are read as one header
  ("Gasverbruik (m3) 2023"); a title row above the header is passed over;
* **no silent row limit**: every row is read; a survey with more than
  :data:`~.table.MAX_ROWS` filled rows is refused with a message;
* text files in UTF-8, UTF-16 (with or without a byte order mark), Windows-1252 or
  Latin-1, separated by ``;``, tab or ``,`` (Excel's ``sep=`` line is honoured); a line that is
  one quoted cell holding the separators (a spreadsheet saved it again) is split into its cells.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime
import io
import math
import re
import warnings
import zipfile
from pathlib import Path

from minigrid_app.core.problems import Problem
from minigrid_app.core.reading_dates import year_in
from minigrid_app.io.projectfile import SUFFIX as PROJECT_SUFFIX
from minigrid_app.io.safe_read import (
    CUT_OFF,
    ReadRefused,
    decode_cut_off,
    decode_text,
    read_file_limited,
)
from minigrid_app.io.survey.columns import header_fields
from minigrid_app.io.survey.table import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFileError,
    SurveyTable,
    column_letter,
    refuse,
)

#: An .xlsx may unpack to at most this much [bytes] (zip bomb guard).
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
#: A part of an .xlsx larger than ``RATIO_CHECK_BYTES`` may be at most this many times its
#: compressed size [-]; real sheets compress 5-30×, bombs 1000× and more.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_BYTES = 1024 * 1024
#: At most this many parts in an .xlsx [-].
MAX_ZIP_MEMBERS = 5000
#: The header row is looked for among this many first non-empty rows [-].
HEADER_SEARCH_ROWS = 10

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")

_MAGIC = (
    (b"\x89PNG", "een afbeelding (PNG)", "an image (PNG)"),
    (b"\xff\xd8\xff", "een afbeelding (JPEG)", "an image (JPEG)"),
    (b"GIF8", "een afbeelding (GIF)", "an image (GIF)"),
    (b"%PDF", "een PDF-document", "a PDF document"),
)
_ZIP = b"PK\x03\x04"
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: old .xls, or an encrypted .xlsx


def read_table(path, sheet: str | None = None) -> SurveyTable:
    """Read a survey from an .xlsx or .csv/.txt file.

    Parameters
    ----------
    path : str | os.PathLike
        The survey file.
    sheet : str | None
        Worksheet name (xlsx); None: the first visible worksheet that holds a survey (a
        header row with answers below it), so an explanation sheet in front is passed over.

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
    # first the file guard of every reader (a folder, a missing file, a pipe are said as such, whatever
    # their name ends in); the size is counted while reading
    try:
        data = read_file_limited(path, MAX_FILE_BYTES)
    except ReadRefused as exc:
        raise ImportFileError(exc.problem) from None
    if suffix == PROJECT_SUFFIX:
        raise refuse(
            f"{name} is een Minigrid-project, geen enquêtebestand. Kies het bestand met de antwoorden van de "
            "bewoners (.xlsx of .csv).",
            f"{name} is a Minigrid project, not a survey file. Choose the file with the residents' answers "
            "(.xlsx or .csv).",
        )
    if suffix == ".xls":
        raise refuse(
            f"{name} is een oud Excel-bestand (.xls). Open het in Excel of LibreOffice en sla het op als "
            ".xlsx of als CSV.",
            f"{name} is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV.",
        )
    if suffix == ".ods":
        raise refuse(
            f"{name} is een OpenDocument-rekenblad. Sla het in LibreOffice op als .xlsx of als CSV.",
            f"{name} is an OpenDocument spreadsheet. Save it from LibreOffice as .xlsx or CSV.",
        )
    if suffix not in EXCEL_SUFFIXES + TEXT_SUFFIXES:
        raise refuse(
            f"{name} is geen enquêtebestand dat Minigrid kan lezen. Gebruik een Excel-bestand (.xlsx) "
            "of een CSV-bestand (.csv).",
            f"{name} is not a survey file Minigrid can read. Use an Excel file (.xlsx) or a CSV file (.csv).",
        )
    if not data:
        raise refuse(f"{name} is leeg.", f"{name} is empty.")
    if data.startswith(_ZIP):
        return _read_xlsx(path, data, sheet)
    if data.startswith(_CFB):
        if "EncryptionInfo".encode("utf-16-le") in data[: 1024 * 1024] or b"EncryptionInfo" in data[: 1024 * 1024]:
            raise refuse(
                f"{name} is beveiligd met een wachtwoord. Sla het zonder wachtwoord op en probeer het opnieuw.",
                f"{name} is protected by a password. Save it without a password and try again.",
            )
        raise refuse(
            f"{name} is een oud Excel- of Office-bestand. Sla het op als .xlsx of als CSV.",
            f"{name} is an old Excel or Office file. Save it as .xlsx or CSV.",
        )
    if suffix in EXCEL_SUFFIXES:
        kind = _not_a_workbook(data)
        if kind is not None and kind[0] == "text":  # a CSV that was given the name of a workbook
            table = _read_text(path, data)
            table.notes.append(Problem(
                f"{name} heet een Excel-werkmap ({suffix}) maar is een tekstbestand: het is als CSV gelezen.",
                f"{name} is named as an Excel workbook ({suffix}) but is a text file: it was read as CSV.",
                severity="warning",
            ))
            return table
        if kind is not None:
            raise refuse(
                f"{name} is {kind[1]}, geen Excel-werkmap. Kies het enquêtebestand (.xlsx of .csv).",
                f"{name} is {kind[2]}, not an Excel workbook. Choose the survey file (.xlsx or .csv).",
            )
        raise refuse(
            f"{name} is geen geldig Excel-bestand: het is beschadigd of van een ander type.",
            f"{name} is not a valid Excel file: it is damaged or of another type.",
        )
    return _read_text(path, data)


# .................................................................... CSV


def _decode(name: str, data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, cut off), by :func:`minigrid_app.io.safe_read.decode_cut_off`; pictures and PDFs are named."""
    for magic, nl, en in _MAGIC:
        if data.startswith(magic):
            raise refuse(
                f"{name} is geen tekst (CSV) maar {nl}. Kies het enquêtebestand.",
                f"{name} is not text (CSV) but {en}. Choose the survey file.",
            )
    decoded = decode_cut_off(data)
    if decoded is None:
        raise refuse(
            f"{name} is geen tekstbestand (CSV). Sla de enquête op als CSV of .xlsx.",
            f"{name} is not a text (CSV) file. Save the survey as CSV or .xlsx.",
        )
    return decoded


def _delimiter(line: str) -> str:
    """The separator used in the header line: ';', tab or ',' (most frequent wins)."""
    counts = {delimiter: line.count(delimiter) for delimiter in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])  # ties: first in the order ; tab ,
    return best if counts[best] else ";"


def _read_text(path: Path, data: bytes) -> SurveyTable:
    name = path.name
    text, encoding, cut_off = _decode(name, data)
    text = text.replace("\x00", "")
    first_offset = 0
    delimiter = None
    match = re.match(r"\ufeff?sep=(.)\r?\n", text)  # Excel's "sep=;" hint on the first line
    if match:
        delimiter = match.group(1)
        text = text[match.end():]
        first_offset = 1
    if not text.strip():
        raise refuse(f"{name} bevat geen gegevens.", f"{name} holds no data.")
    if delimiter is None:
        lines = [line for line in text.splitlines() if line.strip()][:HEADER_SEARCH_ROWS]
        # the separator of the widest line: a title line above the header has none
        delimiter = max((_delimiter(line) for line in lines), key=lambda d: max(line.count(d) for line in lines))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    raw_rows: list[tuple[int, list[str]]] = []
    record = first_offset
    filled_rows = widest = 0
    try:
        for cells in reader:
            record += 1
            _check_quotes(name, record, cells, delimiter, widest)
            if len(cells) == 1 and delimiter in cells[0]:
                # a whole line in quotes ("Eik 3;1300,5;1982"): a ;-file opened and saved again by a
                # spreadsheet that separates with commas quotes every line that holds a comma
                split = list(csv.reader(io.StringIO(cells[0], newline=""), delimiter=delimiter))
                cells = split[0] if len(split) == 1 else cells
            _check_row(name, record, cells)
            widest = max(widest, len(cells))
            texts = [cell.strip() for cell in cells]
            if any(texts):
                filled_rows += 1
                if filled_rows > MAX_ROWS + 2:  # two header rows and MAX_ROWS answers
                    raise _too_many_rows(name)
            raw_rows.append((record, texts))
    except csv.Error:
        raise refuse(
            f"{name}, regel {record + 1}: de regel is onleesbaar of een cel is te lang "
            f"(meer dan {MAX_CELL_CHARS} tekens).",
            f"{name}, line {record + 1}: the line is unreadable or a cell is too long "
            f"(more than {MAX_CELL_CHARS} characters).",
        ) from None
    table = _build_table(name, _Sheet(raw_rows))
    table.delimiter = delimiter
    table.encoding = encoding
    if cut_off:  # its last rows may be missing: said, with the rows that were read
        table.notes.append(dataclasses.replace(CUT_OFF, nl=f"{name}: {CUT_OFF.nl} Controleer of de laatste rijen er zijn.",
                                               en=f"{name}: {CUT_OFF.en} Check that the last rows are there."))
    return table


def _too_many_rows(name: str) -> ImportFileError:
    return refuse(
        f"{name} heeft meer dan {MAX_ROWS} rijen met antwoorden; een mini-warmtenet is voor 2 tot 50 woningen. "
        "Is dit het goede bestand?",
        f"{name} has more than {MAX_ROWS} rows of answers; a mini heat network is for 2 to 50 homes. "
        "Is this the right file?",
    )


def _check_quotes(name: str, row: int, cells: list[str], delimiter: str, widest: int) -> None:
    """Refuse a quote that opens a cell and is never closed: the lines below end up in that cell.

    Such a cell holds a line break followed by a line with as many separators as a whole row
    (``widest`` cells); a remark or an address typed over two lines does not.
    """
    if widest < 2:
        return
    for index, cell in enumerate(cells):
        swallowed = [line for line in cell.splitlines()[1:] if line.count(delimiter) >= widest - 1]
        if swallowed:
            raise refuse(
                f"{name}, rij {row}, kolom {column_letter(index)}: een aanhalingsteken (\") opent hier een cel die "
                "niet wordt gesloten, zodat de regels eronder in die ene cel terechtkomen "
                f"(ook ‘{swallowed[0][:40]}’). Haal het aanhalingsteken weg of sluit het, sla het bestand op en "
                "lees het opnieuw in. Er is niets ingelezen.",
                f"{name}, row {row}, column {column_letter(index)}: a quote (\") opens a cell here that is never "
                f"closed, so the lines below end up in that one cell (also ‘{swallowed[0][:40]}’). Remove the "
                "quote or close it, save the file and import it again. Nothing was imported.",
            )


def _check_row(name: str, row: int, cells) -> None:
    filled = [index for index, cell in enumerate(cells) if cell not in (None, "")]
    if filled and filled[-1] >= MAX_COLUMNS:
        raise refuse(
            f"{name}, rij {row}: meer dan {MAX_COLUMNS} kolommen; een enquête heeft er minder. "
            "Is dit het goede bestand?",
            f"{name}, row {row}: more than {MAX_COLUMNS} columns; a survey has fewer. Is this the right file?",
        )
    for index in filled:
        cell = cells[index]
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise refuse(
                f"{name}, rij {row}, kolom {column_letter(index)}: de cel bevat meer dan {MAX_CELL_CHARS} tekens; "
                "dat is geen enquêteantwoord. Kort de tekst in.",
                f"{name}, row {row}, column {column_letter(index)}: the cell holds more than {MAX_CELL_CHARS} "
                "characters; that is not a survey answer. Shorten the text.",
            )


# .................................................................... the header


class _Sheet:
    """Rows as read, before the header is found.

    ``rows`` are (spreadsheet row number, texts); ``numbers`` and ``serials`` are keyed by
    (index in ``rows``, column); ``spans`` maps a row index to the columns (first, last)
    of the cells merged across columns in that row.
    """

    def __init__(self, rows, numbers=None, serials=None, spans=None, sheet=None, sheet_names=(), hidden=()):
        self.rows: list[tuple[int, list[str]]] = rows
        self.numbers: dict[tuple[int, int], float] = numbers or {}
        self.serials: dict[tuple[int, int], float] = serials or {}
        self.spans: dict[int, list[tuple[int, int]]] = spans or {}
        self.sheet = sheet
        self.sheet_names = list(sheet_names)
        self.hidden = list(hidden)
        self.hidden_rows: set[int] = set()
        self.hidden_columns: set[int] = set()


def _header_like(cells: list[str]) -> bool:
    """Words, and no numbers but years: a row of column names."""
    filled = [cell for cell in cells if cell]
    if not any(re.search(r"[^\W\d_]", cell) for cell in filled):
        return False
    return not any(_plain_number(cell) and year_in(cell) is None for cell in filled)


def _plain_number(cell: str) -> bool:
    return bool(re.fullmatch(r"[+-]?\d[\d.,' \u00a0]*", cell.strip()))


def _spread(top: list[str], lower: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], bool]:
    """The upper header row with each group name over every column it heads; and whether it is a group row.

    A group name heads the columns it is merged over (xlsx), or, in a text file, the
    empty cells to its right under which the lower row has a name.
    """
    width = max(len(top), len(lower))
    cells = list(top) + [""] * (width - len(top))
    lower = list(lower) + [""] * (width - len(lower))
    grouped = False
    for first, last in spans:
        for column in range(first + 1, min(last, width - 1) + 1):
            cells[column] = cells[first]
            grouped = grouped or bool(cells[first])
    current = ""
    for column in range(width):
        original = top[column] if column < len(top) else ""
        if original:
            current = original
        elif not lower[column]:
            current = ""  # an empty column ends the group
        elif current and not cells[column]:
            cells[column] = current
            grouped = True
    return cells, grouped


def _title_row(cells: list[str]) -> bool:
    """Only the first cell filled (or one text merged over the row): a title, not column names."""
    filled = {cell for cell in cells if cell}
    return len(filled) == 1 and bool(cells) and bool(cells[0])


def _combine(top: list[str], lower: list[str]) -> list[str]:
    headers = []
    for column in range(max(len(top), len(lower))):
        upper = top[column] if column < len(top) else ""
        below = lower[column] if column < len(lower) else ""
        if upper and below and upper.casefold() != below.casefold():
            headers.append(f"{upper} {below}")
        else:
            headers.append(upper or below)
    return headers


def _build_table(name: str, sheet: _Sheet) -> SurveyTable:
    """Find the header (one row, or a group row over sub-headers), keep the rows after it.

    The header is the row among the first ``HEADER_SEARCH_ROWS`` non-empty ones whose
    names are recognised best; a group row directly above it (merged cells, or names that
    head several columns) is read with it as one header; a title above is passed over.
    """
    raw_rows = sheet.rows
    filled = [i for i, (_, cells) in enumerate(raw_rows) if any(cells)]
    if not filled:
        raise refuse(f"{name} bevat geen gegevens.", f"{name} holds no data.")
    start, headers, best, two_rows = filled[0], raw_rows[filled[0]][1], -1, False
    for candidate in filled[:HEADER_SEARCH_ROWS]:
        cells = raw_rows[candidate][1]
        score = header_fields(cells)
        options = [(score, cells, False)]
        above = candidate - 1
        if above >= 0 and above in filled and _header_like(cells) and _header_like(raw_rows[above][1]):
            top = raw_rows[above][1]
            spread, grouped = _spread(top, cells, sheet.spans.get(above, []))
            if grouped and not _title_row(top) and len([c for c in cells if c]) >= 2:
                combined = _combine(spread, cells)
                options.append((header_fields(combined), combined, True))
        for option_score, option_cells, option_two in options:
            if option_score > best or (option_score == best and option_two and candidate == start + 1):
                start, headers, best, two_rows = candidate, option_cells, option_score, option_two
    header_row = raw_rows[start][0]
    if not _header_like(headers) and best <= 0:
        raise refuse(
            f"{name}: de eerste rij (rij {header_row}) is geen kopregel. Zet boven de antwoorden een rij met "
            "kolomnamen zoals ‘Adres’, ‘Huisnr’, ‘Gasverbruik’.",
            f"{name}: the first row (row {header_row}) is not a header row. Put a row of column names such as "
            "‘Address’, ‘House number’, ‘Gas use’ above the answers.",
        )
    body = raw_rows[start + 1 :]
    while body and not any(body[-1][1]):
        body.pop()
    if not body:
        raise refuse(
            f"{name} heeft een kopregel maar geen antwoorden eronder.",
            f"{name} has a header row but no answers below it.",
        )
    width = max(len(headers), *(len(cells) for _, cells in body))
    width = max(1, min(width, MAX_COLUMNS))
    header_list = [str(h) for h in headers[:width]] + [""] * (width - len(headers))
    rows = [list(cells[:width]) + [""] * (width - len(cells)) for _, cells in body]
    first_body_row = start + 1

    def shifted(cells: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
        return {
            (index - first_body_row, column): value
            for (index, column), value in cells.items()
            if index >= first_body_row and column < width and index - first_body_row < len(rows)
        }

    notes = []
    if sheet.sheet is not None and sheet.sheet in sheet.hidden:
        notes.append(Problem(
            f"Werkblad ‘{sheet.sheet}’ is verborgen in de werkmap; het is gelezen omdat geen zichtbaar werkblad "
            "een enquête bevat. Klopt dat?",
            f"Sheet ‘{sheet.sheet}’ is hidden in the workbook; it was read because no visible sheet holds a "
            "survey. Is that right?",
            severity="warning",
        ))
    return SurveyTable(
        headers=header_list,
        rows=rows,
        row_numbers=[number for number, _ in body],
        numbers=shifted(sheet.numbers),
        serials=shifted(sheet.serials),
        source=name,
        sheet=sheet.sheet,
        sheet_names=sheet.sheet_names,
        hidden_sheets=sheet.hidden,
        header_row=header_row,
        header_rows=2 if two_rows else 1,
        notes=notes,
        hidden_rows={number for number, _ in body if number in sheet.hidden_rows},
        hidden_columns={column for column in sheet.hidden_columns if column < width},
    )


# .................................................................... xlsx


def _not_a_workbook(data: bytes) -> tuple[str, str, str] | None:
    """What a file that is no zip at all is instead: (kind, Dutch, English); None when nothing known.

    ``kind`` is ``office``, ``image``, ``project`` or ``text``: a survey (CSV) or a project
    file chosen where a workbook belongs is no damaged workbook.
    """
    if data.startswith(_CFB):
        return "office", "een oud Office-bestand (.xls of .doc)", "an old Office file (.xls or .doc)"
    for magic, nl, en in _MAGIC:
        if data.startswith(magic):
            return "image", nl, en
    if decode_text(data[: 64 * 1024]) is None:
        return None
    if b"minigrid-project" in data[: 64 * 1024]:
        return "project", "een Minigrid-project", "a Minigrid project"
    return "text", "een tekstbestand (bijvoorbeeld CSV)", "a text file (for example CSV)"


#: How a spreadsheet in another format (.xls, .ods) becomes one that can be read
_SAVE_AS_XLSX = (" Open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx).",
                 " Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).")


def check_workbook_bytes(name: str, data: bytes, wanted: tuple[str, str] = ("het enquêtebestand (.xlsx of .csv)",
                                                                          "the survey file (.xlsx or .csv)")) -> None:
    """Refuse a zip bomb, a password or a non-workbook zip before openpyxl unpacks anything.

    Every reader of a workbook someone sent (the survey import, a filled-in bill of
    quantities) checks with this first; ``wanted`` names the file to choose instead.

    Raises
    ------
    ImportFileError
        With the reason in Dutch and English.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError):
        # NotImplementedError: a damaged header that names a zip version Python does not know ("6.4")
        kind = _not_a_workbook(data)
        if kind is None:
            raise refuse(
                f"{name} is beschadigd (geen geldig Excel-bestand).",
                f"{name} is damaged (not a valid Excel file).",
            ) from None
        save_nl, save_en = _SAVE_AS_XLSX if kind[0] == "office" else ("", "")
        raise refuse(
            f"{name} is {kind[1]}, geen Excel-werkmap.{save_nl} Kies {wanted[0]}.",
            f"{name} is {kind[2]}, not an Excel workbook.{save_en} Choose {wanted[1]}.",
        ) from None
    bomb = refuse(
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
        raise refuse(
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
        save_nl, save_en = ("", "")
        if "mimetype" in names and b"spreadsheet" in archive.read("mimetype")[:100]:
            kind_nl, kind_en = "een OpenDocument-rekenblad (.ods)", "an OpenDocument spreadsheet (.ods)"
            save_nl, save_en = _SAVE_AS_XLSX
        raise refuse(
            f"{name} is {kind_nl}, geen Excel-werkmap.{save_nl} Kies {wanted[0]}.",
            f"{name} is {kind_en}, not an Excel workbook.{save_en} Choose {wanted[1]}.",
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
    """Read one worksheet; with ``sheet`` None, the first visible one that holds a survey."""
    name = path.name
    check_workbook_bytes(name, data)
    with warnings.catch_warnings():  # "extension not supported" and the like: not for residents
        warnings.simplefilter("ignore")
        return _read_workbook(name, data, sheet)


def _read_workbook(name: str, data: bytes, sheet: str | None) -> SurveyTable:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise refuse("openpyxl ontbreekt; installeer Minigrid opnieuw.", "openpyxl is missing; reinstall Minigrid.") from None
    values_book = formulas_book = None
    sheet_names: list[str] = []
    try:
        # two passes over the same sheet: cached values, and the formula text for cells
        # without a usable value (a remark "=cmd|..." must come through as that text)
        values_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet_names = [ws.title for ws in values_book.worksheets]
        hidden = [ws.title for ws in values_book.worksheets if ws.sheet_state != "visible"]
        if not sheet_names:
            raise refuse(f"{name} bevat geen werkblad met gegevens.", f"{name} holds no worksheet with data.")
        if sheet is not None and sheet not in sheet_names:
            # Excel's sheet names know no case ('enquête' is 'Enquête'); spaces around a typed name are no part of it
            sheet = next((n for n in sheet_names if n.strip().casefold() == sheet.strip().casefold()), sheet)
        if sheet is not None and sheet not in sheet_names:
            listed = ", ".join(f"‘{n}’" for n in sheet_names)
            raise refuse(
                f"{name} heeft geen werkblad ‘{sheet}’. Wel: {listed}.",
                f"{name} has no sheet ‘{sheet}’. Sheets: {listed}.",
            )
        order = [sheet] if sheet is not None else [n for n in sheet_names if n not in hidden] + hidden
        first_error = None
        for title in order:
            try:
                read = _sheet_rows(name, values_book[title], formulas_book[title], values_book.epoch)
                read.sheet, read.sheet_names, read.hidden = title, sheet_names, hidden
                return _build_table(name, read)
            except ImportFileError as exc:  # e.g. an explanation sheet first: try the next one
                first_error = first_error or exc
        raise first_error
    except ImportFileError as exc:
        exc.sheet_names = sheet_names
        raise
    except Exception:  # openpyxl raises many kinds (KeyError, XML errors, ValueError...)
        raise refuse(
            f"{name} is beschadigd of onleesbaar. Open het in Excel of LibreOffice en sla het opnieuw op.",
            f"{name} is damaged or unreadable. Open it in Excel or LibreOffice and save it again.",
        ) from None
    finally:
        for book in (values_book, formulas_book):
            if book is not None:
                with contextlib.suppress(Exception):  # closing must not hide the real message
                    book.close()


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\"")
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*?)/?>")
_HIDDEN = re.compile(rb"\bhidden=\"(?:1|true)\"")
_ATTRIBUTE = {name: re.compile(rb"\b" + name + rb"=\"(\d{1,7})\"") for name in (b"r", b"min", b"max")}


class _Layout:
    """What openpyxl's read-only sheets do not report: merged ranges, hidden rows and columns."""

    def __init__(self):
        self.merged: set[tuple[int, int, int, int]] = set()
        self.hidden_rows: set[int] = set()  # spreadsheet row numbers
        self.hidden_columns: set[int] = set()  # 0-based


def _sheet_layout(worksheet) -> _Layout:
    """Merged ranges (first row, first column, last row, last column; 1-based), hidden rows
    and hidden columns of a read-only worksheet, found in the sheet's XML (streamed, so a
    large sheet is never held in memory)."""
    from openpyxl.utils import column_index_from_string

    layout = _Layout()
    try:
        source = worksheet._get_source()
    except Exception:  # pragma: no cover - a sheet without its own part
        return layout
    with source:
        tail = b""
        while True:
            chunk = source.read(1 << 20)
            if not chunk:
                break
            block = tail + chunk
            cut = block.rfind(b"<")
            complete, tail = (block[:cut], block[cut:]) if cut >= 0 and len(block) - cut < 512 else (block, b"")
            for match in _MERGE.finditer(complete):
                c0, r0, c1, r1 = match.groups()
                layout.merged.add((int(r0), column_index_from_string(c0.decode()), int(r1),
                                   column_index_from_string(c1.decode())))
            for match in _ROW.finditer(complete):
                attributes = match.group(1)
                number = _ATTRIBUTE[b"r"].search(attributes)
                if number and _HIDDEN.search(attributes):
                    layout.hidden_rows.add(int(number.group(1)))
            for match in _COL.finditer(complete):
                attributes = match.group(1)
                first, last = _ATTRIBUTE[b"min"].search(attributes), _ATTRIBUTE[b"max"].search(attributes)
                if first and last and _HIDDEN.search(attributes):
                    layout.hidden_columns.update(range(int(first.group(1)) - 1, min(int(last.group(1)), MAX_COLUMNS + 1)))
            if len(layout.merged) > 100_000 or len(layout.hidden_rows) > 100_000:
                break
    return layout


def _sheet_rows(name, values_sheet, formulas_sheet, epoch) -> _Sheet:
    from openpyxl.utils.datetime import to_excel

    raw_rows: list[tuple[int, list[str]]] = []
    numbers: dict[tuple[int, int], float] = {}
    serials: dict[tuple[int, int], float] = {}
    filled_rows = 0
    values = values_sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS + 1, values_only=True)
    formulas = formulas_sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS + 1, values_only=True)
    for number, (row, formula_row) in enumerate(zip(values, formulas, strict=False), start=1):
        if row.count(None) == len(row) and formula_row.count(None) == len(formula_row):
            raw_rows.append((number, []))  # an empty (perhaps formatted) row: nothing to look at
            continue
        width = max(_filled_width(row), _filled_width(formula_row))
        cells = list(row[:width]) + [None] * (width - len(row))
        for index, value in enumerate(cells):
            formula = formula_row[index] if index < len(formula_row) else None
            # a formula without its result (a workbook saved by a program that does not calculate): the formula
            # is shown; one with an error value keeps it ('#DIV/0!': the formula does not work, saving again
            # would not help; core.reading.spreadsheet_error says so)
            if isinstance(formula, str) and formula.startswith("=") and value is None:
                cells[index] = formula
        _check_row(name, number, cells)
        texts = [_cell_text(value) for value in cells]
        while texts and not texts[-1]:
            texts.pop()
        for index, value in enumerate(cells[: len(texts)]):
            if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
                numbers[(len(raw_rows), index)] = float(value)
            elif isinstance(value, datetime.datetime | datetime.date):
                with contextlib.suppress(Exception):
                    serials[(len(raw_rows), index)] = float(to_excel(value, epoch=epoch))
        if texts:
            filled_rows += 1
            if filled_rows > MAX_ROWS + 2:
                raise _too_many_rows(name)
        raw_rows.append((number, texts))
    sheet = _Sheet(raw_rows, numbers, serials)
    layout = _sheet_layout(values_sheet)
    _fill_merged(sheet, sorted(layout.merged))
    sheet.hidden_rows, sheet.hidden_columns = layout.hidden_rows, layout.hidden_columns
    return sheet


def _filled_width(row: tuple) -> int:
    """1 + the index of the last cell that holds something (0 for an empty row)."""
    for index in range(len(row) - 1, -1, -1):
        if row[index] is not None:
            return index + 1
    return 0


def _fill_merged(sheet: _Sheet, ranges) -> None:
    """Merged cells: the value goes down every row of the range; a range over several
    columns is remembered (``spans``) so a header can head each column."""
    index_of = {number: index for index, (number, _) in enumerate(sheet.rows)}
    for first_row, first_column, last_row, last_column in ranges:
        top = index_of.get(first_row)
        if top is None:
            continue
        column = first_column - 1
        if last_column > first_column:
            sheet.spans.setdefault(top, []).append((column, last_column - 1))
        cells = sheet.rows[top][1]
        value = cells[column] if column < len(cells) else ""
        if not value:
            continue
        for number in range(first_row + 1, last_row + 1):
            below = index_of.get(number)
            if below is None:
                continue
            target = sheet.rows[below][1]
            target.extend([""] * (column + 1 - len(target)))
            if not target[column]:
                target[column] = value
                for store in (sheet.numbers, sheet.serials):
                    if (top, column) in store:
                        store[(below, column)] = store[(top, column)]
