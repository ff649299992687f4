"""Table model of the assumptions ("uitgangspunten"): every parameter with unit, source and year.

Rows are grouped (a header row per group). Values changed from the default are marked
in bold, with a yellow tint and the word "aangepast" in the Standaard column (never by
colour alone). Edits are validated against the parameter's range and go through
``document.edit`` on ``project.parameter_overrides``, so they can be undone.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from minigrid_app.core import formatting
from minigrid_app.core.formatting import shown_unit
from minigrid_app.core.parameter_reading import read_parameter
from minigrid_app.core.parameters import (
    GROUP_LABELS_EN,
    GROUP_LABELS_NL,
    GROUPS,
    Parameter,
    combination_problem,
    default_parameters,
)
from minigrid_app.core.reading import Reading, read_number
from minigrid_app.core.typed_amounts import read_typed
from minigrid_app.ui.document import ProjectDocument
from minigrid_app.ui.locale import ui_language

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3

COL_LABEL, COL_VALUE, COL_DEFAULT, COL_UNIT, COL_SOURCE, COL_YEAR = range(6)
CHANGED_BACKGROUND = QColor("#fff4c2")
HEADER_BACKGROUND = QColor("#eef1f4")


def parse_number(text: str, plausible: tuple[float, float] | None = None) -> float:
    """Read a number as a Dutch or English user types it: '1.234,5', '0,26', '0.26', '1 500', '€ 2 200'.

    Read by :func:`minigrid_app.core.reading.read_number`, the reader of every entry path;
    an ambiguous "1,180" is read only when one of its readings lies in ``plausible``.

    Raises ValueError when there is no number to take.
    """
    reading = read_number(text, plausible=plausible)
    if reading.value is None:
        raise ValueError(reading.nl or str(text))
    return float(reading.value)


class _Unread(ValueError):
    def __init__(self, reading: Reading):
        super().__init__(reading.en)
        self.reading = reading


def _taken(reading: Reading, text) -> float:
    if not isinstance(reading.value, float):
        raise _Unread(reading)
    return reading.value


def format_value(value: float | tuple[float, ...], language: str | None = None, key: str = "") -> str:
    """The figure as the assumptions table shows it (:func:`minigrid_app.core.formatting.parameter_value`)."""
    return formatting.parameter_value(value, language or ui_language(), calendar_year=formatting.is_calendar_year_key(key))


class ParametersModel(QAbstractTableModel):
    """Every parameter, grouped; editable value column.

    Signals
    -------
    validationFailed(str) : an edit was refused; the message says why (plain language)
    inputNoted(str) : an edit was taken, but how it was read is worth a look; "" clears it
    """

    validationFailed = Signal(str)
    inputNoted = Signal(str)

    def __init__(self, document: ProjectDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.definitions: dict[str, Parameter] = default_parameters()
        self.rows: list[tuple[str, str]] = []  # ("group", group) or ("param", key)
        for group in GROUPS:
            keys = [key for key, p in self.definitions.items() if p.group == group]
            if keys:
                self.rows.append(("group", group))
                self.rows += [("param", key) for key in keys]
        document.changed.connect(self.refresh)

    # ------------------------------------------------------------------ helpers
    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_YEAR))

    def key_at(self, row: int) -> str | None:
        kind, key = self.rows[row]
        return key if kind == "param" else None

    def row_of(self, key: str) -> int:
        return self.rows.index(("param", key))

    def value(self, key: str):
        overrides = self.document.project.parameter_overrides
        if key in overrides:
            raw = overrides[key]
            return tuple(float(v) for v in raw) if isinstance(raw, list | tuple) else float(raw)
        return self.definitions[key].value

    def is_changed(self, key: str) -> bool:
        return key in self.document.project.parameter_overrides and self.value(key) != self.definitions[key].value

    def changed_keys(self) -> list[str]:
        return [key for kind, key in self.rows if kind == "param" and self.is_changed(key)]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Aanname"),
                self.tr("Waarde"),
                self.tr("Standaard"),
                self.tr("Eenheid"),
                self.tr("Bron"),
                self.tr("Jaar"),
            )[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind, _ = self.rows[index.row()]
        if kind == "group":
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, key = self.rows[index.row()]
        column = index.column()
        language = ui_language()
        if kind == "group":
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return (GROUP_LABELS_EN if language == "en" else GROUP_LABELS_NL)[key]
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(HEADER_BACKGROUND)
            if role == HEADER_ROLE:
                return True
            return None
        definition = self.definitions[key]
        changed = self.is_changed(key)
        if role == KEY_ROLE:
            return key
        if role == CHANGED_ROLE:
            return changed
        if role == HEADER_ROLE:
            return False
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_LABEL:
                return definition.label(language)
            if column == COL_VALUE:
                return self._shown(key, self.value(key), language)
            if column == COL_DEFAULT:
                text = self._shown(key, definition.value, language)
                if changed:
                    text += self.tr(" (aangepast)")
                return text
            if column == COL_UNIT:
                return formatting.figure_unit(key, definition.unit, language)
            if column == COL_SOURCE:
                return definition.source_in(language)
            if column == COL_YEAR:
                return str(definition.year)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_VALUE:
                return self.tr("Toegestaan: {0} tot {1} {2}. Dubbelklik om te wijzigen.").format(
                    format_value(definition.minimum, language, definition.key),
                    format_value(definition.maximum, language, definition.key),
                    shown_unit(definition.unit, language),
                )
            if column == COL_SOURCE:
                if not definition.checked:
                    return definition.source_in(language)
                checked = formatting.date_text(definition.checked)  # dd-mm-jjjj in both languages
                return definition.source_in(language) + "\n" + self.tr("Gecontroleerd op {0}").format(checked)
        if role == Qt.ItemDataRole.FontRole and changed and column in (COL_LABEL, COL_VALUE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and changed:
            return QBrush(CHANGED_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_VALUE, COL_DEFAULT, COL_YEAR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _shown(key: str, value, language: str) -> str:
        return format_value(value, language, key)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_VALUE:
            return False
        key = self.key_at(index.row())
        if key is None:
            return False
        return self.set_value(key, value)

    def set_value(self, key: str, value) -> bool:
        """Validate and store an override (one undo step). Returns False and emits
        ``validationFailed`` when refused."""
        definition = self.definitions[key]
        language = ui_language()
        notes = []

        def read(typed: str) -> Reading:
            # by the rule of every typed figure (core.typed_amounts): the window's notation, as step 5's loan; an
            # English '1,900' kWh was refused ('can mean 1.9 or 1,900') where '1,900' euros was taken
            return read_typed(lambda notation: read_parameter(typed, definition, notation), typed, language,
                              shown_unit(definition.unit, language))

        try:
            if definition.is_series:
                parts = [p for p in re.split(r"[;\n]", str(value)) if p.strip()] if isinstance(value, str) else list(value)
                readings = [read(p) if isinstance(p, str) else Reading(float(p)) for p in parts]
                number = tuple(_taken(r, p) for r, p in zip(readings, parts, strict=True))
                checked = list(number)
            else:
                readings = [read(value) if isinstance(value, str) else Reading(float(value))]
                number = _taken(readings[0], value)
                checked = number
            notes = [r.text(language) for r in readings if r.text(language)]
        except _Unread as exc:
            self.validationFailed.emit(
                self.tr("{0}: '{1}' is geen getal.").format(definition.label(language), value)
                + (f" {exc.reading.text(language)}." if exc.reading.how != "unreadable" else "")
            )
            return False
        except (TypeError, ValueError):
            self.validationFailed.emit(
                self.tr("{0}: '{1}' is geen getal.").format(definition.label(language), value)
            )
            return False
        problem = definition.check(checked)
        if problem is None:  # each figure in its range, and possible together with the others
            problem = combination_problem(
                self.definitions, {**self.document.project.parameter_overrides, key: checked}
            )
        if problem is not None:
            self.validationFailed.emit(problem.text(language))
            return False
        self.inputNoted.emit("; ".join(f"{definition.label(language)}: {note}" for note in notes))
        if number == self.value(key):
            return True
        overrides = self.document.project.parameter_overrides
        had = key in overrides
        old = overrides.get(key)
        stored = list(number) if isinstance(number, tuple) else number

        def apply(project):
            if number == definition.value:
                project.parameter_overrides.pop(key, None)
            else:
                project.parameter_overrides[key] = stored

        def revert(project):
            if had:
                project.parameter_overrides[key] = old
            else:
                project.parameter_overrides.pop(key, None)

        self.document.edit(self.tr("Aanname '{0}' wijzigen").format(definition.label(language)), apply, revert)
        return True

    def reset(self, key: str) -> None:
        """Back to the default (one undo step); nothing when not changed."""
        overrides = self.document.project.parameter_overrides
        if key not in overrides:
            return
        old = overrides[key]
        label = self.definitions[key].label(ui_language())
        self.document.edit(
            self.tr("Aanname '{0}' terugzetten").format(label),
            lambda project: project.parameter_overrides.pop(key, None),
            lambda project: project.parameter_overrides.__setitem__(key, old),
        )

    def reset_all(self) -> None:
        """Every assumption back to its default (one undo step)."""
        old = dict(self.document.project.parameter_overrides)
        if not old:
            return
        self.document.edit(
            self.tr("Alle aannames terugzetten"),
            lambda project: project.parameter_overrides.clear(),
            lambda project: project.parameter_overrides.update(old),
        )
