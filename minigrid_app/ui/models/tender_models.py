"""Table models of steps 6-8: the bill of quantities, the permits, the quotes side by side, the agreements.

Every figure comes from the :class:`~minigrid_app.ui.services.tender_service.TenderService`
(the engine run on the homes that signed); every edit goes through ``document.edit`` as one
undoable step, so autosave and undo work as on the other steps. Refused input is reported
through ``validationFailed`` in plain Dutch. Tested without a window (tests/ui/test_tender_models.py).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from minigrid_app.core.formatting import exact
from minigrid_app.core.home_labels import home_label
from minigrid_app.core.quote_entry import read_price
from minigrid_app.core.quotes import HIGH, LOW, MISSING, compare_quote, percent_decimals
from minigrid_app.core.reading_dates import project_start, read_date, signed_date_note
from minigrid_app.core.tender import UNIT_LABELS
from minigrid_app.core.tender_model import (
    AGREEMENT_STATE_LABELS,
    AGREEMENT_STATES,
    PARTIES,
    PARTY_LABELS,
    PERMIT_STATE_LABELS,
    PERMIT_STATES,
    Agreement,
    PermitStatus,
)
from minigrid_app.core.typed_amounts import read_typed
from minigrid_app.ui.locale import format_money, format_number, parse_date, show_date, ui_language
from minigrid_app.ui.widgets.choice_delegate import CHOICES_ROLE

#: Edit role data for a choice column: the list of (code, label) to offer.
FLAG_COLOURS = {HIGH: "#fde2e1", LOW: "#e3effa", MISSING: "#fff2cc"}
#: the alignment of amounts (made once: a flag combined in Python costs more than the cell)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if ui_language() == "en" else pair[0]


class _TenderModel(QAbstractTableModel):
    """Base: rows from the tender service, shown again when it updates (in place while the rows are the same)."""

    validationFailed = Signal(str)
    #: the rows were shown again, in place or after a reset (totals under a table follow it)
    refreshed = Signal()
    headers: tuple = ()

    def __init__(self, document, service, parent=None):
        super().__init__(parent)
        self.document = document
        self.service = service
        self._rows = self._items()
        #: what the rows shown stand for (:meth:`_shape`)
        self._shown_shape = self._shape(self._rows)
        service.updated.connect(self._reset)
        #: the number of columns, which every call from Qt asks (translating the titles each time
        #: for it was a tenth of a second when the tender step was shown: issue 16)
        self._columns = len(self.header_texts())

    def _reset(self) -> None:
        """Show the service's rows again. The same rows (an edit of a cell, a choice, the records of
        steps 6-8) change in place: a reset closed the editor the Tab or Enter of the edit had just
        opened in the next cell, and what was typed next was lost."""
        rows = self._items()
        shape, self._shown_shape = self._shown_shape, self._shape(rows)
        if rows and shape == self._shown_shape:
            self._rows = rows
            self._forget()
            last_row, last_column = len(rows) - 1, self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last_row, last_column))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        else:
            self.beginResetModel()
            self._rows = rows
            self._forget()
            self.endResetModel()
        self.refreshed.emit()

    def _items(self) -> list:
        return []

    def _shape(self, rows: list) -> tuple:
        """What the rows and columns stand for; while it stays the same, open editors stay."""
        return tuple(self._row_key(row) for row in rows)

    def _row_key(self, row) -> object:
        return row

    def _forget(self) -> None:
        """Forget what was worked out for the rows before (subclasses that keep some)."""

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def header_texts(self) -> list[str]:
        return []

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            texts = self.header_texts()
            return texts[section] if section < len(texts) else None
        return None


class BillModel(_TenderModel):
    """The bill of quantities: number, work, who (editable), unit, quantity, indicative amount."""

    COL_NR, COL_TEXT, COL_PARTY, COL_UNIT, COL_QTY, COL_AMOUNT = range(6)

    def _items(self):
        return list(self.service.tendered.pack.lines) if self.service.tendered else []

    def _row_key(self, row) -> object:
        return row.id

    def header_texts(self):
        return [self.tr("Nr."), self.tr("Werk"), self.tr("Wie doet het"), self.tr("Eenheid"), self.tr("Hoeveelheid"), self.tr("Indicatief")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = index.column()
        # Qt asks every cell for a dozen roles whenever it measures the table: only the text that
        # is asked for is made (formatting every column for each call froze the tender step)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COL_NR:
                return line.number
            if column == self.COL_TEXT:
                return line.description(ui_language())
            if column == self.COL_PARTY:
                return line.party if role == Qt.ItemDataRole.EditRole else _pick(PARTY_LABELS[line.party])
            if column == self.COL_UNIT:
                return _pick(UNIT_LABELS[line.unit])
            if column == self.COL_QTY:
                return format_number(line.quantity, 1 if line.unit == "m" else 0)
            if column == self.COL_AMOUNT:
                return format_money(line.indicative_amount_eur)
            raise KeyError(column)
        if role == CHOICES_ROLE and column == self.COL_PARTY:
            return [(party, _pick(PARTY_LABELS[party])) for party in PARTIES]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_QTY, self.COL_AMOUNT):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_AMOUNT:
            return line.formula_en if ui_language() == "en" else line.formula_nl
        if role == Qt.ItemDataRole.ForegroundRole and not line.in_quote:
            return QBrush(QColor("#666666"))
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.COL_PARTY else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_PARTY or value not in PARTIES:
            return False
        overrides = dict(self.document.project.tender.settings.scope_overrides)
        overrides[self._rows[index.row()].key] = value
        self.document.set_attr(
            lambda project: project.tender.settings, "scope_overrides", overrides, self.tr("Wie het werk doet wijzigen")
        )
        return True


class PermitsModel(_TenderModel):
    """The permits and notifications checklist: what, by whom, status (editable), date, note (editable)."""

    COL_WHAT, COL_WHO, COL_STATUS, COL_DATE, COL_NOTE = range(5)

    def _items(self):
        return list(self.service.tendered.pack.permits) if self.service.tendered else []

    def _row_key(self, row) -> object:
        return row.kind

    def header_texts(self):
        return [self.tr("Wat"), self.tr("Door"), self.tr("Stand"), self.tr("Datum"), self.tr("Notitie")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # only the text asked for (see BillModel.data)
            if column == self.COL_WHAT:
                return item.title(ui_language())
            if column == self.COL_WHO:
                return _pick(PARTY_LABELS[item.who])
            if column == self.COL_STATUS:
                return ("✓ " if not item.open else "") + _pick(PERMIT_STATE_LABELS[item.status.status])
            if column == self.COL_DATE:
                return show_date(item.status.date)
            if column == self.COL_NOTE:
                return item.status.note
            raise KeyError(column)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.COL_STATUS:
                return item.status.status
            if column == self.COL_DATE:
                return show_date(item.status.date)
            return item.status.note if column == self.COL_NOTE else None
        if role == CHOICES_ROLE and column == self.COL_STATUS:
            return [(state, _pick(PERMIT_STATE_LABELS[state])) for state in PERMIT_STATES]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_WHAT:
            return item.text(ui_language())
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (self.COL_STATUS, self.COL_DATE, self.COL_NOTE) else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._rows[index.row()]
        name = {self.COL_STATUS: "status", self.COL_DATE: "date", self.COL_NOTE: "note"}.get(index.column())
        if name is None:
            return False
        text = "" if value is None else str(value).strip()
        if name == "status" and text not in PERMIT_STATES:
            return False
        if name == "date" and text:
            try:
                text = parse_date(text)  # the date reader of every entry path
            except ValueError:
                self.validationFailed.emit(self.tr("'{0}' is geen datum; schrijf dd-mm-jjjj.").format(text))
                return False
        permits = [copy.copy(p) for p in self.document.project.tender.settings.permits]
        record = next((p for p in permits if p.kind == item.kind), None)
        if record is None:
            record = PermitStatus(kind=item.kind)
            permits.append(record)
        setattr(record, name, text)
        self.document.set_attr(lambda project: project.tender.settings, "permits", permits, self.tr("Stand van '{0}' wijzigen").format(item.title("nl")))
        return True


class QuotesModel(_TenderModel):
    """The priced lines with the indicative amount and every quote's amount (editable), flagged.

    Columns: number, work, indicative, then one column per quote. A quote's cell shows its
    amount with ▲ (dearer than the margin), ▼ (cheaper) or "ontbreekt" (missing); the colour
    repeats it, never alone.
    """

    COL_NR, COL_TEXT, COL_INDICATIVE = range(3)

    def _items(self):
        if not self.service.tendered:
            return []
        return [line for line in self.service.tendered.pack.lines if line.in_quote]

    def quotes(self):
        return self.document.project.tender.quotes

    def comparisons(self):
        tender = self.service.tendered
        if tender is None:
            return []
        return [compare_quote(tender.pack.lines, quote, tender.results) for quote in self.quotes()]

    def _shape(self, rows: list) -> tuple:
        return tuple(line.id for line in rows), tuple(q.id for q in self.quotes())

    def _forget(self) -> None:
        self._compared = self.comparisons()
        self._lookups = {}

    def header_texts(self):
        return [self.tr("Nr."), self.tr("Werk"), self.tr("Indicatief")] + [q.supplier or self.tr("Offerte") for q in self.quotes()]

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.quotes())

    def _comparison(self, column: int):
        compared = getattr(self, "_compared", None)
        if compared is None or len(compared) != len(self.quotes()):
            self._compared = compared = self.comparisons()
            self._lookups = {}
        return compared[column - 3]

    def _compared_line(self, column: int, line_id: str):
        """The comparison of line ``line_id`` in the quote of ``column`` (looked up by id: Qt asks
        every cell many times, and a search through the lines for each was quadratic)."""
        comparison = self._comparison(column)
        lookups = self.__dict__.setdefault("_lookups", {})
        kept = lookups.get(id(comparison))
        if kept is None or kept[0] is not comparison:
            by_id: dict = {}
            for compared in comparison.lines:
                by_id.setdefault(compared.line.id, compared)  # the first, as a search finds it
            kept = lookups[id(comparison)] = (comparison, by_id)
        return kept[1][line_id]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = index.column()
        language = ui_language()
        if column < 3:
            if role == Qt.ItemDataRole.DisplayRole:
                return (line.number, line.description(language), format_money(line.indicative_amount_eur))[column]
            if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_INDICATIVE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        compared = self._compared_line(column, line.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if compared.status == MISSING:
                return self.tr("ontbreekt")
            mark = {HIGH: " ▲", LOW: " ▼"}.get(compared.status, "")
            return format_money(compared.quoted_eur) + mark
        if role == Qt.ItemDataRole.EditRole:
            return "" if compared.quoted_eur is None else format_number(compared.quoted_eur, 2)
        if role == Qt.ItemDataRole.BackgroundRole and compared.status in FLAG_COLOURS:
            return QBrush(QColor(FLAG_COLOURS[compared.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and compared.difference_fraction is not None:
            fraction, tolerance = compared.difference_fraction, self._comparison(index.column()).tolerance
            said = self.tr("{0} % ten opzichte van indicatief").format(
                format_number(100 * fraction, percent_decimals(fraction, tolerance)))
            if compared.quantity_changed is not None:  # the supplier's own quantity: the amount is for that
                unit = _pick(UNIT_LABELS[line.unit])
                said += "\n" + self.tr("Geprijsd voor {0} in plaats van {1} uit de uitvraag.").format(
                    f"{exact(compared.quantity_changed, language)} {unit}", f"{exact(line.shown_quantity, language)} {unit}")
            return said
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= 3 else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() < 3:
            return False
        line = self._rows[index.row()]
        text = "" if value is None else str(value).strip()
        expected = (line.indicative_amount_eur / 5, line.indicative_amount_eur * 5) if line.indicative_amount_eur > 0 else None
        # the reader of a filled-in bill of quantities too; a cell is the line's amount: 'per m1' only for one of 1;
        # typed, so read by the rule of every typed amount (the window's notation, said where it matters)
        reading = read_typed(lambda notation: read_price(text, plausible=expected, unit_price=line.quantity == 1,
                                                         unit=line.unit, notation=notation), text, ui_language())
        amount = reading.value
        if amount is None and not reading.is_empty:
            self.validationFailed.emit(reading.text(ui_language()))
            return False
        unit_price = line.indicative_unit_price_eur
        if amount and line.shown_quantity > 1 and expected and amount < expected[0] and unit_price / 5 <= amount <= unit_price * 5:
            # about a unit price typed where the whole line's amount goes: taken as typed, and said with what it would make
            quantity = f"{format_number(line.shown_quantity, 1 if line.unit == 'm' else 0)} {_pick(UNIT_LABELS[line.unit])}"
            self.validationFailed.emit(self.tr(
                "{0} is het bedrag voor de hele regel ({1}). Is het een prijs per {2}? Dan is het bedrag {3}."
            ).format(format_money(amount), quantity, _pick(UNIT_LABELS[line.unit]),
                     format_money(amount * line.shown_quantity)))
        else:
            self.validationFailed.emit(reading.text(ui_language()))  # an estimate, 'inbegrepen': said; else cleared
        quote_id = self.quotes()[index.column() - 3].id
        quote = next(q for q in self.document.project.tender.quotes if q.id == quote_id)
        amounts = dict(quote.amounts)
        if amount is None:
            amounts.pop(line.id, None)
        else:
            amounts[line.id] = amount
        self.document.set_attr(
            lambda project: next(q for q in project.tender.quotes if q.id == quote_id),
            "amounts",
            amounts,
            self.tr("Bedrag in offerte {0} wijzigen").format(quote.supplier),
        )
        return True


class AgreementsModel(_TenderModel):
    """Per home in the tender: the binding agreement (editable) and its date (editable)."""

    COL_HOME, COL_STATUS, COL_DATE = range(3)

    def _items(self):
        tender = self.service.tendered
        if tender is None:
            return []
        language = ui_language()
        labels = {h.id: home_label(h, row, language) for row, h in enumerate(self.document.project.households, 1)}
        return [(household_id, labels.get(household_id, household_id)) for household_id in tender.scope.signed]

    def _row_key(self, row) -> object:
        return row[0]  # the home (its name may change in place)

    def header_texts(self):
        return [self.tr("Woning"), self.tr("Bindende overeenkomst"), self.tr("Datum")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        household_id, label = self._rows[index.row()]
        record = self.document.project.tender.decision.agreement(household_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (label, ("✓ " if record.status == "signed" else "") + _pick(AGREEMENT_STATE_LABELS[record.status]), show_date(record.date))[column]
        if role == Qt.ItemDataRole.EditRole:
            return (label, record.status, show_date(record.date))[column]
        if role == CHOICES_ROLE and column == self.COL_STATUS:
            return [(state, _pick(AGREEMENT_STATE_LABELS[state])) for state in AGREEMENT_STATES]
        if column == self.COL_DATE and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            # a date that cannot be right, also one a project file brought (said on opening only): marked here
            note = signed_date_note(read_date(record.date), start=project_start(self.document.project.intake.date))
            if note is not None:
                return note.text(ui_language()) if role == Qt.ItemDataRole.ToolTipRole else QBrush(QColor("#fff7e0"))
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (self.COL_STATUS, self.COL_DATE) else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.COL_STATUS, self.COL_DATE):
            return False
        household_id, label = self._rows[index.row()]
        text = "" if value is None else str(value).strip()
        agreements = [copy.copy(a) for a in self.document.project.tender.decision.agreements]
        record = next((a for a in agreements if a.household_id == household_id), None)
        if record is None:
            record = Agreement(household_id=household_id)
            agreements.append(record)
        if index.column() == self.COL_STATUS:
            if text not in AGREEMENT_STATES:
                return False
            record.status = text
        else:
            try:
                record.date = parse_date(text) or ""  # the date reader of every entry path
            except ValueError:
                self.validationFailed.emit(self.tr("'{0}' is geen datum; schrijf dd-mm-jjjj.").format(text))
                return False
            note = signed_date_note(record.date, start=project_start(self.document.project.intake.date))
            self.validationFailed.emit(note.text(ui_language()) if note is not None else "")  # kept, and said
        self.document.set_attr(lambda project: project.tender.decision, "agreements", agreements, self.tr("Overeenkomst van {0} wijzigen").format(label))
        return True
