"""The survey as read from a file: :class:`SurveyTable`, the fields a column can feed, limits and errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from minigrid_app.core.problems import Problem, ProblemError

# ---------------------------------------------------------------- limits

#: Survey files larger than this are refused unread [bytes].
MAX_FILE_BYTES = 10 * 1024 * 1024
#: At most this many data rows (households) in one survey [-].
MAX_ROWS = 2000
#: At most this many columns [-].
MAX_COLUMNS = 200
#: A cell longer than this is not a survey answer [characters].
MAX_CELL_CHARS = 10_000
#: Longest label or address kept [characters]; longer is cut and doubtful.
MAX_LABEL_CHARS = 120
#: Longest remark kept [characters]; longer is cut and doubtful.
MAX_NOTES_CHARS = 2000

OK, DOUBTFUL, REFUSED = "ok", "doubtful", "refused"
#: a row that is a home already in the project (the same address): never added again, whatever its values
KNOWN = "known"
STATUSES = (OK, DOUBTFUL, REFUSED, KNOWN)
STATUS_LABELS_NL = {OK: "goed", DOUBTFUL: "twijfel", REFUSED: "geweigerd", KNOWN: "al in het project"}
STATUS_LABELS_EN = {OK: "ok", DOUBTFUL: "doubtful", REFUSED: "refused", KNOWN: "already in the project"}

#: Fields a survey column can feed, in the order forms show them. ``house_number`` and
#: ``house_number_addition`` are not Household fields: they are joined to the street in
#: ``address`` ("Lindehof" + "7" + "a" → "Lindehof 7a"; "18" + "2" → "18-2").
IMPORT_FIELDS = (
    "label",
    "address",
    "house_number",
    "house_number_addition",
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
    "house_number_addition": "Toevoeging huisnummer",
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
    "house_number_addition": "House number addition",
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
MESSAGE_NAMES = {
    "label": ("naam", "name"),
    "address": ("adres", "address"),
    "house_number": ("huisnummer", "house number"),
    "house_number_addition": ("toevoeging", "addition"),
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
#: Names the command line accepts for a field in ``--column FIELD=COLUMN`` (besides the field name).
FIELD_ALIASES = {
    "gas": "gas_m3_per_year", "gasverbruik": "gas_m3_per_year",
    "naam": "label", "name": "label", "woning": "label",
    "adres": "address", "straat": "address", "street": "address",
    "huisnummer": "house_number", "nummer": "house_number", "nr": "house_number", "number": "house_number",
    "toevoeging": "house_number_addition", "huisletter": "house_number_addition", "addition": "house_number_addition",
    "type": "house_type", "woningtype": "house_type",
    "bouwjaar": "build_year", "year": "build_year",
    "oppervlak": "floor_area_m2", "area": "floor_area_m2",
    "koken": "cooks_on_gas", "cooking": "cooks_on_gas",
    "bewoners": "persons", "personen": "persons",
    "interesse": "participation", "interest": "participation", "deelname": "participation",
    "isolatie": "insulation_savings", "insulation": "insulation_savings",
    "aanvoer": "supply_temp_c", "supply": "supply_temp_c",
    "ketel": "boiler_age_years", "boiler": "boiler_age_years",
    "krachtstroom": "three_phase", "3fase": "three_phase", "phase": "three_phase",
    "opmerkingen": "notes", "opmerking": "notes", "remarks": "notes",
}


class ImportFileError(ProblemError):
    """The survey file cannot be used; ``problem`` says why in Dutch and English.

    ``sheet_names`` lists the workbook's sheets when they could be read, so a dialog can
    offer another sheet.
    """

    def __init__(self, problem: Problem, sheet_names: list[str] | None = None):
        super().__init__(problem)
        self.sheet_names = list(sheet_names or [])


def refuse(nl: str, en: str) -> ImportFileError:
    return ImportFileError(Problem(nl, en))


@dataclass
class SurveyTable:
    """A survey as strings.

    Attributes
    ----------
    headers : list[str]
        The header per column (two header rows read as one: "Gasverbruik (m3) 2023").
    rows : list[list[str]]
        Data rows below the header, each as long as ``headers``, cells stripped. Empty
        rows between data rows are kept (so row numbers stay right); empty rows at the
        end are dropped. Merged cells are filled down.
    row_numbers : list[int]
        The spreadsheet row number (1-based, as Excel shows it) of each row.
    numbers : dict[tuple[int, int], float]
        Cells a spreadsheet stores as numbers: (index in ``rows``, column) → the value as
        stored. Their text in ``rows`` is written the Dutch way ("1510,5").
    serials : dict[tuple[int, int], float]
        Date cells: (index in ``rows``, column) → the spreadsheet's date serial.
    source : str
        File name, for messages.
    sheet : str | None
        The sheet read (xlsx), else None.
    sheet_names : list[str]
        Every worksheet in the workbook (xlsx), else empty.
    hidden_sheets : list[str]
        The worksheets that are hidden in the workbook.
    header_row : int
        Spreadsheet row number of the (last) header row.
    header_rows : int
        How many rows make up the header (1, or 2 for a header over sub-headers).
    delimiter : str | None
        The separator of a CSV file, else None.
    encoding : str | None
        The character encoding a CSV file was read with, else None.
    notes : list[Problem]
        What the reading itself noticed (a hidden sheet used, merged cells filled down).
    derived : dict[int, str]
        Columns computed from others (the use from two meter readings): column → how.
    hidden_rows : set[int]
        Spreadsheet row numbers the sheet hides (a filter, or hidden by hand).
    hidden_columns : set[int]
        Columns (0-based) the sheet hides.
    """

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int] = field(default_factory=list)
    numbers: dict[tuple[int, int], float] = field(default_factory=dict)
    serials: dict[tuple[int, int], float] = field(default_factory=dict)
    source: str = ""
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    header_row: int = 1
    header_rows: int = 1
    delimiter: str | None = None
    encoding: str | None = None
    notes: list[Problem] = field(default_factory=list)
    derived: dict[int, str] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.row_numbers:
            self.row_numbers = [self.header_row + 1 + index for index in range(len(self.rows))]

    def column_name(self, column: int) -> str:
        """'E ‘Gasverbruik 2023 (m3)’' : the column letter and its header."""
        letter = column_letter(column)
        header = self.headers[column] if 0 <= column < len(self.headers) else ""
        return f"{letter} ‘{header}’" if header else letter

    def column(self, column: int) -> list[str]:
        """The texts of one column, one per row."""
        return [cells[column] if column < len(cells) else "" for cells in self.rows]


def column_letter(column: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    letters = ""
    column += 1
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(letters: str) -> int | None:
    """'A' → 0, 'AA' → 26; None when it is not a column letter."""
    letters = letters.strip().upper()
    if not letters.isalpha() or not letters.isascii() or len(letters) > 3:
        return None
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1
