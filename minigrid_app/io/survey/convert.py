"""Turn every survey row into a household with a status.

``ok``
    every value is clearly right; the household is imported.
``doubtful``
    something needs a human look (an estimate "ca 1100", a build year "jaren 90", a meter
    reading instead of a year's use, a missing gas use, an answer that is neither yes nor
    no, an ambiguous "1,180", a value outside the plausible range). The row carries a
    household with the **best reading** where there is one (1100 m³, 1995, the default
    answer) and the field **left empty** where there is none. It is imported only when the
    user says so (``--yes``, or the dialog's checkbox).
``refused``
    a value is impossible (a negative gas use, 45 residents, build year 3050): the row is
    never imported; its household is kept for display only.

Empty rows are skipped and listed in :attr:`ImportReport.skipped_rows`. Every cell is read
by :func:`minigrid_app.core.reading.read_field` (the reader every entry path uses), with the
notation of its column; value limits come from :mod:`minigrid_app.core.validation`, so the
import and the households table agree. Any string in any cell gives a status, never an
exception. Text stays text: a remark ``=cmd|' /C calc'!A0`` is stored literally.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields

from minigrid_app.core.column_notation import column_notation
from minigrid_app.core.file_words import field_words
from minigrid_app.core.formatting import exact
from minigrid_app.core.home_labels import home_key, same_home_in
from minigrid_app.core.model import HOUSE_TYPES, PARTICIPATION_STATES, Household
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import (
    Reading,
    read_field,
    short,
    shown,
    words,
)
from minigrid_app.core.reading_dates import read_date
from minigrid_app.core.safe_text import clean_text
from minigrid_app.core.validation import GAS_IMPOSSIBLE_M3, household_name, validate_household
from minigrid_app.core.words import TOTAL_WORDS
from minigrid_app.io.survey.table import (
    DOUBTFUL,
    IMPORT_FIELDS,
    KNOWN,
    MAX_LABEL_CHARS,
    MAX_NOTES_CHARS,
    MESSAGE_NAMES,
    OK,
    REFUSED,
    STATUS_LABELS_EN,
    STATUS_LABELS_NL,
    STATUSES,
    SurveyTable,
)

_RANK = {OK: 0, DOUBTFUL: 1, REFUSED: 2, KNOWN: 3}
_TEXT = ("label", "address", "house_number", "house_number_addition", "notes")
_ADDRESS_PARTS = ("label", "address", "house_number", "house_number_addition")


@dataclass(frozen=True)
class Parsed:
    """One cell read for one field: the value, the status, and what to say (no row prefix)."""

    value: object = None
    status: str = OK
    nl: str = ""
    en: str = ""


def parse_text(field_name: str, text: str) -> Parsed:
    """Free text, kept literally (a formula stays text); cut when much too long."""
    limit = MAX_NOTES_CHARS if field_name == "notes" else MAX_LABEL_CHARS
    text = str(text)
    if field_name != "notes":  # an address typed over two lines: "Lindelaan\n12" is "Lindelaan 12"
        text = " ".join(text.split())
    # no control or bidi characters, no lone surrogates: what the project file's loader keeps
    value = clean_text(text, multiline=field_name == "notes")[0].strip()
    if len(value) > limit:
        name_nl, name_en = MESSAGE_NAMES[field_name]
        return Parsed(value[:limit], DOUBTFUL, f"{name_nl} is langer dan {limit} tekens; ingekort",
                      f"{name_en} is longer than {limit} characters; shortened")
    return Parsed(value)


def parse_cell(field_name: str, text, typed: float | None = None, default=None, *, notation: str | None = None,
               serial: float | None = None) -> Parsed:
    """Read one cell for one field as the import does; never raises.

    ``default`` is used for an empty cell and as the best guess for an answer that is not
    recognised (a yes/no field, participation, house type).
    """
    text = "" if text is None else str(text)
    if field_name in _TEXT:
        return parse_text(field_name, text)
    reading = read_field(field_name, text, typed, notation=notation, serial=serial)
    return _parsed(field_name, text, reading, default)


def _parsed(field_name: str, text: str, reading: Reading, default) -> Parsed:
    name_nl, name_en = MESSAGE_NAMES[field_name]
    if reading.value is None and text.lstrip().startswith("=") and field_name not in _TEXT:
        # a workbook saved by a program that does not calculate holds the formula, not its result
        return Parsed(
            None, DOUBTFUL,
            f"{name_nl} ‘{short(text, 24)}’ is een formule zonder berekende uitkomst; open de enquête in Excel of "
            "LibreOffice, sla hem op en lees hem opnieuw in; leeg gelaten",
            f"{name_en} ‘{short(text, 24)}’ is a formula without a calculated result; open the survey in Excel or "
            "LibreOffice, save it and import it again; left empty",
        )
    if reading.is_empty:
        if field_name in ("cooks_on_gas", "three_phase"):
            return Parsed(getattr(Household(), field_name) if default is None else bool(default))
        if field_name == "participation":
            return Parsed(default if default in PARTICIPATION_STATES else "unknown")
        if field_name == "house_type":
            return Parsed(default if default in HOUSE_TYPES else "tussenwoning")
        return Parsed(None)
    if reading.status == OK:
        return Parsed(reading.value)
    if field_name in ("cooks_on_gas", "three_phase"):
        fallback = getattr(Household(), field_name) if default is None else bool(default)
        nl, en = ("ja", "yes") if fallback else ("nee", "no")
        return Parsed(fallback, DOUBTFUL, f"{name_nl}: {reading.nl}; ‘{nl}’ aangenomen: vraag het na",
                      f"{name_en}: {reading.en}; ‘{en}’ assumed: ask")
    if field_name == "participation":
        return Parsed("unknown", DOUBTFUL, f"{name_nl} {reading.nl}; ‘onbekend’ aangenomen: vraag het na",
                      f"{name_en} {reading.en}; ‘unknown’ assumed: ask")
    if field_name == "house_type":
        return Parsed("anders", DOUBTFUL, f"{name_nl} {reading.nl}; ‘anders’ aangenomen",
                      f"{name_en} {reading.en}; ‘other’ assumed")
    if reading.value is None:
        return Parsed(None, DOUBTFUL, f"{name_nl} {reading.nl}; leeg gelaten", f"{name_en} {reading.en}; left empty")
    return Parsed(reading.value, DOUBTFUL, f"{name_nl} {reading.nl}", f"{name_en} {reading.en}")


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
            if counts[KNOWN]:
                text += f", {counts[KNOWN]} already in the project"
            if self.skipped_rows:
                empty = "empty row" if len(self.skipped_rows) == 1 else "empty rows"
                text += f"; {len(self.skipped_rows)} {empty} skipped"
            return text + "."
        rijen = "rij" if total == 1 else "rijen"
        text = f"{total} {rijen}: {counts[OK]} goed, {counts[DOUBTFUL]} twijfelachtig, {counts[REFUSED]} geweigerd"
        if counts[KNOWN]:
            text += f", {counts[KNOWN]} al in het project"
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


_HOUSEHOLD_DEFAULTS = {f: getattr(Household(), f) for f in IMPORT_FIELDS if f not in ("house_number", "house_number_addition")}


def convert(
    table: SurveyTable,
    mapping: Mapping[str, int | None],
    *,
    defaults: Mapping[str, object] | None = None,
    existing: Sequence[Household] = (),
    notes: Iterable[Problem] = (),
    language: str = "nl",
) -> ImportReport:
    """Turn every survey row into a household with a status (see the module docstring).

    Parameters
    ----------
    table : SurveyTable
        What :func:`~.read.read_table` read (with derived columns, see :mod:`.columns`).
    mapping : Mapping[str, int | None]
        Field → column (0-based) or None; fields missing from it are not imported.
        Columns outside the table count as None.
    defaults : Mapping[str, object] | None
        Values for Household fields (any but ``id``) whose column is not mapped or whose
        cell is empty (e.g. ``{"house_type": "hoekwoning", "participation": "interested"}``).
        Unknown field names raise ValueError (a programming error, not bad input).
    existing : Sequence[Household]
        The homes already in the project. A row that is one of them (the same address, or the same
        name where an address is missing: :func:`~minigrid_app.core.home_labels.same_home_in`) is
        :data:`KNOWN`: never added again, said with the home it is and what the survey says otherwise.
    notes : Iterable[Problem]
        Notes about the whole file to put first (the column choice).
    language : str
        The language of the names given to homes without one ('Woning 3', 'Rij 5'; 'Home 3', 'Row 5' in English:
        an English import named its homes in Dutch).

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
    report = ImportReport(notes=[*table.notes, *notes])
    if "gas_m3_per_year" not in columns:
        report.notes.append(Problem(
            "Geen kolom voor het gasverbruik gekozen: elke woning krijgt een leeg gasverbruik.",
            "No column chosen for the gas use: every home gets an empty gas use.",
            field="gas_m3_per_year",
            severity="warning",
        ))
    if not {"label", "address", "house_number"} & set(columns):
        report.notes.append(Problem(
            f"Geen kolom voor naam of adres gekozen: de woningen heten {_UNNAMED[language][0]} 1, 2, 3 …",
            f"No column chosen for name or address: the homes are called {_UNNAMED[language][0]} 1, 2, 3 …",
            field="label",
            severity="warning",
        ))
    notations = {name: column_notation(name, table.column(column)) for name, column in columns.items() if name not in _TEXT}
    seen: dict[str, int] = {}
    remarks: dict[tuple[str, str], list[tuple[int, str, Reading]]] = {}
    ordinal = 0
    gas_before: list[float] = []
    for index, cells in enumerate(table.rows):
        number = table.row_numbers[index] if index < len(table.row_numbers) else table.header_row + 1 + index
        if not any(cell.strip() for cell in cells):
            report.skipped_rows.append(number)
            continue
        ordinal += 1
        row = _convert_row(table, index, number, ordinal, cells, columns, defaults, seen, notations, remarks, language)
        named = any(cells[c].strip() for name, c in columns.items() if name in _ADDRESS_PARTS and c < len(cells))
        if not named and "gas_m3_per_year" in columns and row.status != REFUSED and _sum_or_mean_row(row, gas_before):
            row.status = REFUSED
            row.problems.insert(0, Problem(
                f"Rij {number}: zonder naam, en het gasverbruik is het totaal of het gemiddelde van de rijen erboven: "
                "een regel met een totaal, geen woning; niet overgenomen.",
                f"Row {number}: without a name, and the gas use is the total or the mean of the rows above: a row "
                "of totals, not a home; not imported.",
                field="gas_m3_per_year", row=number, severity="error",
            ))
        elif row.status != REFUSED and row.household.gas_m3_per_year is not None:
            gas_before.append(row.household.gas_m3_per_year)
        known = same_home_in(row.household, existing) if named and row.status != REFUSED else None
        if known is not None:
            _known(row, existing[known - 1], known, columns)
        report.rows.append(row)
    report.notes.extend(_column_remarks(table, columns, remarks))
    return report


