"""Table model of the households at the intake: add, remove, reorder, edit in place, paste.

Every change is one undo step through ``document.edit``/``set_attr``. Input is read the
way people type or paste it from a spreadsheet ("1.180", "1200 m3", "20 %", "ja"); what
cannot be read is refused with a message in plain Dutch (``inputRefused``). Values that
can be read but look wrong are kept and marked in the row (tint, icon and tooltip), with
the problems from :func:`minigrid_app.core.validation.validate_household`: missing input is
marked, never forbidden.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from minigrid_app.core.formatting import exact
from minigrid_app.core.home_labels import home_label, same_homes
from minigrid_app.core.model import HOUSE_TYPES, Household
from minigrid_app.core.problems import Problem
from minigrid_app.core.validation import validate_household
from minigrid_app.ui.locale import ui_language

if TYPE_CHECKING:
    from minigrid_app.core.reading import Reading

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 2
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # the stored value (e.g. the house type code)
_PROBLEM_ROLES = (PROBLEMS_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole)

ERROR_BACKGROUND = QColor("#fbe3e1")
WARNING_BACKGROUND = QColor("#fdf6e3")


def _reading():
    """:mod:`minigrid_app.core.reading`, imported when a cell is first read or pasted (its
    patterns are compiled then, not when the window opens)."""
    from minigrid_app.core import reading

    return reading


@dataclass(frozen=True)
class Column:
    """One column: the Household field, how its values are read, and the allowed range."""

    field: str
    kind: str  # text | int | float | percent | bool | choice
    minimum: float | None = None
    maximum: float | None = None


COLUMNS = (
    Column("label", "text"),
    Column("address", "text"),
    Column("house_type", "choice"),
    Column("build_year", "int"),
    Column("floor_area_m2", "float"),
    Column("gas_m3_per_year", "float"),
    Column("cooks_on_gas", "bool"),
    Column("persons", "int"),
    Column("insulation_savings", "percent"),
    Column("distance_to_next_m", "float"),
    Column("boiler_age_years", "float"),
    Column("three_phase", "bool"),
    Column("notes", "text"),
    Column("wants_cooling", "bool"),
)
(
    COL_LABEL,
    COL_ADDRESS,
    COL_TYPE,
    COL_BUILD_YEAR,
    COL_AREA,
    COL_GAS,
    COL_COOKS,
    COL_PERSONS,
    COL_INSULATION,
    COL_DISTANCE,
    COL_BOILER_AGE,
    COL_THREE_PHASE,
    COL_NOTES,
    COL_COOLING,
) = range(len(COLUMNS))
COLUMN_OF_FIELD = {column.field: number for number, column in enumerate(COLUMNS)}

#: a sensible number to show in "typ bijvoorbeeld ..." per column (Dutch, English)
_EXAMPLES = {
    "build_year": ("1975", "1975"),
    "floor_area_m2": ("120", "120"),
    "gas_m3_per_year": ("1.200", "1200"),
    "persons": ("3", "3"),
    "insulation_savings": ("20 %", "20%"),
    "distance_to_next_m": ("8", "8"),
    "boiler_age_years": ("12", "12"),
}


class InputError(ValueError):
    """A cell value that cannot be read; ``nl``/``en`` say why and what to type."""

    def __init__(self, nl: str, en: str):
        super().__init__(en)
        self.problem = Problem(nl, en)


def _refusal(reading: Reading, example: tuple[str, str]) -> InputError:
    """What to say when a reading gives nothing to store (unreadable, ambiguous, a wrong unit)."""
    if reading.how in ("unreadable", "not_whole"):
        return InputError(f"{reading.nl}; typ bijvoorbeeld {example[0]}.", f"{reading.en}; type for example {example[1]}.")
    return InputError(f"{reading.nl}.", f"{reading.en}.")


def parse_quantity(text, example: tuple[str, str] = ("1.200", "1200"), notation: str | None = None,
                   units: tuple[str, ...] | None = None, unit: str = "") -> float | None:
    """A number as typed or pasted: '1.180' → 1180, '1200 m3' → 1200, '0,5' → 0.5, '' → None,
    'ca 1000' → 1000 (read by :func:`minigrid_app.core.reading.read_number`); ``units``: the unit
    families allowed in the text (None: any; ``()``: none), ``unit`` the one named in a refusal.

    Raises InputError when there is no number to store; its message suggests ``example`` (Dutch, English).
    """
    if text is None:
        return None
    return stored_number(_reading().read_number(text, notation=notation, units=units, unit=unit), example)


def stored_number(reading: Reading, example: tuple[str, str]) -> float | None:
    """The number ``reading`` gives to store; None for an empty text. Raises InputError when it gives
    none (unreadable, ambiguous, a wrong unit), suggesting ``example`` (Dutch, English)."""
    if reading.is_empty:
        return None
    if reading.value is None:
        raise _refusal(reading, example)
    return float(reading.value)


def parse_bool(text, field: str = "") -> bool:
    """Ja/nee in every wording the program knows ('klopt', 'zeker', 'x'; 'inductie' for cooking); empty is nee."""
    reading = _reading().read_yes_no(text, field)
    if reading.is_empty:
        return False
    if reading.value is None:
        raise InputError(f"'{text}': vul ja of nee in.", f"'{text}': enter yes or no.")
    return bool(reading.value)


def parse_house_type(text) -> str:
    reading = _reading().read_house_type(text)
    if reading.is_empty:
        return "tussenwoning"
    if reading.value is None:
        raise InputError(
            f"'{text}' is geen bekend woningtype; kies uit: {', '.join(HOUSE_TYPES)}.",
            f"'{text}' is not a known house type; choose from: {', '.join(HOUSE_TYPES)}.",
        )
    return str(reading.value)


def read_cell(column: Column, text, notation: str | None = None, language: str | None = None) -> tuple[object, Reading]:
    """Read one cell for ``column``: (value to store, the reading with anything worth saying).

    Every field is read by :func:`minigrid_app.core.reading.read_field`, the reader of every
    entry path; a number typed in the window of ``language`` by the rule of every typed figure
    (:func:`minigrid_app.core.typed_amounts.read_typed`: the window's notation; in English the table's
    own '1,850' typed back was 'can mean 1.85 m³ or 1,850 m³ … check it'). Raises InputError with a
    plain message when there is nothing to store.
    """
    if column.kind == "text":  # one line, except the notes ("Kerkstraat\n3" is "Kerkstraat 3")
        reading = _reading().read_field(column.field, "" if text is None else text)
        return str(reading.value or ""), _reading().Reading()
    if column.kind == "bool":
        return parse_bool(text, column.field), _reading().Reading()
    if column.kind == "choice":
        return parse_house_type(text), _reading().Reading()
    if isinstance(text, int | float) and not isinstance(text, bool):
        text = str(text)
    kind, _units, unit = _reading().FIELDS.get(column.field, ("", (), ""))
    if language is not None and notation is None and kind in ("number", "int"):
        from minigrid_app.core.typed_amounts import read_typed  # noqa: PLC0415 - as _reading(), not at start-up

        reading = read_typed(lambda typed: _reading().read_field(column.field, text, notation=typed), text, language, unit)
    else:
        reading = _reading().read_field(column.field, text, notation=notation)
    if reading.is_empty:
        return (0.0 if column.kind == "percent" else None), reading
    if reading.value is None:
        raise _refusal(reading, _EXAMPLES.get(column.field, ("1.200", "1200")))
    value = reading.value
    if column.kind == "float":
        value = float(value)
    return value, reading


def parse_cell(column: Column, text):
    """Read one cell for ``column``; raises InputError with a plain message."""
    return read_cell(column, text)[0]


class HouseholdsModel(QAbstractTableModel):
    """The households of the project, one row each, editable in place.

    Signals
    -------
    inputRefused(str) : a typed or pasted value could not be read (plain Dutch/English)
    inputNoted(str) : a value was stored, but how it was read is worth a look ("‘1,180’ kan
        1,18 of 1.180 betekenen; 1.180 aangenomen: controleer het"); "" clears it
    """

    inputRefused = Signal(str)
    inputNoted = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._ids = self._current_ids()
        # row → (the household as validated, its problems); reused while the household is unchanged
        self._problems: dict[int, tuple[Household, list[Problem]]] = {}
        #: (interface language, the column titles in it): Qt asks for a title on every header paint
        self._titles: tuple[str, tuple[str, ...]] | None = None
        document.changed.connect(self._on_changed)
        document.resultsChanged.connect(self._on_results)

    # ------------------------------------------------------------------ helpers
    @property
    def households(self) -> list[Household]:
        return self.document.project.households

    def _current_ids(self) -> list[str]:
        return [h.id for h in self.document.project.households]

    def _on_changed(self) -> None:
        ids = self._current_ids()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))

    def _on_results(self, _results) -> None:
        self._on_changed()

    def household_id(self, row: int) -> str:
        return self.households[row].id

    def row_of(self, household_id: str) -> int:
        return self._ids.index(household_id)

    def problems(self, row: int) -> list[Problem]:
        """What is wrong or doubtful in this row (from the engine's validation)."""
        household = self.households[row]
        cached = self._problems.get(row)
        if cached is None or cached[0] != household:
            cached = (copy.copy(household), validate_household(household, row + 1))
            self._problems[row] = cached
        twice = self._same_homes()  # a home entered twice (pasted again): at its name
        return cached[1] + [twice[row + 1]] if row + 1 in twice else cached[1]

    def _same_homes(self) -> dict:
        """Row (1-based) → the warning of a home named as an earlier one (made again when a name changes)."""
        labels = tuple(household.label for household in self.households)
        if getattr(self, "_same", (None,))[0] != labels:
            self._same = (labels, same_homes(self.households))
        return self._same[1]

    def all_problems(self) -> list[Problem]:
        return [p for row in range(len(self.households)) for p in self.problems(row)]

    def _label(self, row: int) -> str:
        return home_label(self.households[row], row + 1, ui_language())

    def header_labels(self) -> list[str]:
        """The column titles in the interface language (made once per language)."""
        language = ui_language()
        if self._titles is None or self._titles[0] != language:
            self._titles = (language, tuple(self._header_labels()))
        return list(self._titles[1])

    def _header_labels(self) -> list[str]:
        return [
            self.tr("Woning"),
            self.tr("Adres"),
            self.tr("Type woning"),
            self.tr("Bouwjaar"),
            self.tr("Oppervlak (m²)"),
            self.tr("Gasverbruik (m³/jaar)"),
            self.tr("Kookt op gas"),
            self.tr("Bewoners"),
            self.tr("Besparing isolatie"),
            self.tr("Afstand volgende (m)"),
            self.tr("Leeftijd cv-ketel"),
            self.tr("3-fase"),
            self.tr("Opmerkingen"),
            self.tr("Wil koelen"),
        ]

    def house_type_labels(self) -> dict[str, str]:
        """The house types in the words of the interface language (stored as the Dutch code)."""
        return {
            "tussenwoning": self.tr("tussenwoning"),
            "hoekwoning": self.tr("hoekwoning"),
            "twee-onder-een-kap": self.tr("twee-onder-een-kap"),
            "vrijstaand": self.tr("vrijstaand"),
            "appartement": self.tr("appartement"),
            "anders": self.tr("anders"),
        }

    def header_tooltips(self) -> list[str]:
        return [
            self.tr("Hoe de buren de woning noemen, bijvoorbeeld 'nr. 12' of 'Jansen'."),
            self.tr("Straat en huisnummer."),
            self.tr("Tussenwoning, hoekwoning, twee-onder-een-kap, vrijstaand, appartement of anders."),
            self.tr("Het jaar waarin de woning is gebouwd, bijvoorbeeld 1996."),
            self.tr("Woonoppervlak in vierkante meter (staat op de WOZ-beschikking)."),
            self.tr("Gasverbruik van één jaar in m³, van de jaarafrekening (inclusief koken)."),
            self.tr("Wordt er op gas gekookt? Dat gas valt weg bij een warmtepomp."),
            self.tr("Aantal bewoners (voor het warme water)."),
            self.tr("Hoeveel van de verwarming geplande isolatie bespaart, in procenten."),
            self.tr("Meter leiding tot de volgende woning in de straat (leeg: standaardwaarde)."),
            self.tr("Hoe oud de huidige cv-ketel is, in jaren (leeg: standaardwaarde)."),
            self.tr("Heeft de woning een 3-fase stroomaansluiting (3 × 25 A)?"),
            self.tr("Vrije tekst."),
            self.tr(
                "Wil deze woning in de zomer koelen? Minigrid rekent dan de koeling mee: passief via de "
                "bodemlus, actief met een luchtwarmtepomp; een cv-ketel kan niet koelen."
            ),
        ]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_labels()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tooltips()[section]
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].kind == "bool":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def display_text(self, row: int, column: int) -> str:
        household = self.households[row]
        spec = COLUMNS[column]
        value = getattr(household, spec.field)
        language = ui_language()
        if spec.kind == "bool":
            return self.tr("ja") if value else self.tr("nee")
        if value is None:
            return ""
        if spec.kind == "choice":
            return self.house_type_labels().get(value, str(value))
        if spec.kind == "text":
            return str(value)
        if spec.field == "build_year":  # a calendar year: no thousands separator
            return str(value)
        # the figure as stored (as few decimals as it has): the editor, a copy and a paste take this text back,
        # so one decimal turned 1.400,55 m³ into 1.400,5 when a cell was opened and left with Tab
        if spec.kind == "percent":
            return f"{exact(value * 100, language)} %"
        return exact(value, language)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.households):
            return None
        row, column = index.row(), index.column()
        spec = COLUMNS[column]
        household = self.households[row]
        if role == ID_ROLE:
            return household.id
        if role == VALUE_ROLE:
            return getattr(household, spec.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if spec.kind == "bool":
                return self.display_text(row, column) if role == Qt.ItemDataRole.DisplayRole else None
            if role == Qt.ItemDataRole.DisplayRole and column == COL_LABEL and not household.label.strip():
                return ""
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind == "bool":
            return Qt.CheckState.Checked if getattr(household, spec.field) else Qt.CheckState.Unchecked
        if role not in _PROBLEM_ROLES:  # Qt asks many roles per cell: look up the problems only when they count
            if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in ("int", "float", "percent"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        field_problems = [p for p in self.problems(row) if p.field == spec.field]
        if role == PROBLEMS_ROLE:
            return field_problems
        if role == Qt.ItemDataRole.ToolTipRole:
            if field_problems:
                return "\n".join(p.text(ui_language()) for p in field_problems)
            return self.header_tooltips()[column]
        if role == Qt.ItemDataRole.BackgroundRole and field_problems:
            error = any(p.is_error for p in field_problems)
            return QBrush(ERROR_BACKGROUND if error else WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and field_problems:
            # an icon as well as the tint: never by colour alone
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if any(p.is_error for p in field_problems) else QStyle.StandardPixmap.SP_MessageBoxWarning
            return QApplication.style().standardIcon(icon)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        spec = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        elif role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_value(index.row(), spec.field, value)

    # ------------------------------------------------------------------ editing (each one undo step)
    def set_value(self, row: int, field_name: str, text) -> bool:
        """Read ``text`` for ``field_name`` of row ``row`` and store it; False when unreadable.

        A value that is stored but read with a doubt (an estimate, an ambiguous "1,180", a
        year in a date format) is said through ``inputNoted``.
        """
        spec = COLUMNS[COLUMN_OF_FIELD[field_name]]
        column_label = self.header_labels()[COLUMN_OF_FIELD[field_name]].lower()
        try:
            value, reading = read_cell(spec, text, language=ui_language())
        except InputError as exc:
            self.inputRefused.emit(self.tr("{0}, {1}: {2}").format(self._label(row), column_label, exc.problem.text(ui_language())))
            return False
        self.inputRefused.emit("")  # an earlier refusal no longer applies once an edit succeeds
        note = reading.text(ui_language())
        if note:
            self.inputNoted.emit(self.tr("{0}, {1}: {2}.").format(self._label(row), column_label, note))
        elif value is None and str(text or "").strip():
            # "weet niet", "onbekend": taken as "not known yet", and said so where the eye is
            self.inputNoted.emit(
                self.tr("{0}, {1}: ‘{2}’ gelezen als nog niet bekend; het vak blijft leeg tot u het invult.").format(
                    self._label(row), column_label, str(text).strip()
                )
            )
        household_id = self.household_id(row)
        self.document.set_attr(
            lambda project, hid=household_id: project.household(hid),
            field_name,
            value,
            self.tr("{0} van {1} wijzigen").format(self.header_labels()[COLUMN_OF_FIELD[field_name]], self._label(row)),
        )
        return True

    def add_household(self, household: Household | None = None, row: int | None = None) -> str:
        """Insert a new household (at ``row``, default at the end); returns its id."""
        new = copy.deepcopy(household) if household is not None else Household()
        if not new.label:
            new.label = self.tr("Woning {0}").format(len(self.households) + 1)
        position = len(self.households) if row is None else max(0, min(row, len(self.households)))

        def apply(project):
            project.households.insert(position, copy.deepcopy(new))

        def revert(project):
            project.households[:] = [h for h in project.households if h.id != new.id]

        self.document.edit(self.tr("Woning toevoegen"), apply, revert)
        return new.id

    def remove_rows(self, rows: list[int]) -> None:
        """Remove the households in ``rows`` (one undo step)."""
        rows = sorted({r for r in rows if 0 <= r < len(self.households)})
        if not rows:
            return
        removed = [(r, copy.deepcopy(self.households[r])) for r in rows]
        ids = {h.id for _, h in removed}

        def apply(project):
            project.households[:] = [h for h in project.households if h.id not in ids]

        def revert(project):
            for position, household in removed:
                project.households.insert(position, copy.deepcopy(household))

        text = self.tr("Woning verwijderen") if len(rows) == 1 else self.tr("%n woningen verwijderen", "", len(rows))
        self.document.edit(text, apply, revert)

    def move_row(self, row: int, delta: int) -> bool:
        """Move a household up (-1) or down (+1) in the street order; False at the ends."""
        target = row + delta
        if not (0 <= row < len(self.households) and 0 <= target < len(self.households)):
            return False
        household_id = self.household_id(row)

        def move(project, to):
            current = next(i for i, h in enumerate(project.households) if h.id == household_id)
            project.households.insert(to, project.households.pop(current))

        self.document.edit(
            self.tr("{0} verplaatsen").format(self._label(row)),
            lambda project: move(project, target),
            lambda project: move(project, row),
        )
        return True

    # ------------------------------------------------------------------ paste
    def paste_text(self, text: str, row: int = 0, column: int = 0) -> list[str]:
        """Paste tab-separated rows (from a spreadsheet) starting at cell (row, column).

        Rows beyond the table become new households. A cell in quotes may hold line breaks
        and tabs (how Excel and LibreOffice copy such a cell). An empty line is an empty row:
        the rows below it keep their place. A first line of column titles is not pasted; its
        titles decide which column each pasted column goes to ("Gasverbruik (m3)" goes to the
        gas use wherever it stands), and a title that names no column is skipped and said.
        Each pasted column is read in one notation: when its numbers show English notation
        ("1,234.5"), "1,180" in it is 1180 (and said). Cells that cannot be read are left as
        they were and reported; values read with a doubt are stored and reported.
        One undo step for the whole paste. Returns the messages (plain language).
        """
        grid = split_clipboard(text)
        if not grid:
            return []
        language = ui_language()
        messages: list[str] = []
        notes: list[str] = []
        column = max(0, min(column, len(COLUMNS) - 1))
        targets = [column + offset for offset in range(max(len(cells) for cells in grid))]
        if self.is_header(grid[0]):
            by_title = self._columns_of_titles(grid[0])
            if any(target is not None for target in by_title):
                targets = by_title
                for title, target in zip(grid[0], by_title, strict=False):
                    if target is None and title.strip():
                        messages.append(self.tr("Kolom ‘{0}’ hoort bij geen kolom van de tabel; niet geplakt.").format(title.strip()))
            grid = grid[1:]
            while grid and not any(cell.strip() for cell in grid[-1]):
                grid.pop()
            if not grid:
                return messages
        width = max(len(cells) for cells in grid)
        from minigrid_app.core.column_notation import column_notation  # noqa: PLC0415 - as _reading(), not at start-up

        # each column in its own notation, by its field's range too ('1,450', '2,100' m³ of gas: English), as a survey's
        fields = [COLUMNS[targets[i]].field if i < len(targets) and targets[i] is not None and targets[i] < len(COLUMNS)
                  else "" for i in range(width)]
        notations = [column_notation(fields[i], (cells[i] for cells in grid if i < len(cells))) for i in range(width)]
        edits: list[tuple[int, str, object]] = []  # (row, field, value)
        existing = len(self.households)
        rows: list[int] = []  # the table row of each pasted line
        next_new = max(row, existing)
        for offset, cells in enumerate(grid):
            if row + offset < existing:
                rows.append(row + offset)
            elif any(cell.strip() for cell in cells):
                rows.append(next_new)
                next_new += 1
            else:
                rows.append(-1)  # an empty line below the table: no empty home for it
        for target_row, cells in zip(rows, grid, strict=True):
            if target_row < 0 or not any(cell.strip() for cell in cells):
                continue  # an empty row in the paste leaves that home as it is
            for c_offset, cell in enumerate(cells):
                col = targets[c_offset] if c_offset < len(targets) else None
                if col is None or col >= len(COLUMNS):
                    continue
                spec = COLUMNS[col]
                if not cell.strip() and (spec.kind in ("bool", "choice") or spec.field == "label"):
                    # an empty cell says nothing about them: it made 'kookt op gas' nee, a vrijstaande woning a
                    # tussenwoning and a home nameless (a yes/no, a house type and a name have no empty value)
                    continue
                where = self.tr("Rij {0}, {1}").format(target_row + 1, self.header_labels()[col].lower())
                try:
                    value, reading = read_cell(spec, cell, notations[c_offset])
                except InputError as exc:
                    messages.append(f"{where}: {exc.problem.text(language)}")
                    continue
                if reading.text(language):
                    notes.append(f"{where}: {reading.text(language)}.")
                edits.append((target_row, spec.field, value))
        new_rows = max(0, next_new - existing)
        new_households = [Household(label=self.tr("Woning {0}").format(existing + i + 1)) for i in range(new_rows)]
        before = copy.deepcopy(self.households)
        after = copy.deepcopy(self.households) + copy.deepcopy(new_households)
        for target_row, field_name, value in edits:
            setattr(after[target_row], field_name, value)
        if after != before:
            self.document.edit(
                self.tr("%n rijen plakken", "", len(grid)),
                lambda project: project.households.__setitem__(slice(None), copy.deepcopy(after)),
                lambda project: project.households.__setitem__(slice(None), copy.deepcopy(before)),
            )
        if messages:
            # every skipped cell at once: one message after another would leave only the last
            self.inputRefused.emit("\n".join(messages + notes))
        elif notes:
            self.inputNoted.emit("\n".join(notes))
        return messages + notes

    def _columns_of_titles(self, titles: list[str]) -> list[int | None]:
        """The table column each pasted title names (None: none): the table's own titles first,
        then the words the survey import knows, Dutch and English ("Gasverbruik (m3)", "Gas use")."""
        own = {_reading().words(label): number for number, label in enumerate(self.header_labels())}
        from minigrid_app.io.survey import guess_mapping  # only for a pasted table with titles

        guessed = {col: name for name, col in guess_mapping(titles).items() if col is not None}
        targets: list[int | None] = []
        for index, title in enumerate(titles):
            target = own.get(_reading().words(title))
            if target is None and guessed.get(index) in COLUMN_OF_FIELD:
                target = COLUMN_OF_FIELD[guessed[index]]
            if target is None:
                target = self._column_of_short_title(title, own)
            targets.append(target if target not in targets else None)
        return targets

    @staticmethod
    def _column_of_short_title(title: str, own: dict[str, int]) -> int | None:
        """The one column whose title holds every word of ``title`` ("Afstand" → "Afstand
        volgende (m)", "Ketel" → "Leeftijd cv-ketel"); None when no column or several do."""
        said = set(_reading().words(title).split())
        if not said:
            return None
        matches = [number for label, number in own.items() if said <= set(label.split())]
        return matches[0] if len(matches) == 1 else None

    def is_header(self, cells: list[str]) -> bool:
        """Whether ``cells`` (one pasted line) are column titles rather than a home."""
        titles = {label.lower() for label in self.header_labels()}
        words = {"woning", "naam", "adres", "gas", "gasverbruik", "bouwjaar", "type", "home", "address", "name", "label"}
        cleaned = [c.strip().lower() for c in cells if c.strip()]
        if not cleaned:
            return False
        hits = sum(1 for c in cleaned if c in titles or c in words or c.split(" (")[0] in words)
        return hits >= 1 and not any(self._is_number(c) for c in cleaned)

    @staticmethod
    def _is_number(text: str) -> bool:
        try:
            return parse_quantity(text) is not None
        except InputError:
            return False

    def copy_text(self, rows: list[int]) -> str:
        """The rows as tab-separated text (what a spreadsheet pastes back); a cell with a line
        break, a tab or a quote is put in quotes, as Excel and LibreOffice do."""
        return "\n".join(
            "\t".join(_clipboard_cell(self.display_text(r, c)) for c in range(len(COLUMNS))) for r in sorted(rows)
        )


def _clipboard_cell(text: str) -> str:
    if any(mark in text for mark in ("\t", "\n", "\r", '"')):
        return '"' + text.replace('"', '""') + '"'
    return text


def split_clipboard(text: str) -> list[list[str]]:
    """Tab-separated text as a spreadsheet copies it, as rows of cells.

    A cell in quotes may hold tabs, line breaks and doubled quotes (Excel's and LibreOffice's
    way of copying such a cell). Text whose quotes do not pair up is split on line breaks and
    tabs only, so one stray quote cannot swallow the lines after it. Empty lines inside are
    kept (they are empty rows); the line break after the last row is not a row.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.count('"') % 2 == 0 and '"' in text:
        import csv  # for a pasted table with quoted cells, not to open the window (issue 16)

        grid = [list(cells) for cells in csv.reader(io.StringIO(text), delimiter="\t")]
    else:
        grid = [line.split("\t") for line in text.split("\n")]
    while grid and not any(cell.strip() for cell in grid[-1]):
        grid.pop()
    # a tab at the end of every line (a web page's, a PDF's or a form's copy; Excel's of an empty column at the
    # right) is no column: its empty cells were pasted over the next column of the table
    while grid:
        width = max(len(cells) for cells in grid)  # once a pass: not again for every row (500 rows, 250 000 times)
        if width <= 1 or any(len(cells) == width and cells[-1].strip() for cells in grid):
            break
        grid = [cells[: width - 1] if len(cells) == width else cells for cells in grid]
    return [cells if cells else [""] for cells in grid]