def _column_remarks(table, columns, remarks) -> list[Problem]:
    """Readings that were right but worth saying, once per column (English notation, a year in a date cell)."""
    notes = []
    for (name, how), found in remarks.items():
        where = table.column_name(columns[name])
        unit = "year" if name == "build_year" else ""
        listed_nl = ", ".join(f"rij {row}: {short(text, 16)} → {shown(reading.value, unit)}" for row, text, reading in found[:4])
        listed_en = ", ".join(f"row {row}: {short(text, 16)} → {shown(reading.value, unit, 'en')}" for row, text, reading in found[:4])
        more_nl = f" en {len(found) - 4} meer" if len(found) > 4 else ""
        more_en = f" and {len(found) - 4} more" if len(found) > 4 else ""
        if how == "excel_serial":
            nl = (f"Kolom {where}: de jaartallen staan in een datumopmaak (Excel toont een jaartal in een datumcel "
                  f"als een datum in 1900–1905); als jaartal gelezen ({listed_nl}{more_nl}).")
            en = (f"Column {where}: the years are in a date format (Excel shows a year typed into a date cell as a "
                  f"date in 1900–1905); read as years ({listed_en}{more_en}).")
        elif how == "added":
            nl = f"Kolom {where}: de bewoners in delen geteld (2+2); opgeteld ({listed_nl}{more_nl})."
            en = f"Column {where}: the residents counted in parts (2+2); added up ({listed_en}{more_en})."
        else:
            nl = f"Kolom {where} staat in Engelse schrijfwijze (1,234.5); zo gelezen ({listed_nl}{more_nl})."
            en = f"Column {where} is in English notation (1,234.5); read that way ({listed_en}{more_en})."
        notes.append(Problem(nl, en, field=name, severity="warning"))
    return notes


#: The names a home without a name or an address gets, by language: (no column for it, an empty cell)
_UNNAMED = {"nl": ("Woning", "Rij"), "en": ("Home", "Row")}


def _convert_row(table, index, number, ordinal, cells, columns, defaults, seen, notations, remarks,
                 language: str = "nl") -> RowReport:
    household = Household()
    for name, value in defaults.items():
        setattr(household, name, copy.deepcopy(value))

    def cell(name: str) -> str:
        column = columns.get(name)
        return cells[column] if column is not None and column < len(cells) else ""

    findings: list[tuple[str, str, str, str]] = []  # (field, status, nl, en)
    for name in IMPORT_FIELDS:
        if name in _ADDRESS_PARTS or name not in columns:
            continue
        text = cell(name)
        if name == "notes":
            parsed = parse_text(name, text)
        else:
            typed = table.numbers.get((index, columns[name]))
            serial = table.serials.get((index, columns[name]))
            reading = read_field(name, text, typed, notation=notations.get(name), serial=serial)
            if reading.status == OK and reading.nl:
                shown_text = text
                if reading.how == "excel_serial" and (date := read_date(text)) is not None:
                    shown_text = f"{date.day}-{date.month}-{date.year}"
                remarks.setdefault((name, reading.how), []).append((number, shown_text, reading))
            parsed = _parsed(name, text, reading, defaults.get(name, _HOUSEHOLD_DEFAULTS.get(name)))
        keep_default = name in defaults or _HOUSEHOLD_DEFAULTS.get(name) is not None
        if parsed.value is not None or not keep_default:
            setattr(household, name, parsed.value)  # else: empty or unreadable, keep the default
        if parsed.status != OK:
            findings.append((name, parsed.status, parsed.nl, parsed.en))

    label = parse_text("label", cell("label"))
    street = parse_text("address", cell("address"))
    house_number = parse_text("house_number", cell("house_number"))
    addition = parse_text("house_number_addition", cell("house_number_addition"))
    number_text = _with_addition(house_number.value, addition.value)
    address = " ".join(part for part in (street.value, number_text) if part)
    household.address = address
    for name, parsed in (("label", label), ("address", street), ("house_number", house_number),
                         ("house_number_addition", addition)):
        if parsed.status != OK:
            findings.append((name, parsed.status, parsed.nl, parsed.en))
    total = _total_row(cells, [cell(name) for name in _ADDRESS_PARTS])
    if total:
        findings.append((
            "label" if "label" in columns else "address",
            REFUSED,
            f"‘{short(total, 24)}’ is een regel met een totaal of gemiddelde, geen woning; niet overgenomen",
            f"‘{short(total, 24)}’ is a row of totals or averages, not a home; not imported",
        ))
    if number in table.hidden_rows:
        findings.append((
            "",
            DOUBTFUL,
            "deze rij is verborgen in het werkblad (weggefilterd?); controleer of deze woning mee moet doen",
            "this row is hidden in the sheet (filtered out?); check whether this home should take part",
        ))
    if label.value:
        household.label = label.value
    elif address:
        household.label = household.address[:MAX_LABEL_CHARS]
    elif {"label", "address", "house_number"} & set(columns):
        household.label = f"{_UNNAMED[language][1]} {number}"
        findings.append((
            "label" if "label" in columns else "address",
            DOUBTFUL,
            "geen naam of adres ingevuld; vul in om welke woning het gaat",
            "no name or address filled in; enter which home this is",
        ))
    else:
        household.label = f"{_UNNAMED[language][0]} {ordinal}"
    name = household_name(household, number)
    findings += _checks(household, number, name, {f for f, *_ in findings}, "gas_m3_per_year" in columns)
    findings += _duplicate(household, number, seen)

    named = max((i + 1 for i, header in enumerate(table.headers) if header.strip()), default=0)
    if table.delimiter == "," and any(text.strip() for text in cells[named:]):
        # "A,1510,5" in a comma-separated file: the decimal comma split the number
        findings.append((
            "",
            DOUBTFUL,
            "deze rij heeft meer waarden dan er kolomnamen zijn; staat er een komma in een getal "
            "(1510,5)? Sla de enquête op met ; als scheidingsteken",
            "this row has more values than there are column names; is there a comma in a number "
            "(1510,5)? Save the survey with ; as separator",
        ))

    status = OK
    problems = []
    for field_name, field_status, nl, en in findings:
        if _RANK[field_status] > _RANK[status]:
            status = field_status
        where_nl, where_en = _where(table, columns, field_name)
        problems.append(Problem(
            f"Rij {number} ({name}): {_sentence(nl)}{where_nl}",
            f"Row {number} ({name}): {_sentence(en)}{where_en}",
            field=field_name,
            row=number,
            severity="error" if field_status == REFUSED else "warning",
        ))
    return RowReport(number, name, status, household, problems, list(cells))


def _with_addition(number: str, addition: str) -> str:
    """'16' + 'a' → '16a'; '18' + '2' → '18-2'; '7' + 'bis' → '7 bis'; an addition already written stays."""
    addition = addition.strip().lstrip("-").strip()
    if not number or not addition or number.lower().endswith(addition.lower()):
        return number or addition
    if len(addition) == 1 and addition.isalpha():
        return f"{number}{addition}"
    if addition.isdigit():
        return f"{number}-{addition}"
    return f"{number} {addition}"


def _total_row(cells: list[str], naming: list[str]) -> str:
    """The text that makes a row a total or an average ('Totaal', 'Gemiddeld:'), else ''.

    Looked for in the cells that name the home and in the row's first filled cell.
    """
    first = next((cell for cell in cells if cell.strip()), "")
    for text in (*naming, first):
        key = words(text)
        if key and (key in TOTAL_WORDS or (key.split()[0] in TOTAL_WORDS and len(key.split()) <= 3)):
            return text.strip()
    filled = [cell.strip() for cell in cells if cell.strip()]
    if filled and not any(text.strip() for text in naming) and all(_AGGREGATE.match(text) for text in filled):
        return filled[0]  # an Excel table's totals row: '=SUBTOTAL(109,[Gas])' and no name
    return ""


#: a formula that sums, averages or counts the rows above it (Excel and LibreOffice, Dutch and English)
_AGGREGATE = re.compile(r"=\s*(_xlfn\.)?(subtotal|subtotaal|sum|som|average|gemiddelde|aggregate|aggregaat|count|aantal|"
                        r"counta|aantalarg|median|mediaan|min|max)\s*\(", re.IGNORECASE)


def _sum_or_mean_row(row: RowReport, before: list[float]) -> bool:
    """A row without a name whose gas use is the sum or the mean of the homes above it (a totals row Excel calculated)."""
    gas = row.household.gas_m3_per_year
    if gas is None or len(before) < 2:
        return False
    return abs(gas - sum(before)) <= 0.5 or abs(gas - sum(before) / len(before)) <= 0.5


def _checks(
    household: Household, number: int, name: str, flagged: set[str], gas_column: bool = True
) -> list[tuple[str, str, str, str]]:
    """Value limits and plausibility: the same checks as the households table."""
    findings = []
    for problem in validate_household(household, number):
        field_name = problem.field
        if field_name in flagged and getattr(household, field_name, None) is None:
            continue  # already said why it is empty (unreadable, ambiguous, ...)
        if field_name == "build_year" and household.build_year is None:
            continue  # no doubt about the row: what an empty build year is taken as, said in the table once added
        tail_nl = _strip_prefix(problem.nl, name)
        tail_en = _strip_prefix(problem.en, name)
        gas = household.gas_m3_per_year
        if field_name == "gas_m3_per_year" and gas is None:
            status = DOUBTFUL  # missing: the home can still be added and filled in later
            if not gas_column:  # not missing from the row: no column was chosen for it (said above the rows)
                tail_nl = "gasverbruik leeg: er is geen kolom voor het gasverbruik gekozen; kies die kolom, of vul het later in."
                tail_en = "gas use empty: no column was chosen for the gas use; choose that column, or fill it in later."
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
    return findings


def _duplicate(household: Household, number: int, seen: dict) -> list[tuple[str, str, str, str]]:
    key = home_key(household.label)
    if not key:
        return []
    if key not in seen:
        seen[key] = number
        return []
    earlier = seen[key]
    nl = f"‘{short(household.label)}’ staat ook op rij {earlier}; controleer of dit dezelfde woning is"
    en = f"‘{short(household.label)}’ is also on row {earlier}; check whether this is the same home"
    return [("label", DOUBTFUL, nl, en)]


def _shown_value(value, language: str) -> str:
    if isinstance(value, bool):
        return ("yes" if value else "no") if language == "en" else ("ja" if value else "nee")
    if isinstance(value, int | float):
        return exact(value, language)
    return f"‘{short(str(value), 30)}’"


def _known(row: RowReport, home: Household, place: int, columns: Mapping[str, int]) -> None:
    """Mark ``row`` as the project's home ``home`` (its ``place``, from 1): not added again, and said with what
    the survey says otherwise (the project's values stay: they may have been corrected since)."""
    new = row.household
    differ = [name for name in columns if name not in _ADDRESS_PARTS and name != "notes" and hasattr(home, name)
              and getattr(new, name) is not None and getattr(new, name) != getattr(home, name)]
    same = "zelfde adres" if home_key(home.address) and home_key(new.address) else "zelfde naam"
    same_en = "same address" if same == "zelfde adres" else "same name"
    nl = (f"‘{short(new.label)}’ staat al in het project (woning {place}, {same}); niet opnieuw toegevoegd, de woning "
          "in het project is niet veranderd")
    en = (f"‘{short(new.label)}’ is already in the project (home {place}, {same_en}); not added again, the home in the "
          "project was not changed")
    if differ:
        said_nl = "; ".join(f"{field_words(Household, name)[0]} {_shown_value(getattr(new, name), 'nl')} (in het "
                            f"project {_shown_value(getattr(home, name), 'nl')})" for name in differ[:3])
        said_en = "; ".join(f"{field_words(Household, name)[1]} {_shown_value(getattr(new, name), 'en')} (in the "
                            f"project {_shown_value(getattr(home, name), 'en')})" for name in differ[:3])
        nl += f". De enquête zegt anders: {said_nl}. Klopt de enquête, pas de woning dan aan bij stap 1 (Intake)"
        en += f". The survey says otherwise: {said_en}. If the survey is right, change the home at step 1 (Intake)"
    row.status = KNOWN
    row.problems.insert(0, Problem(f"Rij {row.row} ({row.name}): {nl}.", f"Row {row.row} ({row.name}): {en}.",
                                   field="label", row=row.row, severity="warning"))


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
